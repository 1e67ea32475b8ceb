"""Sentences of a view, as spans: intent rules judge a sentence, and a rewrite replaces one whole
when the whole sentence is the violation."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from gigguard.engine.patterns import compile_pattern

# A terminator ends a sentence when it follows a word and whitespace or the end follows it:
# "gmail.com" and "3.5" go on, and so does the disguise "gmail . com". Scripts written without
# spaces end a sentence at their own full stop whatever follows ("好的。加我微信"), and at a "!"
# or "?" after one of their letters (the normaliser has folded "！" and "？" to ASCII); so do the
# Arabic and Urdu question mark and full stop and the Devanagari danda.
_CLOSERS = "[\"'”’)\\]」』]*"
_TERMINATOR = compile_pattern(
    rf"[^ \t\n][.!?…]+{_CLOSERS}(?:[ \t]+|$)"
    rf"|[。！？؟۔।॥]+{_CLOSERS}[ \t]*"
    rf"|[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}\p{{Hangul}}][!?]+{_CLOSERS}[ \t]*"
    r"|[ \t]*\n+[ \t]*"
)


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence spans of one text: [start, end) without the whitespace around them."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Sentences:
        spans: list[tuple[int, int]] = []
        start = 0
        for match in _TERMINATOR.finditer(text):
            end = match.end()
            # Keep the terminator's punctuation, drop the whitespace after it.
            stripped_end = start + len(text[start:end].rstrip())
            if stripped_end > start:
                spans.append((start, stripped_end))
            start = end
        if start < len(text) and text[start:].strip():
            spans.append((start, len(text.rstrip())))
        stripped = tuple(_strip_leading(text, span) for span in spans)
        return cls(stripped, tuple(span[0] for span in stripped))

    def index_at(self, position: int) -> int:
        """The sentence holding `position`, or -1."""
        index = bisect_right(self.starts, position) - 1
        if index >= 0 and position < self.spans[index][1]:
            return index
        return -1


def _strip_leading(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A sentence starts at its first word: whitespace, emoji and bullets before it stay outside
    (so a rewrite keeps the seller's "😀")."""
    start, end = span
    while start < end and (text[start].isspace() or unicodedata.category(text[start])[0] in "SZC"
                           or unicodedata.category(text[start]) == "Mn"):  # fmt: skip
        start += 1
    return start, end
