"""PeoplePerHour, 99designs and Guru, each as its chat sends: a form submitted by Enter or its
submit button (PeoplePerHour), a contenteditable sent on keypress or form submit (99designs), a
textarea sent on keydown or a plain button (Guru). On each: the exact span underlined, the card,
a fix the page's own send sees, the guard on Enter and on the send button, and Send anyway."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from playwright.sync_api import Page, expect

DRAFT = "Hi Jane! my number is +1 415 555 0123"
PHONE = "+1 415 555 0123"


@dataclass(frozen=True)
class Site:
    platform: str
    url: str
    field: str
    send: str
    sent: str  # the page's own record of a message it sent


SITES = [
    Site(
        "peopleperhour",
        "https://www.peopleperhour.com/dashboard/workstream/WS123",
        "#workstream-message",
        ".workstream-composer button[type='submit']",
        ".stream-item.outgoing",
    ),
    Site(
        "99designs",
        "https://99designs.com/projects/logo-for-a-bakery/messages",
        ".message-composer [contenteditable]",
        ".message-composer button[type='submit']",
        ".message--sent",
    ),
    Site(
        "guru",
        "https://www.guru.com/workroom/WR77",
        "#messageText",
        "#sendMessage",
        ".message.mine",
    ),
]


def underlined(page: Page, site: Site, gg: Any) -> Any:
    ui = gg.UI(page)
    if site.platform == "99designs":
        gg.wait_for_highlights(page, [PHONE])
    else:
        expect(ui.underlines()).to_have_text([PHONE])
    return ui


@pytest.fixture(params=SITES, ids=[site.platform for site in SITES])
def site(request: pytest.FixtureRequest, page: Page) -> Site:
    chosen: Site = request.param
    page.goto(chosen.url)
    page.locator(chosen.field).click()
    return chosen


def test_the_guard_holds_enter_and_the_send_button_and_send_anyway_sends(
    page: Page, site: Site, gg: Any, sent: Any
) -> None:
    field = page.locator(site.field)
    field.press_sequentially(DRAFT)
    ui = underlined(page, site, gg)
    field.press("Enter")
    expect(ui.banner()).to_contain_text("GigGuard held this message: This shares a phone number.")
    ui.action("dismiss").click()
    page.locator(site.send).click()
    expect(ui.banner()).to_be_visible()
    assert sent.texts() == []
    ui.action("send-anyway").click()
    expect(page.locator(site.sent)).to_have_count(1)
    assert sent.texts() == [DRAFT]


def test_a_fix_is_what_the_page_sends(
    page: Page, site: Site, service: Any, gg: Any, sent: Any
) -> None:
    field = page.locator(site.field)
    field.press_sequentially(DRAFT)
    ui = underlined(page, site, gg)
    (finding,) = gg.lint(service, DRAFT, site.platform, phase="in_order")["findings"]
    expected = gg.apply_replacement(DRAFT, finding)
    ui.badge().click()
    expect(ui.card().locator(".gg-card-title")).to_have_text("Phone number shared")
    ui.action("apply-finding").click()
    ui.checked_clean()
    field.press("Enter")
    expect(page.locator(site.sent)).to_have_count(1)
    assert sent.texts() == [expected]
