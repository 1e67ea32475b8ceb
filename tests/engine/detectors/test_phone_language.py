from __future__ import annotations

import pytest

from gigguard.engine.detectors.phone_language import language_regions


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # should point to a country
        ("hoi! kun je me even appen? dan stuur ik het door", "NL"),
        ("Hi po Ma'am! Pwede po ba tayo mag-usap sa Viber? Number ko po:", "PH"),
        ("buongiorno, preferisco sentirci al telefono, lo studio risponde allo", "IT"),
        ("Hola! gracias por el pedido, escríbeme al wasap", "ES"),
        ("pode fazer o sinal no Pix, a chave é meu celular", "BR"),
        ("كلمني على الواتساب بالليل لو حابب", "EG"),
        ("اقای مهندس فایل نهایی رو اینجا نمیتونم باز کنم", "IR"),
        ("ma b2dar aktoblak el ra2am hon 3adi, e7kini 3al whats", "EG"),
        ("Aapke podcast ke liye quote, jo bhi easy ho wahan contact karo", "IN"),
        ("Dzień dobry, szablon zrobię w 2 dni robocze", "PL"),
    ],
)
def test_language_points_to_country(text: str, first: str) -> None:
    assert language_regions(text)[0] == first


@pytest.mark.parametrize(
    "text",
    [
        # should not point anywhere
        "Hi, the logo is ready, see the attached file",
        "el",  # one shared word says nothing
        "Call me on 0300 1234567 after 5",
    ],
)
def test_no_language_cue(text: str) -> None:
    assert language_regions(text) == []


def test_urdu_is_neither_persian_nor_arabic() -> None:
    assert language_regions("میرا نمبر لے لیں، بڑے بھائی سے بات کریں") == ["PK"]


def test_arabic_names_jordan_too() -> None:
    assert "JO" in language_regions("أنا على فايبر كلمني بالليل")
