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
