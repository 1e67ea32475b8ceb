"""What a detector reports on a draft, as the detector tests compare it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from gigguard.engine.detectors.base import REPORT_THRESHOLD, Detection, DetectionContext
from gigguard.engine.normalize import NormalizedDraft, normalize

Detector = Callable[[NormalizedDraft, DetectionContext], Iterable[Detection]]


def reportable(detect: Detector, text: str) -> list[tuple[str, str, str | None]]:
    """(kind, the original text flagged, value) of every detection `detect` would report."""
    detections = detect(normalize(text), DetectionContext("fiverr"))
    return [
        (d.kind, text[d.start : d.end], d.value)
        for d in detections
        if d.confidence >= REPORT_THRESHOLD
    ]
