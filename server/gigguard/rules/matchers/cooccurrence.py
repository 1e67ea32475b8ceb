"""`type: cooccurrence` — a sentence is flagged when every term group has a hit in it and no
`unless` term does: "can we" + "continue" + "outside Fiverr" in any order and wording.

A short question naming the thing may be answered by the next sentence ("wats ap? i send u
samples there"): such a pair is judged together.

Each group is searched once over the whole text and its hits bucketed by sentence, so the cost
is linear in the draft however many sentences it has.
"""

from __future__ import annotations

from collections.abc import Iterator

from gigguard.engine.patterns import Pattern
from gigguard.rules.matchers.base import Hit, Matcher, MatchInput, compile_terms, term_start
from gigguard.rules.model import Rule

_SHORT_QUESTION = 6  # words


def compile_rule(rule: Rule) -> Matcher:
    groups: list[Pattern] = [compile_terms(group) for group in rule.groups]
    unless: Pattern | None = compile_terms(rule.unless) if rule.unless else None

    def sentences_hit(pattern: Pattern, matched: MatchInput) -> set[int]:
        found: set[int] = set()
        for hit in pattern.finditer(matched.draft.text.text):
            index = matched.sentences.index_at(term_start(hit))
            if index >= 0:
                found.add(index)
        return found

    def match(matched: MatchInput) -> Iterator[Hit]:
        if not groups:
            return
        hits = [sentences_hit(group, matched) for group in groups]
        blocked = sentences_hit(unless, matched) if unless is not None else set()
        spans = matched.sentences.spans
        text = matched.draft.text.text
        view = matched.draft.text
        for name, found in [*((f"{rule.id}/g{i}", hit) for i, hit in enumerate(hits)),
                            (f"{rule.id}/unless", blocked)]:  # fmt: skip
            for index in found:
                matched.signals.append((view.to_original(*spans[index])[0], name))
        flagged: list[tuple[int, int]] = []
        for index in sorted(set.intersection(*hits) - blocked):
            flagged.append(spans[index])
        # A short question with the first group's term, answered by the next sentence.
        for index in sorted(hits[0]):
            following = index + 1
            if following >= len(spans) or {index, following} & blocked:
                continue
            if all(index in found for found in hits) or all(following in found for found in hits):
                continue
            start, end = spans[index]
            if not text[start:end].endswith("?") or len(text[start:end].split()) > _SHORT_QUESTION:
                continue
            if all(index in found or following in found for found in hits):
                flagged.append((start, spans[following][1]))
        for start, end in flagged:
            original_start, original_end = view.to_original(start, end)
            yield Hit(original_start, original_end, None, 0.9, whole_sentence=True)

    return match
