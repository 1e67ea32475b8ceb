"""`type: pattern` — team-written RE2 patterns on the normalised text (linear time, always)."""

from __future__ import annotations

from collections.abc import Iterator

from gigguard.engine.patterns import compile_pattern
from gigguard.rules.matchers.base import Hit, Matcher, MatchInput
from gigguard.rules.model import Rule


def compile_rule(rule: Rule) -> Matcher:
    pattern = compile_pattern("|".join(f"(?:{p})" for p in rule.patterns))

    def match(matched: MatchInput) -> Iterator[Hit]:
        view = matched.draft.text
        for found in pattern.finditer(view.text):
            if found.end() > found.start():
                start, end = view.to_original(found.start(), found.end())
                yield Hit(start, end, None, 0.9, whole_sentence=True)

    return match
