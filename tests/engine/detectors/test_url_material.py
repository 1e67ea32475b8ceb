"""The work's own material: public platforms of a trade, viewers of the delivered work, help and
SDK pages, data feeds. Links there are the job, not a way to reach anyone; a person's own page on
such a site still is."""

from __future__ import annotations

import pytest

from gigguard.engine.detectors import url
from gigguard.engine.detectors.base import REPORT_THRESHOLD, DetectionContext
from gigguard.engine.normalize import normalize


def found(text: str) -> list[tuple[str, str | None]]:
    """(the original text flagged, value) of every reportable url detection."""
    detections = url.detect(normalize(text), DetectionContext("fiverr"))
    return [
        (text[d.start : d.end], d.value) for d in detections if d.confidence >= REPORT_THRESHOLD
    ]


MATERIAL = [
    # should not flag
    # a trade's public platforms, named as the tools of the job
    "Dispečers ar 5 gadu pieredzi: Timocom.com un Trans.eu, reefer un tents.",
    "Ищу грузы на Trans.eu и Della.ru для двух тягачей.",
    "Bracket je na start.gg, prijave do petka.",
    "We pull the results from Challonge.com every hour.",
    "Objekt je na Sreality.cz i na Bezrealitky.cz.",
    "Channels: Booking.com, Expedia, Trip.com and Hostelworld.com.",
    "Sourcing na hh.ru i Jobs.ge, 20 kandidátov do piatku.",
    "Menu goes live on Talabat.com and Wolt.com next week.",
    # pages of those platforms that are the work: a listing, a help page, a feed
    "Property page: https://www.booking.com/hotel/ge/old-tbilisi-loft.html, resize the photos.",
    "Export: https://www.airbnb.com/calendar/ical/98765.ics?s=zz99",
    "Per https://partner.booking.com/en-gb/help/policies the fee is charged monthly.",
    "Tournament page: start.gg/tournament/spring-cup-2025/details",
    # the delivered work in its viewer
    "Tours:\nmy.matterport.com/show/?m=AbCdEf12345\nmy.matterport.com/show/?m=ZyXwVu98765",
    "3D model: sketchfab.com/models/3f2a9c1b0d",
    # SDK and help pages, and documentation named in the languages of the drafts
    "SDK docs: acme-maps.github.io/viewer-sdk/",
    "dokumentácia je na acme-tours.github.io/embed-kit/",
    "dokumentacija: bracketbot.gitbook.io/setup",
    "hujjat: tg-bot-kit.dev/start",
    "Knowledge base: gridpanel.io/kb/import-guests",
    # data feeds a program reads
    "Rates come from cbr-mirror.net/daily/json/ every morning.",
    "ERROR 401 https://feeds.rentalhub.io/hotels/xml/availability",
]

STILL_SOMEONES = [
    # should flag
    ("My profile: start.gg/user/ab12cd34", "start.gg/user/ab12cd34"),
    ("Hosting since 2019: airbnb.com/users/show/4412298", "airbnb.com/users/show/4412298"),
    ("My own site: kaunas-dispatch.lt", "kaunas-dispatch.lt"),
    ("Tour of my studio: tourmaker-olomouc.cz/3d", "tourmaker-olomouc.cz/3d"),
    ("help page: mytours.cz", "mytours.cz"),
]


@pytest.mark.parametrize("text", MATERIAL)
def test_the_works_material_is_not_a_contact(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), STILL_SOMEONES)
def test_someones_own_page_still_is(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]


def test_each_public_site_is_one_registered_name() -> None:
    """A table written in pieces stays one name a word: two pieces glued without a space would
    make "compari.robooking.com" and match nothing."""
    from gigguard.engine.detectors.url_material import _PUBLIC_SITES
    from gigguard.engine.domains import registrable_domain

    assert sorted(s for s in _PUBLIC_SITES if registrable_domain(s) != s) == []
