"""Numbers dictated as words: digit by digit, or in pairs and triples."""

import pytest

from gigguard.engine.normalize import normalize
from gigguard.engine.numberwords import compose


@pytest.mark.parametrize(
    ("words", "numbers"),
    [
        # digit by digit stays digit by digit
        ("four one five", ["4", "1", "5"]),
        ("zero six", ["0", "6"]),
        # tens and units, teens, hundreds
        ("twenty three", ["23"]),
        ("douze trente quatre", ["12", "34"]),
        ("soixante dix huit", ["78"]),
        ("quatre vingt un", ["81"]),
        ("quatre vingt", ["80"]),
        ("сто двадцать три", ["123"]),
        ("девятьсот шестнадцать", ["916"]),
        ("bes yuz otuz iki", ["532"]),
        ("yuz yirmi uc", ["123"]),
        ("treinta cuatro", ["34"]),
        ("one hundred", ["100"]),
        ("zwanzig", ["20"]),
    ],
)
def test_compose(words: str, numbers: list[str]) -> None:
    assert compose(words.split()) == numbers


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        ("zéro six, douze, trente-quatre", "0 6, 12, 34"),
        ("treinta y cuatro", "34"),
        ("vingt et un", "21"),
        ("восемь девятьсот шестнадцать", "8 916"),
        ("I need twenty minutes", "i need 20 minutes"),
        ("four one five", "4 1 5"),
    ],
)
def test_numeric_view_reads_compounds(draft: str, numeric_view: str) -> None:
    assert normalize(draft).numeric.text == numeric_view
