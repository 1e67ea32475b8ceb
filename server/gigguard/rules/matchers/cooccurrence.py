"""`type: cooccurrence` — a sentence is flagged when every term group has a hit in it and no
`unless` term does: "can we" + "continue" + "outside Fiverr" in any order and wording.

Each group is searched once over the whole text and its hits bucketed by sentence, so the cost
is linear in the draft however many sentences it has.
"""

from __future__ import annotations

from collections.abc import Iterator

from gigguard.engine.patterns import Pattern, span_of
from gigguard.rules.matchers.base import Hit, Matcher, MatchInput, compile_terms
from gigguard.rules.model import Rule


def compile_rule(rule: Rule) -> Matcher:
    groups: list[Pattern] = [compile_terms(group) for group in rule.groups]
    unless: Pattern | None = compile_terms(rule.unless) if rule.unless else None

    def sentences_hit(pattern: Pattern, matched: MatchInput) -> set[int]:
        found: set[int] = set()
        for hit in pattern.finditer(matched.draft.text.text):
            index = matched.sentences.index_at(span_of(hit, "term")[0])
            if index >= 0:
                found.add(index)
        return found

    def match(matched: MatchInput) -> Iterator[Hit]:
        if not groups:
            return
        candidates = sentences_hit(groups[0], matched)
        for group in groups[1:]:
            if not candidates:
                return
            candidates &= sentences_hit(group, matched)
        if unless is not None and candidates:
            candidates -= sentences_hit(unless, matched)
        view = matched.draft.text
        for index in sorted(candidates):
            start, end = view.to_original(*matched.sentences.spans[index])
            yield Hit(start, end, None, 0.9, whole_sentence=True)

    return match
