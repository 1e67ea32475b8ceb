"""The engine's front door: a draft in, findings with exact UTF-16 spans and a rewrite out."""

from __future__ import annotations

from collections.abc import Iterable

from gigguard.engine.detectors import DETECTORS, Detection, DetectionContext
from gigguard.engine.detectors.base import REPORT_THRESHOLD
from gigguard.engine.normalize import normalize
from gigguard.engine.policies import CONTACT_POLICIES, PLATFORMS
from gigguard.engine.spans import pick_non_overlapping
from gigguard.engine.utf16 import Utf16Offsets
from gigguard.findings import Category, Finding, LintResult, Severity

RULESET = "gigguard-contact-1"

# When two detections overlap, the more specific one names the problem: "wa.me/…" is a
# messenger link before it is a URL, "john@gmail.com" an e-mail before "gmail.com" is a domain.
_SPECIFICITY = {
    Category.EMAIL: 0,
    Category.MESSENGER: 1,
    Category.SOCIAL: 2,
    Category.PHONE: 3,
    Category.URL: 4,
}

_MESSAGES = {
    Category.EMAIL: "This shares an e-mail address. Sharing contact details in chat can get your "
    "account restricted.",
    Category.PHONE: "This shares a phone number. Sharing contact details in chat can get your "
    "account restricted.",
    Category.MESSENGER: "This shares a messenger or meeting handle. Talking outside the platform "
    "can get your account restricted.",
    Category.SOCIAL: "This shares a social-media profile, which counts as contact details.",
    Category.URL: "This links outside the platform, which counts as contact details.",
}

_REPLACEMENTS = {
    Category.EMAIL: "[contact details removed: share them as a file on the order page once the "
    "order is placed]",
    Category.PHONE: "[phone number removed: let's keep talking here]",
    Category.MESSENGER: "[let's keep talking here; we can use the platform's video call]",
    Category.SOCIAL: "[profile link removed: my portfolio is on my profile here]",
    Category.URL: "[link removed: I can attach samples here in the chat]",
}


class UnknownPlatformError(ValueError):
    def __init__(self, platform: str) -> None:
        super().__init__(f"unknown platform {platform!r}; known: {', '.join(PLATFORMS)}")
        self.platform = platform


def detect(text: str, platform: str) -> list[Detection]:
    """Every reportable detection in `text`, overlaps resolved, in order of position."""
    if platform not in PLATFORMS:
        raise UnknownPlatformError(platform)
    draft = normalize(text)
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


def lint(text: str, platform: str) -> LintResult:
    detections = detect(text, platform)
    offsets = Utf16Offsets(text)
    policy = CONTACT_POLICIES[platform]
    findings = tuple(
        Finding(
            rule=detection.kind,
            category=detection.category,
            severity=Severity.ERROR if detection.confidence >= 0.8 else Severity.WARNING,
            start=offsets.from_code_points(detection.start),
            end=offsets.from_code_points(detection.end),
            message=_MESSAGES[detection.category],
            value=detection.value,
            policy=policy,
            replacement=_REPLACEMENTS[detection.category],
            confidence=detection.confidence,
        )
        for detection in detections
    )
    return LintResult(findings=findings, rewrite=_rewrite(text, detections), ruleset=RULESET)


def _rewrite(text: str, detections: list[Detection]) -> str | None:
    if not detections:
        return None
    pieces: list[str] = []
    position = 0
    for detection in detections:
        pieces.append(text[position : detection.start])
        pieces.append(_REPLACEMENTS[detection.category])
        position = detection.end
    pieces.append(text[position:])
    return "".join(pieces)
