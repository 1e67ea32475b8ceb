"""Placeholder: being written."""

from __future__ import annotations

from collections.abc import Iterator

from gigguard.engine.detectors.base import Detection, DetectionContext
from gigguard.engine.normalize import NormalizedDraft


def detect(draft: NormalizedDraft, context: DetectionContext) -> Iterator[Detection]:
    return iter(())
