"""Stretches of a draft that are markup or machine text, where digits are not a phone number.

    "panose-1:2 3 6 0 0 1 1 1 1 1;"            a CSS declaration (pasted styles, saved pages)
    "http://shop.com/product/0,2627,02014…"    a web address: its digits belong to the address
    "{"id": 4815162342, "qty": 3}"             a bare number in pasted JSON: an id, a count

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
_PHONE_LABEL_PARTS = (
    "tel", "phone", "mobile", "cell", "fax", "whats", "whatsapp", "telefon", "telephone", "mobil",
    "handy", "number", "nr", "no", "contact",
)  # fmt: skip

_DECLARATION = compile_pattern(
    r"\b(?P<property>[a-z][a-z0-9]*(?:-[a-z0-9]+)+"
    rf"|{alternation(_PLAIN_PROPERTIES)})"
    r"[ \t]*:[^;{}<>\n]{1,200}[;}]",
    ignore_case=True,
)
_ADDRESS = compile_pattern(r"(?:https?://|www\.)[^\s<>\"'`]+", ignore_case=True)
# A JSON member whose value is a bare number: a phone is written as a string ("+44 …"), never
# as a number (a leading zero or "+" would not survive), so only the key can make it one.
_JSON_NUMBER = compile_pattern(
    r'"(?P<property>[^"\n]{1,40})"[ \t]*:[ \t]*-?[0-9][0-9.eE+\-]{0,30}(?:[ \t]*[,}\]]|[ \t]*$)',
    ignore_case=True,
)


@dataclass(frozen=True, slots=True)
class Markup:
    """The markup stretches of one text, sorted and disjoint, for "is this inside one?"."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Markup:
        spans = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
        for pattern in (_DECLARATION, _JSON_NUMBER):
            for match in pattern.finditer(text):
                name = match.group("property").lower()
                if not any(part in _PHONE_LABEL_PARTS for part in _words_of(name)):
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


def _words_of(name: str) -> list[str]:
    """The parts of a property or key name: "mso-font", "phone_number", "whatsApp"."""
    return [part for part in name.replace("_", "-").replace(" ", "-").split("-") if part]
