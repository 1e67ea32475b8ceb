"""Which countries a draft's language points to, for reading a national number ("06 …").

A number written without "+" or a place name is read in the writer's country, and the draft's
language is the best witness of it: Dutch "06 41 87 29 53" is a Dutch mobile, not a French
one. Three kinds of evidence, most telling first:

    letters only one language writes   Ukrainian "ї", Romanian "ș", Persian "ی" and "۰…۹"
    a script used by one country       Greek, Hebrew, Thai, Hangul, kana
    common words of one language       Dutch "het", "een", "niet"; Filipino "po", "ang", "ko"

A language spoken in several countries names them all, the likeliest first: the resolver
takes the first one where the number is written as locals write it.
"""

from __future__ import annotations

from gigguard.engine.patterns import compile_pattern

_LANGUAGE_LETTERS: tuple[tuple[str, str], ...] = (
    ("UA", "іїєґІЇЄҐ"),
    ("RO", "șțȘȚşţ"),
    ("CZ", "řěůŘĚŮ"),
    ("PL", "łąęśźżńŁĄĘŚŹŻŃ"),
    ("TR", "ğıŞşĞİ"),
    ("VN", "ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹƠƯĐ"),
    ("SE", "åÅ"),
    # Cantonese writes words Mandarin has no character for; then Traditional characters that
    # neither Simplified Chinese nor Japanese writes point to Taiwan (Hong Kong's Cantonese
    # draft names HK first, as it comes first here).
    ("HK", "啦嘅咗唔係冇喺嘢哋佢嗰搵俾咩嚟啲乜咁睇"),
    ("TW", "們這說給裡號碼麼嗎還對會來點"),
    ("PK", "ٹڈڑںے"),
    # Persian letters, its "ی" and "ک" (Arabic writes "ي", "ك") and its own digits "۰…۹"
    # (Unicode's Extended Arabic-Indic block); Urdu shares them, hence the rule below.
    ("IR", "پچژگیک۰۱۲۳۴۵۶۷۸۹"),
)  # fmt: skip
_LANGUAGE_SCRIPTS: tuple[tuple[tuple[str, ...], int, int], ...] = (
    (("GR",), 0x0370, 0x03FF),
    (("IL",), 0x0590, 0x05FF),
    # Arabic: Egypt and the Gulf write most on the marketplaces, then Jordan and Morocco.
    (("EG", "SA", "AE", "JO", "MA"), 0x0600, 0x06FF),
    (("IN",), 0x0900, 0x097F),
    (("BD",), 0x0980, 0x09FF),
    (("TH",), 0x0E00, 0x0E7F),
    (("KR",), 0xAC00, 0xD7AF),
    (("JP",), 0x3040, 0x30FF),
    # Chinese characters without kana (Japanese is told by its kana, listed first)
    (("CN", "TW", "HK"), 0x4E00, 0x9FFF),
)
_ARABIC_REGIONS = _LANGUAGE_SCRIPTS[2][0]
# Where a script or language is shared, the words of one country's speech put that country
# first: Gulf, Moroccan and Egyptian Arabic, Nepali in Devanagari, Chilean and Rioplatense
# Spanish. Two different ones are needed, as for languages.
_DIALECT_WORDS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("AE", "SA"), frozenset({
        "تبي", "ابي", "أبي", "ابغى", "أبغى", "حق", "هلا", "شلون", "وايد", "زين", "الحين",
        "عشان", "برا", "يبا", "ليش", "شو", "خلاص", "تبغى", "ابغي", "أبغي", "وش", "عساك", "ودي",
    })),
    (("MA",), frozenset({
        "ديال", "ديالنا", "ديالي", "بغيت", "بغينا", "بغيتي", "عيط", "كيجي", "هادا", "هادي",
        "شوف", "واش", "دابا", "بزاف", "مزيان", "غادي", "فكازا", "ليا", "كنبغي",
    })),
    (("EG",), frozenset({
        "عايز", "عايزة", "ازاي", "إزاي", "كده", "دلوقتي", "بتاع", "بتاعي", "ايه", "إيه",
        "اوي", "أوي", "مش", "حضرتك", "كلمني",
    })),
    (("NP",), frozenset({
        "छ", "छन्", "हुन्छ", "गर्नुस्", "गर्नुहोस्", "मेरो", "हजुर", "दाइ", "धेरै", "गरौं",
        "पर्ने", "तपाईं", "तपाईको", "भने", "सक्नुहुन्छ", "मलाई", "छैन", "नेपाल",
    })),
    (("CL",), frozenset({
        "po", "cachai", "podís", "podis", "querís", "tenís", "sabís", "wsp", "altiro", "bacán",
        "fome", "weón", "weon", "pololo", "nomás",
    })),
    (("AR",), frozenset({
        "dale", "vos", "tenés", "querés", "podés", "sabés", "necesitás", "mandame",
        "pasame", "escribime", "avisame", "llamame", "agregame", "laburo", "guasap", "bárbaro",
        "tranqui", "charlamos",
    })),
)  # fmt: skip
# Words of everyday chat that one language writes and its neighbours do not ("de", "en", "is",
# "con", "que" are shared, so they are left out). Two different ones are needed.
_LANGUAGE_WORDS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("NL", "BE"), frozenset({
        "het", "een", "ik", "jij", "jouw", "niet", "mijn", "maar", "ook", "naar", "kun",
        "kunt", "graag", "groetjes", "bedankt", "hoi", "heb", "hebt", "jullie", "bellen",
        "appen", "stuur", "weet", "deze", "heel", "dank", "alvast", "zou", "wil", "mij",
        "bel", "gerust", "makkelijker", "beste", "bijlage", "volgens", "zitten", "voor",
        "mvg", "zijn", "wordt", "moet", "kunnen", "dat",
    })),
    (("ES", "MX", "CO", "AR"), frozenset({
        "el", "los", "las", "hola", "gracias", "pero", "muy", "puedes", "quieres", "aquí",
        "ahora", "también", "usted", "estoy", "eres", "soy", "escríbeme", "llámame", "mañana",
        "pedido", "trabajos", "necesito", "tienes",
    })),
    (("BR", "PT"), frozenset({
        "não", "você", "vc", "obrigado", "obrigada", "meu", "minha", "uma", "pra", "olá",
        "oi", "tudo", "então", "fazer", "posso", "pode", "celular", "chave", "aqui", "seu",
        "sua", "também",
    })),
    (("IT",), frozenset({
        "il", "che", "sono", "della", "del", "mio", "mia", "grazie", "ciao", "buongiorno",
        "anche", "questo", "molto", "gli", "dalle", "alle", "chiamami", "scrivimi", "puoi",
        "preferisco", "sentirci", "telefono", "allo",
    })),
    # French is written in West Africa too: a number that is not French may be Senegalese or
    # Ivorian (Belgian and Swiss French are told by their own words, see phone.py).
    (("FR", "SN", "CI"), frozenset({
        "je", "vous", "pas", "est", "mon", "mes", "une", "avec", "pour", "bonjour", "merci",
        "oui", "moi", "numéro", "appelle", "appelez", "écris", "écrivez", "c'est", "j'ai",
    })),
    (("PH",), frozenset({
        "po", "ang", "ng", "mga", "ko", "mo", "lang", "yung", "naman", "kayo", "pwede",
        "salamat", "ito", "natin", "tayo", "ako", "ba", "niyo", "sana",
    })),
    (("RO",), frozenset({
        "vreau", "pentru", "sunt", "multumesc", "mulțumesc", "salut", "imi", "îmi", "vorbim",
        "rog", "acum", "doar", "daca", "dacă", "foarte",
        "aici", "ramane", "rămâne", "dezactivat", "trebuie", "poti", "poți", "să", "sunați",
    })),
    (("CZ",), frozenset({
        "dobry", "dobrý", "prosim", "prosím", "jsem", "kolik", "zavolejte", "zavolej",
        "moje", "cislo", "číslo", "kdyby", "pošlete", "poslete", "klidně", "klidne", "diky",
        "díky", "děkuji", "dekuji", "jste", "mám", "bych", "taky", "psát", "telefonu",
    })),
    (("PL",), frozenset({
        "prosze", "proszę", "bede", "będę", "caly", "cały", "dzien", "dzień", "nie", "mnie",
        "tego", "jestem", "dzięki", "dzieki", "jak", "jakby", "się", "sie", "mam", "pisz",
        "zadzwon", "zadzwoń", "numer", "dziękuję",
    })),
    (("TZ", "KE"), frozenset({
        "asante", "kwa", "nipigie", "tuongee", "kuhusu", "kabla", "unaweza",
        "habari", "karibu", "ndiyo", "hapana", "tafadhali", "kwenye", "yako", "wako", "kama",
        "unataka", "jina", "nitumie", "kunitumia", "moyo", "namba", "simu",
    })),
    # Greek typed in Latin letters ("pare me", "efharisto")
    (("GR",), frozenset({
        "pare", "poume", "sto", "tha", "mou", "sou", "kai", "einai", "thelo", "thelw",
        "kalimera", "kalispera", "efharisto", "efxaristo", "euxaristw", "mporeis", "ennia",
        "exi", "dio", "giati", "pws", "nai",
    })),
    # Hindi and Urdu written in Latin letters ("aapke liye", "contact karo")
    (("IN", "PK"), frozenset({
        "aap", "aapke", "aapka", "aapko", "hai", "hain", "karo", "karna", "karein", "bhai",
        "mera", "meri", "nahi", "kya", "hoga", "liye", "bhi", "din", "wahan", "yahan", "jo",
    })),
)  # fmt: skip
# Arabic written in Latin letters with digits for the sounds Latin lacks ("ra2am", "3al",
# "e7kini"): a letter-digit-letter word, or one that opens with "3" or "7" before letters.
_ARABIZI = compile_pattern(r"(?i)\b(?:[a-z]+[2357][a-z]+|[37][a-z]{2,})\b")
_WORD = compile_pattern(r"[\p{L}\p{M}'’]+")
_LANGUAGE_CUE_AT_LEAST = 2  # letters of one language, so a stray "å" or "ș" says nothing
_SCRIPT_CUE_AT_LEAST = 4  # a Greek "α" or a Korean name in an English draft says nothing
_WORD_CUE_AT_LEAST = 2  # different words: one "el" or "po" says nothing


def language_regions(original: str) -> list[str]:
    """The countries the draft's language points to, most telling first (see the tables)."""
    counts: dict[str, int] = {}
    for char in original:
        if ord(char) >= 0x80:
            counts[char] = counts.get(char, 0) + 1
    regions: list[str] = []
    for region, marks in _LANGUAGE_LETTERS:
        if sum(counts.get(mark, 0) for mark in marks) >= _LANGUAGE_CUE_AT_LEAST:
            regions.append(region)
    for script_regions, low, high in _LANGUAGE_SCRIPTS:
        if sum(n for char, n in counts.items() if low <= ord(char) <= high) >= _SCRIPT_CUE_AT_LEAST:
            regions.extend(script_regions)
    if "PK" in regions or "IR" in regions:
        # Urdu writes Persian letters too; neither is Arabic.
        if "PK" in regions and "IR" in regions:
            regions.remove("IR")
        regions = [region for region in regions if region not in _ARABIC_REGIONS]
    regions.extend(_word_regions(original))
    return list(dict.fromkeys([*_dialect_regions(original), *regions]))


def _words(original: str) -> set[str]:
    return {match.group().lower().replace("’", "'") for match in _WORD.finditer(original)}


def _dialect_regions(original: str) -> list[str]:
    """The countries of the one dialect whose words the draft uses most (see the table)."""
    words = _words(original)
    best: tuple[int, tuple[str, ...]] = (_WORD_CUE_AT_LEAST - 1, ())
    for regions, vocabulary in _DIALECT_WORDS:
        hits = len(words & vocabulary)
        if hits > best[0]:
            best = (hits, regions)
    return list(best[1])


def _word_regions(original: str) -> list[str]:
    """The countries of the one language whose common words the draft uses most."""
    words = _words(original)
    best: tuple[int, tuple[str, ...]] = (_WORD_CUE_AT_LEAST - 1, ())
    for regions, vocabulary in _LANGUAGE_WORDS:
        hits = len(words & vocabulary)
        if hits > best[0]:
            best = (hits, regions)
    arabizi = len({match.group().lower() for match in _ARABIZI.finditer(original)})
    if arabizi >= _WORD_CUE_AT_LEAST and arabizi >= best[0]:
        return list(_ARABIC_REGIONS)
    return list(best[1])
