"""bench/contacts.py: how a decoded value is compared and how a draft is scored."""

import pytest

import contacts  # bench/contacts.py
from gigguard.evaluation import Draft, Label


@pytest.mark.parametrize(
    ("expected", "found"),
    [
        ("anna.k@gmail.com", "Anna.K@gmail.com"),
        ("+48512345678", "+48 512 345 678"),
        ("kakaotalk:anna88", "kakao:anna88"),
        ("telegram:@anna_k", "telegram:anna_k"),
        ("t.me/anna_k", "telegram:@anna_k"),
        ("instagram:@anna.designs", "instagram.com/anna.designs"),
        ("annadesign.pl/kontakt", "https://www.annadesign.pl/kontakt/"),
        ("live:anna.k", "skype:live:anna.k"),
        ("x:@annak", "twitter:@annak"),
    ],
)
def test_same_value(expected: str, found: str) -> None:
    assert contacts.same_value(expected, found)


@pytest.mark.parametrize(
    ("expected", "found"),
    [
        ("anna.k@gmail.com", "anna.k@gmail.co"),  # the TLD is part of the value
        ("+48512345678", "+4851234567"),
        ("telegram:@anna_k", "instagram:@anna_k"),
        ("annadesign.pl/kontakt", "annadesign.pl"),
        ("anna.k@gmail.com", None),
    ],
)
def test_not_same_value(expected: str, found: str | None) -> None:
    assert not contacts.same_value(expected, found)


def test_score_counts_found_cover_exact_and_false_positives() -> None:
    text = "mail anna at gmail dot com or call 0512 345 678; v2.1"
    email = Label("contact.email", 5, 26, "anna@gmail.com")
    phone = Label("contact.phone", 35, 47, "+48512345678")
    draft = Draft("d1", text, "fiverr", (email, phone), "test")
    predictions = [
        contacts.Found("contact.email", 5, 26, "anna@gmail.com"),
        contacts.Found("contact.phone", 40, 47, "+48345678"),  # half the span, wrong value
        contacts.Found("contact.url", 49, 53, "v2.1"),  # overlaps no label
    ]
    report = contacts.score([draft], lambda _: predictions)
    total = report.total
    assert (total.labelled, total.found, total.full_cover, total.exact) == (2, 2, 1, 1)
    assert (total.predicted, total.false_positives) == (3, 1)
    assert report.categories["contact.url"].false_positives == 1
    assert [miss.split()[0] for miss in report.misses] == ["PART", "FP"]
