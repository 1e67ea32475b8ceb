"""The finding format: what the engine reports and the service returns (stable; add, never rename).

    {"findings": [{"rule", "category", "severity", "start", "end", "message", "value",
                   "policy": {"platform", "title", "url"} | null, "replacement",
                   "confidence", "source": "rule" | "model" | "both", …}],
     "rewrite": str | null, "ruleset": str}

`start`/`end` count UTF-16 code units of the draft as the browser holds it; `end` is exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Category(StrEnum):
    EMAIL = "contact.email"
    PHONE = "contact.phone"
    MESSENGER = "contact.messenger"
    SOCIAL = "contact.social"
    URL = "contact.url"
    OFFPLATFORM_INVITE = "offplatform.invite"
    OFFPLATFORM_PAYMENT = "offplatform.payment"
    REVIEW_MANIPULATION = "review.manipulation"


CONTACT_CATEGORIES = (
    Category.EMAIL,
    Category.PHONE,
    Category.MESSENGER,
    Category.SOCIAL,
    Category.URL,
)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Policy:
    platform: str
    title: str
    url: str

    def to_dict(self) -> dict[str, str]:
        return {"platform": self.platform, "title": self.title, "url": self.url}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    category: Category
    severity: Severity
    start: int  # UTF-16 code units
    end: int  # UTF-16 code units, exclusive
    message: str
    value: str | None
    policy: Policy | None
    replacement: str | None
    confidence: float = 1.0
    # The range `replacement` takes the place of: the finding itself, or its whole sentence.
    replacement_start: int | None = None
    replacement_end: int | None = None
    # What produced it: "rule" (a detector or a rule's patterns), "model" (the trained intent
    # model) or "both"; with the model, `confidence` is its calibrated probability.
    source: str = "rule"

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": str(self.category),
            "severity": str(self.severity),
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "value": self.value,
            "policy": self.policy.to_dict() if self.policy else None,
            "replacement": self.replacement,
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "replacement_start": self.start
            if self.replacement_start is None
            else self.replacement_start,
            "replacement_end": self.end if self.replacement_end is None else self.replacement_end,
        }


@dataclass(frozen=True, slots=True)
class LintResult:
    findings: tuple[Finding, ...]
    rewrite: str | None
    ruleset: str
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "findings": [finding.to_dict() for finding in self.findings],
            "rewrite": self.rewrite,
            "ruleset": self.ruleset,
            **self.extra,
        }
