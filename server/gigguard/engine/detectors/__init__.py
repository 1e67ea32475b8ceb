"""The detectors, one module each; `DETECTORS` is every one the linter runs."""

from gigguard.engine.detectors import email, messenger, payment, phone, social, url
from gigguard.engine.detectors.base import Detection, DetectionContext, Detector

DETECTORS: tuple[Detector, ...] = (
    email.detect,
    phone.detect,
    messenger.detect,
    social.detect,
    url.detect,
    payment.detect,
)

__all__ = ["DETECTORS", "Detection", "DetectionContext", "Detector"]
