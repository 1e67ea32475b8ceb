"""Offsets in UTF-16 code units: what JavaScript (and so the browser extension) counts.

Python counts code points; an emoji such as 😀 is one code point but two UTF-16 units.
"""

from __future__ import annotations

from itertools import accumulate


class Utf16Offsets:
    """Converts code-point offsets of one text to UTF-16 offsets."""

    def __init__(self, text: str) -> None:
        astral = not text.isascii() and any(ord(char) > 0xFFFF for char in text)
        # Without astral characters the two counts agree and no table is needed.
        self._units: list[int] | None = (
            [0, *accumulate(2 if ord(char) > 0xFFFF else 1 for char in text)] if astral else None
        )

    def from_code_points(self, offset: int) -> int:
        return offset if self._units is None else self._units[offset]
