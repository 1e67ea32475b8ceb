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
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from gigguard.engine import confusables
from gigguard.engine.domains import MAIL_PROVIDERS, is_tld_shaped
from gigguard.engine.mapped import MappedText, Piece, Rewriter, substitute
from gigguard.engine.numberwords import (
    BOUND_DIGITS,
    BOUND_WORDS,
    COMPOUND_WORDS,
    CONNECTORS,
    DIGIT_WORDS,
    JOINED_PATTERNS,
    JOINED_WORDS,
    REPEATERS,
    compose,
    spelled_as_viewed,
    unspaced_numerals,
)
from gigguard.engine.patterns import Match, Pattern, alternation, compile_pattern, span_of


@dataclass(frozen=True, slots=True)
class NormalizedDraft:
    original: str
    text: MappedText  # lower case, look-alikes folded, "at"/"dot" canonical, spaced letters joined
    numeric: MappedText  # `text` with spelled-out digits and look-alikes inside numbers as digits


def normalize(draft: str) -> NormalizedDraft:
    view = MappedText.identity(draft)
    view = substitute(view, _ENTITY, _decode_entity)
    view = _fold_symbol_separators(view)
    view = _fold_characters(view)
    view = _fold_lookalikes_and_case(view)
    view = substitute(view, _BRACKETED_AT, lambda _: "@")
    view = substitute(view, _BRACKETED_DOT, lambda _: ".")
    view = substitute(view, _BRACKETED_LETTER_AT, _bracketed_letter_at)
    view = substitute(view, _AT_WORD, _canonical_word)
    view = substitute(view, _DOT_WORD, _canonical_word)
    view = substitute(view, _SYMBOL_DOTTED_DOMAIN, _domain_dots)
    view = _canonical_foreign_words(view)
    view = substitute(view, _SPACED_OUT, _join_spaced_out)
    for separated_out in _SEPARATED_OUT:
        view = substitute(view, separated_out, _join_separated_out)
    numeric = substitute(view, _COMPOUND_NUMBER, _compose_number)
    numeric = substitute(numeric, _REPEATED_DIGIT, _repeat_digit)
    numeric = substitute(numeric, _LETTER_RUN, _digits_for_word)
    numeric = _read_unspaced_numerals(numeric)
    numeric = substitute(numeric, _SYMBOL_SEPARATED, _space_symbol_separators)
    numeric = substitute(numeric, _DASHED_DIGITS, _plain_dashes)
    numeric = substitute(numeric, _BROKEN_LINE_NUMBER, _join_broken_line)
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
# Ethiopic writes digits one to nine ("፩" … "፱") but no zero (Amharic numbers take "0"): Unicode
# gives them a digit value, not a decimal one, as they also build tens ("፲") additively.
_ETHIOPIC_DIGITS = ("\u1369", "\u1371")


@cache
def _fold_character(char: str) -> str:
    """One non-ASCII character as the detectors should see it ("" drops it)."""
    category = unicodedata.category(char)
    if category in ("Cf", "Mn", "Me") or (category == "Cc" and not char.isspace()):
        return ""  # zero-width, bidi controls, variation selectors, stray combining marks
    if char.isspace():
        return " "
    digit = unicodedata.decimal(char, None)
    if digit is None and _ETHIOPIC_DIGITS[0] <= char <= _ETHIOPIC_DIGITS[1]:
        digit = unicodedata.digit(char)
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
    if token.isascii() or _is_number_word(token):
        return False
    has_latin = any(c.isascii() and c.isalpha() for c in token)  # "9один6": digits are no Latin
    foreign = [c for c in token if not c.isascii() and c.isalpha()]
    if not foreign:
        return False
    if has_latin:
        return any(confusables.fold(c) is not None for c in foreign)
    return all(confusables.fold(c) is not None for c in foreign)


def _is_number_word(token: str) -> bool:
    """A number word of its own script is no disguise, though its letters all have Latin
    twins (Kazakh "бір", "бес" would read "6ip", "6ec")."""
    word = spelled_as_viewed(token.strip(_PUNCTUATION))
    return word in DIGIT_WORDS or word in COMPOUND_WORDS


_PUNCTUATION = ".,;:!?()[]\"'«»“”"


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

# "p.lavoie(a)groupelavoie.ca", "karim.benali(chez)hotmail.fr": "(a)" and French "(chez)" stand
# for "@" too, but "(a)" also numbers a list, so only between a handle and a domain: glued to the
# word before it, or after one that reads as a handle ("l*u*k*a*s (a) outlook . com").
_BRACKETED_LETTER_AT = compile_pattern(r"[\(\[][ \t]*(?:a|chez)[ \t]*[\)\]]")
_HANDLE_TOKEN_BEHIND = compile_pattern(r"[._0-9*\-][a-z0-9._*\-]*[ \t]*$")
_LABEL_AHEAD = compile_pattern(
    r"^[ \t]*[a-z0-9][a-z0-9\-]*(?:[ \t]*[.•·][ \t]*|[ \t]+dot[ \t]+)[a-z0-9]"
)


def _bracketed_letter_at(match: Match) -> str | None:
    string = match.string
    start, end = match.span()
    if not _is_address_character(_nearest_non_space(string, start, step=-1)):
        return None
    if _LABEL_AHEAD.search(string[end : end + _LOOK_AHEAD]) is None:
        return None
    glued = start > 0 and _is_address_character(string[start - 1])
    behind = string[max(0, start - _HANDLE_REACH) : start]
    return "@" if glued or _HANDLE_TOKEN_BEHIND.search(behind) is not None else None


def _canonical_word(match: Match) -> list[Piece]:
    start, end = match.span()
    word_start, word_end = span_of(match, "word")
    return [
        (start, word_start, None),
        (word_start, word_end, _CANONICAL[match.group("word")]),
        (word_end, end, None),
    ]


# ── "@" and "." in more languages and scripts: "골뱅이", "艾特", "アット", "a còng", "נקודה" ──────
# Each language's name for the sign, and its words for "at" and "dot"/"point", as people say
# them to read out an address. Many are ordinary words too ("点" a point or o'clock, "점" a score,
# "جی" …), so they count only between the ASCII pieces of an address: the nearest character on
# both sides, past spaces, is an ASCII letter or digit. Terms are written naturally and folded
# like the view (fold_term), so "ΠΑΠΆΚΙ", "zavináč" and "डॉट" match as typed.
_FOREIGN_SIGN_NAMES = (
    "एट द रेट", "ऐट द रेट", "एट दी रेट",  # Hindi "at the rate", the Indian name of "@"
    "ایٹ دی ریٹ", "ایٹ د ریٹ",  # the same in Urdu script
    "kuyruklu a",  # Turkish "tailed a"
    "艾特", "小老鼠", "圈a",  # Chinese: "ài tè", Taiwanese "little mouse"
    "アットマーク", "あっとまーく",  # Japanese "at mark"
    "골뱅이",  # Korean "whelk"
    "a còng", "a móc",  # Vietnamese "hooked a"
    "arond", "arobas", "arrova",  # Romanian, French, Catalan
    "равлик", "собачка", "маймунка",  # Ukrainian "snail", Russian "doggy", Bulgarian "monkey"
    "παπάκι", "papaki",  # Greek "duckling", in Greek and in Latin letters
    "שטרודל", "כרוכית",  # Hebrew "strudel"
    "majmunče", "afna", "miukumauku", "krøllalfa",  # Serbo-Croatian, Slovene, Finnish, Norwegian
    "malpa",  # Polish "małpa" typed without its "ł"
    "շնիկ", "shnik",  # Armenian "puppy", in Armenian and in Latin letters
    "ძაღლუკა", "dzagluka",  # Georgian "doggy"
    "кучукча", "kuchukcha",  # Uzbek and Tajik "puppy"
)  # fmt: skip
_FOREIGN_AT_WORDS = (
    "at the rate", "at d rate", "at da rate",  # Indian English
    "et",  # Turkish, Indonesian, Malay: "at" as it sounds ("and" in French: see _needs_domain)
    "एट", "ऐट",  # Hindi
    "অ্যাট", "এট",  # Bengali
    "آت", "أت", "ات",  # Arabic, Persian
    "ایٹ",  # Urdu
    "แอท", "แอ็ท",  # Thai
    "喺",  # Cantonese "is at"
    "アット", "あっと",  # Japanese
    "앳", "엣",  # Korean
    # The English word as it sounds, in the scripts of Africa, South and Southeast Asia, the
    # Caucasus and Central Asia, where no sign name of their own is in common use.
    "አት",  # Amharic
    "អាត់", "អែត",  # Khmer
    "အက်", "အတ်",  # Burmese
    "ແອັດ", "ແອດ",  # Lao
    "ඇට්",  # Sinhala
    "அட்",  # Tamil
    "അറ്റ്",  # Malayalam
    "އެޓް",  # Dhivehi
    "ئەت",  # Central Kurdish
    "ат",  # Tajik, Uzbek, Kyrgyz, Kazakh in Cyrillic
    "eta",  # Lithuanian: the letter's name ("and" in Basque: see _NEEDS_DOMAIN)
    "by",  # Afrikaans "at" (English "by": see _NEEDS_DOMAIN)
)  # fmt: skip
_FOREIGN_DOT_WORDS = (
    "点", "點",  # Chinese
    "ドット", "どっと",  # Japanese
    "점", "닷", "쩜",  # Korean
    "chấm",  # Vietnamese
    "titik",  # Indonesian, Malay
    "tuldok",  # Tagalog
    "nukta",  # Swahili
    "punct",  # Romanian
    "tečka", "bodka",  # Czech, Slovak
    "točka", "tačka", "taškas", "punkts", "piste", "punktum",  # hr/sl, sr, lt, lv, fi, da/no
    "крапка", "тачка",  # Ukrainian, Serbian
    "τελεία", "teleia",  # Greek, in Greek and in Latin letters
    "נקודה",  # Hebrew
    "دوت", "نقطة",  # Arabic
    "دات", "نقطه",  # Persian
    "ڈاٹ", "نقطہ",  # Urdu
    "डॉट", "डट", "बिंदु",  # Hindi, Nepali
    "ডট", "বিন্দু",  # Bengali
    "ดอท", "จุด",  # Thai
    "ነጥብ", "ዶት",  # Amharic: "point", and the English word
    "ដត", "ដុត", "ចុច",  # Khmer
    "ဒေါ့", "ဒေါ့တ်", "အစက်",  # Burmese
    "ດອດ", "ຈຸດ",  # Lao
    "ඩොට්", "තිත",  # Sinhala
    "புள்ளி", "டாட்",  # Tamil
    "ഡോട്ട്", "കുത്ത്",  # Malayalam
    "ޑޮޓް", "ތިކި",  # Dhivehi
    "دۆت", "خاڵ",  # Central Kurdish
    "կետ",  # Armenian
    "წერტილი", "tsertili",  # Georgian
    "нуқта", "нукта", "nuqta", "чекит", "нүкте",  # Tajik, Uzbek, Kyrgyz, Kazakh
    "pont",  # Hungarian
    "digo",  # Hausa
    "ntụpọ",  # Igbo
    "ichashazi", "ichaphaza",  # Xhosa, Zulu
)  # fmt: skip


def _folded_terms(terms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold_term(term.lower()) for term in terms)


# The same words, folded like the view, for the e-mail detector: it reads them before a provider
# named in another script ("gyeol.studio 앳 지메일 닷 컴"), where "ASCII on both sides" cannot hold.
FOREIGN_AT_TERMS = _folded_terms(_FOREIGN_SIGN_NAMES + _FOREIGN_AT_WORDS)
FOREIGN_DOT_TERMS = _folded_terms(_FOREIGN_DOT_WORDS)
_FOREIGN_CANONICAL = {
    **dict.fromkeys(_folded_terms(_FOREIGN_SIGN_NAMES), "@"),
    **dict.fromkeys(_folded_terms(_FOREIGN_AT_WORDS), "at"),
    **dict.fromkeys(_folded_terms(_FOREIGN_DOT_WORDS), "dot"),
}
# Dots first, so that "et" can see the domain after it ("et yahoo titik co titik id").
_FOREIGN_DOTS = compile_pattern(alternation(_folded_terms(_FOREIGN_DOT_WORDS)))
_FOREIGN_ATS = compile_pattern(
    alternation(_folded_terms(_FOREIGN_SIGN_NAMES) + _folded_terms(_FOREIGN_AT_WORDS))
)
_FOREIGN_BRACKETED = compile_pattern(
    rf"{_OPEN}[ \t]*(?P<word>{alternation(tuple(_FOREIGN_CANONICAL))})[ \t]*{_CLOSE}"
)
# "et" is French and Latin for "and", and Turkish "do" ("kontrol et gmail.com": check gmail.com):
# it stands for "@" only before a domain, and then only after a handle ("emre.yilmaz et",
# "tasarim_88 et", "zeynep dot tasarim et") or before a webmail provider whose dot is spelled out
# too ("zeynep et hotmail nokta com"): "Paris et Lyon.com" is two cities. "at the rate" is
# English prose before "of". Lithuanian "eta" (Basque "and") and Afrikaans "by" (English "by":
# "designed by studio.nl") are held to the same test.
_NEEDS_DOMAIN = frozenset({"et", "eta", "by"})
_DOMAIN_AHEAD = compile_pattern(
    r"^[ \t]*(?P<label>[a-z0-9][a-z0-9\-]*)(?:\.|(?P<spelled>[ \t]+dot[ \t]+))[a-z0-9]"
)
_HANDLE_BEHIND = compile_pattern(r"(?:[._0-9]\S*|[ \t]dot[ \t]+\S+)[ \t]*$")
_RATE_OF_AHEAD = compile_pattern(r"^[ \t]+(?:of|per)\b")
# Spaces looked past to find the neighbour of a word, and characters looked at around it for a
# handle or a domain: bounded, so a draft full of "et" stays linear (RE2 has no lookbehind).
_NEIGHBOUR_REACH = 3
_HANDLE_REACH = 80
_LOOK_AHEAD = 80


def _canonical_foreign_words(view: MappedText) -> MappedText:
    view = substitute(view, _FOREIGN_BRACKETED, _canonical_bracketed_foreign_word)
    view = substitute(view, _FOREIGN_DOTS, _canonical_foreign_word)
    return substitute(view, _FOREIGN_ATS, _canonical_foreign_word)


def _canonical_bracketed_foreign_word(match: Match) -> str | None:
    """ "(艾特)", "[נקודה]", "<골뱅이>": brackets make any of the words a deliberate sign."""
    canonical = _FOREIGN_CANONICAL[match.group("word")]
    return "." if canonical == "dot" else "@"


def _canonical_foreign_word(match: Match) -> str | None:
    """The word as "@", "at" or "dot" when it stands between two pieces of an address.

    Glued to the address ("lixiaoyu艾特163点com") it becomes the sign itself; spaced ("kkomi 골뱅이
    daum 점 net") the English word, so the detectors' rules for " at " and " dot " apply."""
    word = match.group()
    string = match.string
    start, end = match.span()
    if not (_is_word_edge(string, start - 1, word) and _is_word_edge(string, end, word)):
        return None
    before = _nearest_non_space(string, start, step=-1)
    after = _nearest_non_space(string, end, step=1)
    if not (_is_address_character(before) and _is_address_character(after)):
        return None
    rest = string[end : end + _LOOK_AHEAD]
    if word in _NEEDS_DOMAIN and not _reads_as_address_at(string, start, end):
        return None
    if word.startswith("at ") and _RATE_OF_AHEAD.search(rest) is not None:
        return None
    canonical = _FOREIGN_CANONICAL[word]
    glued_before = start > 0 and not string[start - 1].isspace()
    glued_after = end < len(string) and not string[end].isspace()
    if canonical == "@" or (canonical == "at" and (glued_before or glued_after)):
        return "@"
    if glued_before and glued_after:
        return "."
    return f"{' ' if glued_before else ''}{canonical}{' ' if glued_after else ''}"


def _reads_as_address_at(string: str, start: int, end: int) -> bool:
    domain = _DOMAIN_AHEAD.search(string[end : end + _LOOK_AHEAD])
    if domain is None:
        return False
    if domain.group("label") in MAIL_PROVIDERS and domain.group("spelled"):
        return True
    # The handle is looked for in the few words before, never the whole draft (linear time).
    return _HANDLE_BEHIND.search(string[max(0, start - _HANDLE_REACH) : start]) is not None


def _is_word_edge(string: str, index: int, word: str) -> bool:
    """Nothing of the same kind touches the word: a Latin word stands apart from letters and
    digits ("et", not "ticket"); a word of another script may touch ASCII ("163点com") but not
    more of its own script ("一点", "5점만점")."""
    if index < 0 or index >= len(string):
        return True
    neighbour = string[index]
    if not neighbour.isalnum():
        return True
    return not word.isascii() and neighbour.isascii()


def _nearest_non_space(string: str, index: int, *, step: int) -> str:
    position = index if step > 0 else index - 1
    for _ in range(_NEIGHBOUR_REACH + 1):
        if position < 0 or position >= len(string):
            return ""
        if string[position] not in " \t":
            return string[position]
        position += step
    return ""


def _is_address_character(char: str) -> bool:
    return char.isascii() and char.isalnum()


# ── Symbols standing in for "@" and ".": "mark.designsⓐoutlook·com", "uol⚫com⚫br", "163。com" ──
# Read before NFKC, which would make "ⓐ" a plain "a" ("rahul.sharmaagmail.com"). A symbol counts
# only between ASCII letters or digits, so the Catalan "l·l" of a word is the only prose it can
# touch, and a middle dot between two digits ("2·3") stays multiplication.
_AT_SYMBOLS = "ⓐⒶ＠﹫"
_DOT_SYMBOLS = "·•●⚫。｡．∙⋅‧◦⦁⬤・･"
_SYMBOL_SEPARATOR = compile_pattern(
    rf"[{_AT_SYMBOLS}{_DOT_SYMBOLS}][\x{{FE0E}}\x{{FE0F}}]?"  # an emoji's variation selector
)


def _fold_symbol_separators(source: MappedText) -> MappedText:
    if source.text.isascii():
        return source
    return substitute(source, _SYMBOL_SEPARATOR, _canonical_symbol)


def _canonical_symbol(match: Match) -> str | None:
    string = match.string
    start, end = match.span()
    before = string[start - 1] if start > 0 else ""
    after = string[end] if end < len(string) else ""
    if not (_is_address_character(before) and _is_address_character(after)):
        return None
    if string[start] in _AT_SYMBOLS:
        return "@"
    if before.isdigit() and after.isdigit():
        return None
    # A bullet between words is a list ("logo•branding•design") unless the run of characters it
    # sits in is an address: it holds an "@" however written. A domain alone is read by
    # `_domain_dots`, which asks for a TLD-shaped last label instead.
    return "." if _in_address_run(string, start) else None


_RUN_REACH = 96  # an address is shorter than this on either side of one of its dots


def _in_address_run(string: str, index: int) -> bool:
    left = string.rfind(" ", max(index - _RUN_REACH, 0), index) + 1 or max(index - _RUN_REACH, 0)
    right = string.find(" ", index, index + _RUN_REACH)
    run = string[left : right if right >= 0 else index + _RUN_REACH]
    return any(sign in run for sign in ("@", *_AT_SYMBOLS))


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
# The end of a run is checked by `_join_separated_out`, not matched: a run that ends at "@" or "."
# leaves that sign to start the next ("k*a*r*a*n@g*m*a*i*l.com", two runs).
# One pattern per separator, so a run of one ("g*m*a*i*l") stops at another (".com").
# Between stars, a handle's "_" is one of the characters spelled out ("@k*o*a*l*a*_*s*u*b*s");
# a slashed-out handle is the messenger detector's to read whole ("s/u/n/n/y/_/c/a/f/e").
_SEPARATORS = "._-*/"
_SEPARATED_OUT = tuple(
    compile_pattern(
        rf"(?:^|[^\p{{L}}\p{{N}}])(?P<core>(?:[\p{{L}}\p{{N}}@.{'_' if separator == '*' else ''}]"
        rf"\{separator}){{2,}}[\p{{L}}\p{{N}}@.])"
    )
    for separator in _SEPARATORS
)
# A run is four characters or more, but the TLD of an address spelled out that way is shorter
# ("g*m*a*i*l . c*o*m").
_SHORT_RUNS = frozenset({"com", "net", "org", "edu"})


def _join_spaced_out(match: Match) -> list[Piece] | None:
    """Drop the single spaces between single characters; every character keeps its place."""
    return _drop_separators(match, separators=" ")


def _join_separated_out(match: Match) -> list[Piece] | None:
    """The run ends where neither a letter nor its own separator follows ("s.k.y.p.e." is a
    sentence's end, not a run)."""
    end = match.end()
    following = match.string[end : end + 1]
    if following and (following.isalnum() or following == match.string[end - 2]):
        return None
    return _drop_separators(match, separators=_SEPARATORS)


def _drop_separators(match: Match, separators: str) -> list[Piece] | None:
    start, end = match.span()
    core_start, core_end = span_of(match, "core")
    core = match.string[core_start:core_end]
    between = set(core[1::2])
    short_tld = separators != " " and core[0::2] in _SHORT_RUNS
    if (
        (len(core) < 7 and not short_tld)
        or len(core) % 2 == 0
        or len(between) != 1
        or not between <= set(separators)
    ):
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
# RE2's "\b" knows only ASCII words: the edge is spelled out, so "डबल फाइव" counts too.
_REPEATED_DIGIT = compile_pattern(
    rf"(?:^|[^\p{{L}}\p{{M}}\p{{N}}])(?P<times>{alternation(tuple(REPEATERS))})[\s-]+"
    r"(?P<digit>[\p{L}\p{M}]+|[0-9])"
)
# A word of letters and the marks that belong to it (Devanagari "नौ" carries a spacing vowel
# sign), with the apostrophe Ukrainian writes inside words ("п'ять", "дев’ять").
_LETTER_RUN = compile_pattern(r"[\p{L}\p{M}]+(?:['\x{2019}\x{02bc}][\p{L}\p{M}]+)*")
# Languages that write a whole number as one word are matched by the patterns of its parts
# (`numberwords.JOINED_PATTERNS`), not by listing every number.
_NUMBER_WORD = (
    "(?:"
    + "|".join(
        [*JOINED_PATTERNS, alternation(tuple(DIGIT_WORDS) + tuple(COMPOUND_WORDS - JOINED_WORDS))]
    )
    + ")"
)
_NUMBER_BOUNDARY_BEFORE = r"(?:^|[^\p{L}\p{M}\p{N}'\x{2019}\x{02bc}])"
_NUMBER_BOUNDARY_AFTER = r"(?:$|[^\p{L}\p{M}\p{N}'\x{2019}\x{02bc}])"
# A run of number words ("trente-quatre", "сто двадцать три", "treinta y cuatro", "sb3a w wa7ed").
_COMPOUND_NUMBER = compile_pattern(
    rf"{_NUMBER_BOUNDARY_BEFORE}(?P<run>{_NUMBER_WORD}(?:[ \t-]+(?:{alternation(tuple(CONNECTORS))}"
    rf"[ \t]+)?{_NUMBER_WORD})*){_NUMBER_BOUNDARY_AFTER}"
)


def _compose_number(match: Match) -> list[Piece] | None:
    """Numbers said in pairs or triples become their digits, and so do digits joined by "and"
    (Arabic reads a pair as "sab3a w wa7ed") or spelled with digits for sounds (Arabizi). A plain
    run of single digit words is left for the word-by-word pass, which keeps each digit mapped
    to its own word."""
    run = match.group("run")
    words = run.replace("-", " ").split()
    if any(w in BOUND_DIGITS and v in CONNECTORS for v, w in pairwise(words)):
        return None  # "nove e meia" is half past nine, not 9 and 6
    numbers = [w for w in words if w not in CONNECTORS]
    joined = len(numbers) < len(words) and len(numbers) > 1
    if not (
        joined or any(w in COMPOUND_WORDS or w in BOUND_WORDS or _has_digit(w) for w in numbers)
    ):
        return None
    start, end = match.span()
    run_start, run_end = span_of(match, "run")
    return [
        (start, run_start, None),
        (run_start, run_end, " ".join(compose(words))),
        (run_end, end, None),
    ]


def _has_digit(word: str) -> bool:
    return any(char.isdigit() for char in word)


# Numerals of scripts written without spaces ("〇九〇ー一二八七", "공일공", "ศูนย์แปดเก้า"): read
# only in a run of at least three of one family, so a lone "一" or "이" in a sentence stays a
# word. Spaces, dashes and the Japanese long-vowel mark may stand between numerals.
_UNSPACED_FAMILIES = unspaced_numerals()
_MIN_UNSPACED_RUN = 3
# Kana readings are also everyday syllables: "田中さんにご連絡" holds "さん", "に" and "ご".
_MIN_RUN_OF = {"kana": 4}
_UNSPACED_SEPARATORS = r" \t\-\x{30fc}\x{2010}\x{2011}"
_UNSPACED_TOKEN = {
    family: compile_pattern(alternation(tuple(table)))
    for family, table in _UNSPACED_FAMILIES.items()
}
# Writers mix the numerals with ASCII digits to slip past filters ("1八8 六七2四", "공1공-삼3삼9"):
# digits may stand in the run, but its numerals alone must still make a run (see below).
_UNSPACED_RUN = {
    family: compile_pattern(
        rf"{alternation(tuple(table))}(?:[{_UNSPACED_SEPARATORS}]{{0,3}}"
        rf"(?:{alternation(tuple(table))}|[0-9]))*(?:[{_UNSPACED_SEPARATORS}]{{0,3}}"
        rf"{alternation(tuple(table))})"
    )
    for family, table in _UNSPACED_FAMILIES.items()
}
_UNSPACED_DASHES = frozenset("\u30fc\u2010\u2011")


def _read_unspaced_numerals(source: MappedText) -> MappedText:
    view = source
    for family, run_pattern in _UNSPACED_RUN.items():
        if view.text.isascii():
            return view
        view = substitute(view, run_pattern, _numeral_reader(view, family))
    return view


def _numeral_reader(view: MappedText, family: str) -> Callable[[Match], list[Piece] | None]:
    table, token = _UNSPACED_FAMILIES[family], _UNSPACED_TOKEN[family]
    at_least = _MIN_RUN_OF.get(family, _MIN_UNSPACED_RUN)
    return lambda match: _numeral_pieces(match, view, table, token, at_least)


def _numeral_pieces(
    match: Match,
    view: MappedText,
    table: dict[str, tuple[str, str]],
    token: Pattern,
    at_least: int,
) -> list[Piece] | None:
    """Each numeral of a run as its digit, separators and ASCII digits kept ("ー" as "-"); None
    if the run holds fewer than `at_least` numerals ("3일" is a date's day, not a number), or if
    a numeral the view shows is not what was typed (Thai "ส" is "สี่" only with its marks). A run
    that reaches into the next word ("…ແປດຫົກ ສົ່ງ": Lao "send" viewed as the four "ສີ່") ends
    before it, if enough numerals came first."""
    start, end = match.span()
    numerals = [(m.start(), m.group()) for m in token.finditer(match.group())]
    # Three numerals of two kana or more ("ぜろはちぜろ") are no everyday syllables.
    long_ones = len(numerals) >= _MIN_UNSPACED_RUN and all(len(n) >= 2 for _, n in numerals)
    if len(numerals) < at_least and not long_ones:
        return None
    pieces: list[Piece] = []
    position = start
    for read, (offset, numeral) in enumerate(numerals):
        begin, finish = start + offset, start + offset + len(numeral)
        written, digit = table[numeral]
        if not _typed_as(view, begin, finish, written):
            if read < at_least:
                return None
            pieces.append((position, end, None))
            return pieces
        pieces.extend(_separator_pieces(match.string, position, begin))
        pieces.append((begin, finish, digit))
        position = finish
    pieces.extend(_separator_pieces(match.string, position, end))
    return pieces


def _spans(pattern: Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _separator_pieces(text: str, start: int, end: int) -> list[Piece]:
    return [(i, i + 1, "-" if text[i] in _UNSPACED_DASHES else None) for i in range(start, end)]


def _typed_as(view: MappedText, start: int, end: int, written: str) -> bool:
    """Whether view characters [start, end) came from `written`, with the marks after them."""
    begin, finish = view.to_original(start, end)
    original = view.original
    while finish < len(original) and unicodedata.category(original[finish]) == "Mn":
        finish += 1
    typed = unicodedata.normalize("NFC", original[begin:finish])
    return typed == unicodedata.normalize("NFC", written) or len(written) == end - start


# ── Digits apart: "+4*4*7*9…", "+55🔥21🔥99841🔥7306", one digit a line ───────────────────────
# The same symbol, emoji or line break between every group of a number, two times or more,
# becomes a space, as a phone reads it; a dash or space may stand beside it or alone between
# blocks ("7*8*3-2*1*0-6*5*9", "21 ⭐9⭐8⭐8-⭐5⭐0"). Separators that already mean something
# between digits are left to the phone detector ("1,234,567", "12:30:45", "1.2.3", "2+2",
# "$5/$6", "50%").
# A space may stand between blocks of a symbol-separated number ("3*3*0*1 8*8*6*2").
_SYMBOL_SEPARATED = compile_pattern(
    r"[0-9]+(?:(?:[ \t]?[^\p{L}\p{N}\s]{1,3}[ \t]?|[ \t]*\r?\n[ \t]*|[ \t])[0-9]+){2,}"
)
_MEANINGFUL_BETWEEN_DIGITS = frozenset(" .,:;-/()\u2013\u2014•·'\"%+=<>$€£¥₹₽&!?[]{}")
_SEPARATED_MIN_DIGITS = 7
_SEPARATED_MAX_DIGITS = 17


def _space_symbol_separators(match: Match) -> list[Piece] | None:
    text = match.string
    start = match.start()
    digits = [(start + a, start + b) for a, b in _spans(_DIGIT_GROUP, match.group())]
    between = [text[a:b] for (_, a), (b, _) in pairwise(digits)]
    cores = [_separator_core(separator) for separator in between]
    symbols = {core for core in cores if core}
    count = sum(b - a for a, b in digits)
    if len(symbols) != 1 or not _SEPARATED_MIN_DIGITS <= count <= _SEPARATED_MAX_DIGITS:
        return None
    (separator,) = symbols
    if cores.count(separator) < 2:
        return None
    # "0. 9. 1. 3. …": a full stop and a space after every single digit is a number read out,
    # not sentences or a version ("1.2.3" keeps its dots: no space).
    read_out = (
        separator == "."
        and all(b - a == 1 for a, b in digits)
        and all(" " in between_one for between_one in between)
    )
    # A symbol typed twice or more ("608 /// 442 /// 913", "0912**44**…") is no date, ratio or
    # path: only a disguise doubles it.
    doubled = len(separator) >= 2 and len(set(separator)) == 1
    meaningful = set(separator) & _MEANINGFUL_BETWEEN_DIGITS and not doubled
    if "\n" not in separator and meaningful and not read_out:
        return None
    pieces: list[Piece] = []
    position = start
    for (begin, finish), core in zip(digits, ["", *cores], strict=True):
        if position < begin:
            pieces.append((position, begin, " " if core else None))
        pieces.append((begin, finish, None))
        position = finish
    return pieces


def _separator_core(separator: str) -> str:
    """The symbol between two digit groups, without the spaces and dash beside it ("" when
    only those stand there: a space or dash between blocks of a number)."""
    core = separator.strip(" \t")
    if "\n" in core:
        return core
    core = core.strip("-")
    # "7*8*3-*2*1*0": the symbol on both sides of a dash between blocks is still one symbol
    sides = {side.strip(" \t") for side in core.split("-")}
    return sides.pop() if "-" in core and len(sides) == 1 else core


# ── Digits with other dashes, numbers broken over a line ─────────────────────────────────────
# Japanese writes "080ー3392ー1147" with the long-vowel mark, and word processors put hyphens
# U+2010–U+2012, the minus sign or the full-width hyphen between groups: all read as "-".
_OTHER_DASHES = "\u30fc\u2010\u2011\u2012\u2212\uff0d"
_DASHED_DIGITS = compile_pattern(rf"[0-9]+(?:[{_OTHER_DASHES}][0-9]+)+")


def _plain_dashes(match: Match) -> list[Piece]:
    start = match.start()
    return [
        (start + i, start + i + 1, "-" if char in _OTHER_DASHES else None)
        for i, char in enumerate(match.group())
    ]


# A grouped number whose end wrapped onto the next line ("+91 70141⏎55890", "0542 318⏎64 07"):
# the line break becomes a space when neither line's digits make a whole number alone and
# together they have a phone number's length. A list of figures, one a line, stays apart:
# each line there holds a whole figure, or the two together are too short or too long.
_BROKEN_LINE_NUMBER = compile_pattern(
    r"\+?[0-9]+(?:[ \-][0-9]+)*[ \t]*\r?\n[ \t]*-?[0-9]+(?:[ \-][0-9]+)*"
)
_BROKEN_MIN_DIGITS = 9
_BROKEN_MAX_DIGITS = 13
_BROKEN_HEAD_MAX = 9  # digits before the break: fewer than a whole national number
_COUNTRY_CODE_MAX = 3  # "+968⏎9271 4836": a country code alone on its line
_BROKEN_TAIL_MAX = 7  # digits after it
_BROKEN_FIRST_GROUP_MAX = 4  # a lone group before the break, when the rest is grouped
# A head that is only a trunk-prefixed area code ("0176⏎43 81 92 07", "07845⏎220 913") is no
# figure of its own: the subscriber part after it may be a little longer.
_AREA_CODE_MAX = 5
_BROKEN_TAIL_AFTER_AREA_CODE_MAX = 8


def _join_broken_line(match: Match) -> list[Piece] | None:
    text = match.group()
    head, _, tail = text.partition("\n")
    head_digits = sum(char.isdigit() for char in head)
    tail_digits = sum(char.isdigit() for char in tail)
    grouped_or_plus = head.lstrip().startswith("+") or any(c in " -" for c in head.strip())
    # …or the first group alone before the break, the rest grouped after it ("697⏎284 5513")
    grouped_or_plus = grouped_or_plus or (
        head_digits <= _BROKEN_FIRST_GROUP_MAX and any(c in " -" for c in tail.strip())
    )
    area_code = head.strip().startswith("0") and head_digits <= _AREA_CODE_MAX
    tail_max = _BROKEN_TAIL_AFTER_AREA_CODE_MAX if area_code else _BROKEN_TAIL_MAX
    if head.strip().startswith("+") and head_digits <= _COUNTRY_CODE_MAX:
        tail_max = _BROKEN_MAX_DIGITS  # the whole national number follows the country code
    if not (
        (grouped_or_plus or area_code)
        and head_digits <= _BROKEN_HEAD_MAX
        and tail_digits <= tail_max
        and _BROKEN_MIN_DIGITS <= head_digits + tail_digits <= _BROKEN_MAX_DIGITS
    ):
        return None
    start = match.start()
    pieces: list[Piece] = []
    for i, char in enumerate(text):
        if char in "\r\n":
            pieces.append((start + i, start + i + 1, " " if char == "\n" else ""))
        else:
            pieces.append((start + i, start + i + 1, None))
    return pieces


_DIGIT_GROUP = compile_pattern(r"[0-9]+")


_LOOKALIKE_DIGITS = str.maketrans({"o": "0", "i": "1", "l": "1", "s": "5", "b": "8"})
_EDGE_LOOKALIKES = frozenset("oil")
_LOOKALIKES = frozenset("oilsb")


def _repeat_digit(match: Match) -> list[Piece] | None:
    word = match.group("digit")
    digit = word if word.isdigit() else DIGIT_WORDS.get(word)
    if digit is None:
        return None
    start, end = match.span()
    times_start = span_of(match, "times")[0]
    return [(start, times_start, None), (times_start, end, digit * REPEATERS[match.group("times")])]


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
