"""Digits written as words, in the languages sellers on these marketplaces write in.

Only single digits (and "double"/"triple" repeats): phone numbers are dictated digit by digit,
which is exactly how people slip them past the platforms' filters ("four one five…").
"""

from __future__ import annotations

_DIGITS: dict[str, tuple[str, ...]] = {
    # English, Spanish, Portuguese, French, German, Russian, then Italian, Dutch, Polish,
    # Turkish, Indonesian, romanised Hindi and Arabic: the languages the corpus is written in.
    # Words appear as the normalised view has them: lower case, Latin accents stripped.
    "0": ("zero", "oh", "nought", "cero", "zéro", "null", "ноль", "нуль", "nul", "sifir",
          "sıfır", "nol", "kosong", "shunya", "sunya", "صفر"),
    "1": ("one", "uno", "una", "um", "uma", "un", "une", "eins", "один", "одна", "odin", "een",
          "jeden", "bir", "satu", "ek", "واحد"),
    "2": ("two", "dos", "dois", "duas", "deux", "zwei", "zwo", "два", "две", "dva", "due",
          "twee", "dwa", "iki", "dua", "do", "اثنين", "اثنان", "اتنين"),
    "3": ("three", "tres", "trois", "drei", "три", "tri", "tre", "drie", "trzy", "uc", "üç",
          "tiga", "teen", "ثلاثة", "تلاتة"),
    "4": ("four", "cuatro", "quatro", "quatre", "vier", "четыре", "chetyre", "quattro",
          "cztery", "dort", "empat", "char", "chaar", "أربعة", "اربعة", "اربعه"),
    "5": ("five", "cinco", "cinq", "fünf", "fuenf", "funf", "пять", "pyat", "cinque", "vijf",
          "piec", "pięć", "bes", "lima", "paanch", "panch", "خمسة", "خمسه"),
    "6": ("six", "seis", "sechs", "шесть", "shest", "sei", "zes", "szesc", "sześć", "alti",
          "altı", "enam", "chhe", "che", "chah", "ستة", "سته"),
    "7": ("seven", "siete", "sete", "sept", "sieben", "семь", "sem", "sette", "zeven", "siedem",
          "yedi", "tujuh", "saat", "سبعة", "سبعه"),
    "8": ("eight", "ocho", "oito", "huit", "acht", "восемь", "vosem", "otto", "osiem", "sekiz",
          "delapan", "aath", "ath", "ثمانية", "تمانية"),
    "9": ("nine", "nueve", "nove", "neuf", "neun", "девять", "devyat", "negen", "dziewiec",
          "dziewięć", "dokuz", "sembilan", "nau", "تسعة", "تسعه"),
}  # fmt: skip

# Words that repeat the digit that follows: "double five" → "55".
REPEATERS: dict[str, int] = {"double": 2, "doble": 2, "doppel": 2, "triple": 3, "tripla": 3}

DIGIT_WORDS: dict[str, str] = {word: digit for digit, words in _DIGITS.items() for word in words}

# Numbers dictated in pairs and triples, as French and Russian speakers do ("zéro six, douze,
# trente-quatre"; "девятьсот шестнадцать, сто двадцать три"). Values by kind: a teen or a ten
# takes a following unit, a hundred takes a following ten and unit.
TEENS: dict[str, int] = {
    **dict(zip("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
               .split(), range(10, 20), strict=True)),
    **dict(zip("dix onze douze treize quatorze quinze seize".split(), range(10, 17), strict=True)),
    **dict(zip("diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve"
               .split(), range(10, 20), strict=True)),
    **dict(zip("dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove"
               .split(), range(10, 20), strict=True)),
    **dict(zip("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto "
               "diciannove".split(), range(10, 20), strict=True)),
    **dict(zip("zehn elf zwolf dreizehn vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn"
               .split(), range(10, 20), strict=True)),
    **dict(zip("десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать "
               "семнадцать восемнадцать девятнадцать".split(), range(10, 20), strict=True)),
}  # fmt: skip
TENS: dict[str, int] = {
    **dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(),
               range(20, 100, 10), strict=True)),
    **dict(zip("vingt trente quarante cinquante soixante".split(), range(20, 70, 10), strict=True)),
    "vingts": 20,
    **dict(zip("veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa".split(),
               range(20, 100, 10), strict=True)),
    **dict(zip("vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split(),
               range(20, 100, 10), strict=True)),
    **dict(zip("venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split(),
               range(20, 100, 10), strict=True)),
    **dict(zip("zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig".split(),
               range(20, 100, 10), strict=True)),
    "dreißig": 30,
    **dict(zip("двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто"
               .split(), range(20, 100, 10), strict=True)),
    **dict(zip("yirmi otuz kırk elli altmış yetmiş seksen doksan".split(), range(20, 100, 10),
               strict=True)),
    "kirk": 40, "altmis": 60, "altmıs": 60, "yetmis": 70,
}  # fmt: skip
# "hundred" multiplies the unit before it ("beş yüz" = 500); Russian names each hundred.
HUNDRED_MULTIPLIERS = frozenset("hundred cent cents cien ciento cem cento hundert yuz yüz".split())
HUNDREDS: dict[str, int] = dict(
    zip("сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split(),
        range(100, 1000, 100), strict=True)
)  # fmt: skip
# Words joining the parts of one number: "treinta y cuatro", "trinta e quatro", "vingt et un".
CONNECTORS = frozenset("y e et und".split())


def compose(words: list[str]) -> list[str]:
    """The numbers a run of number words says: ["zero", "six", "douze"] → ["0", "6", "12"],
    ["quatre", "vingt", "un"] → ["81"], ["beş", "yüz", "otuz", "iki"] → ["532"]."""
    numbers: list[str] = []
    current: int | None = None
    takes_unit = False  # the number so far ends in a ten or hundred and may take a unit
    takes_ten = False  # ends in a hundred and may take a ten or teen

    def close() -> None:
        nonlocal current, takes_unit, takes_ten
        if current is not None:
            numbers.append(str(current))
        current, takes_unit, takes_ten = None, False, False

    for word in words:
        if word in DIGIT_WORDS:
            unit = int(DIGIT_WORDS[word])
            if current is not None and takes_unit and unit:
                current, takes_unit, takes_ten = current + unit, False, False
            else:
                close()
                current = unit
        elif word in TEENS or word in TENS:
            value = TEENS.get(word) or TENS[word]
            if word in TENS and value == 20 and current in (4,):  # quatre-vingt(s) = 80
                current, takes_unit, takes_ten = 80, True, False
            elif current in (60, 80) and word in TEENS and not takes_ten:  # soixante-dix-huit
                current, takes_unit = current + value, value == 10
            elif current is not None and takes_ten:
                current, takes_unit, takes_ten = current + value, word in TENS, False
            else:
                close()
                current, takes_unit = value, word in TENS
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


COMPOUND_WORDS = frozenset(TEENS) | frozenset(TENS) | HUNDRED_MULTIPLIERS | frozenset(HUNDREDS)
