"""Bare names that are half of an e-mail address written around them: the url detector stays off
both halves, whether the at-word is one a table holds or one in a script no table knows yet."""

from __future__ import annotations

import pytest

from gigguard.engine.detectors import url
from gigguard.engine.detectors.base import REPORT_THRESHOLD, DetectionContext
from gigguard.engine.normalize import normalize


def found(text: str) -> list[str | None]:
    detections = url.detect(normalize(text), DetectionContext("fiverr"))
    return [d.value for d in detections if d.confidence >= REPORT_THRESHOLD]


HALVES = [
    # should not flag
    # the half after "@": the sign set apart, broken over a line, or a name of the sign
    "mail: studio @ kaunas-foto.lt",
    "write to info@tartu\nwebworks.ee please",
    "adres: biuro małpa brzeg3d kropka pl",
    "adres: biuro malpa brzeg3d kropka pl",
    "írj: kovacs.eva kukac levelezo pont hu",
    "email: ana.k zavináč seznam-like tečka cz",
    "почта: dima.k собака uzmail точка uz",
    # the half before "@": "at", a known name, or one word in another script, then the rest
    "mail me: lina.design at gmail",
    "mail: rustam.web ат gmail",
    "email: zara.studio кучукча bk нуқта ru",
    "ส่งมาที่ ploy.art แอท gmail ดอท com",
    "ഇമെയിൽ anu.menus അറ്റ് ജിമെയിൽ ഡോട്ട് കോം",
    "email: sara.cm ئەت yahoo دۆت com",
]

STILL_SITES = [
    # should flag
    ("see my courses at tartu-design.ee", "tartu-design.ee"),
    ("Portfolio: lina.design, and Instagram too", "lina.design"),
    ("Trans.eu et kaunas-dispatch.lt", "kaunas-dispatch.lt"),
    ("my site kutaisi-it.ge или телеграм", "kutaisi-it.ge"),
]


@pytest.mark.parametrize("text", HALVES)
def test_an_address_half_is_no_site(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), STILL_SITES)
def test_a_site_beside_other_words_stays_a_site(text: str, value: str) -> None:
    assert found(text) == [value]


MORE_HALVES = [
    # should not flag
    # at-words of more languages before the domain, and one no table holds
    "email: aram.k շնիկ webhub կետ am",
    "mail: nino.b dzagluka kutaisi-it tsertili ge",
    "ອີເມວ noy.k ແອັດ laoweb ດອດ la",
    "email: aram.k 詳細 webhub.com",
    "mail 👉 m⭐a⭐r⭐k⭐o⭐@⭐posta-x.cz, napište",
]


@pytest.mark.parametrize("text", MORE_HALVES)
def test_more_at_words(text: str) -> None:
    assert found(text) == []


def test_a_plain_word_before_a_site_is_no_local_part() -> None:
    assert found("check 2 ჩვენი kutaisi-it.ge") == ["kutaisi-it.ge"]


def test_at_after_a_local_part_makes_the_domain_a_half() -> None:
    assert found("write jane.doe at acmestudio dot uz") == []
    assert found("my courses at acmestudio dot uz") == ["acmestudio.uz"]
