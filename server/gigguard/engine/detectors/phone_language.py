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
    # Tajik's own Cyrillic letters (it writes Kazakh's "ғ" and "қ" too, hence the rule below)
    ("TJ", "ӣӯҳҷӢӮҲҶ"),
    # Kazakh's own Cyrillic letters; it writes "і" too, hence the rule below. Kyrgyz shares
    # "ң", "ө" and "ү" with it, so a Kazakh draft names Kyrgyzstan second.
    ("KZ", "әғқұһӘҒҚҰҺ"),
    ("KG", "ңөүҢӨҮ"),
    # Serbian Cyrillic (Russian and Bulgarian write none of these)
    ("RS", "ђћџљњјЂЋЏЉЊЈ"),
    ("AZ", "əƏ"),
    ("UA", "іїєґІЇЄҐ"),
    ("RO", "șțȘȚşţ"),
    ("CZ", "řěůŘĚŮ"),
    ("PL", "łąęśźżńŁĄĘŚŹŻŃ"),
    # Baltic: Latvian's long vowels and softened consonants, Lithuanian's nasal vowels
    ("LV", "āēīķļņģĀĒĪĶĻŅĢ"),
    ("LT", "ėįųĖĮŲ"),
    ("HU", "őűŐŰ"),
    ("SK", "ľĺŕĽĹŔ"),
    # Croatian and Serbian in Latin letters; a Croatian mobile ("09…") is no Serbian one
    ("HR", "đĐ"),
    ("TR", "ğıŞşĞİ"),
    ("VN", "ơưạảấầẩẫậắằẳẵặẻẽếềểễệỉỏốồổỗộớờởỡợủứừửữựỳỵỷỹƠƯ"),
    # Nigeria's languages: Igbo's dotted vowels, Yoruba's "ẹ" and "ṣ", Hausa's hooked letters
    # (Vietnamese writes "ị", "ọ", "ụ", "ẹ" and Croatian's "đ" too, but always beside letters
    # listed above: see the rule in `language_regions`)
    ("NG", "ịọụṅẹṣɓɗƙỊỌỤṄẸṢƁƊƘ"),
    ("SE", "åÅ"),
    # Cantonese writes words Mandarin has no character for; then Traditional characters that
    # neither Simplified Chinese nor Japanese writes point to Taiwan (Hong Kong's Cantonese
    # draft names HK first, as it comes first here).
    ("HK", "啦嘅咗唔係冇喺嘢哋佢嗰搵俾咩嚟啲乜咁睇"),
    ("TW", "們這說給裡號碼麼嗎還對會來點"),
    ("PK", "ٹڈڑںے"),
    # Central Kurdish (Sorani), written most in Iraq's Kurdistan Region; Persian letters follow
    ("IQ", "ڕڵێۆەڤ"),
    # Persian letters, its "ی" and "ک" (Arabic writes "ي", "ك") and its own digits "۰…۹"
    # (Unicode's Extended Arabic-Indic block); Urdu shares them, hence the rule below.
    ("IR", "پچژگیک۰۱۲۳۴۵۶۷۸۹"),
)  # fmt: skip
_LANGUAGE_SCRIPTS: tuple[tuple[tuple[str, ...], int, int], ...] = (
    (("GR",), 0x0370, 0x03FF),
    (("IL",), 0x0590, 0x05FF),
    # Arabic: Egypt and the Gulf write most on the marketplaces, then Jordan, Morocco and Iraq.
    (("EG", "SA", "AE", "JO", "MA", "IQ"), 0x0600, 0x06FF),
    (("MV",), 0x0780, 0x07BF),  # Thaana: Dhivehi
    (("IN",), 0x0900, 0x097F),
    (("BD",), 0x0980, 0x09FF),
    # India's other scripts; Tamil is written in Sri Lanka too
    (("IN",), 0x0A00, 0x0B7F),
    (("IN", "LK"), 0x0B80, 0x0BFF),
    (("IN",), 0x0C00, 0x0D7F),
    (("LK",), 0x0D80, 0x0DFF),
    (("TH",), 0x0E00, 0x0E7F),
    (("LA",), 0x0E80, 0x0EFF),
    (("MM",), 0x1000, 0x109F),
    (("GE",), 0x10A0, 0x10FF),
    (("ET",), 0x1200, 0x139F),
    (("KH",), 0x1780, 0x17FF),
    (("AM",), 0x0530, 0x058F),
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
    # Iraqi Arabic
    (("IQ",), frozenset({
        "شكو", "ماكو", "اكو", "أكو", "هواية", "شلونك", "شلونكم", "اريد", "أريد", "گلي", "باچر",
        "شنو", "عيوني", "حجي", "هسة", "يمعود", "اغاتي", "أغاتي", "چان", "گاع", "ويّاك", "وياك",
        "العراق", "بغداد", "البصرة",
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
    # Turkish typed without its letters ("cok", "icin", "musait"); it is Bulgaria's second
    # language too, whose numbers no Turkish one is written as
    (("TR", "BG"), frozenset({
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
    # Swedish is Finland's second language: a Finnish mobile ("040 …") is no Swedish one
    (("SE", "FI"), frozenset({
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
    # Czech and Slovak read each other's words, and neither's mobiles are the other's
    (("CZ", "SK"), frozenset({
        "dobry", "dobrý", "prosim", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět", "prosím", "jsem", "kolik", "zavolejte", "zavolej",
        "moje", "cislo", "číslo", "kdyby", "pošlete", "poslete", "klidně", "klidne", "diky",
        "díky", "děkuji", "dekuji", "jste", "mám", "bych", "taky", "psát", "telefonu", "ahoj",
        "pri", "při", "tvuj", "tvůj", "tvych", "tvých", "muj", "můj", "nebo", "jestli", "takze",
        "takže", "zavolat", "čau", "cau", "máte", "mate", "muzete", "můžete", "uz", "už",
        "volejte", "kdykoliv", "kdykoli", "ráno", "odpoledne", "večer",
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
    # ── Languages of one country each, for national numbers written as locals do ──
    (("FI",), frozenset({
        "kiitos", "hei", "moi", "terve", "minä", "mä", "sinä", "sä", "voit", "voitte", "soita",
        "soittakaa", "laita", "viesti", "viestiä", "puhelin", "numeroni", "kanssa", "myös",
        "tai", "että", "jos", "kun", "olla", "kyllä", "tämä", "tässä", "huomenna", "nolla",
        "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan",
        "yhdeksän", "yks", "kaks", "seiska", "kasi", "ysi", "tänään", "meidän", "teidän",
    })),
    (("EE",), frozenset({
        "tere", "aitäh", "aitah", "palun", "mina", "sinu", "minu", "helista", "helistage",
        "kirjuta", "kirjutage", "ning", "või", "kas", "see", "üks", "kolm", "neli", "seitse",
        "kaheksa", "üheksa", "homme", "täna", "meil", "teile", "saada", "saatke", "mulle",
    })),
    (("LV",), frozenset({
        "paldies", "lūdzu", "ludzu", "sveiki", "labdien", "mans", "mana", "manu", "numurs",
        "numuru", "zvani", "zvaniet", "raksti", "rakstiet", "vai", "nav", "jūs", "jums", "tev",
        "viens", "divi", "trīs", "četri", "pieci", "seši", "septiņi", "astoņi", "deviņi",
        "nulle", "rīt", "šodien", "desmit", "simts",
    })),
    (("LT",), frozenset({
        "ačiū", "aciu", "prašau", "prasau", "labas", "mano", "numeris", "numerį", "skambinkite",
        "skambink", "parašykite", "rašykite", "arba", "yra", "jūs", "jums", "tau", "nulis",
        "vienas", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni", "devyni", "rytoj",
        "šiandien", "plius",
    })),
    (("HU",), frozenset({
        "köszönöm", "koszonom", "köszi", "szia", "sziasztok", "kérem", "kérlek", "vagyok",
        "vagy", "és", "hogy", "nem", "igen", "számom", "telefonszámom", "hívj", "hívjon", "írj",
        "írjon", "holnap", "egy", "kettő", "három", "négy", "hét", "nyolc", "kilenc", "meg",
        "már", "még", "csak", "itt", "szám", "telefonszám", "inkább", "sokkal", "után",
        "bármikor", "szívesen", "üdv", "lesz", "nagyon", "tudok", "kell", "nincs", "majd",
    })),
    (("SK", "CZ"), frozenset({
        "ďakujem", "dakujem", "som", "máme", "môžete", "zavolajte", "napíšte", "napiste",
        "alebo", "ďalej", "tiež", "teraz", "zajtra", "štyri", "päť", "šesť", "deväť", "jeden",
        "ste", "ako", "kde", "čo", "keď", "veľmi", "pekne", "ďakujeme", "číslo", "aj", "pošlem",
        "poslem", "správu", "spravu", "hoďte", "hodte", "dzekujem", "kľudne", "kludne",
    })),
    # Croatian and Serbian share most words; Croatian writes "ije" where Serbian writes "e"
    # ("dvije", "dve"), and each country's mobile is no mobile in the other, so both are named.
    (("HR", "RS"), frozenset({
        "hvala", "molim", "bok", "pozdrav", "imam", "sam", "možete", "mozete", "nazovite",
        "nazovi", "zovi", "javite", "javi", "broj", "moj", "mobitel", "mobitela", "ili", "kad",
        "sutra", "danas", "nula", "jedan", "četiri", "šest", "sedam", "osam", "devet", "što",
        "gdje", "dvije", "tjedan", "lijepo", "vrlo", "poslije", "vrijeme",
    })),
    (("RS", "HR"), frozenset({
        "hvala", "molim", "pozdrav", "imam", "sam", "možete", "mozete", "pozovite", "pozovi",
        "javite", "javi", "broj", "moj", "mobilni", "ili", "kad", "sutra", "danas", "nula",
        "jedan", "četiri", "šest", "sedam", "osam", "devet", "šta", "gde", "dve", "nedelja",
        "lepo", "veoma", "posle", "vreme", "хвала", "молим", "позовите", "број", "мој",
        "čujemo", "cujemo", "dogovorimo", "ajde", "hajde",
    })),
    # Bulgarian in words Russian does not write
    (("BG",), frozenset({
        "благодаря", "здравейте", "здравей", "здрасти", "моля", "ще", "съм", "сме", "сте",
        "какво", "може", "сега", "днес", "утре", "обадете", "обади", "нула", "едно", "четири",
        "шест", "седем", "осем", "девет", "във", "със", "този", "тази", "нещо", "също",
    })),
    (("UZ",), frozenset({
        "rahmat", "iltimos", "salom", "mening", "raqam", "raqamim", "yozing", "bilan",
        "uchun", "bor", "yo'q", "ertaga", "bugun", "nol", "ikki", "uch", "to'rt", "besh",
        "olti", "yetti", "sakkiz", "to'qqiz", "o'n", "yigirma", "o'ttiz", "qirq", "ellik",
        "oltmish", "yetmish", "sakson", "to'qson", "bo'ladi", "ham", "raqamiga", "raqamga",
        "keyin", "keyingi", "qilamiz", "bo'lsa", "yaxshi", "kerak", "emas", "рахмат", "илтимос", "менинг", "рақам",
        "рақамим", "билан", "учун", "ва", "йўқ", "эртага", "икки", "уч", "тўрт", "олти",
        "етти", "саккиз", "тўққиз",
    })),
    (("KG",), frozenset({
        "рахмат", "салам", "сураныч", "менин", "номерим", "чалыңыз", "жазыңыз", "менен",
        "үчүн", "жана", "жок", "эртең", "бүгүн", "нөл", "бир", "эки", "үч", "төрт", "беш",
        "жети", "тогуз", "жыйырма", "кырк", "элүү", "алтымыш", "жетимиш", "токсон", "жүз",
    })),
    (("TJ",), frozenset({
        "раҳмат", "лутфан", "салом", "ман", "рақами", "занг", "занед", "нависед", "барои",
        "ҳаст", "нест", "фардо", "имрӯз", "сифр", "як", "ду", "чор", "панҷ", "шаш", "ҳафт",
        "ҳашт", "нӯҳ", "даҳ", "бист", "чил",
    })),
    # Georgian and Armenian typed in Latin letters
    (("GE",), frozenset({
        "gamarjoba", "madloba", "gtxovt", "gthovt", "chemi", "nomeri", "momts", "damireke",
        "dameke", "mirekavt", "aris", "nuli", "erti", "ori", "sami", "otkhi", "khuti", "ekvsi",
        "shvidi", "rva", "tskhra", "dghes", "khval", "kargi", "ufro", "mometsere", "momtsere",
        "momwere", "swrafad", "sasaubrod", "saghamos",
    })),
    (("AM",), frozenset({
        "barev", "shnorhakalutyun", "khndrum", "hamar", "hamars", "zangi", "zangahari", "grir",
        "grek", "ayo", "voch", "vaghy", "aysor", "zro", "mek", "yerku", "erku", "yerek", "erek",
        "chors", "hing", "vets", "yot", "iny", "ksan", "qsan", "karasun", "qarasun", "hisun",
        "vatsun", "yotanasun", "utsun", "innsun",
    })),
    # South Africa: Afrikaans, Zulu, Xhosa
    (("ZA",), frozenset({
        "dankie", "asseblief", "baie", "ek", "jy", "nie", "nommer", "skakel", "ons", "julle",
        "vandag", "vyf", "ses", "sewe", "agt", "nege", "goeie", "môre",
    })),
    (("ZA",), frozenset({
        "sawubona", "ngiyabonga", "ngicela", "yebo", "inombolo", "ucingo", "ngishayele",
        "shayela", "ngithumelele", "kunye", "kubili", "kuthathu", "kune", "kuhlanu",
        "isithupha", "isikhombisa", "isishiyagalombili", "isishiyagalolunye", "iqanda",
        "futhi", "kanye", "nami", "wena", "kusasa", "namhlanje", "ngiza", "ukuthi", "kodwa",
        "kakhulu", "manje", "uma", "ngoba", "ngiyacela", "thumela", "asikho", "isidingo",
        "sicela", "lokhu", "yini", "kanjani",
    })),
    (("ZA",), frozenset({
        "molo", "molweni", "enkosi", "ndicela", "ewe", "inombolo", "ndifowunele", "ndibizele",
        "nye", "mbini", "ntathu", "ntlanu", "ntandathu", "sixhenxe", "sibhozo", "lithoba",
        "unothi", "kwaye", "ngomso", "namhlanje", "ndiyabulela", "ndiza", "ixesha", "ngoku",
        "kakhulu", "kodwa", "ukuba",
    })),
    # Nigeria: Hausa, Igbo
    (("NG",), frozenset({
        "sannu", "nagode", "allah", "lambar", "waya", "kira", "kirani", "aiko", "ina",
        "kana", "zan", "sifiri", "daya", "biyu", "uku", "hudu", "huɗu", "biyar", "shida",
        "bakwai", "takwas", "tara", "goma", "yau", "gobe",
    })),
    (("NG",), frozenset({
        "ndewo", "daalụ", "dalu", "nọmba", "numba", "kpọọ", "kpoo", "ziga", "efu", "otu",
        "abụọ", "abuo", "atọ", "anọ", "isii", "asaa", "asatọ", "asato", "itoolu", "iri", "gị",
        "nke", "maka", "zitere", "ozi", "ebe", "ahụ", "kedu", "anyị", "bụ",
    })),
    # Central Kurdish (Sorani) typed in Latin letters
    (("IQ",), frozenset({
        "slaw", "silaw", "kaka", "zanyari", "zyatr", "bnere", "bnera", "spas", "supas",
        "zhmara", "zhmarakam", "zhmarem", "bashe", "bashm", "dwai", "esta",
    })),
    # Sinhala and Malayalam typed in Latin letters
    (("LK",), frozenset({
        "mage", "mata", "oya", "oyaa", "karanna", "kiyanna", "ganna", "denna", "thiyenne",
        "thiyana", "puluwan", "ekak", "eka", "deka", "thuna", "hathara", "hatara", "paha",
        "haya", "hatha", "namaya", "nawaya", "binduwa", "bindu", "harida", "hari",
    })),
    (("IN",), frozenset({
        "njan", "ente", "ningal", "ningalude", "alle", "aanu", "venam", "vilikku", "vilikkoo",
        "parayu", "onnu", "randu", "moonu", "naalu", "anju", "aaru", "ezhu", "ettu", "ombathu",
        "poojyam", "sheri", "cheyyam",
    })),
)  # fmt: skip
# Arabic written in Latin letters with digits for the sounds Latin lacks ("ra2am", "3al",
# "e7kini"): a letter-digit-letter word, or one that opens with "3" or "7" before letters.
_ARABIZI = compile_pattern(r"(?i)\b(?:[a-z]+[2357][a-z]+|[37][a-z]{2,})\b")
_WORD = compile_pattern(r"[\p{L}\p{M}'’ʻʼ]+")  # Uzbek writes "oʻ" and "gʻ" with a turned comma
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
    kurdish = "IQ" in regions  # by Sorani's own letters, before Arabic script adds it
    for script_regions, low, high in _LANGUAGE_SCRIPTS:
        if sum(n for char, n in counts.items() if low <= ord(char) <= high) >= _SCRIPT_CUE_AT_LEAST:
            regions.extend(script_regions)
    if "KZ" in regions and "UA" in regions:
        regions.remove("UA")  # Kazakh "бір", not Ukrainian
    if "TJ" in regions and "KZ" in regions:
        regions.remove("KZ")  # Tajik "ғ", "қ", not Kazakh
    if "VN" in regions:
        # Vietnamese writes "đ" and dotted vowels too (Croatian and Igbo write none of its others)
        regions = [region for region in regions if region not in ("HR", "NG")]
    if "HR" in regions:
        regions.insert(regions.index("HR") + 1, "RS")  # Serbian Latin writes "đ" too
    if "PK" in regions or "IR" in regions:
        # Urdu writes Persian letters too; neither is Arabic (Sorani, Iraq's Kurdish, is told
        # by its own letters).
        if "PK" in regions and "IR" in regions:
            regions.remove("IR")
        regions = [
            region
            for region in regions
            if region not in _ARABIC_REGIONS or (kurdish and region == "IQ")
        ]
    regions.extend(_word_regions(original))
    return list(dict.fromkeys([*dialect_regions(original), *regions]))


def _words(original: str) -> set[str]:
    return {
        match.group().lower().replace("’", "'").replace("ʻ", "'").replace("ʼ", "'")
        for match in _WORD.finditer(original)
    }


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
