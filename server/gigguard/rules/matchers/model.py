"""`type: model` — a finding for each sentence the trained intent model gives the rule's
category at or above the threshold (the rule's own, or the one chosen in training)."""

from __future__ import annotations

from collections.abc import Iterator

from gigguard.rules.matchers.base import Hit, Matcher, MatchInput
from gigguard.rules.model import Rule


def compile_rule(rule: Rule) -> Matcher:
    intent = str(rule.category)

    def match(matched: MatchInput) -> Iterator[Hit]:
        scores, model = matched.intents, matched.model
        if scores is None or model is None or intent not in scores.intents:
            return
        threshold = rule.threshold if rule.threshold is not None else model.threshold(intent)
        for (start, end), probability in zip(scores.spans, scores.of(intent), strict=True):
            if probability >= threshold:
                yield Hit(start, end, None, float(probability), whole_sentence=True, source="model")

    return match
