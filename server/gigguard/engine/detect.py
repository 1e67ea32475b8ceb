"""The engine's output: every detection in a draft, overlaps resolved, in original offsets."""

from __future__ import annotations

from collections.abc import Iterable

from gigguard.engine.detectors import DETECTORS, Detection, DetectionContext
from gigguard.engine.detectors.base import REPORT_THRESHOLD
from gigguard.engine.normalize import NormalizedDraft, normalize
from gigguard.engine.spans import pick_non_overlapping
from gigguard.findings import Category

# When two detections overlap, the more specific one names the problem: "wa.me/…" is a
# messenger link before it is a URL, "john@gmail.com" an e-mail before "gmail.com" is a domain.
# A checksum-valid IBAN or wallet address is itself before its digits are a phone number.
_SPECIFICITY = {
    Category.OFFPLATFORM_PAYMENT: 0,
    Category.EMAIL: 1,
    Category.MESSENGER: 2,
    Category.SOCIAL: 3,
    Category.PHONE: 4,
    Category.URL: 5,
}


def detect(text: str, platform: str) -> list[Detection]:
    """Every reportable detection in `text`, overlaps resolved, in order of position."""
    return detect_in(normalize(text), platform)


def detect_in(draft: NormalizedDraft, platform: str) -> list[Detection]:
    context = DetectionContext(platform=platform)
    found = [
        detection
        for detector in DETECTORS
        for detection in detector(draft, context)
        if detection.confidence >= REPORT_THRESHOLD and detection.start < detection.end
    ]
    return _without_overlaps(found)


def _without_overlaps(detections: Iterable[Detection]) -> list[Detection]:
    ranked = sorted(
        detections,
        key=lambda d: (_SPECIFICITY[d.category], -d.confidence, d.start, -(d.end - d.start)),
    )
    kept = pick_non_overlapping(ranked, lambda d: (d.start, d.end))
    return sorted(kept, key=lambda d: d.start)
