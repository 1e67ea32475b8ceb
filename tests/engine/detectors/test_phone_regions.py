from __future__ import annotations

import pytest

from gigguard.engine.detectors.phone_regions import named_regions
from gigguard.engine.normalize import normalize


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # should name a country
        ("our studio is in Leipzig, call the office", ["DE"]),
        ("quote: 1 200 ₸ per slide", ["KZ"]),
        ("I'm based in Kuching, Sarawak", ["MY"]),
        ("we are a small team in Muscat", ["OM"]),
        ("澳門的工作室", ["MO"]),
        ("email me at hello@studio.com.tw", ["TW"]),
        ("WhatsApp (+225) le soir", ["CI"]),
        ("from Eldoret, then Nairobi", ["KE"]),
        # in the order they are named
        ("Salzburg office, and one in Graz; the owner lives in Bern", ["AT", "CH"]),
    ],
)
def test_names_countries(text: str, named: list[str]) -> None:
    assert named_regions(normalize(text).text.text) == named


@pytest.mark.parametrize(
    "text",
    [
        # should name nothing
        "the logo is ready, see the attached file",
        "we gain +30% and +20 followers",
        "a calibration of the scale",  # "cali" only as a word
        "the ukulele track",  # "uk" only as a word
    ],
)
def test_names_nothing(text: str) -> None:
    assert named_regions(normalize(text).text.text) == []
