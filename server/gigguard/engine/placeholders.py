"""Values a spec offers as examples: "the placeholder should be +1 555 0100", "フォームの
プレースホルダーは …", "textul exemplu trebuie să fie …".

A brief or a test plan names the sample value a form or a mockup shows; nobody can be reached
there. A value counts as one when a word for "placeholder", "sample" or "example text" stands
before it in the same clause (within `REACH` characters, no sentence end between). The words
are the ones a spec uses, not "for example" in passing prose, which stays a detail.
"""

from __future__ import annotations

from gigguard.engine.patterns import alternation, compile_pattern

REACH = 64  # characters before the value that still belong to its clause

_TERMS = (
    # English and the Latin-script languages
    "placeholder", "place-holder", "dummy", "sample number", "example number", "fake number",
    "test number", "mock number", "filler", "platzhalter", "beispielnummer", "marcador de posición",
    "texto de ejemplo", "número de ejemplo", "texto de exemplo", "número de exemplo",
    "segnaposto", "numero di esempio", "texte d'exemple", "numéro d'exemple", "exemple de numéro",
    "tijdelijke aanduiding", "voorbeeldnummer", "symbol zastępczy", "przykładowy numer",
    "zástupný text", "ukázkové číslo", "platshållare", "platshållaren", "exempelnummer",
    "pladsholder", "plassholder", "textul exemplu", "text exemplu", "număr exemplu",
    "yer tutucu", "örnek numara", "örnek metin", "contoh nomor", "placeholder-nya",
    "halimbawang numero", "văn bản mẫu", "số mẫu", "maandishi ya mfano", "nambari ya mfano",
    # Cyrillic, Greek, Hebrew, Arabic script, Indic scripts
    "заполнитель", "плейсхолдер", "заглушка", "пример номера", "приклад номера", "заповнювач",
    "σύμβολο κράτησης", "παράδειγμα αριθμού", "טקסט הדוגמה", "טקסט לדוגמה", "מספר לדוגמה",
    "نص المثال", "رقم تجريبي", "رقم وهمي", "متن نمونه", "شماره نمونه", "नमूना नंबर",
    "उदाहरण नंबर", "প্লেসহোল্ডার", "নমুনা নম্বর",
    # scripts written without spaces: matched anywhere before the value
    "占位", "佔位", "示例号码", "示例號碼", "プレースホルダー", "ダミー", "サンプル番号",
    "플레이스홀더", "예시 번호", "더미", "ข้อความตัวอย่าง", "เบอร์ตัวอย่าง",
)  # fmt: skip
_SPEC_WORD = compile_pattern(alternation(_TERMS), ignore_case=True)
_CLAUSE_END = compile_pattern(r"[.!?。！？\n]\s")


# A number that ends in seven zeros ("+974 0000 0000", "wa.me/2348000000000") is a form's or a
# template's filler: no numbering plan hands out a subscriber number of zeros.
_FILLER_ZEROS = 7


def is_filler_number(digits: str) -> bool:
    """Whether a run of digits (a phone number as a link path holds it) is a template's filler."""
    return digits.isdigit() and digits.endswith("0" * _FILLER_ZEROS)


def offered_as_example(text: str, start: int) -> bool:
    """Whether the value at `start` of `text` (the draft as typed) is a spec's sample value."""
    before = text[max(start - REACH, 0) : start]
    ends = [match.end() for match in _CLAUSE_END.finditer(before)]
    clause = before[ends[-1] :] if ends else before
    return _SPEC_WORD.search(clause) is not None or _listed_under_spec_word(text, start)


def _listed_under_spec_word(text: str, start: int) -> bool:
    """A value on an indented line of a list whose heading names sample values:

        - test with these dummy values only:
            name: Test User
            phone: +44 20 7946 0000

    The heading is the nearest line above, within `BLOCK_REACH` characters, that is indented
    less than the value's line and ends with a colon."""
    window_start = max(start - BLOCK_REACH, 0)
    line_start = text.rfind("\n", window_start, start) + 1
    if line_start == 0 and window_start > 0:
        return False
    depth = _indent(text, line_start)
    while line_start > window_start:
        above = text.rfind("\n", window_start, line_start - 1) + 1
        if above == 0 and window_start > 0:
            return False
        line = text[above : line_start - 1]
        if line.strip() and _indent(text, above) < depth:
            return line.rstrip().endswith((":", "：")) and _SPEC_WORD.search(line) is not None
        line_start = above
    return False


BLOCK_REACH = 400  # characters above the value a list's heading may stand


def _indent(text: str, line_start: int) -> int:
    head = text[line_start : line_start + BLOCK_REACH]
    return len(head) - len(head.lstrip(" \t"))
