"""Addresses that reach nobody the seller owns: a mailbox that takes no replies, and the buyer's
own help address placed on their page, in more of the drafts' languages."""

from __future__ import annotations

import pytest

from gigguard.engine.detect import detect


def found(text: str) -> list[str | None]:
    return [d.value for d in detect(text, "fiverr") if d.category.value == "contact.email"]


NOTHING = [
    # should not flag
    # no-reply senders, named by a mail rule or a template
    "Rule 1: From contains 'noreply@hotelhub-mail.com' → folder Bookings",
    "Sender must be do-not-reply@paytrack-lv.com so nobody answers it",
    "bounce from mailer-daemon@mx.kravu-serveris.lt",
    # the buyer's help box placed on their page, in lt, lv, et, fi, hu, cs
    "Reikia landing puslapio, apačioje turi būti pagalba@krovuzona.lt ir darbo laikas.",
    "Lapas apakšā: atbalsts@kravas-birza.lv un tālrunis",
    "Jaluses peab olema klienditugi@vedu-portaal.ee",
    "Alatunnisteeseen asiakaspalvelu@rahtipiste.fi ja aukioloajat",
    "A láblécbe kerüljön: ugyfelszolgalat@fuvarbazis.hu",
    "Do zápatí dejte podpora@prepravni-burza.cz",
    "Sitenin iletisim kisminda destek maili olarak info@kebapci-x.com.tr yazsin",
    "ایمیل پشتیبانی support@farsh-x.ir رو توی فوتر گذاشتم",
]

STILL = [
    # should flag
    ("write me: pagalba.jonas@gmail.com", "pagalba.jonas@gmail.com"),
    ("my mail pagalba@jonas-dizainas.lt", "pagalba@jonas-dizainas.lt"),
    ("noreply.anna@gmail.com is my old box", "noreply.anna@gmail.com"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_reaches_nobody(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), STILL)
def test_someones_box(text: str, value: str) -> None:
    assert found(text) == [value]
