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
    # Kazakh's own Cyrillic letters; it writes "і" too, hence the rule below
    ("KZ", "әғқңөұүһӘҒҚҢӨҰҮҺ"),
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
    # Gulf Arabic: the Emirates and Saudi Arabia write most, then Oman, Kuwait and Qatar, whose
    # eight-digit numbers no Emirati or Saudi number is written as.
    (("AE", "SA", "OM", "KW", "QA"), frozenset({
        "تبي", "ابي", "أبي", "ابغى", "أبغى", "حق", "هلا", "شلون", "وايد", "زين", "الحين",
        "عشان", "برا", "يبا", "ليش", "شو", "خلاص", "تبغى", "ابغي", "أبغي", "وش", "عساك", "ودي",
    })),
    # Levantine: Jordan of the Levant's countries writes most on the marketplaces.
    (("JO",), frozenset({
        "بدك", "بدي", "بدنا", "هيك", "كتير", "منيح", "هلق", "هلأ", "تبعك", "تبعي", "تبعنا",
        "لسا", "مبارح", "هسا", "هسه", "إشي", "اشي", "زلمة", "احكيلي", "بحكيلك", "يعطيك",
    })),
    (("TN",), frozenset({
        "برشا", "باهي", "توا", "ياسر", "نحب", "فما", "شنوة", "شنية", "بش", "متاعي", "متاعك",
        "barcha", "behi", "taw", "nheb", "famma", "chnowa", "mte3i", "mte3ek",
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
        # and in Latin letters
        "hajur", "garnus", "garnuhos", "mero", "tapai", "tapaiko", "huncha", "hunchha", "ramro",
        "dhanyabad", "dhanyabaad", "chaina", "pathaunus", "sakincha", "bhayo", "malai",
    })),
    (("CL",), frozenset({
        "po", "cachai", "podís", "podis", "querís", "tenís", "sabís", "wsp", "altiro", "bacán",
        "fome", "weón", "weon", "pololo", "nomás",
    })),
    (("MX",), frozenset({
        "güey", "guey", "wey", "neta", "chido", "chida", "ahorita", "órale", "orale", "chamba",
        "cuate", "platicamos", "padrísimo", "padrisimo", "chingón", "mande", "onda",
    })),
    (("CO",), frozenset({
        "parce", "parcero", "bacano", "bacana", "chévere", "hágale", "hagale", "berraco",
        "quiubo", "quihubo", "camello", "mijo", "veci", "sumercé", "sumerce",
    })),
    # Swiss and Austrian German, told from Germany's by their own words
    (("CH",), frozenset({
        "grüezi", "gruezi", "grüessech", "isch", "chönd", "chönnt", "chönnted", "öppis", "oppis",
        "luege", "vielmal", "gsi", "nöd", "nüt", "chli", "bitzli", "mini", "gäll", "merci",
    })),
    (("AT",), frozenset({
        "servus", "heuer", "jänner", "leiwand", "oida", "bissl", "bisserl", "baba", "griaß",
        "gschwind", "ned", "gell", "passt",
    })),
    # Nigerian Pidgin and Nigerian English
    (("NG",), frozenset({
        "abeg", "oga", "wahala", "vex", "dey", "wetin", "una", "sabi", "jare", "biko", "wey",
        "pikin", "omo", "naija", "sef", "shey", "oya", "abi",
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
    (("DE", "AT", "CH"), frozenset({
        "ich", "nicht", "und", "bitte", "eins", "zwei", "drei", "fünf", "sechs", "sieben", "neun", "danke", "mit", "wegen", "morgen", "ist", "bin", "sie",
        "wir", "gerne", "hallo", "guten", "einfach", "mir", "mich", "uns", "auch", "aber",
        "noch", "schon", "oder", "meine", "eine", "einen", "kannst", "können", "anrufen",
        "schreib", "grüße", "viele", "liebe", "herr", "frau", "erreichbar", "nummer", "uhr",
    })),
    # Malay and Indonesian share most of their words: each is told by its own
    (("MY",), frozenset({
        "kat", "tak", "nak", "boleh", "kosong", "lapan", "awak", "sikit", "sahaja", "je", "dah",
        "korang", "takde", "camne", "macam", "hantar", "kamek", "kitak", "encik",
        "ringgit",
    })),
    (("ID",), frozenset({
        "nggak", "gak", "enggak", "aja", "delapan", "banget", "udah", "kak", "dong", "deh", "sih",
        "makasih", "mbak", "gue", "gw", "kamu", "tidak", "kok", "kalo", "nih", "tuh", "bisa",
        "nol", "sudah", "gimana", "rupiah",
    })),
    # Vietnamese typed without its marks ("khong", "duoc", "nhe")
    (("VN",), frozenset({
        "khong", "duoc", "nhe", "nha", "mot", "bon", "sau", "bay", "chin", "minh", "cua", "voi", "roi", "zalo", "gui", "nhan",
        "lam", "xin", "chao", "nhieu", "dang", "anh", "em", "oi", "gia", "hang", "thi", "vay",
        "nhu", "nay", "ngay", "toi", "cam", "dien", "thoai",
    })),
    # Turkish typed without its letters ("cok", "icin", "musait")
    (("TR",), frozenset({
        "merhaba", "cok", "iyi", "ama", "sonra", "icin", "degil", "var", "yok", "tamam", "abi",
        "hocam", "numara", "numaram", "sifir", "iki", "dort", "bes", "yedi", "sekiz", "dokuz",
        "yuz", "otuz", "yirmi", "kirk", "elli", "arayin", "ara", "beni", "bana", "sana", "musait",
        "musaitim", "tesekkurler", "sagol", "lutfen", "gibi", "kadar", "hemen", "yarin",
        "bugun", "aksam", "gonder", "yaz", "burasi", "gel", "gelin",
    })),
    # Persian typed in Latin letters (Finglish)
    (("IR",), frozenset({
        "lotfan", "shomare", "shomaram", "bedid", "bedin", "mikham", "mikhay", "mikhastam",
        "kheili", "kheyli", "ghorbanet", "mamnoon", "mamnun", "mersi", "hast", "nist",
        "baraye", "chera", "farda", "payam", "zang", "bezan", "bezanid", "dasht",
        "agar", "khodahafez", "bashe", "chetori",
    })),
    # Ukrainian in words Russian does not write; Russian, spoken in Kazakhstan and Belarus too
    (("UA",), frozenset({
        "що", "це", "дякую", "будь", "ласка", "або", "приклади", "чи", "щоб", "вже", "треба",
        "дуже", "мене", "мені", "зараз", "коли", "тут", "напишіть", "зателефонуйте",
    })),
    (("RU", "KZ", "BY"), frozenset({
        "что", "это", "спасибо", "пожалуйста", "мне", "можно", "нужно", "сейчас", "когда",
        "очень", "если", "или", "здравствуйте", "привет", "мой", "моя", "пишите", "звоните",
        "позвоните", "вечером", "завтра",
    })),
    (("DK",), frozenset({
        "tak", "mig", "dig", "gerne", "lige", "venlig", "hej", "hvad", "meget", "vores", "jer",
        "hilsen", "jeg", "ikke", "også", "hvis", "skal", "bare", "ringe",
    })),
    (("NO",), frozenset({
        "takk", "meg", "deg", "gjerne", "hei", "nå", "hva", "mye", "dere", "ikkje", "hilsen",
        "jeg", "ikke", "også", "hvis", "skal", "bare", "ringe",
    })),
    (("SE",), frozenset({
        "jag", "inte", "tack", "gärna", "hälsningar", "och", "är", "vänliga", "hur", "mycket",
        "hej", "mig", "dig", "också", "ska", "bara", "ringa",
    })),
    (("NL", "BE"), frozenset({
        "het", "een", "ik", "jij", "twee", "drie", "vijf", "zes", "zeven", "negen", "jouw", "niet", "mijn", "maar", "ook", "naar", "kun",
        "kunt", "graag", "groetjes", "bedankt", "hoi", "heb", "hebt", "jullie", "bellen",
        "appen", "stuur", "weet", "deze", "heel", "dank", "alvast", "zou", "wil", "mij",
        "bel", "gerust", "makkelijker", "beste", "bijlage", "volgens", "zitten", "voor",
        "mvg", "zijn", "wordt", "moet", "kunnen", "dat",
    })),
    (("ES", "MX", "CO", "AR"), frozenset({
        "el", "los", "las", "hola", "cuatro", "siete", "ocho", "nueve", "gracias", "pero", "muy", "puedes", "quieres", "aquí",
        "ahora", "también", "usted", "estoy", "eres", "soy", "escríbeme", "llámame", "mañana",
        "pedido", "trabajos", "necesito", "tienes",
    })),
    (("BR", "PT"), frozenset({
        "não", "você", "vc", "dois", "oito", "sete", "obrigado", "obrigada", "meu", "minha", "uma", "pra", "olá",
        "oi", "tudo", "então", "fazer", "posso", "pode", "celular", "chave", "aqui", "seu",
        "sua", "também",
    })),
    (("IT",), frozenset({
        "il", "che", "sono", "della", "sette", "otto", "quattro", "cinque", "del", "mio", "mia", "grazie", "ciao", "buongiorno",
        "anche", "questo", "molto", "gli", "dalle", "alle", "chiamami", "scrivimi", "puoi",
        "preferisco", "sentirci", "telefono", "allo",
    })),
    # French is written in West Africa too: a number that is not French may be Senegalese or
    # Ivorian (Belgian and Swiss French are told by their own words, see phone_regions.py).
    (("FR", "SN", "CI"), frozenset({
        "je", "vous", "pas", "est", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "mon", "mes", "une", "avec", "pour", "bonjour", "merci",
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
        "dupa", "după", "suna", "sună", "unu", "doi", "patru", "cinci", "sase", "șase", "sapte", "șapte",
        "nouă", "douazeci", "douăzeci", "sute", "numarul", "numărul", "buna", "bună", "ziua", "putem",
        "scrie", "scrieti", "aveti", "aveți", "ceva", "cand", "când", "unde", "fara", "fără",
    })),
    (("CZ",), frozenset({
        "dobry", "dobrý", "prosim", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět", "prosím", "jsem", "kolik", "zavolejte", "zavolej",
        "moje", "cislo", "číslo", "kdyby", "pošlete", "poslete", "klidně", "klidne", "diky",
        "díky", "děkuji", "dekuji", "jste", "mám", "bych", "taky", "psát", "telefonu", "ahoj",
        "pri", "při", "tvuj", "tvůj", "tvych", "tvých", "muj", "můj", "nebo", "jestli", "takze",
        "takže", "zavolat", "čau", "cau", "máte", "mate", "muzete", "můžete", "uz", "už",
    })),
    (("PL",), frozenset({
        "prosze", "proszę", "bede", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem",
        "osiem", "dziewięć", "będę", "caly", "cały", "dzien", "dzień", "nie", "mnie",
        "tego", "jestem", "dzięki", "dzieki", "jak", "jakby", "się", "sie", "mam", "pisz",
        "zadzwon", "zadzwoń", "numer", "dziękuję", "przez", "moj", "mój", "dodaj", "jest",
        "czy", "albo", "tylko", "napisz", "wolimy", "wole", "wolę", "pozdrawiam", "jutro",
        "teraz", "komorka", "komórka",
    })),
    (("TZ", "KE"), frozenset({
        "asante", "kwa", "nipigie", "sifuri", "mbili", "tatu", "nne", "tano", "nane", "tisa", "tuongee", "kuhusu", "kabla", "unaweza",
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
        "aap", "aapke", "aapka", "teen", "chaar", "paanch", "saat", "aath", "aapko", "hai", "hain", "karo", "karna", "karein", "bhai",
        "mera", "meri", "nahi", "kya", "hoga", "liye", "bhi", "din", "wahan", "yahan", "jo",
        "pe", "diya", "kar", "raha", "rahi", "wala", "yaar", "acha", "accha", "theek", "haan",
        "abhi", "bolo", "batao", "bhejo", "mujhe",
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
    if "KZ" in regions and "UA" in regions:
        regions.remove("UA")  # Kazakh "бір", not Ukrainian
    if "PK" in regions or "IR" in regions:
        # Urdu writes Persian letters too; neither is Arabic.
        if "PK" in regions and "IR" in regions:
            regions.remove("IR")
        regions = [region for region in regions if region not in _ARABIC_REGIONS]
    regions.extend(_word_regions(original))
    return list(dict.fromkeys([*dialect_regions(original), *regions]))


def _words(original: str) -> set[str]:
    return {match.group().lower().replace("’", "'") for match in _WORD.finditer(original)}


def dialect_regions(original: str) -> list[str]:
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
