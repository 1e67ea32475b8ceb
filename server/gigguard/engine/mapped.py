"""A derived string that remembers, for every character, the span of the original it came from.

Normalisation rewrites a draft many times over (entities decoded, look-alikes folded, "at" turned
into "@", spelled-out digits into digits). Each pass produces a new `MappedText` from the previous
one through a `Rewriter`, so a match found in the final view maps back to the exact characters the
seller typed. Passes only keep, replace or drop, in order, so the map is monotone: the first
character's start and the last character's end bound any span.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from gigguard.engine.patterns import Match, Pattern


@dataclass(frozen=True, slots=True)
class MappedText:
    text: str
    original: str
    starts: list[int]  # starts[i]: where character i of `text` begins in `original`
    ends: list[int]  # ends[i]: where it ends (exclusive)

    @classmethod
    def identity(cls, original: str) -> MappedText:
        n = len(original)
        return cls(original, original, list(range(n)), list(range(1, n + 1)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of `original` that characters [start, end) of `text` came from."""
        if start >= end:
            anchor = self.starts[start] if start < len(self.starts) else len(self.original)
            return anchor, anchor
        return self.starts[start], self.ends[end - 1]

    def original_slice(self, start: int, end: int) -> str:
        begin, finish = self.to_original(start, end)
        return self.original[begin:finish]


class Rewriter:
    """Builds the next `MappedText` from `source` by keeping, replacing and dropping, left to right."""

    def __init__(self, source: MappedText) -> None:
        self._source = source
        self._pieces: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def keep(self, start: int, end: int, text: str | None = None) -> None:
        """Copy source characters [start, end), or `text` of the same length in their place."""
        if start >= end:
            return
        if text is not None and len(text) != end - start:
            raise ValueError("keep() takes a replacement of the same length only")
        self._pieces.append(self._source.text[start:end] if text is None else text)
        self._starts.extend(self._source.starts[start:end])
        self._ends.extend(self._source.ends[start:end])

    def replace(self, start: int, end: int, new: str) -> None:
        """Emit `new` in place of source characters [start, end); each new character maps to all of them."""
        if not new:
            return
        begin, finish = self._source.to_original(start, end)
        self._pieces.append(new)
        self._starts.extend([begin] * len(new))
        self._ends.extend([finish] * len(new))

    def build(self) -> MappedText:
        return MappedText("".join(self._pieces), self._source.original, self._starts, self._ends)


# What a substitution makes of one match: new text for all of it, or pieces that cover it left to
# right, each (start, end, new text or None to keep those characters as they are), or None to
# leave the match alone. Pieces keep each surviving character mapped to itself.
Piece = tuple[int, int, str | None]
Replacement = str | list[Piece] | None


def substitute(
    source: MappedText, pattern: Pattern, replacement: Callable[[Match], Replacement]
) -> MappedText:
    """Replace every match of `pattern` by what `replacement(match)` makes of it."""
    rewriter = Rewriter(source)
    position = 0
    changed = False
    for match in pattern.finditer(source.text):
        new = replacement(match)
        if new is None:
            continue
        start, end = match.span()
        rewriter.keep(position, start)
        if isinstance(new, str):
            rewriter.replace(start, end, new)
        else:
            for piece_start, piece_end, piece_text in new:
                if piece_text is None:
                    rewriter.keep(piece_start, piece_end)
                else:
                    rewriter.replace(piece_start, piece_end, piece_text)
        position = end
        changed = True
    if not changed:
        return source
    rewriter.keep(position, len(source.text))
    return rewriter.build()
