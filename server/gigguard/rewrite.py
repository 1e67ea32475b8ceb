"""Safe rewrites: each violation replaced by what the platform allows, so the draft reads naturally.

A finding's sentence is replaced whole when the sentence *is* the violation: an intent ("can we
move to WhatsApp?"), or a contact detail with little else around it ("My email: john@x.com").
Otherwise only the detail is replaced, in words that fit the sentence ("see my Fiverr
portfolio"). Text outside the replaced ranges is kept byte for byte.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gigguard.engine.patterns import compile_pattern

# A sentence with this few words besides its contact details exists only to share them.
_CARRIER_WORDS = 4
_WORD = compile_pattern(r"[\p{L}\p{N}]{2,}")


@dataclass(frozen=True, slots=True)
class Violation:
    """What the planner needs of a finding (code points of the draft)."""

    start: int
    end: int
    sentence: tuple[int, int]  # the sentence holding it
    whole_sentence: bool  # an intent: the sentence is the violation
    replacement: str  # for the whole sentence
    inline: str | None  # for the span alone, when the sentence goes on without it
    order: int  # category order: the first of a family speaks for it
    family: str  # problems one replacement answers: contact details and invites are one family


@dataclass(frozen=True, slots=True)
class Replacement:
    start: int
    end: int
    text: str


def plan(text: str, violations: Sequence[Violation]) -> tuple[list[Replacement], str | None]:
    """The replacement each violation gets (same order) and the rewritten draft."""
    if not violations:
        return [], None
    by_sentence: dict[tuple[int, int], list[Violation]] = {}
    for violation in violations:
        by_sentence.setdefault(violation.sentence, []).append(violation)
    whole = {v.sentence for v in violations if v.whole_sentence}
    for sentence, spans in by_sentence.items():
        if sentence not in whole and (
            _remaining_words(text, sentence, spans) <= _CARRIER_WORDS
            or any(v.inline is None for v in spans)
        ):
            whole.add(sentence)
    sentence_text = {sentence: _sentence_replacement(by_sentence[sentence]) for sentence in whole}
    replacements = [
        Replacement(v.sentence[0], v.sentence[1], sentence_text[v.sentence])
        if v.sentence in whole
        else Replacement(v.start, v.end, v.inline or v.replacement)
        for v in violations
    ]
    return replacements, _apply(text, replacements)


def _remaining_words(text: str, sentence: tuple[int, int], spans: Sequence[Violation]) -> int:
    pieces = []
    position = sentence[0]
    for v in sorted(spans, key=lambda v: v.start):
        pieces.append(text[position : v.start])
        position = max(position, v.end)
    pieces.append(text[position : sentence[1]])
    return sum(1 for _ in _WORD.finditer(" ".join(pieces)))


def _sentence_replacement(in_sentence: Sequence[Violation]) -> str:
    """One replacement per family of problem in the sentence, in category order: "add me on
    Skype: live:jo" needs one answer, "add me on Skype and pay via PayPal" two."""
    chosen: dict[str, str] = {}
    for violation in sorted(in_sentence, key=lambda v: v.order):
        chosen.setdefault(violation.family, violation.replacement)
    return " ".join(chosen.values())


def _apply(text: str, replacements: Sequence[Replacement]) -> str:
    pieces: list[str] = []
    position = 0
    trim_next = False  # a fragment dropped at the very start takes the space after it along
    for replacement in sorted(set(replacements), key=lambda r: (r.start, -r.end)):
        if replacement.start < position:
            continue  # inside a sentence already replaced whole
        gap = text[position : replacement.start]
        if trim_next:
            gap, trim_next = gap.lstrip(" \t"), False
        if not replacement.text:
            # A dropped fragment takes the space before it along.
            gap = gap.rstrip(" \t")
            trim_next = not any(pieces) and not gap
        pieces.append(gap)
        pieces.append(replacement.text)
        position = replacement.end
    tail = text[position:]
    pieces.append(tail.lstrip(" \t") if trim_next else tail)
    return "".join(pieces)
