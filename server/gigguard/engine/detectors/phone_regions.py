"""Which countries a draft names, for reading a national number ("0300 …") as its writer would.

    place names and currencies   "Lahore", "₹", "Leipzig", "ringgit", "澳門"
    a country code on its own    "(+225)", "indicatif 221", "country code 91"
    country domains              "….com.tw", "codeva.ro", "omantel.net.om"

The countries tried when a draft names none, and how each writes its trunk prefix, live here too.
The language a draft is written in is the other witness (phone_language.py).
"""

from __future__ import annotations

import phonenumbers

from gigguard.engine.normalize import fold_term
from gigguard.engine.patterns import alternation, compile_pattern

# Scripts from Thai (U+0E00) on mostly write words without spaces.
_UNSPACED_FROM = 0x0E00

# A national number ("0300 1234567") is tried in the countries the draft names, then in these:
# the marketplaces' biggest seller and buyer countries, then more where freelancers are many.
DEFAULT_REGIONS = (
    "US", "GB", "IN", "PK", "NG", "PH", "BD", "DE", "FR", "ES", "BR", "RU", "CA", "AU",
    "IT", "PT", "PL", "NL", "UA", "TR", "EG", "KE", "ZA", "AE", "SA", "MA", "ID", "VN", "LK",
    "NP", "MX", "AR", "CO", "CN", "JP", "KR", "BY",
)  # fmt: skip
# Where a marketplace's own users mostly are, when that is not the default's first guess.
PLATFORM_REGIONS: dict[str, tuple[str, ...]] = {
    "peopleperhour": ("GB",),
    "freelancer": ("AU",),
}
# Countries whose numbers are as often written without the trunk prefix as with it: North
# America's "1", Indian and Chinese mobiles, Brazil, Russia ("916 123-45-67"), Latin America.
TRUNK_OPTIONAL = frozenset({"US", "CA", "IN", "CN", "BR", "RU", "BY", "MX", "AR", "CO"})
# …and where only the mobiles are: Nepal's "98XXXXXXXX" (its trunk "0" is for landlines),
# Turkey's "532 411 22 46" (the "0" is dialled, rarely written in chat), Georgia's
# "599 12 34 56" (its mobiles are printed without the "0").
TRUNK_OPTIONAL_FOR_MOBILES = frozenset({"NP", "TR", "GE"})
_REGION_WORDS: dict[str, tuple[str, ...]] = {
    "US": ("usa", "united states", "america", "new york", "california", "texas", "chicago",
           "columbus", "ohio", "florida", "seattle", "boston"),
    "GB": ("uk", "u.k", "united kingdom", "britain", "england", "scotland", "wales", "london",
           "manchester", "birmingham", "gbp", "pounds", "sheffield", "leeds", "liverpool",
           "bristol", "glasgow", "edinburgh"),
    "IN": ("india", "indian", "bharat", "delhi", "mumbai", "bangalore", "bengaluru", "hyderabad",
           "chennai", "kolkata", "pune", "inr", "dehradun", "jaipur", "lucknow", "ahmedabad",
           "noida", "gurgaon"),
    "PK": ("pakistan", "pakistani", "karachi", "lahore", "islamabad", "pkr", "gujranwala",
           "faisalabad", "rawalpindi", "peshawar", "multan"),
    "NG": ("nigeria", "nigerian", "lagos", "abuja", "naira", "ngn", "ibadan", "abeokuta", "kano",
           "port harcourt", "enugu"),
    "PH": ("philippines", "pilipinas", "filipino", "pinoy", "manila", "cebu", "davao", "baguio",
           "quezon"),
    "BD": ("bangladesh", "bangladeshi", "dhaka", "chittagong", "taka", "bdt", "mymensingh",
           "sylhet", "khulna", "rajshahi"),
    "DE": ("deutschland", "germany", "german", "berlin", "munchen", "munich", "hamburg", "handy",
           "handynummer", "leipzig", "köln", "koln", "frankfurt", "dresden", "stuttgart",
           "düsseldorf"),
    "FR": ("france", "french", "paris", "lyon", "marseille", "portable", "nantes", "toulouse",
           "bordeaux", "lille", "strasbourg", "montpellier"),
    "ES": ("espana", "spain", "spanish", "madrid", "barcelona", "valencia", "movil", "málaga",
           "malaga", "sevilla", "bilbao", "zaragoza"),
    "BR": ("brasil", "brazil", "brasileiro", "sao paulo", "rio de janeiro", "reais", "brl", "zap",
           "campinas", "curitiba", "belo horizonte", "salvador", "recife", "porto alegre"),
    "RU": ("россия", "russia", "рф", "москва", "moscow", "санкт-петербург", "рублеи", "руб"),
    "CA": ("canada", "canadian", "toronto", "vancouver", "montreal", "sherbrooke", "québec",
           "quebec", "ottawa", "calgary"),
    "AU": ("australia", "australian", "sydney", "melbourne", "brisbane", "perth"),
    "IT": ("italia", "italy", "roma", "rome", "milano", "milan", "cellulare", "genova", "genoa",
           "torino", "napoli", "bologna", "firenze"),
    "PT": ("portugal", "lisboa", "lisbon", "telemovel", "braga", "coimbra", "faro"),
    "PL": ("polska", "poland", "warszawa", "warsaw", "krakow", "szczecin", "gdańsk", "gdansk",
           "wrocław", "wroclaw", "poznań", "poznan", "łódź"),
    "NL": ("nederland", "netherlands", "holland", "amsterdam", "rotterdam", "mobiel", "utrecht",
           "eindhoven", "den haag", "groningen"),
    "UA": ("украина", "украіна", "ukraine", "kyiv", "kiev", "киев", "киів", "харків", "грн",
           "poltava", "полтава", "odesa", "одеса", "lviv", "львів", "kharkiv", "dnipro", "дніпро"),
    "TR": ("turkiye", "turkey", "istanbul", "ankara", "izmir", "numaram", "trabzon", "bursa",
           "antalya", "konya", "adana"),
    "EG": ("egypt", "cairo", "مصر", "القاهرة"),
    "KE": ("kenya", "nairobi", "mombasa", "ksh", "eldoret", "kisumu", "nakuru"),
    "ZA": ("south africa", "johannesburg", "cape town", "durban", "pretoria", "gqeberha",
           "port elizabeth", "pietermaritzburg", "bloemfontein", "suid-afrika", "mzansi"),
    "AE": ("uae", "dubai", "abu dhabi", "sharjah", "aed", "dirham"),
    "SA": ("saudi", "riyadh", "jeddah"),
    "MA": ("morocco", "maroc", "casablanca", "rabat"),
    "ID": ("indonesia", "jakarta", "bandung", "surabaya", "rupiah", "nomor", "makassar", "medan",
           "yogyakarta", "jogja", "bali", "semarang"),
    "VN": ("vietnam", "viet nam", "hanoi", "ha noi", "saigon", "ho chi minh", "vnd", "da lat",
           "dalat", "đà lạt", "đà nẵng", "da nang", "huế", "hải phòng", "cần thơ"),
    "LK": ("sri lanka", "colombo", "galle", "kandy", "jaffna", "ශ්‍රී ලංකා", "யாழ்ப்பாணம்"),
    "NP": ("nepal", "kathmandu", "pokhara", "पोखरा", "lalitpur", "काठमाडौं"),
    "MX": ("mexico", "mexicano", "cdmx", "guadalajara", "monterrey", "mxn", "oaxaca", "puebla",
           "cancún", "cancun", "tijuana", "mérida"),
    "AR": ("argentina", "buenos aires", "cordoba", "mendoza", "rosario", "la plata"),
    "CO": ("colombia", "bogota", "medellin", "cali", "barranquilla", "cartagena", "bucaramanga"),
    "CN": ("china", "中国", "beijing", "shanghai", "北京", "上海", "微信", "手机号", "qingdao", "青岛", "深圳",
           "广州", "杭州", "成都"),
    "JP": ("japan", "日本", "tokyo", "東京", "osaka", "携帯", "電話番号", "sendai", "仙台", "kyoto", "京都", "大阪",
           "福岡"),
    "KR": ("korea", "한국", "seoul", "서울", "카톡", "핸드폰", "jeonju", "전주", "busan", "부산", "incheon",
           "인천", "대구"),
    "BY": ("беларусь", "belarus", "минск", "minsk"),
    # Countries tried only when the draft names them (below: `HINTED_ONLY`)
    "IR": ("iran", "ایران", "تهران", "tehran", "ریال", "yazd", "یزد", "isfahan", "اصفهان", "shiraz",
           "شیراز", "mashhad", "مشهد", "tabriz"),
    "TH": ("thailand", "ไทย", "กรุงเทพ", "bangkok", "เชียงใหม่", "hat yai", "หาดใหญ่", "phuket",
           "ภูเก็ต", "pattaya", "สงขลา"),
    "RO": ("romania", "românia", "bucurești", "bucuresti", "bucharest", "cluj", "timișoara",
           "constanța", "constanta", "iași", "iasi", "brașov", "brasov"),
    "CZ": ("czech", "czechia", "česko", "česku", "česká", "praha", "praze", "prague", "brno",
           "ostrava", "plzeň", "olomouc"),
    "SE": ("sweden", "sverige", "stockholm", "göteborg", "goteborg", "malmö", "uppsala", "västerås",
           "örebro"),
    "GR": ("greece", "ελλάδα", "ελλαδα", "αθήνα", "athens", "θεσσαλονίκη", "patras", "πάτρα",
           "πατρα", "thessaloniki", "ηράκλειο"),
    "IL": ("israel", "ישראל", "תל אביב", "ירושלים", "tel aviv", "jerusalem", "haifa", "חיפה",
           "ashkelon", "אשקלון", "באר שבע", "netanya"),
    "JO": ("jordan", "amman", "الأردن", "الاردن", "عمان", "عمّان", "irbid", "إربد", "اربد", "zarqa",
           "الزرقاء", "aqaba"),
    "HK": ("hong kong", "香港"),
    "TW": ("taiwan", "台灣", "臺灣", "台北"),
    "SG": ("singapore", "新加坡"),
    "TZ": ("tanzania", "dar es salaam", "dodoma"),
    # Belgian French counts "septante" and "nonante", Swiss French also "huitante"
    "BE": ("belgique", "belgië", "belgie", "belgium", "bruxelles", "brussel", "brussels", "liège",
           "anvers", "antwerpen", "septante", "nonante", "leuven", "gent", "ghent", "brugge",
           "namur", "charleroi"),
    "CH": ("suisse", "schweiz", "svizzera", "switzerland", "genève", "geneve", "zürich", "zurich",
           "lausanne", "huitante", "winterthur", "bern", "basel", "luzern", "st. gallen"),
    "SN": ("senegal", "sénégal", "dakar"),
    "CI": ("côte d'ivoire", "cote d'ivoire", "ivory coast", "abidjan", "ivoirien", "ivoirienne"),
    "CL": ("chile", "santiago de chile", "valparaíso", "valparaiso", "concepción", "concepcion",
           "viña del mar"),
    "KZ": ("kazakhstan", "казахстан", "қазақстан", "almaty", "алматы", "астана", "astana",
           "karaganda", "караганда", "қарағанды", "shymkent", "шымкент", "kaspi", "тенге"),
    "MY": ("malaysia", "kuala lumpur", "sarawak", "kuching", "sabah", "penang", "johor", "ringgit"),
    "MO": ("macau", "macao", "澳門", "澳门", "氹仔", "taipa"),
    "OM": ("oman", "muscat", "مسقط", "سلطنة عمان", "salalah", "صلالة", "omantel"),
    "KW": ("kuwait", "الكويت"),
    "QA": ("qatar", "doha", "قطر", "الدوحة", "qar", "lusail", "al wakrah", "al wakra", "snoonu", "দোহা", "দোহার", "ദോഹ"),
    "TN": ("tunisia", "tunisie", "tunis", "sousse", "sfax", "تونس", "سوسة", "صفاقس"),
    "AT": ("österreich", "austria", "wien", "vienna", "salzburg", "graz", "linz", "innsbruck"),
    "DK": ("danmark", "denmark", "københavn", "copenhagen", "odense", "aarhus", "aalborg"),
    "NO": ("norge", "norway", "oslo", "bergen", "trondheim", "stavanger"),
    "BJ": ("bénin", "benin", "cotonou", "porto-novo"),
    "BG": ("bulgaria", "българия", "sofia", "софия", "plovdiv", "пловдив", "varna", "варна",
           "burgas", "бургас", "kardzhali", "кърджали", "bulgaristan"),
    "ET": ("ethiopia", "ኢትዮጵያ", "addis ababa", "አዲስ አበባ", "bahir dar", "hawassa"),
    "FI": ("finland", "suomi", "helsinki", "tampere", "turku", "oulu", "vaasa", "espoo",
           "jyväskylä"),
    "EE": ("estonia", "eesti", "tallinn", "tartu", "pärnu", "эстония", "таллин", "таллине",
           "тарту", "нарва", "нарве"),
    # …and in Russian, as the Baltic states' Russian speakers write them, in the cases they take
    "LV": ("latvia", "latvija", "rīga", "daugavpils", "liepāja", "jelgava", "латвия", "латвии",
           "рига", "риге", "риги", "даугавпилс", "даугавпилса", "даугавпилсе", "лиепая"),
    "LT": ("lithuania", "lietuva", "vilnius", "kaunas", "klaipėda", "klaipeda", "šiauliai",
           "литва", "литве", "вильнюс", "вильнюсе", "каунас", "каунасе", "клайпеда"),
    "HU": ("hungary", "magyarország", "budapest", "szeged", "debrecen", "pécs", "győr"),
    "RS": ("serbia", "srbija", "србија", "beograd", "београд", "belgrade", "novi sad",
           "нови сад", "subotica"),
    "HR": ("croatia", "hrvatska", "zagreb", "rijeka", "dubrovnik", "zadar", "osijek"),
    "SK": ("slovakia", "slovensko", "bratislava", "košice", "kosice", "žilina", "prešov"),
    "GE": ("საქართველო", "tbilisi", "თბილისი", "kutaisi", "ქუთაისი", "batumi", "ბათუმი"),
    "AM": ("armenia", "հայաստան", "yerevan", "երևան", "gyumri", "գյումրի", "vanadzor"),
    "KH": ("cambodia", "កម្ពុជា", "phnom penh", "ភ្នំពេញ", "siem reap", "សៀមរាប"),
    "LA": ("laos", "ລາວ", "vientiane", "ວຽງຈັນ", "luang prabang", "ຫຼວງພະບາງ"),
    "MM": ("myanmar", "burma", "မြန်မာ", "yangon", "ရန်ကုန်", "mandalay", "မန္တလေး"),
    "MV": ("maldives", "ދިވެހިރާއްޖެ", "hulhumalé"),
    "IQ": ("iraq", "العراق", "baghdad", "بغداد", "basra", "البصرة", "erbil", "هەولێر",
           "sulaymaniyah", "السليمانية", "سلێمانی", "mosul", "najaf"),
    "KG": ("kyrgyzstan", "кыргызстан", "bishkek", "бишкек", "karakol"),
    "TJ": ("tajikistan", "тоҷикистон", "таджикистан", "dushanbe", "душанбе", "khujand",
           "хуҷанд"),
    "UZ": ("uzbekistan", "o'zbekiston", "узбекистан", "ўзбекистон", "tashkent", "toshkent",
           "ташкент", "samarkand", "samarqand", "самарканд", "bukhara", "buxoro"),
    "AZ": ("azerbaijan", "azərbaycan", "baku", "bakı"),
}  # fmt: skip
# Place names in the countries' own scripts, for countries listed above.
_NATIVE_REGION_WORDS: dict[str, tuple[str, ...]] = {
    "AE": ("الإمارات", "الامارات", "دبي", "أبوظبي", "ابوظبي"),
    "SA": ("السعودية", "الرياض", "جدة", "saudi arabia"),
    "PK": ("پاکستان", "کراچی", "لاہور"),
    "IN": ("भारत", "दिल्ली", "मुंबई"),
    "BD": ("বাংলাদেশ", "ঢাকা"),
    "UA": ("україна", "україни", "київ", "києві"),
    "PL": ("warszawie", "krakowie"),
}  # fmt: skip
_REGION_SYMBOLS = {
    "₸": "KZ",
    "₹": "IN",
    "£": "GB",
    "₦": "NG",
    "₱": "PH",
    "৳": "BD",
    "₽": "RU",
    "r$": "BR",
}
# Qatar's riyal is written "QR" before the amount ("QR 45"), not "QR code": a digit must follow.
_QATARI_RIYAL = "qr"


def _region_of_symbol(symbol: str) -> str:
    return "QA" if symbol.startswith(_QATARI_RIYAL) else _REGION_SYMBOLS[symbol]


_REGION_OF_WORD = {
    fold_term(word): region
    for table in (_REGION_WORDS, _NATIVE_REGION_WORDS)
    for region, words in table.items()
    for word in words
}
HINTED_ONLY = (
    "IR", "JO", "TH", "RO", "CZ", "SE", "GR", "IL", "HK", "TW", "SG", "MY", "TZ", "BE", "CH",
    "SN", "CI", "CL", "KZ",
    "MO", "OM", "KW", "QA", "TN", "AT", "DK", "NO", "BJ",
    "BG", "ET", "FI", "EE", "LV", "LT", "HU", "RS", "HR", "SK", "GE", "AM", "KH", "LA", "MM",
    "MV", "IQ", "KG", "TJ", "UZ", "AZ",
)  # fmt: skip
# A web or mail address under a country's domain says where the writer is ("….com.tw",
# "codeva.ro"). Only country domains that are not sold as words ("co", "io", "me", "tv", "ai")
# or read as code ("user.id", "group.by", "my.config"), file names ("py", "md", "sh"; "pl" is
# Perl too, but mostly Poland), or another country's neighbour (Austria's "at").
_COUNTRY_DOMAINS = {
    "uk": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL",
    "be": "BE", "ch": "CH", "pl": "PL", "cz": "CZ", "ro": "RO", "se": "SE",
    "gr": "GR", "tr": "TR", "ua": "UA", "ru": "RU", "kz": "KZ", "il": "IL",
    "ae": "AE", "sa": "SA", "eg": "EG", "ma": "MA", "jo": "JO", "ir": "IR", "pk": "PK",
    "bd": "BD", "np": "NP", "lk": "LK", "th": "TH", "vn": "VN", "tw": "TW", "hk": "HK",
    "cn": "CN", "jp": "JP", "kr": "KR", "sg": "SG", "ph": "PH",
    "au": "AU", "ca": "CA", "br": "BR", "ar": "AR", "mx": "MX", "cl": "CL", "ng": "NG",
    "ke": "KE", "tz": "TZ", "za": "ZA", "sn": "SN", "ci": "CI",
    "om": "OM", "mo": "MO", "kw": "KW", "qa": "QA", "tn": "TN", "dk": "DK", "bj": "BJ",
    # (not "rs", "am", "la", "mm", "et": Rust and Makefile.am files, Libtool archives, words)
    "bg": "BG", "fi": "FI", "ee": "EE", "lv": "LV", "lt": "LT", "hu": "HU", "hr": "HR",
    "sk": "SK", "ge": "GE", "kh": "KH", "mv": "MV", "iq": "IQ", "kg": "KG", "tj": "TJ",
    "uz": "UZ", "az": "AZ",
}  # fmt: skip
_COUNTRY_DOMAIN = compile_pattern(
    rf"[a-z0-9]\.(?:(?:com|co|org|net|gov|edu|ac)\.)?(?P<tld>{alternation(tuple(_COUNTRY_DOMAINS))})"
    r"(?:$|[^a-z0-9.\-]|\.(?:$|\s))"
)
# A country code written on its own, before or after the number: "(+225)", "indicatif 221",
# "country code 91", "código 54".
_COUNTRY_CODE_WORDS = (
    "indicatif", "country code", "code pays", "codigo", "código", "prefijo", "prefixo", "vorwahl",
    "kod", "код",
)  # fmt: skip
# A bare "+" takes three digits only: "+20 followers" and "+30%" name no country.
_COUNTRY_CODE = compile_pattern(
    rf"(?:\(\+|(?:^|[^\p{{L}}])(?:{alternation([fold_term(w) for w in _COUNTRY_CODE_WORDS])})"
    r"[\s:]*\(?\+?)(?P<code>[0-9]{1,3})(?:\)|$|[^0-9 \-.]|[ \-.](?:$|[^0-9 ]))"
    r"|\+(?P<plain>[0-9]{3})(?:$|[^0-9 \-.%]|[ \-.](?:$|[^0-9 ]))"
)

# Words in scripts written without spaces ("手机号是…", "電話番号は…") match without boundaries.
_UNSPACED_WORDS = tuple(word for word in _REGION_OF_WORD if ord(word[0]) >= _UNSPACED_FROM)
_REGION_HINT = compile_pattern(
    rf"(?P<symbol>[₸₹£₦₱৳₽]|\br\$|\bqr ?[0-9])|(?P<unspaced>{alternation(_UNSPACED_WORDS)})"
    rf"|(?:^|[^\p{{L}}])(?P<word>{alternation(tuple(_REGION_OF_WORD))})"
)


# Regions a draft may name by its country code alone ("(+225)"): those with a 1–3 digit code.
_REGION_OF_CODE = {
    str(code): regions[0]
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items()
    if regions and regions[0] in {*DEFAULT_REGIONS, *HINTED_ONLY}
}


def named_regions(text: str) -> list[str]:
    """The countries `text` (the text view) names, in the order it names them."""
    named: list[str] = []
    for match in _REGION_HINT.finditer(text):
        symbol, unspaced, word = (match.group(g) for g in ("symbol", "unspaced", "word"))
        if word:
            after = match.end()
            if after < len(text) and text[after].isalpha():
                continue  # "uk" inside "ukraine"
            region = _REGION_OF_WORD[word]
        else:
            region = _region_of_symbol(symbol) if symbol else _REGION_OF_WORD[unspaced]
        if region not in named:
            named.append(region)
    for region in _written_regions(text):
        if region not in named:
            named.append(region)
    return named


def _written_regions(text: str) -> list[str]:
    """Countries the draft writes down: a country code standing alone ("(+225)",
    "indicatif 221") and the country domains of its addresses ("….com.tw")."""
    regions = [
        region
        for match in _COUNTRY_CODE.finditer(text)
        if (region := _REGION_OF_CODE.get(match.group("code") or match.group("plain")))
    ]
    regions.extend(_COUNTRY_DOMAINS[match.group("tld")] for match in _COUNTRY_DOMAIN.finditer(text))
    return regions
