"""Look-alike characters folded to the ASCII letter or digit they imitate.

The table comes from Unicode's confusables data (UTS #39, confusables.txt) as shipped by the
`confusable-homoglyphs` package; nothing here is hand-made. Only characters outside ASCII are
folded: an ASCII "0" or "l" is left to the number-aware passes, which know the context.
"""

from __future__ import annotations

import string
from functools import cache

from confusable_homoglyphs import confusables as _data

_ASCII_TARGETS = set(string.ascii_letters + string.digits + "@.")
_MARKS = {"\u200e", "\u200f"}  # the data wraps right-to-left glyphs in direction marks


def _single(glyph: str) -> str | None:
    glyph = "".join(ch for ch in glyph if ch not in _MARKS)
    return glyph if len(glyph) == 1 else None


def _preference(source: str, target: str) -> tuple[int, int]:
    """Letters before digits; a target of the same case as the source first."""
    same_case = source.isupper() == target.isupper() if target.isalpha() else False
    return (0 if target.isalpha() else 1, 0 if same_case else 1)


@cache
def skeleton_table() -> dict[str, str]:
    candidates: dict[str, set[str]] = {}
    for key, homoglyphs in _data.confusables_data.items():
        key_char = _single(key)
        if key_char is None:
            continue
        for entry in homoglyphs:
            glyph = _single(entry["c"])
            if glyph is None:
                continue
            if key_char in _ASCII_TARGETS and not glyph.isascii():
                candidates.setdefault(glyph, set()).add(key_char)
            elif glyph in _ASCII_TARGETS and not key_char.isascii():
                candidates.setdefault(key_char, set()).add(glyph)
    table = {
        char: min(targets, key=lambda target: (_preference(char, target), target))
        for char, targets in candidates.items()
    }
    # The data files capital vertical strokes (Greek Ι, Cyrillic І, Ⅰ) under "l"; in a capital
    # they imitate "I".
    return {
        char: "I" if target == "l" and char.isupper() else target for char, target in table.items()
    }


def fold(char: str) -> str | None:
    """The ASCII character `char` imitates, or None."""
    return skeleton_table().get(char)
