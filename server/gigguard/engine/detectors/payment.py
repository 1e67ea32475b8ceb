"""Payment accounts: where money can be sent around the platform, each one validated.

    wallet addresses (checksums per coin, see `wallets.py`) ─────────────────────────┐
    IBANs, spaced or dashed anywhere ("DE89-3704-0044-…"), the registry's length, mod-97 ┤
    UPI ids ("rahul.sharma@okaxis"): a closed list of bank handles ──────────────────┼→ Detection
    PIX keys after "pix": CPF/CNPJ (check digits), phone, random key (UUID v4) ──────┤
    pay links: paypal.me/…, cash.app/$…, revolut.me/…, wise.com/pay/…, ko-fi, … ─────┘

A payment account is its own finding (offplatform.payment), not a contact detail: its
replacement talks about paying through the platform. Test values and placeholders ("dummy
IBAN", "0xYourAddress") are nobody's account.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import phonenumbers

from gigguard.engine.detectors.base import Detection, DetectionContext
from gigguard.engine.detectors.links import Link, fold, group_numbers, read_links
from gigguard.engine.detectors.wallets import find_wallets
from gigguard.engine.mapped import MappedText
from gigguard.engine.normalize import NormalizedDraft
from gigguard.engine.patterns import Match, alternation, compile_pattern
from gigguard.findings import Category

# "A dummy IBAN in the mockup": documentation and test values are not anybody's account.
_EXAMPLE_CONTEXT = compile_pattern(
    r"(?i)\b(?:dummy|example|sample|mock-?up|placeholder|test|fake)\b"
)
_CONTEXT_CHARS = 60


def detect(draft: NormalizedDraft, context: DetectionContext) -> Iterator[Detection]:
    found = [
        *_wallets(draft.original),
        *_ibans(draft.original),
        *_upi_ids(draft.text),
        *_pix_keys(draft.original),
        *_pay_links(draft.text),
    ]
    for detection in found:
        before = draft.original[max(0, detection.start - _CONTEXT_CHARS) : detection.start]
        if _EXAMPLE_CONTEXT.search(before) is None:
            yield detection


def _payment(kind: str, start: int, end: int, value: str, confidence: float) -> Detection:
    return Detection(Category.OFFPLATFORM_PAYMENT, kind, start, end, value, confidence)


# ── Wallets ─────────────────────────────────────────────────────────────────────────────────
# Solana keys have no checksum: only next to the coin's (or a Solana wallet's) name.
_SOLANA_NAMED = compile_pattern(r"(?i)\b(?:sol|solana|phantom|solflare)\b")
_COIN_WINDOW = 40


def _wallets(text: str) -> Iterator[Detection]:
    def coin_named(start: int) -> bool:
        return _SOLANA_NAMED.search(text[max(0, start - _COIN_WINDOW) : start]) is not None

    for wallet in find_wallets(text, coin_named):
        yield _payment(wallet.kind, wallet.start, wallet.end, wallet.value, 0.95)


# ── IBAN (ISO 13616) ────────────────────────────────────────────────────────────────────────
# Each country's IBAN length, from the SWIFT IBAN registry: the length says where the IBAN ends,
# so "ES74 0049 1500 0828 1029 4372 muchas" stops before "muchas".
_IBAN_LENGTHS = {
    **dict.fromkeys(("NO",), 15),
    **dict.fromkeys(("BE",), 16),
    **dict.fromkeys(("DK", "FI", "FO", "GL", "NL", "SD", "FK"), 18),
    **dict.fromkeys(("MK", "SI"), 19),
    **dict.fromkeys(("AT", "BA", "EE", "KZ", "LT", "LU", "XK", "MN"), 20),
    **dict.fromkeys(("CH", "HR", "LI", "LV"), 21),
    **dict.fromkeys(("BG", "BH", "CR", "DE", "GB", "GE", "IE", "ME", "RS", "VA"), 22),
    **dict.fromkeys(("AE", "GI", "IL", "IQ", "TL", "OM", "SO"), 23),
    **dict.fromkeys(("AD", "CZ", "ES", "MD", "PK", "RO", "SA", "SE", "SK", "TN", "VG"), 24),
    **dict.fromkeys(("LY", "PT", "ST"), 25),
    **dict.fromkeys(("IS", "TR"), 26),
    **dict.fromkeys(("FR", "GR", "IT", "MC", "MR", "SM", "BI", "DJ"), 27),
    **dict.fromkeys(("AL", "AZ", "BY", "CY", "DO", "GT", "HU", "LB", "PL", "SV", "NI"), 28),
    **dict.fromkeys(("BR", "EG", "PS", "QA", "UA"), 29),
    **dict.fromkeys(("JO", "KW", "MU", "YE"), 30),
    **dict.fromkeys(("MT", "SC"), 31),
    **dict.fromkeys(("LC",), 32),
    **dict.fromkeys(("RU",), 33),
}
_IBAN_START = compile_pattern(r"\b[A-Za-z]{2}[0-9]{2}")
_IBAN_SEPARATORS = frozenset(" -.\u00a0")


def _ibans(text: str) -> Iterator[Detection]:
    position = 0
    for match in _IBAN_START.finditer(text):
        if match.start() < position:
            continue  # inside the IBAN just read
        read = _read_iban(text, match.start())
        if read is not None:
            end, compact = read
            position = end
            yield _payment("payment.iban", match.start(), end, compact, 0.95)


def _read_iban(text: str, start: int) -> tuple[int, str] | None:
    """The end and compact form of the IBAN at `start`: its country's number of letters and
    digits, with at most one separator between any two, then not a letter or digit."""
    country = text[start : start + 2].upper()
    length = _IBAN_LENGTHS.get(country)
    if length is None:
        return None
    compact: list[str] = []
    index = start
    while len(compact) < length and index < len(text):
        char = text[index]
        if char.isascii() and char.isalnum():
            compact.append(char.upper())
        elif not (char in _IBAN_SEPARATORS and compact and text[index - 1] not in _IBAN_SEPARATORS):
            return None
        index += 1
    if len(compact) < length or (index < len(text) and text[index].isalnum()):
        return None
    value = "".join(compact)
    return (index, value) if _mod97(value) else None


def _mod97(compact: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to 10..35, mod 97 is 1."""
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    return int(digits) % 97 == 1


# ── UPI ids (India): "name@bank-handle" ─────────────────────────────────────────────────────
# Handles of UPI apps and banks (NPCI's list of PSP handles). No dot follows: "x@paytm.com" is
# an e-mail. Handles that are distinctive alone, and handles that are also ordinary words or
# brand names, which need UPI named nearby or a mobile number before the "@".
_UPI_DISTINCT = (
    "okaxis okhdfcbank okicici oksbi ybl ibl axl apl yapl rapl ptyes ptaxis pthdfc ptsbi paytm "
    "axisbank hdfcbank icici sbi kotak upi pingpay fbl jupiteraxis waaxis wahdfcbank waicici "
    "wasbi freecharge ikwik yesbank yesbankltd idfcbank idfcfirst indus federal kbl pnb "
    "barodampay unionbank uboi cnrb mahb aubank rbl dbs hsbc abfspay timecosmos tapicici "
    "naviaxis superyes postbank boi centralbank dlb equitas airtel jio kmbl ubi"
).split()
_UPI_NEEDS_CONTEXT = frozenset(
    "upi paytm sbi kotak icici indus federal dbs hsbc boi airtel jio ubi".split()
)
_UPI_ID = compile_pattern(
    r"(?:^|[^\p{L}\p{N}._\-@])(?P<id>[a-z0-9][a-z0-9._\-]{1,63}@(?P<handle>"
    + alternation(tuple(_UPI_DISTINCT))
    + r"))(?:$|[^\p{L}\p{N}_\-@.]|\.(?:$|[^\p{L}\p{N}]))"
)
_UPI_GROUP, _UPI_HANDLE = group_numbers(_UPI_ID, "id", "handle")
_UPI_NAMED = compile_pattern(
    r"\b(?:upi|bhim|gpay|g ?pay|google ?pay|phone ?pe|phonepe|paytm|vpa)\b|यूपीआई|ইউপিআই"
)
_UPI_WINDOW = 60


def _upi_ids(view: MappedText) -> Iterator[Detection]:
    text = view.text
    for match in _UPI_ID.finditer(text):
        start, end = match.span(_UPI_GROUP)
        handle = match.group(_UPI_HANDLE)
        local = text[start : text.index("@", start)]
        window = text[max(0, start - _UPI_WINDOW) : end + _UPI_WINDOW]
        named = _UPI_NAMED.search(window) is not None
        mobile = len(local) == 10 and local.isdigit()
        if handle in _UPI_NEEDS_CONTEXT and not (named or mobile):
            continue
        value = text[start:end]
        yield Detection.in_view(
            view,
            start,
            end,
            category=Category.OFFPLATFORM_PAYMENT,
            kind="payment.upi",
            value=value,
            confidence=0.95 if named else 0.85,
        )


# ── PIX keys (Brazil), after "pix" ──────────────────────────────────────────────────────────
# A PIX key is a CPF, a CNPJ, a phone number, an e-mail (the e-mail detector's) or a random key
# (a UUID v4, "EVP"). CPFs and CNPJs alone are tax numbers: only "pix" makes them an account.
_PIX_WORD = compile_pattern(r"(?i)\bpix\b")
_PIX_WINDOW = 60
_PIX_KEY = compile_pattern(
    r"(?P<cnpj>\b[0-9]{2}\.?[0-9]{3}\.?[0-9]{3}/?[0-9]{4}-?[0-9]{2}\b)"
    r"|(?P<cpf>\b[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}\b)"
    r"|(?P<evp>\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}\b)"
    r"|(?P<phone>\+?\(?\b[0-9][0-9 ().\-]{8,18}[0-9]\b)"
)
_CNPJ, _CPF, _EVP = group_numbers(_PIX_KEY, "cnpj", "cpf", "evp")


def _pix_keys(text: str) -> Iterator[Detection]:
    position = 0
    for word in _PIX_WORD.finditer(text):
        window_start = max(position, word.end())
        window = text[window_start : word.end() + _PIX_WINDOW]
        for key in _PIX_KEY.finditer(window):
            read = _pix_value(key)
            if read is None:
                continue
            start, end = window_start + key.start(), window_start + key.end()
            position = end
            yield _payment("payment.pix", start, end, read, 0.95)
            break


def _pix_value(match: Match) -> str | None:
    """The key as PIX stores it, or None if it is not a valid key: CPF and CNPJ as written,
    a random key in lower case, a phone number in E.164 (Brazil when no country is given)."""
    key = match.group()
    digits = "".join(c for c in key if c.isdigit())
    if match.start(_EVP) >= 0:
        return key.lower()
    if match.start(_CPF) >= 0 or match.start(_CNPJ) >= 0:
        valid = _cpf_valid(digits) if len(digits) == 11 else _cnpj_valid(digits)
        return key if valid else None
    try:
        number = phonenumbers.parse(key, "BR")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _check_digit(digits: str, weights: range | tuple[int, ...]) -> int:
    """Receita Federal's mod-11 check digit: 0 when the remainder is below 2."""
    remainder = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    return 0 if remainder < 2 else 11 - remainder


def _cpf_valid(digits: str) -> bool:
    if len(set(digits)) == 1:
        return False  # "111.111.111-11" passes the arithmetic but is not issued
    first = _check_digit(digits[:9], range(10, 1, -1))
    second = _check_digit(digits[:10], range(11, 1, -1))
    return digits[9:] == f"{first}{second}"


_CNPJ_WEIGHTS = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)


def _cnpj_valid(digits: str) -> bool:
    if len(set(digits)) == 1:
        return False
    first = _check_digit(digits[:12], _CNPJ_WEIGHTS[1:])
    second = _check_digit(digits[:13], _CNPJ_WEIGHTS)
    return digits[12:] == f"{first}{second}"


# ── Pay links ───────────────────────────────────────────────────────────────────────────────
def _pay_links(view: MappedText) -> Iterator[Detection]:
    for link, value in read_links(view, _PAY_LINK_READERS):
        end = link.end - (len(value) - len(_without_closing_punctuation(value)))
        yield Detection.in_view(
            view,
            link.start,
            end,
            category=Category.OFFPLATFORM_PAYMENT,
            kind="payment.link",
            value=_without_closing_punctuation(value),
            confidence=0.95,
        )


def _without_closing_punctuation(value: str) -> str:
    """ "paypal.me/omarstudio،": the Arabic comma (or "。", "！") closes the sentence, not the
    account name, which is letters, digits, "_", "-" and "$"."""
    end = len(value)
    while (
        end > 0
        and unicodedata.category(value[end - 1]).startswith("P")
        and value[end - 1] not in "_-"
    ):
        end -= 1
    return value[:end]


def _first_segment(link: Link) -> str | None:
    """paypal.me/annadesign, revolut.me/anna, ko-fi.com/anna: the account is the path."""
    segments = link.segments
    if not segments or segments[0].lower() in _SITE_PAGES:
        return None
    return f"{link.site}/{segments[0].lower()}"


# Pages of the pay sites that are nobody's account.
_SITE_PAGES = frozenset(
    fold(
        "about help login signin signup explore pricing blog faq terms privacy legal support "
        "features business developers shop manage settings".split()
    )
)


def _paypal(link: Link) -> str | None:
    segments = link.segments
    if link.on("paypal.me"):
        return _first_segment(link)
    if len(segments) >= 2 and segments[0].lower() == "paypalme":
        return f"paypal.me/{segments[1].lower()}"  # paypal.com/paypalme/anna
    return None


def _cash_app(link: Link) -> str | None:
    segments = link.segments
    if segments and segments[0].startswith("$") and len(segments[0]) > 1:
        return f"cash.app/{segments[0].lower()}"
    return None


def _wise(link: Link) -> str | None:
    segments = [segment.lower() for segment in link.segments]
    if segments[:1] == ["pay"] and len(segments) > 1:
        return f"wise.com/{'/'.join(segments)}"  # wise.com/pay/me/annad, wise.com/pay/r/…
    return None


def _venmo(link: Link) -> str | None:
    segments = link.segments
    if segments[:1] == ["u"] and len(segments) > 1:
        return f"venmo.com/u/{segments[1].lower()}"
    return _first_segment(link)


def _stripe(link: Link) -> str | None:
    # buy.stripe.com/…: a Stripe Payment Link, someone's own checkout
    return f"buy.stripe.com/{link.segments[0]}" if link.segments else None


_PAY_LINK_READERS = (
    (("paypal.me", "paypal.com"), _paypal),
    (("cash.app",), _cash_app),
    (("wise.com",), _wise),
    (("venmo.com",), _venmo),
    (("buy.stripe.com",), _stripe),
    (
        ("revolut.me", "monzo.me", "ko-fi.com", "buymeacoffee.com", "buymeacoff.ee"),
        _first_segment,
    ),
)
