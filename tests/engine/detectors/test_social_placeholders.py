"""Profile links and handles that reach nobody: a template's sample profile, and the word "is"
of languages where it is also another language's everyday word."""

from __future__ import annotations

import pytest

from gigguard.engine.detect import detect


def found(text: str) -> list[tuple[str, str | None]]:
    return [(d.category.value, d.value) for d in detect(text, "fiverr")]


NOTHING = [
    # should not flag
    # a template's or a spec's sample profile, under any network
    "Columns: Name | LinkedIn | Salary\nSample: Ann Test | linkedin.com/in/example | 3000",
    "LinkedIn URLs in full, e.g. linkedin.com/in/example-name",
    "Link the footer icon to instagram.com/yourname for now.",
    "Booking button: calendly.com/yourname/30min until they send theirs.",
    # "is" that is also a pronoun or a verb elsewhere: no handle of a plain word
    "Ajoutez-moi sur Telegram, je réponds plus vite.",
    "moj insta je super aktivan",
    # an image size at a sentence's end, the next line's first word joined on
    "A4 and a version for Instagram 1080x1350.\nΟ budget is 400 €.",
]

HANDLES = [
    # should flag
    ("moj insta je kova_clips_st", "instagram:@kova_clips_st"),
    ("usput, moj insta je 📸 kova_clips_st, tamo su klipovi", "instagram:@kova_clips_st"),
    ("mój insta jest brzeg.foto", "instagram:@brzeg.foto"),
    ("mans insta ir liga_clips_lv", "instagram:@liga_clips_lv"),
    ("linkedin.com/in/jana-novak-dev", "linkedin.com/in/jana-novak-dev"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_nobody_to_reach(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), HANDLES)
def test_the_handle_after_is(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]
