"""Markup stretches: where digits belong to a style declaration or a web address."""

import pytest

from gigguard.engine.markup import Markup


def inside(text: str, part: str) -> bool:
    start = text.index(part)
    return Markup.of(text).covers(start, start + len(part))


# should flag (the part is markup)
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("mso-font-signature:-1342176593 1775729915 48 0 524447 0;}", "1342176593"),
        ("{font-family:Batang;\n\tpanose-1:2 3 6 0 0 1 1 1 1 1;", "2 3 6 0 0 1 1 1 1 1"),
        (".btn { padding: 12px 24px; margin:0 auto }", "12px 24px"),
        ("Styles: PADDING: 415 555 0123;", "415 555 0123"),
        ("http://www.awlonline.com/product/0,2627,0201441241,00.html", "0201441241"),
        ("see www.example.org/items/4155550123 for it", "4155550123"),
    ],
)
def test_markup(text: str, part: str) -> None:
    assert inside(text, part)


# should not flag (prose, or a label that names a phone)
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Call me: 415 555 0123", "415 555 0123"),
        ("tel-nr: 0300 1234567;", "0300 1234567"),
        ("Mobile-number: 0300 1234567; mail me", "0300 1234567"),
        ("my number 415 555 0123; thanks", "415 555 0123"),
        ("colour: the one on 415 555 0123\\nnext line;", "415 555 0123"),
        ("visit shop.com then call 415 555 0123", "415 555 0123"),
    ],
)
def test_not_markup(text: str, part: str) -> None:
    assert not inside(text, part)


def test_stretches_are_merged_and_sorted() -> None:
    markup = Markup.of("a{top:1px;left:2px} http://x.io/3 b")
    assert list(zip(markup.starts, markup.ends, strict=True)) == [(2, 19), (20, 33)]


@pytest.mark.parametrize(
    ("text", "number", "covered"),
    [
        ('{"id": 4815162342, "qty": 3}', "4815162342", True),
        ('"order_id": 7700900123,', "7700900123", True),
        ('{"phone": 4155550123}', "4155550123", False),  # the key names a phone
        ('{"whatsapp_number": 447700900123}', "447700900123", False),
        ('"note": "call 415 555 0123"', "415 555 0123", False),  # a string: prose inside JSON
    ],
)
def test_bare_numbers_in_json_are_markup(text: str, number: str, covered: bool) -> None:
    start = text.index(number)
    assert Markup.of(text).covers(start, start + len(number)) is covered
