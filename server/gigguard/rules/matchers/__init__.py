"""One matcher per rule type; `compile_matcher(rule, words)` picks it."""

from __future__ import annotations

from collections.abc import Callable

from gigguard.rules.matchers import cooccurrence, detector, model, pattern
from gigguard.rules.matchers.base import Hit, Matcher, MatchInput
from gigguard.rules.model import Rule

_COMPILERS: dict[str, Callable[[Rule], Matcher]] = {
    "detector": detector.compile_rule,
    "pattern": pattern.compile_rule,
    "cooccurrence": cooccurrence.compile_rule,
    "model": model.compile_rule,
}


def compile_matcher(rule: Rule) -> Matcher:
    return _COMPILERS[rule.type](rule)


__all__ = ["Hit", "MatchInput", "Matcher", "compile_matcher"]
