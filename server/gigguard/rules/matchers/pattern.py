"""`type: pattern` — team-written RE2 patterns on the normalised text (linear time, always).
A sentence holding an `unless` term is left alone, as in `cooccurrence`."""

from __future__ import annotations

from collections.abc import Iterator

from gigguard.engine.normalize import fold_term
from gigguard.engine.patterns import compile_pattern
from gigguard.rules.matchers.base import Hit, Matcher, MatchInput, compile_terms, term_start
from gigguard.rules.model import Rule


def compile_rule(rule: Rule) -> Matcher:
    pattern = compile_pattern("|".join(f"(?:{fold_term(p)})" for p in rule.patterns))
    unless = compile_terms(rule.unless) if rule.unless else None

    def match(matched: MatchInput) -> Iterator[Hit]:
        view = matched.draft.text
        blocked: set[int] = set()
        if unless is not None:
            for found in unless.finditer(view.text):
                blocked.add(matched.sentences.index_at(term_start(found)))
        for found in pattern.finditer(view.text):
            if found.end() > found.start():
                if matched.sentences.index_at(found.start()) in blocked:
                    continue
                start, end = view.to_original(found.start(), found.end())
                matched.signals.append((start, rule.id))
                yield Hit(start, end, None, 0.9, whole_sentence=True)

    return match
