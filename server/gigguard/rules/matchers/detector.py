"""`type: detector` — a finding for each detection of the engine detector the rule names."""

from __future__ import annotations

from collections.abc import Iterator

from gigguard.rules.matchers.base import Hit, Matcher, MatchInput
from gigguard.rules.model import Rule


def compile_rule(rule: Rule) -> Matcher:
    category = rule.detector or rule.category

    def match(matched: MatchInput) -> Iterator[Hit]:
        for detection in matched.detections:
            if detection.category == category:
                yield Hit(
                    detection.start,
                    detection.end,
                    detection.value,
                    detection.confidence,
                    whole_sentence=False,
                )

    return match
