"""Normalisation: the views of a draft the detectors read, each mapped back to the original.

    draft ─ HTML entities decoded ─ controls dropped, NFKC, marks stripped, Unicode digits to ASCII
          ─ look-alike letters folded (UTS #39), lower case
          ─ "(at)", "[dot]", "arroba", "точка"… made canonical ─ "j o h n" joined      → `text`
          ─ digits written as words ("four", "cuatro", "vier") and O/I/l inside numbers → `numeric`

Every pass keeps, replaces or drops characters in order (see `mapped.py`), so a span found in a
view maps back to exactly what the seller typed. Every pattern is RE2 (linear time).
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass
from functools import cache

from gigguard.engine import confusables
from gigguard.engine.domains import is_tld_shaped
from gigguard.engine.mapped import MappedText, Piece, Rewriter, substitute
from gigguard.engine.numberwords import (
    COMPOUND_WORDS,
    CONNECTORS,
    DIGIT_WORDS,
    REPEATERS,
    compose,
)
from gigguard.engine.patterns import Match, alternation, compile_pattern, span_of


@dataclass(frozen=True, slots=True)
class NormalizedDraft:
    original: str
    text: MappedText  # lower case, look-alikes folded, "at"/"dot" canonical, spaced letters joined
    numeric: MappedText  # `text` with spelled-out digits and look-alikes inside numbers as digits


def normalize(draft: str) -> NormalizedDraft:
    view = MappedText.identity(draft)
    view = substitute(view, _ENTITY, _decode_entity)
    view = _fold_characters(view)
    view = _fold_lookalikes_and_case(view)
    view = substitute(view, _BRACKETED_AT, lambda _: "@")
    view = substitute(view, _BRACKETED_DOT, lambda _: ".")
    view = substitute(view, _AT_WORD, _canonical_word)
    view = substitute(view, _DOT_WORD, _canonical_word)
    view = substitute(view, _SYMBOL_DOTTED_DOMAIN, _domain_dots)
    view = substitute(view, _SPACED_OUT, _join_spaced_out)
    view = substitute(view, _SEPARATED_OUT, _join_separated_out)
    numeric = substitute(view, _COMPOUND_NUMBER, _compose_number)
    numeric = substitute(numeric, _REPEATED_DIGIT, _repeat_digit)
    numeric = substitute(numeric, _LETTER_RUN, _digits_for_word)
    return NormalizedDraft(original=draft, text=view, numeric=numeric)


# ── HTML entities: "john&#64;gmail.com", "ada&#x40;graphics" ─────────────────────────────────
# …and percent-encoded "@" and "." as pasted from a mailto: link ("mia.grey%40gmail.com").
_ENTITY = compile_pattern(
    r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[a-zA-Z][a-zA-Z0-9]{1,10};)|%40|%2[eE]"
)
_PERCENT_ENCODED = {"%40": "@", "%2e": ".", "%2E": "."}


def _decode_entity(match: Match) -> str | None:
    entity = match.group()
    decoded = _PERCENT_ENCODED.get(entity) or html.unescape(entity)
    return decoded if decoded != entity else None


# ── Characters: controls, compatibility forms, marks, other digits ──────────────────────────
_NON_ASCII_RUN = compile_pattern(r"[^\x00-\x7f]+")
# Latin and Greek letters lose their accents ("gmäil", "número"); Cyrillic keeps its marks,
# since "й" and "ё" are letters of their own there.
_ACCENTED_SCRIPTS_END = 0x0400


@cache
def _fold_character(char: str) -> str:
    """One non-ASCII character as the detectors should see it ("" drops it)."""
    category = unicodedata.category(char)
    if category in ("Cf", "Mn", "Me") or (category == "Cc" and not char.isspace()):
        return ""  # zero-width, bidi controls, variation selectors, stray combining marks
    if char.isspace():
        return " "
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    decomposed = unicodedata.normalize("NFKD", char)
    base = decomposed[:1]
    if base and (ord(base) < _ACCENTED_SCRIPTS_END or 0x1E00 <= ord(base) <= 0x1FFF):
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        return unicodedata.normalize("NFC", stripped)
    return unicodedata.normalize("NFKC", char)


def fold_term(term: str) -> str:
    """A rule's own words as the normalised view spells them ("Überweisung" → "uberweisung",
    Devanagari without its dropped marks), so authors can write words naturally. Only non-ASCII
    characters change, and regex syntax is ASCII."""
    if term.isascii():
        return term  # ASCII is regex syntax too ("\\p{L}"): left exactly as written
    return "".join(char if char.isascii() else _fold_character(char).lower() for char in term)


def _fold_characters(source: MappedText) -> MappedText:
    if source.text.isascii():
        return source
    rewriter = Rewriter(source)
    position = 0
    for match in _NON_ASCII_RUN.finditer(source.text):
        start, end = match.span()
        rewriter.keep(position, start)
        for index in range(start, end):
            folded = _fold_character(source.text[index])
            if folded == source.text[index]:
                rewriter.keep(index, index + 1)
            else:
                rewriter.replace(index, index + 1, folded)
        position = end
    rewriter.keep(position, len(source.text))
    return rewriter.build()


# ── Look-alike letters (Cyrillic "а" in "gmаil") and case ───────────────────────────────────
_TOKEN = compile_pattern(r"\S+")


def _folds_token(token: str) -> bool:
    """Fold a word that mixes scripts, or one made wholly of look-alikes ("ѕкуре" stays Russian
    only if some letter has no Latin twin)."""
    if token.isascii():
        return False
    has_latin = any(c.isascii() and c.isalnum() for c in token)
    foreign = [c for c in token if not c.isascii() and c.isalpha()]
    if not foreign:
        return False
    if has_latin:
        return any(confusables.fold(c) is not None for c in foreign)
    return all(confusables.fold(c) is not None for c in foreign)


def _fold_lookalikes_and_case(source: MappedText) -> MappedText:
    text = source.text
    if text.isascii():
        lowered = text.lower()
        return MappedText(lowered, source.original, source.starts, source.ends)
    rewriter = Rewriter(source)
    position = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        rewriter.keep(position, start)
        fold = _folds_token(match.group())
        for index in range(start, end):
            char = text[index]
            if fold and not char.isascii():
                char = confusables.fold(char) or char
            lowered = char.lower()
            if len(lowered) == 1:
                rewriter.keep(index, index + 1, lowered)
            else:
                rewriter.replace(index, index + 1, lowered)
        position = end
    rewriter.keep(position, len(text))
    return rewriter.build()


# ── "at" and "dot", however they are dressed ────────────────────────────────────────────────
_OPEN = r"[\(\[\{<\"'«“‘]"
_CLOSE = r"[\)\]\}>\"'»”’]"
_AT_WORDS = (
    "at", "@", "arroba", "arobase", "chiocciola", "klammeraffe", "собака", "at sign", "małpa",
    "apenstaartje", "snabel-a", "kukac", "zavinac",
)  # fmt: skip
_DOT_WORDS = (
    "dot", ".", "punto", "ponto", "point", "punkt", "точка", "period", "dt", "kropka", "punt",
    "nokta", "pont", "tecka",
)  # fmt: skip
_BRACKETED_AT = compile_pattern(
    rf"{_OPEN}\s*{alternation(_AT_WORDS)}\s*{_CLOSE}|[-_*#=~]+at[-_*#=~]+|\bat\s*sign\b|\bat-sign\b"
)
_BRACKETED_DOT = compile_pattern(
    rf"{_OPEN}\s*{alternation(_DOT_WORDS)}\s*{_CLOSE}|[-_*#=~]+dot[-_*#=~]+"
)
# Words that mean "@" or "." in other languages, made the English word so one pattern reads all.
# "arroba", "arobase" and "klammeraffe" name the sign itself; the others are ordinary words too.
_WORD_BOUNDARY_BEFORE = r"(?:^|[^\p{L}\p{N}])"
_WORD_BOUNDARY_AFTER = r"(?:$|[^\p{L}\p{N}])"
# Names of the sign itself (Spanish, French, German, Polish, Dutch, Swedish, Hungarian, Czech),
# and ordinary words ("dog", "snail", "point") that mean "@" or "." only inside an address.
_SIGN_NAMES = "arroba arobase klammeraffe małpa apenstaartje snabel-a kukac zavinac".split()
_AT_LIKE_WORDS = "собака chiocciola".split()
_DOT_LIKE_WORDS = "punto ponto point punkt точка kropka punt nokta".split()
_CANONICAL = {
    **dict.fromkeys(_SIGN_NAMES, "@"),
    **dict.fromkeys(_AT_LIKE_WORDS, "at"),
    **dict.fromkeys(_DOT_LIKE_WORDS, "dot"),
}
_AT_WORD = compile_pattern(
    rf"{_WORD_BOUNDARY_BEFORE}(?P<word>{alternation(_SIGN_NAMES + _AT_LIKE_WORDS)})"
    rf"{_WORD_BOUNDARY_AFTER}"
)
_DOT_WORD = compile_pattern(
    rf"{_WORD_BOUNDARY_BEFORE}(?P<word>{alternation(_DOT_LIKE_WORDS)})"
    rf"{_WORD_BOUNDARY_AFTER}"
)


def _canonical_word(match: Match) -> list[Piece]:
    start, end = match.span()
    word_start, word_end = span_of(match, "word")
    return [
        (start, word_start, None),
        (word_start, word_end, _CANONICAL[match.group("word")]),
        (word_end, end, None),
    ]


# ── Domains dotted with another symbol: "www•anna•com", "chloe-studio。fr", "wa·me/…" ───────
# UTS #46 §2.3 treats the ideographic full stop "。" (and its half-width form, "｡", which NFKC
# has made "。" already) as a label separator; bullets and middle dots stand in for "." to slip
# past a filter. Only between ASCII labels, and only before a TLD-shaped label (two letters, a
# common generic TLD) or after "www": a bullet list ("logo•branding•design") stays a list.
_DOMAIN_DOT_SYMBOLS = "。•·∙⋅・‧"
_DOMAIN_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_SYMBOL_DOTTED_DOMAIN = compile_pattern(
    rf"(?:^|[^a-z0-9\-])(?P<domain>{_DOMAIN_LABEL}(?:[{_DOMAIN_DOT_SYMBOLS}]{_DOMAIN_LABEL}){{1,6}})"
    rf"(?:$|[^a-z0-9\-])"
)
_SYMBOL_DOT = compile_pattern(rf"[{_DOMAIN_DOT_SYMBOLS}]")


def _domain_dots(match: Match) -> list[Piece] | None:
    """Each symbol between the labels becomes "."; each keeps its place in the original."""
    start, end = match.span()
    domain_start, domain_end = span_of(match, "domain")
    domain = match.string[domain_start:domain_end]
    symbols = [symbol.start() for symbol in _SYMBOL_DOT.finditer(domain)]
    first, last = domain[: symbols[0]], domain[symbols[-1] + 1 :]
    if first != "www" and not is_tld_shaped(last):
        return None
    pieces: list[Piece] = [(start, domain_start, None)]
    position = domain_start
    for offset in symbols:
        symbol = domain_start + offset
        pieces.append((position, symbol, None))
        pieces.append((symbol, symbol + 1, "."))
        position = symbol + 1
    pieces.append((position, end, None))
    return pieces


# ── Spaced or separated letters: "j o h n @ g m a i l . c o m", "s.k.y.p.e", "d-l-w-h" ─────
_SPACED_OUT = compile_pattern(r"(?:^|\s)(?P<core>(?:[^\s] ){3,}[^\s])(?:$|\s|[,!?;:])")
_SEPARATED_OUT = compile_pattern(
    r"(?:^|[^\p{L}\p{N}])(?P<core>(?:[\p{L}\p{N}@.][._\-*/]){3,}[\p{L}\p{N}@.])"
    r"(?:$|[^\p{L}\p{N}._\-*/])"
)


def _join_spaced_out(match: Match) -> list[Piece] | None:
    """Drop the single spaces between single characters; every character keeps its place."""
    return _drop_separators(match, separators=" ")


def _join_separated_out(match: Match) -> list[Piece] | None:
    return _drop_separators(match, separators="._-*/")


def _drop_separators(match: Match, separators: str) -> list[Piece] | None:
    start, end = match.span()
    core_start, core_end = span_of(match, "core")
    core = match.string[core_start:core_end]
    between = set(core[1::2])
    if len(core) < 7 or len(core) % 2 == 0 or len(between) != 1 or not between <= set(separators):
        return None
    if core[0::2].strip(".") != core[0::2]:
        return None  # "…" or a run of full stops, not a word spelled out
    if separators != " " and core[0::2].isdigit():
        return None  # "8.8.8.8", "1-2-3-4": numbers keep their separators (phones read them)
    pieces: list[Piece] = [(start, core_start, None)]
    for index in range(core_start, core_end, 2):
        pieces.append((index, index + 1, None))
    pieces.append((core_end, end, None))
    return pieces


# ── Digits as words: "four one five", "cuatro uno cinco", "92three00one", "4l5-O123" ─────────
_REPEATED_DIGIT = compile_pattern(
    rf"\b(?P<times>{alternation(tuple(REPEATERS))})[\s-]+(?P<digit>\p{{L}}+|[0-9])"
)
_LETTER_RUN = compile_pattern(r"\p{L}+")
_NUMBER_WORD = alternation(tuple(DIGIT_WORDS) + tuple(COMPOUND_WORDS))
# A run of number words ("trente-quatre", "сто двадцать три", "treinta y cuatro").
_COMPOUND_NUMBER = compile_pattern(
    rf"{_WORD_BOUNDARY_BEFORE}(?P<run>{_NUMBER_WORD}(?:[ \t-]+(?:{alternation(tuple(CONNECTORS))}"
    rf"[ \t]+)?{_NUMBER_WORD})*){_WORD_BOUNDARY_AFTER}"
)


def _compose_number(match: Match) -> list[Piece] | None:
    """Numbers said in pairs or triples become their digits; a run of single digits is left
    for the word-by-word pass, which keeps each digit mapped to its own word."""
    words = [w for w in match.group("run").replace("-", " ").split() if w not in CONNECTORS]
    if not any(word in COMPOUND_WORDS for word in words):
        return None
    start, end = match.span()
    run_start, run_end = span_of(match, "run")
    return [
        (start, run_start, None),
        (run_start, run_end, " ".join(compose(words))),
        (run_end, end, None),
    ]


_LOOKALIKE_DIGITS = str.maketrans({"o": "0", "i": "1", "l": "1", "s": "5", "b": "8"})
_EDGE_LOOKALIKES = frozenset("oil")
_LOOKALIKES = frozenset("oilsb")


def _repeat_digit(match: Match) -> str | None:
    word = match.group("digit")
    digit = word if word.isdigit() else DIGIT_WORDS.get(word)
    if digit is None:
        return None
    return digit * REPEATERS[match.group("times")]


def _digits_for_word(match: Match) -> str | None:
    word = match.group()
    digit = DIGIT_WORDS.get(word)
    if digit is not None:
        return digit
    if len(word) <= 3 and set(word) <= _LOOKALIKES:
        # Look-alikes count as digits only inside a number: "4l5", "555-O123", "5S5". O, I and
        # l may sit at a number's edge; S and B, common as plural and unit letters ("1990s",
        # "16GB"), only between digits.
        text_before, text_after = _neighbours(match)
        edge_ok = set(word) <= _EDGE_LOOKALIKES and (text_before.isdigit() or text_after.isdigit())
        if edge_ok or (text_before.isdigit() and text_after.isdigit()):
            return word.translate(_LOOKALIKE_DIGITS)
    return None


def _neighbours(match: Match) -> tuple[str, str]:
    """The characters just outside a match (RE2 has no lookaround; the match keeps its string)."""
    string = match.string
    start, end = match.span()
    before = string[start - 1] if start > 0 else ""
    after = string[end] if end < len(string) else ""
    # One "-" or "." may stand between ("555-O123"); a space ends the number ("0123 I think").
    if before and before in "-." and start > 1 and string[start - 2].isdigit():
        before = string[start - 2]
    if after and after in "-." and end + 1 < len(string) and string[end + 1].isdigit():
        after = string[end + 1]
    return before, after
