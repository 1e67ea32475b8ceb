"""Digits written as words, in the languages sellers on these marketplaces write in.

Only single digits (and "double"/"triple" repeats): phone numbers are dictated digit by digit,
which is exactly how people slip them past the platforms' filters ("four one five…").
"""

from __future__ import annotations

_DIGITS: dict[str, tuple[str, ...]] = {
    "0": ("zero", "oh", "nought", "cero", "zéro", "zero", "null", "ноль", "нуль", "nul"),
    "1": ("one", "uno", "una", "um", "uma", "un", "une", "eins", "один", "одна", "odin"),
    "2": ("two", "dos", "dois", "duas", "deux", "zwei", "zwo", "два", "две", "dva"),
    "3": ("three", "tres", "três", "trois", "drei", "три", "tri"),
    "4": ("four", "cuatro", "quatro", "quatre", "vier", "четыре", "chetyre"),
    "5": ("five", "cinco", "cinq", "fünf", "fuenf", "funf", "пять", "pyat"),
    "6": ("six", "seis", "sechs", "шесть", "shest"),
    "7": ("seven", "siete", "sete", "sept", "sieben", "семь", "sem"),
    "8": ("eight", "ocho", "oito", "huit", "acht", "восемь", "vosem"),
    "9": ("nine", "nueve", "nove", "neuf", "neun", "девять", "devyat"),
}

# Words that repeat the digit that follows: "double five" → "55".
REPEATERS: dict[str, int] = {"double": 2, "doble": 2, "doppel": 2, "triple": 3, "tripla": 3}

DIGIT_WORDS: dict[str, str] = {word: digit for digit, words in _DIGITS.items() for word in words}
