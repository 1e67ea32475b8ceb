"""Channel names that are a topic, not a way to reach anyone: inside a package's or a host's
name, a short word next to an id already found, a template's number of zeros."""

from __future__ import annotations

import pytest

from gigguard.engine.detect import detect
from gigguard.engine.placeholders import is_filler_number


def found(text: str) -> list[tuple[str, str | None]]:
    return [(d.category.value, d.value) for d in detect(text, "fiverr")]


NOTHING = [
    # should not flag
    # a channel's name inside a library's or its docs host's name
    "Library: python-telegram-bot 21.0, docs: docs.python-telegram-bot.org",
    "We use discord-bot-kit 3.2 for the slash commands.",
    "see api.whatsapp-helpers.dev for the wrapper",
    # a template's filler number in a WhatsApp link
    '<a href="https://wa.me/971000000000">WhatsApp</a>',
    "button → wa.me/2348000000000 (replace later)",
    # sound files a bot plays, named after the channel
    "Discord bot sounds: alert_02.ogg and alert_03.ogg, 48 kHz",
]

STILL = [
    # should flag
    ("Meine Skype-ID: jan.kowal_84", "skype:jan.kowal_84"),
    ("Telegram-Kanal: @neuer_kanal", "telegram:@neuer_kanal"),
    ("wa.me/97455123456", "wa.me/97455123456"),
    ("skype: j o h n _ 8 4", "skype:john_84"),
    # a short word after an id already given is no second, spelled-out id
    ("add me on skype: live:.cid.9a8b7c\nCSS for the form is below", "live:.cid.9a8b7c"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_topic_not_channel(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), STILL)
def test_channel_still_found(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]


@pytest.mark.parametrize(
    ("digits", "filler"),
    [("97400000000", True), ("2348000000000", True), ("97455123456", False), ("1000", False)],
)
def test_filler_numbers(digits: str, filler: bool) -> None:
    assert is_filler_number(digits) == filler
