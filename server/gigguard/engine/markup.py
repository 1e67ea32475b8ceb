"""Stretches of a draft that are markup or machine text, where digits are not a phone number.

    "panose-1:2 3 6 0 0 1 1 1 1 1;"            a CSS declaration (pasted styles, saved pages)
    "http://shop.com/product/0,2627,02014…"    a web address: its digits belong to the address

Sellers paste page source, styles and links into briefs and delivery notes; the figures in them
are sizes, ids and font metrics. A declaration is a property name that only CSS writes
(hyphenated, "mso-font-signature", or a plain CSS property like "padding"), a colon, and a value
closed by ";" or "}" on the same line: chat prose puts no semicolon after a phone number. A
label that names a phone ("tel-nr: …;") is never a declaration. Every pattern is RE2.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from gigguard.engine.patterns import alternation, compile_pattern

# CSS properties without a hyphen (CSS Snapshot 2023); hyphenated ones are recognised by shape.
_PLAIN_PROPERTIES = (
    "animation", "background", "border", "bottom", "color", "columns", "content", "cursor",
    "display", "filter", "flex", "float", "font", "gap", "grid", "height", "inset", "left",
    "margin", "mask", "opacity", "order", "outline", "overflow", "padding", "position",
    "right", "top", "transform", "transition", "width", "zoom",
)  # fmt: skip
# Hyphenated labels people put before their number in prose, never CSS.
_PHONE_LABEL_PARTS = ("tel", "phone", "mobile", "cell", "fax", "whats", "number", "nr", "no")

_DECLARATION = compile_pattern(
    r"\b(?P<property>[a-z][a-z0-9]*(?:-[a-z0-9]+)+"
    rf"|{alternation(_PLAIN_PROPERTIES)})"
    r"[ \t]*:[^;{}<>\n]{1,200}[;}]",
    ignore_case=True,
)
_ADDRESS = compile_pattern(r"(?:https?://|www\.)[^\s<>\"'`]+", ignore_case=True)


@dataclass(frozen=True, slots=True)
class Markup:
    """The markup stretches of one text, sorted and disjoint, for "is this inside one?"."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Markup:
        spans = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
        for match in _DECLARATION.finditer(text):
            name = match.group("property").lower()
            if not any(part in _PHONE_LABEL_PARTS for part in name.split("-")):
                spans.append((match.start(), match.end()))
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return cls(tuple(s for s, _ in merged), tuple(e for _, e in merged))

    def covers(self, start: int, end: int) -> bool:
        """Whether [start, end) lies wholly inside one stretch."""
        index = bisect_right(self.starts, start) - 1
        return index >= 0 and end <= self.ends[index]
