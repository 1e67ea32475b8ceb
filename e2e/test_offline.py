"""The service going away: the extension says so plainly and never blocks sending."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, expect

DETAIL = "my number is +1 415 555 0123"


@pytest.fixture
def doomed_service(gg: Any, extension: Any) -> Iterator[Any]:
    """A service of this test's own (the shared one keeps running), as the extension's service."""
    local = gg.start_service("service-offline-test")
    try:
        extension.set_settings(serviceUrl=local.url)
        yield local
    finally:
        local.stop()


def test_service_going_down_shows_offline_and_never_blocks(
    page: Page, gg: Any, sent: Any, doomed_service: Any
) -> None:
    page.goto("https://www.fiverr.com/inbox/buyer_jane")
    textarea = page.locator("textarea")
    textarea.click()
    textarea.press_sequentially(DETAIL)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_text(["+1 415 555 0123"])

    doomed_service.stop()
    textarea.press_sequentially(" thanks")
    expect(ui.badge()).to_have_attribute("data-state", "offline")
    expect(ui.badge()).to_have_text("GigGuard offline")
    expect(ui.badge()).to_be_visible()
    expect(ui.underlines()).to_have_count(0)
    textarea.press("Enter")
    expect(page.locator("[data-direction='outgoing']")).to_have_text([f"{DETAIL} thanks"])
    assert sent.texts() == [f"{DETAIL} thanks"]
    expect(ui.banner()).to_have_count(0)


def test_unreachable_service_from_the_start(page: Page, gg: Any, sent: Any, extension: Any) -> None:
    extension.set_settings(serviceUrl=f"http://127.0.0.1:{gg.free_port()}")
    page.goto("https://www.upwork.com/ab/messages/rooms/room_7")
    editor = page.locator("[contenteditable]")
    editor.click()
    editor.press_sequentially(DETAIL)
    ui = gg.UI(page)
    expect(ui.badge()).to_have_text("GigGuard offline")
    page.locator("[data-test='send-button']").click()
    expect(page.locator(".up-message.outgoing")).to_have_text([DETAIL])
    assert sent.texts() == [DETAIL]
