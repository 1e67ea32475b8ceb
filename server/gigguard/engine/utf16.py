"""Offsets in UTF-16 code units: what JavaScript (and so the browser extension) counts.

Python counts code points; an emoji such as 😀 is one code point but two UTF-16 units.
"""

from __future__ import annotations

from itertools import accumulate


class Utf16Offsets:
    """Converts code-point offsets of one text to UTF-16 offsets and back."""

    def __init__(self, text: str) -> None:
        self._astral = any(ord(char) > 0xFFFF for char in text) if not text.isascii() else False
        self._units: list[int] = (
            [0, *accumulate(2 if ord(char) > 0xFFFF else 1 for char in text)]
            if self._astral
            else []
        )

    def from_code_points(self, offset: int) -> int:
        return self._units[offset] if self._astral else offset

    def to_code_points(self, unit_offset: int) -> int:
        """The code-point offset at `unit_offset`, or the one after it inside a surrogate pair."""
        if not self._astral:
            return unit_offset
        from bisect import bisect_left

        return bisect_left(self._units, unit_offset)
