"""Numbers written as words, in the languages sellers on these marketplaces write in.

Phone numbers are dictated digit by digit ("four one five…"), in pairs and triples ("zéro six,
douze, trente-quatre", "pięćset jeden"), or in numerals of their own script ("〇九〇", "공일공",
"ศูนย์แปด"): exactly how people slip them past the platforms' filters. This module owns the
vocabulary and the arithmetic; `normalize` finds the words in a draft and writes the digits.

    spaced languages  one word a number: DIGIT_WORDS, TEENS, TENS, HUNDREDS …  (compose)
    unspaced scripts  numerals run together: UNSPACED_NUMERALS, one family per script

Words are keyed as the normalised view spells them (`spelled_as_viewed`): lower case, Latin and
Greek accents stripped, non-spacing marks dropped ("पाँच" → "पाच", "ห้า" → "หา").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from gigguard.engine import numberwords_data

# Latin, Greek and Latin Extended Additional lose their accents in the view; other scripts keep
# theirs (Cyrillic "й"), but every non-spacing mark is dropped. Mirrors `normalize.fold_term`,
# which cannot be imported here (normalize imports this module); a test keeps the two in step.
_ACCENTED_SCRIPTS_END = 0x0400
_APOSTROPHES = ("'", "\u2019", "\u02bc")


def spelled_as_viewed(word: str) -> str:
    """A word as the normalised view spells it."""
    out = []
    for char in word:
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        base = unicodedata.normalize("NFKD", char)[:1]
        if base and (ord(base) < _ACCENTED_SCRIPTS_END or 0x1E00 <= ord(base) <= 0x1FFF):
            decomposed = unicodedata.normalize("NFKD", char)
            char = "".join(c for c in decomposed if not unicodedata.combining(c))
        else:
            char = unicodedata.normalize("NFKC", char)
        out.append(char.lower())
    return "".join(out)


def _spellings(word: str) -> Iterable[str]:
    """The ways one word reaches the view: as typed, with the other apostrophes Ukrainian uses
    ("п'ять", "п’ять", "пʼять"), with Arabic or Persian yeh and kaf ("یک", "يک")."""
    variants = {word, unicodedata.normalize("NFD", word)}  # "নয়" typed whole or with its nukta
    for mark in _APOSTROPHES:
        variants |= {v.replace("'", mark) for v in variants}
    variants |= {v.replace("ی", "ي").replace("ک", "ك") for v in variants}
    variants |= {v.replace("ي", "ی").replace("ك", "ک") for v in variants}
    return {spelled_as_viewed(v) for v in variants}


def _table(groups: dict[str, str]) -> dict[str, str]:
    """{digit: "words of every language"} → {word as viewed: digit}."""
    return {
        spelling: digit
        for digit, words in groups.items()
        for word in words.split()
        for spelling in _spellings(word)
    }


def _valued(words: str, values: Iterable[int]) -> dict[str, int]:
    """Space-separated words, one per value, as viewed."""
    return {
        spelling: value
        for word, value in zip(words.split(), values, strict=True)
        for spelling in _spellings(word)
    }


# ── Spaced languages: one word, one number ───────────────────────────────────────────────────
# Each line one language, in the order en es pt fr de ru it nl pl tr id/ms hi(romanised) ar,
# then uk ro cs sv el he sw tl vi fa ur hi bn and Arabizi (Arabic in Latin letters, digits for
# the sounds Latin lacks: "wa7ed", "sb3a"). Words that are too common in other languages to
# stand for a digit ("en", "to", "tu") are left out.
DIGIT_WORDS: dict[str, str] = _table({
    "0": "zero oh nought naught cero zéro null ноль нуль nul sıfır sifir nol kosong shunya sunya "
         "صفر нуль нула noll μηδέν μηδεν אפס sifuri sero không linh शून्य শূন্য sifr sefr "
         "zirou",
    "1": "one uno una um uma un une eins один одна odin een jeden jedna bir satu ek واحد "
         "unu una jedna ett ένα μία μια אחת אחד moja isa một mốt یک ایک एक এক wahed wa7ed "
         "wahid",
    "2": "two dos dois duas deux zwei zwo два две dva due twee dwa dwie iki dua do اثنين اثنان "
         "اتنين دو doi două dvě två δύο δυο שתיים שתים שניים שנים mbili dalawa hai दो দুই "
         "tnin itnin etnen tneen ithnain",
    "3": "three tres trois drei три tri tre drie trzy uc üç tiga teen ثلاثة تلاتة trei tři "
         "τρία τρεις שלוש שלושה tatu tatlo ba سه تین तीन তিন tlata talata tleta thalatha",
    "4": "four cuatro quatro quatre vier четыре chetyre quattro cztery dort empat char chaar "
         "أربعة اربعة اربعه чотири patru čtyři fyra τέσσερα τέσσερις ארבע ארבעה nne apat bốn "
         "چهار چار चार চার arba3a arb3a rb3a arba3",
    "5": "five cinco cinq fünf fuenf funf пять pyat cinque vijf piec pięć bes beş lima paanch "
         "panch خمسة خمسه п'ять cinci pět fem πέντε חמש חמישה tano năm پنج پانچ पाँच पांच পাঁচ "
         "khamsa 5amsa khamseh",
    "6": "six seis sechs шесть shest sei zes szesc sześć alti altı enam chhe che chah ستة سته "
         "шість șase şase šest sex έξι שש שישה sita anim sáu شش چھ छह छः छे ছয় sitta setta",
    "7": "seven siete sete sept sieben семь sem sette zeven siedem yedi tujuh saat سبعة سبعه "
         "сім șapte şapte sedm sju επτά εφτά שבע שבעה saba pito bảy bẩy هفت سات सात সাত "
         "sab3a sb3a saba3a sab3",
    "8": "eight ocho oito huit acht восемь vosem otto osiem sekiz delapan aath ath ثمانية "
         "تمانية вісім opt osm åtta οκτώ οχτώ שמונה nane walo tám هشت آٹھ आठ আট tmanya "
         "tamanya tmnya tamania tamanya",
    "9": "nine nueve nove neuf neun девять devyat negen dziewiec dziewięć dokuz sembilan nau "
         "تسعة تسعه дев'ять nouă devět nio εννέα εννιά תשע תשעה tisa siyam chín نه نو नौ নয় "
         "tes3a tis3a ts3a tisa3",
})  # fmt: skip

# Urdu speakers dictate in English written in Urdu letters ("زیرو تین ون"). (Brazilian "meia"
# for 6 is left out: "nove e meia" is half past nine.)
DIGIT_WORDS.update(_table({
    "0": "زیرو", "1": "ون", "2": "ٹو", "3": "تھری", "4": "فور", "5": "فائیو فائیو", "6": "سکس",
    "7": "سیون", "8": "ایٹ", "9": "نائن",
}))  # fmt: skip

# More digits as people dictate them: Hindi speakers read English digit names in Devanagari
# ("नाइन एट सेवन"), Nepali says "दुई" for two, Greeks type their digits in Latin letters
# ("ena dio ennia exi"), Catalan counts "cinc", "sis", "vuit", "nou".
DIGIT_WORDS.update(_table({
    "0": "जीरो ज़ीरो miden", "1": "वन ena", "2": "टू दुई dio dyo", "3": "थ्री tria",
    "4": "फोर फ़ोर tessera", "5": "फाइव फ़ाइव pente", "6": "सिक्स exi",
    "7": "सेवन efta epta", "8": "एट okto ochto oxto vuit", "9": "नाइन ennia enia",
}))  # fmt: skip
DIGIT_WORDS.update(_table({"5": "cinc", "6": "sis", "9": "nou", "2": "dues"}))
# Danish and Norwegian ("seks", "syv", "otte", "åtte"; their "en", "to" and "ni" are too
# common elsewhere, "fire" is English: see BOUND_DIGITS), Urdu and Nepali in Latin letters
# ("sifar", "dui"), Levantine Arabizi ("tmanye").
DIGIT_WORDS.update(_table({
    "0": "sifar", "2": "dui", "6": "seks", "7": "syv", "8": "otte åtte tmanye tmenye tamanye",
}))  # fmt: skip
# Kazakh ("он", ten, is Russian "he": it is read only inside a phrase, see BOUND_TENS)
DIGIT_WORDS.update(_table({
    "0": "нөл", "1": "бір", "2": "екі", "3": "үш", "4": "төрт", "5": "бес", "6": "алты",
    "7": "жеті", "8": "сегіз", "9": "тоғыз",
}))  # fmt: skip

# Words that repeat the digit that follows: "double five" → "55".
REPEATERS: dict[str, int] = {
    "double": 2, "doble": 2, "doppel": 2, "triple": 3, "tripla": 3,
    **_valued("डबल ट्रिपल", (2, 3)),
}  # fmt: skip

# Numbers dictated in pairs and triples, as French, Polish and Russian speakers do ("zéro six,
# douze, trente-quatre"; "pięćset jeden"; "девятьсот шестнадцать"). A ten takes a following unit,
# a hundred a following ten and unit.
TEENS: dict[str, int] = {
    **_valued("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
              range(10, 20)),
    **_valued("dix onze douze treize quatorze quinze seize", range(10, 17)),
    **_valued("diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve",
              range(10, 20)),
    **_valued("dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove",
              range(10, 20)),
    **_valued("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto "
              "diciannove", range(10, 20)),
    **_valued("zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
              range(10, 20)),
    "zwolf": 12, "funfzehn": 15,
    **_valued("десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать "
              "семнадцать восемнадцать девятнадцать", range(10, 20)),
    **_valued("десять одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять "
              "сімнадцять вісімнадцять дев'ятнадцять", range(10, 20)),
    **_valued("dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście "
              "siedemnaście osiemnaście dziewiętnaście", range(10, 20)),
    **_valued("tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
              range(10, 20)),
    **_valued("zece unsprezece doisprezece treisprezece paisprezece cincisprezece "
              "șaisprezece șaptesprezece optsprezece nouăsprezece", range(10, 20)),
    **_valued("deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct "
              "devatenáct", range(10, 20)),
    **_valued("tio elva tolv tretton fjorton femton sexton sjutton arton nitton", range(10, 20)),
    **_valued("δέκα έντεκα δώδεκα", range(10, 13)),
    # Danish and Norwegian ("ti", ten, is left out: a word in too many languages)
    **_valued("elleve tolv tretten fjorten femten seksten sytten atten nitten", range(11, 20)),
    **_valued("ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده", range(10, 20)),
    # Arabic as spoken (the written teens are two words): "حداش", "طناش", "تلطاش" …
    **_valued("عشرة حداش طناش تلطاش ربعطاش خمسطاش سطاش سبعطاش ثمنطاش تسعطاش", range(10, 20)),
    **_valued("عشره احداش اطناش تلتاش اربعتاش خمستاش ستاش سبعتاش تمنتاش تسعتاش",
              range(10, 20)),
    **_valued("onze dotze tretze catorze quinze setze disset divuit dinou", range(11, 20)),
}  # fmt: skip
# Arabic says a pair unit first, joined by "و" ("ثلاثة وعشرين", 3 and 20): these tens take
# the unit before them when "و" stands between (see `compose`).
UNIT_FIRST_TENS: dict[str, int] = {
    **_valued("عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين", range(20, 100, 10)),
    **_valued("عشرين تلاتين اربعين خمسين ستين سبعين تمانين تسعين", range(20, 100, 10)),
    **_valued("عشرين تلاثين ربعين خمسين ستين سبعين ثمنين تسعين", range(20, 100, 10)),
}
# …and often write the "و" onto the ten: "وعشرين".
AND_TENS: dict[str, int] = {
    spelling: value
    for word, value in UNIT_FIRST_TENS.items()
    for spelling in _spellings("و" + word)
}
# …and a unit after a hundred the same way: "مية وثلاثة وأربعين" is 100, 3 and 40.
AND_UNITS: dict[str, int] = {
    spelling: int(digit)
    for word, digit in DIGIT_WORDS.items()
    if "\u0600" <= word[0] <= "\u06ff"
    for spelling in _spellings("و" + word)
}
TENS: dict[str, int] = {
    **_valued("twenty thirty forty fifty sixty seventy eighty ninety", range(20, 100, 10)),
    # French of France, then of Belgium and Switzerland ("septante", "huitante", "nonante")
    **_valued("vingt trente quarante cinquante soixante", range(20, 70, 10)),
    "vingts": 20, "septante": 70, "octante": 80, "huitante": 80, "nonante": 90,
    **_valued("veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
              range(20, 100, 10)),
    **_valued("vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
              range(20, 100, 10)),
    **_valued("venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
              range(20, 100, 10)),
    **_valued("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
              range(20, 100, 10)),
    "dreissig": 30, "funfzig": 50,
    **_valued("двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
              range(20, 100, 10)),
    **_valued("двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто",
              range(20, 100, 10)),
    **_valued("yirmi otuz kırk elli altmış yetmiş seksen doksan", range(20, 100, 10)),
    "kirk": 40, "altmis": 60, "yetmis": 70,
    **_valued("dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt "
              "osiemdziesiąt dziewięćdziesiąt", range(20, 100, 10)),
    **_valued("twintig dertig veertig vijftig zestig zeventig tachtig negentig",
              range(20, 100, 10)),
    **_valued("douăzeci treizeci patruzeci cincizeci șaizeci șaptezeci optzeci nouăzeci",
              range(20, 100, 10)),
    **_valued("dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát",
              range(20, 100, 10)),
    **_valued("tjugo trettio fyrtio femtio sextio sjuttio åttio nittio", range(20, 100, 10)),
    **_valued("είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα",
              range(20, 100, 10)),
    # Norwegian, and Danish (whose sixty, "tres", is Spanish three: read only in a pair)
    **_valued("tjue tretti førti femti seksti sytti åtti nitti", range(20, 100, 10)),
    "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "halvfjerds": 70, "firs": 80,
    "halvfems": 90,
    # Swahili: "kumi na mbili" is twelve, "ishirini na tano" twenty-five
    **_valued("بیست سی چهل پنجاه شصت هفتاد هشتاد نود", range(20, 100, 10)),
    **_valued("жиырма отыз қырық елу алпыс жетпіс сексен тоқсан", range(20, 100, 10)),
    **_valued("kumi ishirini thelathini arobaini hamsini sitini sabini themanini tisini",
              range(10, 100, 10)),
    **_valued("vint trenta quaranta cinquanta seixanta setanta vuitanta noranta",
              range(20, 100, 10)),
    # Urdu and Hindi: their 21–99 are words of their own, but the round tens are common
    **_valued("بیس تیس چالیس پچاس ساٹھ ستر اسی نوے", range(20, 100, 10)),
    **_valued("बीस तीस चालीस पचास साठ सत्तर अस्सी नब्बे", range(20, 100, 10)),
    **UNIT_FIRST_TENS,
}  # fmt: skip


def _unit_and_ten(units: str, joiner: str, tens: str) -> dict[str, int]:
    """Dutch and German say a pair as one word, the unit first: "vierenvijftig" (4 and 50),
    "vierundfünfzig". Dutch writes "ën" after a vowel ("tweeëntwintig"), often without the
    diaeresis in chat; both spellings are kept."""
    words: dict[str, int] = {}
    for unit_word, unit in zip(units.split(), range(1, 10), strict=True):
        for ten_word, ten in zip(tens.split(), range(20, 100, 10), strict=True):
            joiners = {joiner, "ën"} if joiner == "en" and unit_word.endswith("e") else {joiner}
            for join in joiners:
                for spelling in _spellings(f"{unit_word}{join}{ten_word}"):
                    words[spelling] = unit + ten
    return words


def _ten_and_unit(tens: str, units: str) -> dict[str, int]:
    """Swedish says a pair as one word, the ten first: "åttionio" (80 and 9)."""
    return {
        spelling: ten + unit
        for ten_word, ten in zip(tens.split(), range(20, 100, 10), strict=True)
        for unit_word, unit in zip(units.split(), range(1, 10), strict=True)
        for spelling in _spellings(f"{ten_word}{unit_word}")
    }


# Pairs said as one word: a whole number from 21 to 99 that takes nothing after it.
PAIR_WORDS: dict[str, int] = {
    **_ten_and_unit("tjugo trettio fyrtio femtio sextio sjuttio åttio nittio",
                    "ett två tre fyra fem sex sju åtta nio"),
    "tjugoen": 21, "trettioen": 31, "fyrtioen": 41, "femtioen": 51, "sextioen": 61,
    "sjuttioen": 71, "attioen": 81, "nittioen": 91,
    # Spanish writes 21–29 as one word
    **_valued("veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
              "veintiocho veintinueve", range(21, 30)),
    "veintiun": 21, "veintidos": 22, "veintitres": 23, "veintiseis": 26,
    # Norwegian says the ten first ("førtisju"), Danish the unit first ("fireogtyve", 4 and 20)
    **_ten_and_unit("tjue tretti førti femti seksti sytti åtti nitti",
                    "en to tre fire fem seks sju åtte ni"),
    **_ten_and_unit("tjue tretti førti femti seksti sytti åtti nitti",
                    "ett to tre fire fem seks syv åtte ni"),
    **_unit_and_ten("en to tre fire fem seks syv otte ni", "og",
                    "tyve tredive fyrre halvtreds tres halvfjerds firs halvfems"),
    **_unit_and_ten("een twee drie vier vijf zes zeven acht negen", "en",
                    "twintig dertig veertig vijftig zestig zeventig tachtig negentig"),
    **_unit_and_ten("ein zwei drei vier fünf sechs sieben acht neun", "und",
                    "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig"),
    **_unit_and_ten("ein zwei drei vier funf sechs sieben acht neun", "und",
                    "zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig"),
}  # fmt: skip

# French says 17-19 as ten and a unit: "dix-sept", "dix-huit", "dix-neuf".
TEN_BEFORE_UNIT = frozenset({"dix"})
# "hundred" multiplies the unit before it ("beş yüz" = 500); Slavic languages name each hundred.
HUNDRED_MULTIPLIERS = frozenset(
    spelling
    for word in "hundred cent cents cien ciento cem cento hundert yuz yüz sute жүз".split()
    for spelling in _spellings(word)
)
HUNDREDS: dict[str, int] = {
    **_valued("сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот",
              range(100, 1000, 100)),
    **_valued("сто двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот",
              range(100, 1000, 100)),
    **_valued("sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset",
              range(100, 1000, 100)),
    **_valued("صد دویست سیصد چهارصد پانصد ششصد هفتصد هشتصد نهصد", range(100, 1000, 100)),
    **_valued("doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
              "ochocientos novecientos", range(200, 1000, 100)),
    **_valued("doscientas trescientas cuatrocientas quinientas seiscientas setecientas "
              "ochocientas novecientas", range(200, 1000, 100)),
    **_valued("duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos "
              "novecentos", range(200, 1000, 100)),
    **_valued("duecento trecento quattrocento cinquecento seicento settecento ottocento "
              "novecento", range(200, 1000, 100)),
    # Arabic as spoken: "مية" (a hundred), "سبعمية" (seven hundred), and as written "مائة"
    **_valued("مية ميتين تلتمية اربعمية خمسمية ستمية سبعمية تمنمية تسعمية", range(100, 1000, 100)),
    **_valued("مئة مئتين ثلاثمية أربعمية خمسمئة ستمئة سبعمئة ثمانمية تسعمئة", range(100, 1000, 100)),
    **_valued("مائة مائتين ثلاثمائة أربعمائة خمسمائة ستمائة سبعمائة ثمانمائة تسعمائة",
              range(100, 1000, 100)),
}  # fmt: skip
# Words that are a number only next to another number word, so they are read only inside
# these phrases (never alone: "set" and "on" are English words): Czech hundreds after their
# unit ("sedm set" 700, "dvě stě" 200, "tři sta" 300), Turkish "on" (ten) after a hundred or
# before a unit ("yüz on bir" 111, "on iki" 12), Urdu "سو" (hundred) after a unit.
BOUND_MULTIPLIERS: dict[str, frozenset[str]] = {
    "set": frozenset().union(*map(_spellings, "pět šest sedm osm devět".split())),
    "ste": frozenset(_spellings("dvě")),
    "sta": frozenset().union(*map(_spellings, "tři čtyři".split())),
    "سو": frozenset(word for word in DIGIT_WORDS if "\u0600" <= word[0] <= "\u06ff"),
}
BOUND_TENS: dict[str, int] = {"on": 10, "он": 10}
# Brazilians say "meia" (half a dozen) for six, so it is not heard as "três": a digit only
# next to another digit word ("nove e meia" is half past nine). So are Danish and Norwegian
# "fire" (English fire) and Nepali "chha" (also "is"); their "ni" is Spanish "nor" before
# "una", so it is not read at all.
BOUND_DIGITS: dict[str, int] = {"meia": 6, "fire": 4, "chha": 6}


# ── More languages, from the data tables in `numberwords_data` ──────────────────────────────
def _slots(line: str, first: int, step: int) -> dict[str, int]:
    """A data line of slots ("nolla yksi|yks …") → {word as viewed: value}."""
    return {
        spelling: first + step * index
        for index, slot in enumerate(line.split())
        if slot != "-"
        for word in slot.split("|")
        for spelling in _spellings(word)
    }


def _joined_words(parts: dict[str, str]) -> dict[str, int]:
    """Every number from 11 to 999 a language writes as one word, from its parts: hundred,
    then a teen, a ten alone, or a ten before its unit ("négyszáz" "hetven" "kettő")."""

    def slots(name: str, first: int, step: int) -> list[tuple[int, list[str]]]:
        return [
            (first + step * index, slot.split("|"))
            for index, slot in enumerate(parts[name].split())
            if slot != "-"
        ]

    units, teens = slots("units", 1, 1), slots("teens", 10, 1)
    tens, before_unit = slots("tens", 20, 10), slots("tens_before_unit", 20, 10)
    rests: list[tuple[int, str]] = [(v, w) for v, words in [*units, *teens, *tens] for w in words]
    rests += [
        (ten + unit, ten_word + unit_word)
        for ten, ten_words in before_unit
        for unit, unit_words in units
        for ten_word in ten_words
        for unit_word in unit_words
    ]
    whole = [(value, word) for value, word in rests if value > 9 and word]
    whole += [
        (hundred + rest, hundred_word + rest_word)
        for hundred, hundred_words in slots("hundreds", 100, 100)
        for hundred_word in hundred_words
        for rest, rest_word in rests
    ]
    return {spelling: value for value, word in whole for spelling in _spellings(word)}


def _vigesimal_words(scores: str, joiner: str, units: str, teens: str) -> dict[str, int]:
    """Georgian 20–99: a score alone ("ოცი") or joined to a unit or teen ("ოცდაოთხი")."""
    rests = [
        (first + index, word)
        for first, line in ((1, units), (10, teens))
        for index, slot in enumerate(line.split())
        if slot != "-"
        for word in slot.split("|")
    ]
    words: dict[str, int] = {}
    for index, slot in enumerate(scores.split()):
        for stem in slot.split("|"):
            score = 20 * (index + 1)
            for spelling in _spellings(stem + "ი" if not stem.isascii() else stem + "i"):
                words[spelling] = score
            for rest, rest_word in rests:
                for spelling in _spellings(stem + joiner + rest_word):
                    words[spelling] = score + rest
    return words


for _line in numberwords_data.DIGITS.values():
    DIGIT_WORDS.update({word: str(value) for word, value in _slots(_line, 0, 1).items()})
for _line in numberwords_data.BOUND.values():
    BOUND_DIGITS.update(_slots(_line, 0, 1))
for _line in numberwords_data.TEENS.values():
    TEENS.update(_slots(_line, 10, 1))
for _line in numberwords_data.TENS.values():
    TENS.update(_slots(_line, 20, 10))
for _line in numberwords_data.HUNDREDS.values():
    HUNDREDS.update(_slots(_line, 100, 100))


def _joined_pattern(parts: dict[str, str]) -> str:
    """The same numbers as one compact regex of their parts (a hundred, then a ten before its
    unit, a unit, or a teen or ten alone), so the view's number-word pattern does not list
    thousands of words: RE2 scans a handful of short alternations far faster."""

    def words(*names: str) -> list[str]:
        found = {
            spelling
            for name in names
            for slot in parts[name].split()
            if slot != "-"
            for word in slot.split("|")
            for spelling in _spellings(word)
        }
        return sorted(found, key=len, reverse=True)

    def either(*options: str) -> str:
        return "(?:" + "|".join(option for option in options if option) + ")"

    def group(found: list[str]) -> str:
        return either(*(_escape(word) for word in found)) if found else ""

    hundred, ten = group(words("hundreds")), group(words("tens_before_unit"))
    unit, whole = group(words("units")), group(words("teens", "tens"))
    ten_unit = f"{ten}{unit}" if ten and unit else ""
    rest = either(ten_unit, unit, whole)
    return either(f"{hundred}{rest}?" if hundred else "", ten_unit, whole)


def _escape(word: str) -> str:
    return "".join(f"\\{char}" if not char.isalnum() else char for char in word)


JOINED_WORDS: frozenset[str] = frozenset()
JOINED_PATTERNS: list[str] = []
for _parts in numberwords_data.JOINED.values():
    _joined = _joined_words(_parts)
    PAIR_WORDS.update(_joined)
    JOINED_WORDS |= frozenset(_joined)
    JOINED_PATTERNS.append(_joined_pattern(_parts))
    HUNDREDS.update(_slots(_parts["hundreds"], 100, 100))  # a hundred alone takes a ten after
for _vigesimal in numberwords_data.VIGESIMAL.values():
    PAIR_WORDS.update(_vigesimal_words(*_vigesimal))

_TURKISH_UNITS = "bir iki uc üç dort dört bes beş alti altı yedi sekiz dokuz"
_KAZAKH_UNITS = "бір екі үш төрт бес алты жеті сегіз тоғыз"
_KYRGYZ_UNITS = "бир эки үч төрт беш алты жети сегиз тогуз"
BOUND_PHRASES: frozenset[str] = frozenset(
    {f"{unit} {word}" for word, units in BOUND_MULTIPLIERS.items() for unit in units}
    | {f"{hundred} on" for hundred in {*_spellings("yüz"), "yuz"}}
    | {spelled_as_viewed(f"on {unit}") for unit in _TURKISH_UNITS.split()}
    | {spelled_as_viewed(f"он {unit}") for unit in _KAZAKH_UNITS.split()}
    | {spelled_as_viewed(f"он {unit}") for unit in _KYRGYZ_UNITS.split()}
    | {spelled_as_viewed("жүз он")}
)
# Words joining the parts of one number ("treinta y cuatro", "vingt et un", "douăzeci și unu",
# "ishirini na tano"), or two digits read as a pair in Arabic ("sab3a w wa7ed", "سبعة و واحد").
CONNECTORS = frozenset(
    spelling for word in "y e et und și si na w wa u و".split() for spelling in _spellings(word)
)


def compose(words: list[str]) -> list[str]:
    """The numbers a run of number words says: ["zero", "six", "douze"] → ["0", "6", "12"],
    ["quatre", "vingt", "un"] → ["81"], ["beş", "yüz", "otuz", "iki"] → ["532"]."""
    numbers: list[str] = []
    current: int | None = None
    takes_unit = False  # the number so far ends in a ten or hundred and may take a unit
    takes_ten = False  # ends in a hundred and may take a ten or teen
    after_and = False  # the word before was "and" (Arabic "و": "ثلاثة و عشرين" is 23)
    ten_takes_any = False  # a ten that takes any unit (Turkish "on bir" is 11)
    unit_after_hundred = False  # Arabic "مية وثلاثة": the ten still to come is added too

    def close() -> None:
        nonlocal current, takes_unit, takes_ten
        if current is not None:
            numbers.append(str(current))
        current, takes_unit, takes_ten = None, False, False

    for index, word in enumerate(words):
        joined, after_and = after_and, word in CONNECTORS
        unit_before = current is not None and 1 <= current <= 9 and not takes_unit
        if word in CONNECTORS:
            continue
        hundred_unit, unit_after_hundred = unit_after_hundred, False
        if word in AND_UNITS and current is not None and current % 100 == 0 and takes_unit:
            current, takes_unit, takes_ten = current + AND_UNITS[word], False, False
            unit_after_hundred = True
        elif word in AND_UNITS:
            close()
            current = AND_UNITS[word]
        elif word in AND_TENS or (joined and word in UNIT_FIRST_TENS):
            value = AND_TENS.get(word) or UNIT_FIRST_TENS[word]
            if current is not None and (unit_before or hundred_unit):
                current, takes_unit, takes_ten = current + value, False, False
            else:
                close()
                current, takes_unit = value, True
        elif word in BOUND_MULTIPLIERS:
            if current is not None and unit_before:
                current, takes_unit, takes_ten = current * 100, True, True
        elif word in BOUND_DIGITS and not _among_digits(words, index):
            close()
            numbers.append(word)  # "meia noite": a word, not a digit
        elif word in DIGIT_WORDS or word in BOUND_DIGITS:
            unit = int(DIGIT_WORDS.get(word) or BOUND_DIGITS[word])
            dix = current == 10 and not ten_takes_any  # French "dix-sept": only 7–9 follow
            if current is not None and takes_unit and unit and not (dix and unit < 7):
                current, takes_unit, takes_ten = current + unit, False, False
            else:
                close()
                current = unit
        elif word in TEENS or word in TENS or word in PAIR_WORDS or word in BOUND_TENS:
            value = TEENS.get(word) or PAIR_WORDS.get(word) or TENS.get(word) or BOUND_TENS[word]
            if word in TENS and value == 20 and current in (4,):  # quatre-vingt(s) = 80
                current, takes_unit, takes_ten = 80, True, False
            elif current in (60, 80) and word in TEENS and not takes_ten:  # soixante-dix-huit
                current, takes_unit = current + value, value == 10
            elif current is not None and takes_ten:
                current, takes_ten = current + value, False
                takes_unit = word in TENS or word in BOUND_TENS
            else:
                close()
                current = value
                takes_unit = word in TENS or word in TEN_BEFORE_UNIT or word in BOUND_TENS
            ten_takes_any = word in BOUND_TENS
        elif word in HUNDRED_MULTIPLIERS:
            base = current if current is not None and 1 <= current <= 9 and not takes_unit else 1
            if current is not None and base == 1 and current != 1:
                close()
            current, takes_unit, takes_ten = base * 100, True, True
        elif word in HUNDREDS:
            close()
            current, takes_unit, takes_ten = HUNDREDS[word], True, True
    close()
    return numbers


def _among_digits(words: list[str], index: int) -> bool:
    """Whether the word at `index` stands right beside a digit word (no "and" between)."""
    neighbours = words[max(0, index - 1) : index] + words[index + 1 : index + 2]
    return any(
        word in DIGIT_WORDS or word in BOUND_DIGITS or word in TENS or word in BOUND_TENS
        for word in neighbours
    )


COMPOUND_WORDS = (
    frozenset(TEENS)
    | frozenset(TENS)
    | frozenset(PAIR_WORDS)
    | HUNDRED_MULTIPLIERS
    | frozenset(HUNDREDS)
    | frozenset(AND_TENS)
    | frozenset(AND_UNITS)
    | BOUND_PHRASES
    | frozenset(BOUND_DIGITS)
)
# Words that make a run a compound number although they are only read inside a phrase.
BOUND_WORDS = frozenset(BOUND_MULTIPLIERS) | frozenset(BOUND_TENS) | frozenset(BOUND_DIGITS)


# ── Unspaced scripts: numerals run together ──────────────────────────────────────────────────
# Chinese and Japanese write digits as characters ("〇九〇", "幺三八" with 幺 or 么 for 1 as read
# over the phone, the radio readings 洞 for 0 and 拐 for 7, financial 壹贰叁), Japanese also as
# kana readings ("ゼロきゅうゼロ", "ごー" and "にー" drawn out), Korean as
# Sino-Korean syllables ("공일공", 공 and 영 for 0) or native words ("하나 둘 셋"), Thai as
# words ("ศูนย์แปดเก้า", โท for 2 in dictation). These scripts put no spaces between words, so a
# numeral is only read inside a run of its own family (see `normalize`). Japanese し, く and しち
# are left out: they are common kana and phone readings avoid them.
UNSPACED_NUMERALS: dict[str, dict[str, str]] = {
    "han": {
        "0": "〇 零 洞", "1": "一 幺 么 壹", "2": "二 两 兩 贰 貳", "3": "三 叁 參", "4": "四 肆",
        "5": "五 伍", "6": "六 陆 陸", "7": "七 柒 拐", "8": "八 捌", "9": "九 玖",
    },
    "kana": {
        "0": "ゼロ ぜろ れい レイ まる マル", "1": "いち イチ", "2": "に ニ にー ニー", "3": "さん サン",
        "4": "よん ヨン", "5": "ご ゴ ごー ゴー", "6": "ろく ロク", "7": "なな ナナ", "8": "はち ハチ",
        "9": "きゅう キュウ",
    },
    "hangul": {
        "0": "공 영", "1": "일 하나", "2": "이 둘", "3": "삼 셋", "4": "사 넷", "5": "오 다섯",
        "6": "육 여섯", "7": "칠 일곱", "8": "팔 여덟", "9": "구 아홉",
    },
    "thai": {
        "0": "ศูนย์", "1": "หนึ่ง เอ็ด", "2": "สอง โท", "3": "สาม", "4": "สี่", "5": "ห้า",
        "6": "หก", "7": "เจ็ด", "8": "แปด", "9": "เก้า",
    },
    **numberwords_data.UNSPACED,
}  # fmt: skip


def unspaced_numerals() -> dict[str, dict[str, tuple[str, str]]]:
    """Per family, {numeral as viewed: (numeral as written, digit)}. The written form lets the
    reader check what was typed where the view has dropped marks: Thai "สี่" is viewed "ส"."""
    return {
        family: {
            spelled_as_viewed(word): (word, digit)
            for digit, words in table.items()
            for word in words.split()
        }
        for family, table in UNSPACED_NUMERALS.items()
    }
