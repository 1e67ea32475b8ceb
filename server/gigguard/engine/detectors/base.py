"""What a detector is: a function from a normalised draft to detections in original coordinates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from gigguard.engine.mapped import MappedText
from gigguard.engine.normalize import NormalizedDraft
from gigguard.findings import Category

# Below this confidence a detection is dropped: a guess is worse than silence in a chat box.
REPORT_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class DetectionContext:
    platform: str  # "fiverr", "upwork", … (already validated)


@dataclass(frozen=True, slots=True)
class Detection:
    category: Category
    kind: str  # what was found, e.g. "email.obfuscated", "messenger.skype" (the finding's rule)
    start: int  # code points of the original draft
    end: int  # exclusive
    value: str | None  # canonical: "john@gmail.com", "+14155550123", "live:john.smith"
    confidence: float  # 0..1

    @classmethod
    def in_view(
        cls,
        view: MappedText,
        start: int,
        end: int,
        *,
        category: Category,
        kind: str,
        value: str | None,
        confidence: float,
    ) -> Detection:
        """A detection at [start, end) of `view`, mapped back to the original draft."""
        original_start, original_end = view.to_original(start, end)
        return cls(category, kind, original_start, original_end, value, confidence)


class Detector(Protocol):
    def __call__(
        self, draft: NormalizedDraft, context: DetectionContext
    ) -> Iterable[Detection]: ...
