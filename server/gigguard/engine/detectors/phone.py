"""Phone numbers: digit runs that `phonenumbers` accepts, scored by their shape and the words nearby.

    numeric view ─ digit runs (RE2) ─ groups ─ dates, IPs, versions, decimals, year ranges cut out
                 ─ segments: a "+", " / ", ", " or ". " starts a new number (unless dictated)
                 ─ candidates: the segment (or, for a long one, windows of whole groups)
                 ─ shape vetoes: cards, ISBNs, compact dates, ZIP+4
                 ─ score ceiling from shape and context: hopeless candidates are never parsed
                 ─ `phonenumbers`: "+"/"00" without a region; otherwise the countries the draft
                   names first, then the one where the number is written as locals write it
                 ─ confidence = shape + context words + dictation − non-phone context

Scoring follows Presidio's recognizers: a base score from the pattern, raised by context words
("call", "whatsapp", "móvil", "телефон") and, here, lowered by words that make the same digits
something else ("order", "invoice", "$", "followers"). A number dictated digit by digit ("four
one five…", "4 1 5 5…") is raised too: nobody spells out a price one digit at a time.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumber, PhoneNumberFormat, PhoneNumberType

from gigguard.engine.detectors.base import REPORT_THRESHOLD, Detection, DetectionContext
from gigguard.engine.detectors.phone_language import dialect_regions, language_regions
from gigguard.engine.detectors.phone_regions import (
    DEFAULT_REGIONS,
    HINTED_ONLY,
    PLATFORM_REGIONS,
    TRUNK_OPTIONAL,
    TRUNK_OPTIONAL_FOR_MOBILES,
    named_regions,
)
from gigguard.engine.mapped import MappedText
from gigguard.engine.markup import Markup
from gigguard.engine.normalize import NormalizedDraft, fold_term
from gigguard.engine.patterns import alternation, compile_pattern, span_of
from gigguard.engine.placeholders import offered_as_example
from gigguard.findings import Category

# ── Candidates ───────────────────────────────────────────────────────────────────────────────
# A run of digits joined by the separators people put in phone numbers; ", " because dictated
# numbers come out of `normalize` as "4 1 5, 5 5 5, 0123" (Arabic script: "،"); bullets, as in "646 • 555 • 0148";
# and "then" between chunks read out ("646 then 555 then 0148"). A "+" may open the run or any
# group after a separator (two numbers in one run are split below). No backtracking: linear.
_THEN_WORDS = (
    "then", "and then", "luego", "y luego", "despues", "depois", "e depois", "puis", "et puis",
    "dann", "und dann", "потом", "затем", "e poi", "poi", "μετα", "και μετα", "sonra", "potem",
    "a potem", "apoi", "pak", "phir", "ثم", "بعدين", "ואז",
)  # fmt: skip
_RUN = compile_pattern(
    r"\(?(?:\+ ?)?\(?[0-9]"
    rf"(?:(?:[ .\-/()\x{{2013}}•·\x{{3001}}]|[,\x{{060c}}] |{alternation(_THEN_WORDS)} ){{0,3}}\+?[0-9])*"
)

# E.164 allows 15 digits; seven is the shortest subscriber number anyone would bother hiding.
_MIN_DIGITS = 7
_MAX_DIGITS = 15
# An edge group this short, after a space, is more likely a stray figure than part of a number
# ("I have 3. 415 555 0123", "415 555 0123 I think" where the "I" became a "1").
_TRIMMABLE_DIGITS = 4
# Numbers typed one after another with only spaces between are split into windows, up to this
# many groups ("0300 1234567 0321 7654321" is four).
_MAX_WINDOW_GROUPS = 64
_PLUS_WINDOW = 8  # "plus " / "प्लस " / "プラス " before the first digit
# A comma or full stop and a space end a list item or a sentence, not a number (unless the
# number is being read out: "four one five, five five five…").
_PAUSES = (", ", "\u060c ", ". ", "\u3001")  # "、": the ideographic comma takes no space

# ── Scores ───────────────────────────────────────────────────────────────────────────────────
_INTERNATIONAL = 0.9  # "+44 7911 123456", "0044…": nothing else is written like that
_INTERNATIONAL_UNASSIGNED = 0.6  # "+44 7700 900123": a phone number's shape, no operator's range
_NANP_FORMATTED = 0.85  # "(650) 723-5666", "650.723.5666": the North American shape exactly
_LONG_AS_NATIONAL = 0.7  # ≥10 digits grouped as the country prints them, or with its trunk "0"
_LONG_GROUPED = 0.6
_LONG_WITH_TRUNK = 0.6  # "03001234567": prices and counts never start with 0
_LONG_BARE = 0.55
# Valid only as a number written the way nobody there writes it ("1710460800" is a Bangladeshi
# mobile without its "0"): a timestamp or an id as likely as a phone, unless the words say so.
_LONG_FOREIGN = 0.45
_SHORT_AS_NATIONAL = 0.45
_SHORT_GROUPED = 0.4
_SHORT_BARE = 0.3  # "4155550": a bare 7–9 digit figure is as likely a price or an id
# Seven to nine digits that are a number only as nobody there writes it ("721-6325" as a German
# landline without its "0721"): a figure, or a local number whose country we cannot know.
_SHORT_FOREIGN = 0.1
_LONG_DIGITS = 10

_PHONE_CONTEXT_BOOST = 0.35  # Presidio's context similarity factor
_DICTATED_BOOST = 0.3
_NOT_A_PHONE_PENALTY = 0.6  # enough to sink anything but "+44…" after "order"
_EMBEDDED_PENALTY = 0.6  # digits glued into a word, code or URL: "1Z999AA1012…", "/inbox/…"
# Parsing is the expensive step (~40 µs a region). Real drafts hold a handful of numbers; a
# draft of thousands of digit groups gets this many parses per character and no more.
_PARSES_PER_CHARACTER = 1 / 32
_PARSES_AT_LEAST = 1024

# How far context words may be, in characters of the numeric view (Presidio looks 5 words out).
_CONTEXT_BEFORE = 40
_CONTEXT_AFTER = 25
_NEGATIVE_BEFORE = 32
_NEGATIVE_AFTER = 16
_GLUED_WORD = 20
# Scripts from Thai (U+0E00) on mostly write words without spaces; before it, Latin, Greek,
# Cyrillic, Armenian, Hebrew, Arabic and Indic scripts use them.
_UNSPACED_FROM = 0x0E00

# ── Context words (as the numeric view spells them: lower case, accents stripped, й → и) ─────
_PHONE_WORDS = (
    # en
    "call", "calls", "calling", "call me", "text", "text me", "txt", "sms", "phone", "phones",
    "ph", "tel", "telephone", "number", "num", "mobile", "mob", "cell", "cellphone", "whatsapp",
    "whats app", "watsapp", "whatsap", "wa", "viber", "signal", "telegram", "imo", "ring",
    "ring me", "dial", "reach me", "contact", "contacts", "contact me", "hotline", "landline",
    "fax", "my no", "ph no", "mob no", "cell no", "contact no", "mera no", "mera number",
    # es, pt
    "llamame", "llama", "llamar", "numero", "telefono", "celular", "cel", "movil", "wasap",
    "wsp", "guasap",
    "whats", "zap", "ligue", "liga", "ligar", "telefone", "contato", "contacto",
    # fr
    "appelle", "appelez", "appelle-moi", "appelez-moi", "telephone", "portable", "joindre",
    # de
    "ruf", "ruf mich an", "anrufen", "handy", "telefon", "telefonnummer", "handynummer",
    "nummer", "mobil", "erreichbar",
    # it, pt-PT, pl, nl, tr, id, hi (romanised)
    "my nr", "moj nr", "mein nr", "mijn nr", "tel nr", "mob nr", "nr tel", "nr telefonu",
    "cellulare", "chiamami", "chiama", "telemovel", "numer", "zadzwon", "dzwon", "dzwonic", "komorka",
    "bel me", "bel", "mobiel", "app me", "numaram", "numara", "telefonum", "nomor", "hubungi",
    "whatsapp karo", "call karo",
    # cs, sk, ro, sv, sw, tl, vi, el, he, fa, ur (as the view spells them)
    "cislo", "cisla", "telefonni", "numarul", "numarului", "mitt nummer", "simu", "namba",
    "sdt", "so dien thoai", "τηλεφωνο", "κινητο", "טלפון", "נייד", "شماره", "تلفن", "نمبر",
    # ru, uk
    "телефон", "тел", "номер", "звони", "звоните", "позвони", "позвоните", "моб", "мобильныи",
    "сотовыи", "ватсап", "вотсап", "вацап", "ваисап", "ваибер", "телеграм", "дзвони",
    "дзвоніть", "телефону",
    # ar
    "رقمي", "رقم", "واتساب", "الواتساب", "اتصل", "كلمني", "هاتف", "جوال", "موبايل",
)  # fmt: skip
# More of the same, as people type them (folded below as the numeric view spells them):
# cs, pl ("na łocapie" is WhatsApp), sv, ro, tr, el, he, ar (Maghreb "عيط"), sw, vi, ne, hi.
_PHONE_WORDS_TYPED = (
    "zavolejte", "zavolej", "volejte", "zavolat", "łocapie", "wacapie", "watsapie",
    "whatsappie", "whatsapie", "ringer", "ringa", "ring mig", "sună-mă", "suna-ma", "sunați",
    "arayın", "arayin", "ara beni", "πάρε με", "pare me", "βάιμπερ", "τηλέφωνο", "תתקשר",
    "התקשר", "וואטסאפ", "לוואטסאפ", "עיט", "عيط", "اتصل بي", "nipigie", "piga simu", "zalo",
    "gọi", "फोन", "फ़ोन", "नम्बर", "नंबर", "भाइबर", "व्हाट्सएप",
    # fi, et, lv, lt, hu, sk, hr and sr, bg
    "puhelin", "puh", "puhelinnumero", "numeroni", "soita", "soittakaa", "soitatko", "helista",
    "helistage", "telefonil", "tālrunis", "tālr", "telefons", "zvani", "zvaniet", "numurs",
    "numuru", "telefonas", "skambinkite", "skambink", "numeris", "numerį", "telefonszám",
    "telefonszámom", "számom", "hívj", "hívjon", "hívjál", "telefón", "číslo", "zavolajte",
    "volajte", "broj", "mobitel", "nazovi", "nazovite", "pozovi", "pozovite", "mobilni",
    "број", "позовите", "позови", "мобилни", "мобилен", "обадете", "обади",
    # ka, hy (and both typed in Latin letters), am, si, ta, ml, dv
    "ნომერი", "ნომრი", "ტელეფონი", "დამირეკე", "დამირეკეთ", "nomeri", "damireke", "telefoni",
    "ვაიბერზე", "ვაიბერი", "ვოთსაპზე", "მომწერე", "მომწერეთ",
    "համար", "համարը", "համարս", "հեռախոս", "հեռախոսը", "զանգիր", "զանգահարեք", "զանգեք",
    "hamar", "hamars", "hamary", "hamarov", "herakhos", "zangi", "zangeq", "ስልክ", "ስልኬ", "ቁጥር", "ቁጥሬ", "ደውሉ", "ደውሉልኝ", "ደውልልኝ",
    "අංකය", "දුරකථන", "ජංගම", "எண்", "தொலைபேசி", "அழைக்கவும்", "നമ്പർ", "ഫോൺ",
    "ނަންބަރު", "ފޯނު", "ގުޅާ", "ގުޅުއްވާ",
    # ckb, ky, tg, uz, ha, ig, zu, xh, af
    "ژمارە", "ژمارەم", "مۆبایل", "تەلەفۆن", "чалыңыз", "чал", "рақам", "рақами", "рақамам",
    "занг", "занг занед", "raqam", "raqamim", "raqamiga", "raqamimga", "raqamga",
    "qo'ng'iroq", "рақамим", "рақамига", "номурум", "номурума", "набери", "наберите",
    "vatsap", "vatsapp", "vatsapil", "নম্বর", "নম্বরে", "কল", "ইমো", "ইমোতে", "lamba", "lambar",
    "lambata", "kira", "kirani", "nọmba", "numba", "kpọọ", "ekwentị", "inombolo", "ucingo",
    "shayela", "ngishayele", "umnxeba", "ndifowunele", "nommer", "selfoon", "skakel",
)  # fmt: skip
# Chinese, Japanese and Korean run words together ("手机号是…"): these match anywhere.
_PHONE_WORDS_UNSPACED = (
    "電話", "电话", "番号", "携帯", "手机", "号码", "微信", "번호", "전화", "카톡", "핸드폰",
    "연락처", "手機", "號碼", "打給", "打给", "打俾", "致電", "致电", "聯絡", "联系", "โทร",
    "เบอร์",
    # Khmer, Lao, Burmese
    "លេខទូរស័ព្ទ", "ទូរស័ព្ទ", "លេខ", "ខល", "ເບີໂທ", "ເບີ", "ໂທ", "ဖုန်း", "နံပါတ်",
)  # fmt: skip
_PHONE_SYMBOLS = "📞☎📱✆"
_PHONE_WORDS_VIEWED = (*_PHONE_WORDS, *(fold_term(word) for word in _PHONE_WORDS_TYPED))
_PHONE_CONTEXT = compile_pattern(
    rf"(?:^|[^\p{{L}}\p{{M}}]){alternation(_PHONE_WORDS_VIEWED)}(?:[^\p{{L}}\p{{M}}]|$)"
    rf"|[{_PHONE_SYMBOLS}]|{alternation([fold_term(w) for w in _PHONE_WORDS_UNSPACED])}"
)
_PHONE_WORD_SET = frozenset(_PHONE_WORDS_VIEWED)

# Words after which the digits are an order, a document, a version, an amount… — only when they
# come right before the number (perhaps with "no."/"#"/":"), so "order 5, call 0300…" still flags.
_NOT_PHONE_BEFORE_WORDS = (
    "order", "orders", "invoice", "inv", "ticket", "tkt", "tracking", "track", "awb",
    "shipment", "isbn", "issn", "doi", "id", "ref", "reference", "version", "ver", "v", "build",
    "release", "rev", "size", "sku", "model", "serial", "sn", "s/n", "part", "item",
    "transaction", "txn", "account", "acct", "a/c", "iban", "swift", "routing", "sort code",
    "pin", "otp", "zip", "zipcode", "postal", "postcode", "pincode", "lat", "lon", "lng",
    "latitude", "longitude", "page", "pages", "chapter", "receipt", "price", "cost", "budget",
    "total", "amount", "fee", "salary", "usd", "eur", "gbp", "inr", "pkr", "ngn",
    "bdt", "php", "brl", "rub", "aud", "cad", "rs", "rs.", "pedido", "factura", "fatura",
    "commande", "facture", "bestellung", "rechnung", "заказ", "счет", "precio", "preco", "prix",
    "preis", "цена", "presupuesto", "orcamento", "заказа", "заказу", "ean", "ean-13", "gtin",
    "upc", "barcode", "asin", "unix", "timestamp", "epoch",
    # tracking and listing numbers in other languages, and the couriers that issue them
    "guía", "guia", "seguimiento", "rastreo", "rastreio", "rastreamento", "suivi", "colis",
    "spedizione", "tracciamento", "brt",
    "sendungsnummer", "sendung", "paketnummer", "przesyłki", "przesyłka", "zamówienia",
    "zamówienie", "oferta", "oferty", "aukcja", "kargo", "takip", "sipariş", "siparis",
    "трек", "трек-номер", "отслеживания", "посылки", "відправлення", "накладна", "накладної",
    "ттн", "resi", "pesanan", "vận đơn", "đơn hàng", "mã đơn", "الشحنة", "شحنة", "الطلب",
    "ট্র্যাকিং", "অর্ডার", "ट्रैकिंग", "ऑर्डर", "dhl", "fedex", "ups", "usps", "aramex",
    "أرامكس", "dpd", "gls", "inpost", "j&t", "jne", "lbc",
    # marketplace article numbers ("Артикул WB: …"), company, charity and tax registrations
    "артикул", "артикулы", "артикула", "арт", "ozon", "wildberries", "wb",
    "organisme", "bienfaisance", "enregistrement", "registration", "siret", "siren", "tva",
    "vat", "gst", "hst", "abn", "cnpj", "cpf", "nif", "kvk", "btw", "steuernummer",
    "инн", "огрн",
    # hotel and travel bookings ("Reservation 3321…"), as channel managers paste them, and
    # the waybills of the set's languages
    "reservation", "reservations", "booking", "bookings", "confirmation", "conf", "pnr",
    "itinerary", "folio", "waybill", "резервация", "резервацията", "бронь", "бронирование",
    "rezervace", "rezervácia", "rezervacija", "rezerwacja", "rezervasyon", "foglalás",
    "varaus", "broneering", "rezervācija", "rezervacijos", "ރިޒަވޭޝަން", "товарителница",
    "товарителницата", "tovaritelnica", "tovaritelnicata",
    # an example or placeholder in a spec: "e.g. +1 555 0100"
    "e.g", "eg", "example", "sample", "placeholder", "dummy", "z.b", "beispiel", "p.ex", "ej",
    "ejemplo", "exemplo", "exemple", "esempio", "np", "например", "напр", "приклад", "örnek",
    "contoh", "misal",
)  # fmt: skip
# The same, for scripts written without spaces: they match anywhere before the number.
_NOT_PHONE_BEFORE_UNSPACED = (
    "追跡番号", "伝票番号", "お問い合わせ番号", "注文番号", "運単", "运单号", "运单", "快递单号",
    "单号", "單號", "订单号", "訂單號", "订单", "訂單", "송장번호", "송장", "운송장", "주문번호",
    "택배", "เลขพัสดุ", "เลขแทรค", "เลขคำสั่งซื้อ", "พัสดุ", "例如", "比如", "例えば", "예시",
)  # fmt: skip
# Words that say "id" only with a number word after them: "PO number", not Tagalog "po".
_NOT_PHONE_BEFORE_WITH_NUMBER = ("po", "p.o", "run", "job", "batch", "lot")
_CURRENCY_SYMBOLS = "$€£₹₽¥₦₱৳"
_NUMBER_WORDS = ("no", "nr", "n", "num", "number", "numero", "nummer", "номер", "#", "№")
_CONNECTOR = r"[\s:#.\-№=]*"
# "order number is", "número de pedido es", "номер заказа": a verb may stand between (Yoruba
# "jẹ́", Hindi "hai", Romanian "este", Polish "jest", Russian "это" too).
_IS = r"(?:(?:is|was|es|est|ist|e|era|be|je|ni|hai|este|jest|это)\s+)?"
_NUMBER_WORD = rf"{alternation(_NUMBER_WORDS)}\.?{_CONNECTOR}"
# Written as people spell them, matched as the numeric view folds them ("guía", Bengali marks).
_NOT_PHONE_BEFORE_TERMS = alternation([fold_term(word) for word in _NOT_PHONE_BEFORE_WORDS])
_NOT_PHONE_BEFORE_UNSPACED_TERMS = alternation(
    [fold_term(word) for word in _NOT_PHONE_BEFORE_UNSPACED]
)
_NOT_PHONE_BEFORE = compile_pattern(
    rf"(?:(?:^|[^\p{{L}}])(?:{_NOT_PHONE_BEFORE_TERMS}{_CONNECTOR}(?:{_NUMBER_WORD})?"
    rf"|{alternation(_NOT_PHONE_BEFORE_WITH_NUMBER)}{_CONNECTOR}{_NUMBER_WORD}){_IS}"
    rf"|[{_CURRENCY_SYMBOLS}#]\s*|r\$\s*)$"
    rf"|{_NOT_PHONE_BEFORE_UNSPACED_TERMS}[\s:：#]*(?:[はが是为為는은이]\s*)?[:：]?\s*$"
)
_NOT_PHONE_AFTER_WORDS = (
    "usd", "eur", "gbp", "inr", "pkr", "ngn", "bdt", "php", "brl", "rub", "aud", "cad", "dollar",
    "dollars", "euro", "euros", "rupee", "rupees", "naira", "reais", "peso", "pesos", "ruble",
    "rubles", "руб", "рублеи", "words", "word", "views", "followers", "subscribers", "subs",
    "likes", "impressions", "clicks", "downloads", "sales", "users", "visitors", "members",
    "hits", "plays", "streams", "times", "characters", "chars", "pages", "px", "pt", "dpi", "mm",
    "cm", "km", "kg", "mb", "gb", "kb", "tb", "ms", "fps", "hz", "mah", "rpm", "palabras",
    "palavras", "mots", "worter", "слов",
)  # fmt: skip
_NOT_PHONE_AFTER = compile_pattern(
    rf"^\s*(?:[%{_CURRENCY_SYMBOLS}]|{alternation(_NOT_PHONE_AFTER_WORDS)}(?:[^\p{{L}}]|$))"
)
# Inside a URL, handle or code: "/inbox/4155550123", "id=4155550123", "4155550123@…".
_EMBEDDING_BEFORE = "/=_@&?%\\"
_EMBEDDING_AFTER = "@_"
# "plus four four …": the "+" dictated too.
# Greek "συν", Hebrew "פלוס", Hindi "प्लस", Bengali "প্লাস", Urdu "پلس", Vietnamese "cộng",
# Turkish "artı", Thai "บวก", Chinese "加", Japanese "プラス", Korean "플러스".
_PLUS_WORDS = (
    "plus", "mas", "mais", "плюс", "συν", "פלוס", "प्लस", "প্লাস", "پلس", "پلاس", "cộng", "artı",
    "arti", "บวก", "加", "プラス", "플러스",
    # Lithuanian, Latvian and Estonian, Hungarian, South Slavic Cyrillic
    "plius", "pluss", "plusz", "плус",
)  # fmt: skip
_PLUS_WORD = compile_pattern(
    rf"(?:^|[^\p{{L}}\p{{M}}])(?P<word>{alternation([fold_term(w) for w in _PLUS_WORDS])})"
    r"[ \t]?$"
)

_NANP_REGIONS = ("US", "CA")
_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
# "(650) 723-5666", "650-723-5666", "650.723.5666", "1-650-723-5666": one separator style.
_NANP_SHAPE = compile_pattern(
    r"(?:1[ .\-]?)?(?:\([0-9]{3}\) ?[0-9]{3}[ .\-]|[0-9]{3}-[0-9]{3}-|[0-9]{3}\.[0-9]{3}\."
    r"|[0-9]{3} [0-9]{3} )[0-9]{4}"
)
_DIGIT_GROUPS = compile_pattern(r"[0-9]+")


def detect(draft: NormalizedDraft, context: DetectionContext) -> Iterator[Detection]:
    view = draft.numeric
    candidates = [
        candidate
        for match in _RUN.finditer(view.text)
        if match.end() - match.start() >= _MIN_DIGITS  # too short to hold a number: skip fast
        and (run := _Run.read(view, match.start(), match.end())) is not None
        for candidate in run.candidates()
    ]
    if not candidates:
        return iter(())
    markup = Markup.of(view.text)
    candidates = _without_id_series([c for c in candidates if not markup.covers(c.start, c.end)])
    # Place names are read in the text view, where "septante" is still a word, not "70".
    resolver = _Resolver(draft.text.text, context.platform, draft.original)
    # International numbers first: the "+44 …" in a draft says how to read its "020 …".
    ordered = sorted(candidates, key=lambda candidate: not candidate.international)
    found = [
        detection
        for candidate in ordered
        if (detection := _evaluate(candidate, resolver)) is not None
        and not offered_as_example(draft.original, detection.start)
    ]
    return _without_overlaps(sorted(found, key=lambda d: (d.start, -d.end)))


# Three numbers or more that differ only in their last two digits, a few apart, are a series of
# article or ticket numbers ("…8812, …8813, …8814"), not phones (a fax beside its line is two).
_SERIES_AT_LEAST = 3
_SERIES_TAIL = 2
_SERIES_SPREAD = 20


def _without_id_series(candidates: list[_Candidate]) -> list[_Candidate]:
    series: dict[str, set[int]] = {}
    for candidate in candidates:
        digits = candidate.digits
        series.setdefault(digits[:-_SERIES_TAIL], set()).add(int(digits[-_SERIES_TAIL:]))
    dropped = {
        head
        for head, tails in series.items()
        if len(tails) >= _SERIES_AT_LEAST and max(tails) - min(tails) <= _SERIES_SPREAD
    }
    if not dropped:
        return candidates
    return [c for c in candidates if c.digits[:-_SERIES_TAIL] not in dropped]


def _without_overlaps(detections: list[Detection]) -> Iterator[Detection]:
    """Windows over a long run of digit groups may overlap: the earliest number wins."""
    end = -1
    for detection in detections:
        if detection.start >= end:
            end = detection.end
            yield detection


# ── Runs → groups → candidates ───────────────────────────────────────────────────────────────
@dataclass(frozen=True, slots=True)
class _Group:
    start: int  # first digit, in the numeric view
    end: int
    separator: str  # what stands between the previous group and this one (the lead for the first)

    @property
    def digits(self) -> int:
        return self.end - self.start


class _Run:
    """One match of `_RUN`: its digit groups, and per-digit facts summed so that any range of
    groups answers "how many digits", "any spelled out?", "read out one by one?" at once."""

    __slots__ = ("_apart", "_spelled", "digits", "groups", "in_code", "offsets", "view")

    def __init__(self, view: MappedText, groups: list[_Group], in_code: bool) -> None:
        self.view = view
        self.groups = groups
        # Letters glued to the front ("DE89 3704 0044…", "1Z999AA1012…"): a code, every window
        # of its first stretch included; a phone word glued there ("tel0300…") is no code.
        self.in_code = in_code
        self.digits = "".join(view.text[group.start : group.end] for group in groups)
        self.offsets = [0]  # offsets[i]: index in `digits` of group i's first digit
        for group in groups:
            self.offsets.append(self.offsets[-1] + group.digits)
        positions = [index for group in groups for index in range(group.start, group.end)]
        self._spelled = [0]  # how many of the first k digits were words or look-alikes
        for index in positions:
            self._spelled.append(self._spelled[-1] + _is_spelled(view, index))
        self._apart = [0, 0]  # how many of the first k digits stood apart from the one before
        for left, right in pairwise(positions):
            self._apart.append(self._apart[-1] + (view.ends[left] < view.starts[right]))

    @classmethod
    def read(cls, view: MappedText, start: int, end: int) -> _Run | None:
        groups = _without_stray_lookalikes(view, _groups(view.text, start, end))
        if sum(group.digits for group in groups) < _MIN_DIGITS:
            return None
        run = cls(view, groups, in_code=_is_code_prefix(view.text, start))
        if _is_card_or_isbn(run.digits, [group.digits for group in groups], groups[0]):
            return None  # the whole run is one: no part of it is a phone
        return run

    def count(self, first: int, last: int) -> int:
        """Digits in groups [first, last)."""
        return self.offsets[last] - self.offsets[first]

    def digits_of(self, first: int, last: int) -> str:
        return self.digits[self.offsets[first] : self.offsets[last]]

    def spelled_out(self, first: int, last: int) -> bool:
        return self._spelled[self.offsets[last]] > self._spelled[self.offsets[first]]

    def dictated(self, first: int, last: int) -> bool:
        """Digits read out one by one: spelled as words, or typed apart ("4 1 5", "4️⃣1️⃣5️⃣")."""
        begin, finish = self.offsets[first], self.offsets[last]
        if finish - begin < 2:
            return False
        if self.spelled_out(first, last):
            return True
        apart = self._apart[finish] - self._apart[begin + 1]
        return apart >= 0.8 * (finish - begin - 1)

    def candidates(self) -> Iterator[_Candidate]:
        for first, last in self._unblocked_parts():
            for begin, finish in self._segments(first, last):
                if self.count(begin, finish) <= _MAX_DIGITS + 2:
                    found: Iterable[_Candidate | None] = [self._candidate(begin, finish)]
                else:
                    found = self._windows(begin, finish)
                for candidate in found:
                    if candidate is not None:
                        candidate.in_code = self.in_code and begin == 0
                        yield candidate

    def _unblocked_parts(self) -> Iterator[tuple[int, int]]:
        """The run cut at groups that form something else: a date, an IP address, a decimal
        fraction, a year range. What is left on either side may still be a number."""
        groups = self.groups
        # dotted[i]: how many groups from i are joined by a bare "." ("192.168.0.1", "40.7128").
        dotted = [1] * len(groups)
        for index in range(len(groups) - 2, -1, -1):
            if groups[index + 1].separator == ".":
                dotted[index] = dotted[index + 1] + 1
        part_start = index = 0
        while index < len(groups):
            width = self._blocked_width(index, dotted[index])
            if width:
                if part_start < index:
                    yield part_start, index
                index += width
                part_start = index
            else:
                index += 1
        if part_start < len(groups):
            yield part_start, len(groups)

    def _blocked_width(self, index: int, dotted: int) -> int:
        """How many groups from `index` form a non-phone structure (0 if none)."""
        groups, text = self.groups, self.view.text
        value = [
            text[group.start : group.end] if group.digits <= 4 else ""
            for group in groups[index : index + 3]
        ]  # only short groups can be part of one, and `int` is only ever given those
        starts_chain = index == 0 or groups[index].separator != "."
        if starts_chain and dotted >= 3:  # looked at once per chain: linear
            chain = groups[index : index + dotted]
            single = [g.digits == 1 for g in chain]
            # "9.8.7.6.5.4.3.2.1.0" is a number dotted out digit by digit, not a version
            # …unless a "+" opens it: "+960.9.6.3.2.2.7.1" is a country code, then digits
            plus = "+" in chain[0].separator
            if any(single[1:]) and not all(single) and not (plus and all(single[1:])):
                return dotted  # a version, "122.0.6261.112": no phone has a 1-digit inner group
        if starts_chain and dotted == 4 and not self._dashed_on(index, index + 4):
            quad = groups[index : index + 4]
            if all(g.digits <= 3 and int(text[g.start : g.end]) <= 255 for g in quad):
                return 4  # an IPv4 address
        decimal = groups[index].digits <= 3 or (dotted == 2 and groups[index + 1].digits <= 2)
        if starts_chain and dotted == 2 and decimal:
            return 2  # a decimal fraction: "40.7128", "122.4194", "1500.00"
        if len(value) == 3 and all(value) and _is_date(groups[index + 1 : index + 3], value):
            return 3
        if len(value) >= 2 and _is_year_range(groups[index + 1], value[0], value[1]):
            return 2
        if groups[index].digits == 8 and len(groups) > 1:
            digits = text[groups[index].start : groups[index].end]
            if _is_year(digits[:4]) and _is_month_and_day(digits[4:6], digits[6:]):
                return 1  # a compact date inside an id: "20240315-001"
        return 0

    def _dashed_on(self, first: int, last: int) -> bool:
        """Whether groups [first, last) are joined by a "-" to the groups around them: an IP
        address stands alone, a number dotted out digit by digit ("9.7.6.5.4-2.1.0.9") not."""
        groups = self.groups
        if first > 0 and "-" in groups[first].separator:
            return True
        if last >= len(groups):
            return False
        # "0.4.7.6/1.2.3.4.5.6" goes on dotted digit by digit: not an address and its "/16"
        slashed = "/" in groups[last].separator and (
            last + 1 < len(groups) and groups[last + 1].separator == "."
        )
        return "-" in groups[last].separator or slashed

    def _segments(self, first: int, last: int) -> Iterator[tuple[int, int]]:
        """Split where one number ends and the next begins: a new "+", " / ", a "(" after the
        first groups ("205-227 (2002)": parentheses hold an area code, never a number's tail), and
        ", " or ". " between list items or sentences — unless the digits on one side were read
        out one by one, as in "4 1 5, 5 5 5, 0 1 2 3" or "+1 four zero eight, 555, oh one…",
        or what follows a " / " is too short to be a number of its own."""
        pieces: list[tuple[int, int]] = []
        piece_start = first
        for index in range(first + 1, last):
            before = self.count(piece_start, index)
            if _starts_new_number(self.groups[index], index - piece_start, before):
                pieces.append((piece_start, index))
                piece_start = index
        pieces.append((piece_start, last))
        segment_start = previous = pieces[0][0]
        for begin, finish in pieces[1:]:
            separator = self.groups[begin].separator
            fits = self.count(segment_start, finish) <= _MAX_DIGITS
            joinable = (
                separator.startswith(_PAUSES)
                and "+" not in separator
                and (self.dictated(previous, begin) or self.dictated(begin, finish))
                and fits
            ) or (
                # "0816 / 442 / 9073": what follows the last " / " is too short to be a number
                " / " in separator and self.count(begin, finish) < _MIN_DIGITS and fits
            )
            if not joinable:
                yield segment_start, begin
                segment_start = begin
            previous = begin
        yield segment_start, last

    def _candidate(self, first: int, last: int) -> _Candidate | None:
        candidate = self._make(first, last)
        if candidate is None or last - first < 2:
            return candidate
        # Fallbacks when the whole does not parse: a short figure stuck on either end by a space.
        groups = self.groups
        trim_last = groups[last - 1].digits <= _TRIMMABLE_DIGITS and _spaced(groups[last - 1])
        trim_first = (
            groups[first].digits <= _TRIMMABLE_DIGITS
            and _spaced(groups[first + 1])
            and "+" not in groups[first].separator  # a country code, not a stray figure
        )
        # A word read as a digit at the edge of typed digits is more likely the word it also is
        # (Hindi "hai", Italian "che" after "… 6609"): the number without it is tried first.
        if trim_last and self.spelled_out(last - 1, last) and not self.spelled_out(first, last - 1):
            trimmed = self._make(first, last - 1)
            if trimmed is not None:
                trimmed.add_fallback(candidate)
                return trimmed
        # A figure set off by a pause ("kar do, nau aath …": Hindi "do" read as two) goes first.
        paused = groups[first + 1].separator.startswith(_PAUSES)
        if trim_first and paused:
            candidate.add_fallback(self._make(first + 1, last))
        if trim_last:
            candidate.add_fallback(self._make(first, last - 1))
        if trim_first and not paused:
            candidate.add_fallback(self._make(first + 1, last))
        return candidate

    def _windows(self, first: int, last: int) -> Iterator[_Candidate]:
        """Numbers one after another with nothing but spaces between ("0300 1234567 0321
        7654321"): from each group, every run of whole groups that fits in E.164, longest first.
        A longer stretch is a table or noise, not a list someone typed: there only groups that
        stand alone are numbers ("4155550123 4155550199 …")."""
        if last - first > _MAX_WINDOW_GROUPS:
            for index in range(first, last):
                single = self._make(index, index + 1)
                if single is not None:
                    yield single
            return
        # The words around the stretch speak for every number in it ("tracking 9400 1118 …").
        context = (self.groups[first].start, self.groups[last - 1].end)
        for begin in range(first, last):
            finish = begin + 1
            while finish < last and self.count(begin, finish + 1) <= _MAX_DIGITS:
                finish += 1
            candidate: _Candidate | None = None
            for end in range(finish, begin, -1):
                if self.count(begin, end) < _MIN_DIGITS:
                    break
                option = self._make(begin, end)
                if option is None:
                    continue
                option.window, option.context = True, context
                if candidate is None:
                    candidate = option
                else:
                    candidate.add_fallback(option)
            if candidate is not None:
                candidate.best_fit = True
                yield candidate

    def _make(self, first: int, last: int) -> _Candidate | None:
        text = self.view.text
        digits = self.count(first, last)
        lead = self.groups[first]
        has_plus = "+" in lead.separator
        # "0044 …": the international prefix most of the world dials, two digits on top of E.164.
        dialled_out = (
            not has_plus and text.startswith("00", lead.start) and digits > _MIN_DIGITS + 2
        )
        if not _MIN_DIGITS <= digits <= (_MAX_DIGITS + 2 if dialled_out else _MAX_DIGITS):
            return None
        closes = any(")" in group.separator for group in self.groups[first + 1 : last])
        start = _opening(lead, has_plus, closes)
        plus_word = False
        if not (has_plus or dialled_out):
            window = max(0, start - _PLUS_WINDOW)
            plus = _PLUS_WORD.search(text[window:start])
            if plus is not None:
                start, plus_word = window + span_of(plus, "word")[0], True
        end = self.groups[last - 1].end
        return _Candidate(self, first, last, start, end, has_plus or dialled_out, plus_word)


@dataclass(slots=True)
class _Candidate:
    run: _Run
    first: int  # groups [first, last) of the run
    last: int
    start: int  # span in the numeric view: the "+", "plus" or "(" that opens it, to the last digit
    end: int
    international: bool  # written with "+" or the "00" prefix
    plus_word: bool  # "plus" / "más" / "плюс" before it
    fallbacks: list[_Candidate] = field(default_factory=list)
    best_fit: bool = False  # pick the fallback whose number fits best, not the first that parses
    in_code: bool = False  # part of a stretch of digits glued to letters
    window: bool = False  # cut out of a longer stretch of digit groups
    context: tuple[int, int] | None = None  # the span whose surroundings count, if not its own

    def add_fallback(self, candidate: _Candidate | None) -> None:
        if candidate is not None:
            self.fallbacks.append(candidate)

    @property
    def groups(self) -> list[_Group]:
        return self.run.groups[self.first : self.last]

    @property
    def digits(self) -> str:
        return self.run.digits_of(self.first, self.last)

    @property
    def spelled_out(self) -> bool:
        return self.run.spelled_out(self.first, self.last)

    @property
    def dictated(self) -> bool:
        return self.run.dictated(self.first, self.last)


def _groups(text: str, start: int, end: int) -> list[_Group]:
    groups: list[_Group] = []
    position = start
    for match in _DIGIT_GROUPS.finditer(text[start:end]):
        group_start, group_end = start + match.start(), start + match.end()
        groups.append(_Group(group_start, group_end, text[position:group_start]))
        position = group_end
    return groups


def _is_spelled(view: MappedText, index: int) -> bool:
    """Whether the digit at `index` was a word or a look-alike letter, not a digit of any script
    (full-width and Devanagari digits are how some keyboards type numbers, not a disguise)."""
    begin, finish = view.starts[index], view.ends[index]
    return finish - begin != 1 or unicodedata.decimal(view.original[begin], None) is None


def _without_stray_lookalikes(view: MappedText, groups: list[_Group]) -> list[_Group]:
    """Drop edge groups that were only look-alike letters standing apart ("… 0123 lol", "I 4155…"):
    `normalize` reads them as digits next to a number even across a space."""

    def is_stray(group: _Group) -> bool:
        begin, finish = view.to_original(group.start, group.end)
        return set(view.original[begin:finish].lower()) <= set("oil")

    first, last = 0, len(groups)
    while last - first > 1 and _spaced(groups[last - 1]) and is_stray(groups[last - 1]):
        last -= 1
    while last - first > 1 and _spaced(groups[first + 1]) and is_stray(groups[first]):
        first += 1
    return groups[first:last]


def _spaced(group: _Group) -> bool:
    return group.separator.endswith(" ")


def _is_card_or_isbn(digits: str, lengths: Sequence[int], lead: _Group) -> bool:
    """An ISBN-13 (13 digits from 978/979), or a payment card: 13–19 digits from issuer 2–6,
    unbroken or in card groups ("4242 4242 4242 4242", Amex "3782 822463 10005"), Luhn-valid.
    Never with a "+": that is a country code."""
    if "+" in lead.separator or not 13 <= len(digits) <= 19:
        return False
    if len(digits) == 13 and digits.startswith(("978", "979")):
        return True
    card_groups = (
        len(lengths) == 1
        or list(lengths) in ([4, 6, 5], [4, 6, 4])
        or (all(length == 4 for length in lengths[:-1]) and 1 <= lengths[-1] <= 4)
    )
    return digits[0] in "23456" and card_groups and _luhn(digits)


def _luhn(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _is_date(tail: Sequence[_Group], values: Sequence[str]) -> bool:
    """A date: "2024-03-15", "15/03/2024", "03.15.2024", "15/03/24" (one separator throughout,
    a plausible day, month and year)."""
    separator = tail[0].separator
    if separator != tail[1].separator or separator not in ("-", "/", "."):
        return False
    first, second, third = values
    if len(first) == 4 and len(second) <= 2 and len(third) <= 2:
        return _is_year(first) and _is_month_and_day(second, third)
    if len(first) > 2 or len(second) > 2:
        return False
    # Two-digit years only with "/": "01.23.45" and "345-67-89" are groups of phone numbers.
    year_ok = _is_year(third) if len(third) == 4 else len(third) == 2 and separator == "/"
    return year_ok and _is_day_and_month(int(first), int(second))


def _is_day_and_month(a: int, b: int) -> bool:
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def _is_month_and_day(month: str, day: str) -> bool:
    return 1 <= int(month) <= 12 and 1 <= int(day) <= 31


def _is_year(value: str) -> bool:
    return len(value) == 4 and 1900 <= int(value) <= 2099


def _is_year_range(second: _Group, first_value: str, second_value: str) -> bool:
    """A range of years: "2019-2024", "1990 - 2000", "2019–2024" (the later one second)."""
    if not any(mark in second.separator for mark in "-/\u2013"):
        return False
    return (
        _is_year(first_value) and _is_year(second_value) and int(first_value) <= int(second_value)
    )


def _starts_new_number(group: _Group, groups_before: int, digits_before: int) -> bool:
    """Whether `group` opens a new number. A " / " after digits too few to be a number alone
    is the German and Austrian way of setting off an area code: "089 / 21 54 77 30"."""
    separator = group.separator
    return (
        "+" in separator
        or (" / " in separator and digits_before >= _MIN_DIGITS)
        or separator.startswith(_PAUSES)
        or ("(" in separator and groups_before >= 2)
    )


def _opening(lead: _Group, has_plus: bool, closes: bool) -> int:
    """Where the number starts: its "+" (with an optional space after it), or a "(" that the
    number closes later ("(650) 723-5666", "(+44) 7911 123456")."""
    separator = lead.separator
    start = lead.start
    if has_plus:
        start -= len(separator) - separator.rindex("+")
        separator = separator[: separator.rindex("+")]
    elif separator.endswith("(") and closes:
        return start - 1
    if closes and separator.endswith("("):
        start -= 1
    return start


# ── Shape vetoes ─────────────────────────────────────────────────────────────────────────────
def _shape_veto(candidate: _Candidate) -> bool:
    """Shapes that are something else however they are introduced."""
    if candidate.international:
        return False
    digits = candidate.digits
    groups = candidate.groups
    lengths = [group.digits for group in groups]
    if _is_card_or_isbn(digits, lengths, groups[0]):
        return True
    if len(groups) == 1 and len(digits) == 8 and _is_compact_date(digits):
        return True  # "20240315", "15032024"
    return lengths == [5, 4] and groups[1].separator == "-"  # ZIP+4: "94105-1234"


def _is_compact_date(digits: str) -> bool:
    if _is_year(digits[:4]) and _is_month_and_day(digits[4:6], digits[6:]):
        return True
    return _is_year(digits[4:]) and _is_day_and_month(int(digits[:2]), int(digits[2:4]))


# ── Regions and parsing ──────────────────────────────────────────────────────────────────────
@dataclass(frozen=True, slots=True)
class _Number:
    e164: str
    region: str | None
    international: bool
    local: bool  # written as people there write it (see `_national_number`)
    grouped_as_national: bool  # digit groups as the country prints them ("0300 1234567")
    trunk: bool  # written with the trunk prefix ("0300…", "8 (912)…")
    mobile: bool  # or fixed-line-or-mobile: what people share in chat

    @property
    def fit(self) -> tuple[bool, bool, bool]:
        """How well the number matches what was written, to choose among countries."""
        return (self.international or self.local, self.grouped_as_national, self.mobile)


_BEST_FIT = (True, True, True)


@dataclass(frozen=True, slots=True)
class _RegionFacts:
    country_code: str
    trunk_prefix: str | None
    lengths: frozenset[int]  # national significant number lengths
    plain_trunk: bool  # the trunk prefix is a fixed digit string (no carrier codes to strip)

    def could_hold(self, digits: str) -> bool:
        """A cheap check before parsing: could these digits be a number here by length?"""
        if not self.plain_trunk:
            return True
        if len(digits) in self.lengths:
            return True
        for prefix in (self.trunk_prefix, self.country_code):
            if prefix and digits.startswith(prefix) and len(digits) - len(prefix) in self.lengths:
                return True
        return False


def _region_facts(region: str) -> _RegionFacts:
    metadata = PhoneMetadata.metadata_for_region(region)
    assert metadata is not None and metadata.general_desc is not None, region
    trunk = metadata.national_prefix
    parsing = metadata.national_prefix_for_parsing
    return _RegionFacts(
        str(metadata.country_code),
        trunk,
        frozenset(metadata.general_desc.possible_length),
        parsing == trunk,  # both None, or the same plain digits
    )


_REGION_FACTS = {region: _region_facts(region) for region in (*DEFAULT_REGIONS, *HINTED_ONLY)}


class _Resolver:
    """Parses candidates, with the draft's own hints about the country; cached per draft."""

    def __init__(self, text: str, platform: str, original: str = "") -> None:
        self._text = text
        self._original = original
        self._platform = platform
        self._hinted: list[str] | None = None
        self._named: set[str] = set()  # hinted by a place, a code, a domain or a dialect
        self._cache: dict[tuple[str, bool, tuple[int, ...]], _Number | None] = {}
        self._parses_left = _PARSES_AT_LEAST + int(len(text) * _PARSES_PER_CHARACTER)

    def points_away(self, detection: Detection) -> bool:
        """Whether the draft names countries and this national number is in none of them: a
        fallback that is in one reads the writer better ("98 99 00 41 27 hai", Hindi "is"
        read as a Vietnamese "two", is an Indian mobile, not a Brazilian one)."""
        hinted = self._hints()
        value = detection.value or ""
        return bool(hinted) and not any(
            value.startswith("+" + _REGION_FACTS[region].country_code) for region in hinted
        )

    def note_region(self, region: str | None) -> None:
        """A region seen in an international number of this draft counts as a hint."""
        hinted = self._hints()
        if region in _REGION_FACTS and region not in hinted:
            hinted.append(region)
            self._named.add(region)

    def _hints(self) -> list[str]:
        if self._hinted is None:
            self._hinted = named_regions(self._text)
            self._named = {*self._hinted, *dialect_regions(self._original)}
            for region in language_regions(self._original):
                if region not in self._hinted:
                    self._hinted.append(region)
        return self._hinted

    def resolve(self, digits: str, international: bool, lengths: tuple[int, ...]) -> _Number | None:
        key = (digits, international, lengths)
        if key not in self._cache:
            self._cache[key] = self._resolve(digits, international, lengths)
        return self._cache[key]

    def _resolve(
        self, digits: str, international: bool, lengths: tuple[int, ...]
    ) -> _Number | None:
        if international:
            body = digits[2:] if digits.startswith("00") else digits
            parsed = self._parse("+" + body, None, valid_only=False)
            if parsed is not None and phonenumbers.is_valid_number(parsed):
                # The country code's main region: "+44 7911…" is numbered in Guernsey, but it
                # tells us how to read the draft's other numbers as British.
                region = phonenumbers.region_code_for_country_code(parsed.country_code or 0)
                mobile = _is_mobile(parsed)
                return _Number(_e164(parsed), region, True, True, False, False, mobile)
            if parsed is not None and phonenumbers.is_possible_number(parsed):
                # "+44 7700 900123" is in a range no operator has, but it is written as nothing
                # but a phone number is: report it, less sure.
                return _Number(_e164(parsed), None, True, False, False, False, False)
            if not digits.startswith("00"):
                return None
        # A country the draft names: a number there written as locals write it is believed at
        # once. A country only its language points to is believed for a mobile, and for a
        # landline once no other country of that language has it as a mobile ("0475 …" in
        # Dutch is a Belgian mobile, not a landline in Roermond). Otherwise the best fit wins: written as locals do, grouped as they print it (the
        # writer's own evidence), then the marketplace's home country, then a mobile, then the
        # earlier country in the list.
        hinted = self._hints()
        platform = PLATFORM_REGIONS.get(self._platform, ())
        best: tuple[tuple[bool, bool, bool, bool], _Number] | None = None
        landline: _Number | None = None  # local in a named country, not a mobile there
        for region in dict.fromkeys((*hinted, *platform, *DEFAULT_REGIONS)):
            if landline is not None and region not in hinted:
                return landline
            facts = _REGION_FACTS.get(region)
            if facts is None or not facts.could_hold(digits):
                continue
            parsed = self._parse(digits, region)
            if parsed is None:
                continue
            number = _national_number(parsed, region, facts, digits, lengths)
            if region in hinted and number.local:
                if number.mobile or region in self._named:
                    return number
                landline = landline or number
            local, grouped, mobile = number.fit
            rank = (local, grouped, region in platform, mobile)
            if best is None or rank > best[0]:
                best = (rank, number)
            if number.fit == _BEST_FIT:
                break  # the marketplace's countries came first: no later one can fit better
        if landline is not None:
            return landline
        return best[1] if best is not None else None

    def _parse(
        self, number: str, region: str | None, *, valid_only: bool = True
    ) -> PhoneNumber | None:
        if self._parses_left <= 0:
            return None
        self._parses_left -= 1
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            return None
        return parsed if not valid_only or phonenumbers.is_valid_number(parsed) else None


# Argentina dials its mobiles from abroad with a "9" after the country code that nobody writes
# at home ("11 5739-2046"); a number shared in chat is a mobile, so it is read as one.
_MOBILE_DIGIT = {"AR": "9"}


def _as_mobile(parsed: PhoneNumber, region: str) -> PhoneNumber:
    digit = _MOBILE_DIGIT.get(region)
    if digit is None or _is_mobile(parsed):
        return parsed
    significant = phonenumbers.national_significant_number(parsed)
    try:
        mobile = phonenumbers.parse(f"+{parsed.country_code}{digit}{significant}", None)
    except phonenumbers.NumberParseException:
        return parsed
    return mobile if phonenumbers.is_valid_number(mobile) and _is_mobile(mobile) else parsed


def _e164(parsed: PhoneNumber) -> str:
    return phonenumbers.format_number(parsed, PhoneNumberFormat.E164)


# Trunk prefixes a country has replaced but its people still write: Lithuania's "8" before
# "0" (libphonenumber parses both, its `national_prefix_for_parsing` is "[08]").
_OLD_TRUNK_PREFIX = {"LT": "8"}


def _national_number(
    parsed: PhoneNumber, region: str, facts: _RegionFacts, digits: str, lengths: tuple[int, ...]
) -> _Number:
    significant = phonenumbers.national_significant_number(parsed)
    prefix = digits[: len(digits) - len(significant)] if digits.endswith(significant) else None
    # North America's trunk prefix is its country code, "1": read "1 650…" as the trunk.
    trunk = bool(prefix) and prefix in (facts.trunk_prefix, _OLD_TRUNK_PREFIX.get(region))
    # As locals write it: with the trunk prefix, without it where that is usual, or with the
    # country code and no "+" (how wa.me links and many sellers write it: "923001234567").
    # Digits the region's own rules rewrite when parsing (Argentina's mobile "15" after the
    # area code: "11 15 4619-3280") are local writing too: `prefix` is None for them.
    local = (
        trunk
        or prefix is None
        or prefix == facts.country_code
        or (prefix == "" and (facts.trunk_prefix is None or region in TRUNK_OPTIONAL))
    )
    national = phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
    printed = [len(match.group()) for match in _DIGIT_GROUPS.finditer(national)]
    # Aligned from the right, the written groups must match the printed ones after the first
    # (which changes with the trunk prefix: "0917…" / "917…"), with at most one extra group in
    # front for a trunk or country code written apart ("1-800-555-0199").
    tail = len(printed) - 1
    grouped = (
        tail >= 1 and 0 <= len(lengths) - len(printed) <= 1 and list(lengths[-tail:]) == printed[1:]
    )
    mobile = _as_mobile(parsed, region)
    if prefix == "" and region in TRUNK_OPTIONAL_FOR_MOBILES:
        local = local or _is_mobile(mobile)
    return _Number(_e164(mobile), region, False, local, grouped, trunk, _is_mobile(mobile))


def _is_mobile(parsed: PhoneNumber) -> bool:
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


# ── Scoring ──────────────────────────────────────────────────────────────────────────────────
def _evaluate(candidate: _Candidate, resolver: _Resolver) -> Detection | None:
    """The candidate scored, or else the first of its shorter fallbacks that is a number people
    there write, or failing that the first reportable one ("+91 98736 45210 2": a Hindi "hai"
    after the number read as Vietnamese "two"). For windows over a long run, the one whose
    number fits best: "0300 1234567" rather than a 15-digit German landline that happens to
    swallow the next number's "0321")."""
    adjustment = _context_adjustment(candidate)
    best: tuple[tuple[bool, bool, bool], Detection] | None = None
    foreign: Detection | None = None  # local somewhere, but not where the draft points
    for option in (candidate, *candidate.fallbacks):
        scored = _score(option, adjustment, resolver)
        if scored is None:
            continue
        if not candidate.best_fit and scored[0][0] and not resolver.points_away(scored[1]):
            return scored[1]
        if not candidate.best_fit and scored[0][0]:
            foreign = foreign or scored[1]
            continue
        if scored[0] == _BEST_FIT:
            return scored[1]
        if best is None or (candidate.best_fit and scored[0] > best[0]):
            best = scored
    if foreign is not None:
        return foreign
    return best[1] if best is not None else None


def _context_adjustment(candidate: _Candidate) -> float:
    """What the words around the number add or take away (windows of bounded size)."""
    text = candidate.run.view.text
    start, end = candidate.context or (candidate.start, candidate.end)
    adjustment = 0.0
    glued = _glued_word(text, start)
    if (
        glued in _PHONE_WORD_SET
        or _PHONE_CONTEXT.search(text[_word_start(text, start - _CONTEXT_BEFORE) : start])
        or _PHONE_CONTEXT.search(text[end : end + _CONTEXT_AFTER])
    ):
        adjustment += _PHONE_CONTEXT_BOOST
    if candidate.dictated:
        adjustment += _DICTATED_BOOST
    if _NOT_PHONE_BEFORE.search(
        text[_word_start(text, start - _NEGATIVE_BEFORE) : start]
    ) or _NOT_PHONE_AFTER.search(text[end : end + _NEGATIVE_AFTER]):
        adjustment -= _NOT_A_PHONE_PENALTY
    if (
        _is_code_prefix(text, start)
        or _is_code_suffix(text, start)
        or candidate.in_code
        or _is_embedded(text, start, end)
    ):
        adjustment -= _EMBEDDED_PENALTY
    return adjustment


def _word_start(text: str, position: int) -> int:
    """`position`, moved back to the start of the word it falls in (a bounded step)."""
    position = max(0, position)
    limit = max(0, position - _GLUED_WORD)
    while position > limit and _is_spaced_letter(text[position - 1]):
        position -= 1
    return position


def _is_spaced_letter(char: str) -> bool:
    """A letter of a script that puts spaces between words, where a letter touching the digits
    makes them part of a word or code. Chinese, Japanese or Thai run words into digits:
    "電話番号は090-1234-5678です"."""
    return char.isalpha() and ord(char) < _UNSPACED_FROM


def _glued_word(text: str, start: int) -> str:
    """The letters stuck to the front of the number ("tel4155550123", "aa10123456784")."""
    return text[_word_start(text, start) : start] if start > 0 else ""


def _is_code_prefix(text: str, start: int) -> bool:
    """Letters glued to the front make the digits part of a code ("DE89 3704…", "1Z999AA…"),
    unless they are a phone word ("tel0300…") or a "+" stands between: codes have no country
    code, but people glue their verb to one ("dzwoń+48…", "piga+254…", "اتصل+966…")."""
    glued = _glued_word(text, start)
    return bool(glued) and glued not in _PHONE_WORD_SET and not text.startswith("+", start)


def _is_code_suffix(text: str, start: int) -> bool:
    """The number ends a code with a letter prefix: "IMP-2024-0873", "INV-20240117" (but not
    "tel-4155550123")."""
    if start < 1 or text[start - 1] != "-":
        return False
    prefix = _glued_word(text, start - 1)
    return bool(prefix) and prefix not in _PHONE_WORD_SET


def _is_embedded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before in _EMBEDDING_BEFORE or _is_spaced_letter(after) or after in _EMBEDDING_AFTER


def _score(
    candidate: _Candidate, adjustment: float, resolver: _Resolver
) -> tuple[tuple[bool, bool, bool], Detection] | None:
    """The detection with its number's fit (see `_Number.fit`), or None if not reportable."""
    view = candidate.run.view
    digits = candidate.digits
    grouped = candidate.last - candidate.first > 1
    international = candidate.international or candidate.plus_word
    if _shape_veto(candidate):
        return None
    # The best this shape could score: if even that is below the bar, do not parse at all.
    if international or len(digits) >= _LONG_DIGITS:
        ceiling = _INTERNATIONAL
    else:
        ceiling = _SHORT_AS_NATIONAL if grouped else _SHORT_BARE
    if ceiling + adjustment < REPORT_THRESHOLD:
        return None
    lengths = tuple(group.digits for group in candidate.groups)
    number = resolver.resolve(digits, international, lengths)
    start = candidate.start
    if number is None and candidate.plus_word:
        number = resolver.resolve(digits, False, lengths)  # "mas 4155550123": "but", not "plus"
        start = candidate.groups[0].start
    if number is None or _is_placeholder(number.e164):
        return None
    if number.international:
        resolver.note_region(number.region)
    elif candidate.window and len(lengths) > 1 and not number.grouped_as_national:
        # Cut out of a longer stretch, several groups are one number only if they are grouped
        # as its country prints it ("0321 7654321"), not any three of "9400 1118 9922 3856 …".
        return None
    confidence = round(max(0.0, min(1.0, _base_score(candidate, number) + adjustment)), 2)
    if confidence < REPORT_THRESHOLD:
        return None
    begin, finish = view.to_original(start, candidate.end)
    finish = _past_trailing_marks(view.original, finish)
    kind = "phone.spelled-out" if candidate.spelled_out else "phone"
    return number.fit, Detection(Category.PHONE, kind, begin, finish, number.e164, confidence)


def _is_placeholder(e164: str) -> bool:
    """A number that stands for "a number goes here": the subscriber part all zeros or one
    digit ("+39 000 000 0000", "+63 900 000 0000", "01000000000") or counting up
    ("123-456-7890")."""
    national = str(phonenumbers.parse(e164, None).national_number)
    tail = national[-_PLACEHOLDER_TAIL:]
    return len(set(tail)) == 1 or national.lstrip("0") in _COUNTING


_PLACEHOLDER_TAIL = 6
_COUNTING = frozenset(("1234567", "12345678", "123456789", "1234567890"))


def _base_score(candidate: _Candidate, number: _Number) -> float:
    if number.international:
        return _INTERNATIONAL if number.local else _INTERNATIONAL_UNASSIGNED
    written = candidate.run.view.text[candidate.start : candidate.end]
    if number.region in _NANP_REGIONS and _NANP_SHAPE.fullmatch(written):
        return _NANP_FORMATTED
    grouped = candidate.last - candidate.first > 1
    national = number.grouped_as_national or number.trunk
    if candidate.run.count(candidate.first, candidate.last) >= _LONG_DIGITS:
        if not number.local:
            return _LONG_FOREIGN
        if grouped:
            return _LONG_AS_NATIONAL if national else _LONG_GROUPED
        return _LONG_WITH_TRUNK if number.trunk else _LONG_BARE
    if not number.local:
        return _SHORT_FOREIGN
    if grouped:
        return _SHORT_AS_NATIONAL if national else _SHORT_GROUPED
    return _SHORT_BARE


def _past_trailing_marks(original: str, end: int) -> int:
    """Take in the marks `normalize` dropped after the last digit (keycap "4️⃣", a variation
    selector), so a rewrite leaves none of them dangling."""
    limit = min(len(original), end + 4)
    while end < limit and unicodedata.category(original[end]) in ("Mn", "Me", "Cf"):
        end += 1
    return end
