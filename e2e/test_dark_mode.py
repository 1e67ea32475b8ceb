"""Dark mode: the card, the banner, the popup and the options page follow the seller's system
setting (`prefers-color-scheme`), and GigGuard's surfaces turn dark on a dark page too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Locator, Page, expect

FIVERR = "https://www.fiverr.com/inbox/buyer_jane"
DRAFT = "Sure! my number is +1 415 555 0123"


def luminance(locator: Locator) -> float:
    """The relative brightness (0-255) of an element's computed background colour."""
    red, green, blue = locator.evaluate(
        """el => getComputedStyle(el).backgroundColor.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number)"""
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def held_banner(page: Page, gg: Any) -> Locator:
    page.goto(FIVERR)
    textarea = page.locator("textarea")
    textarea.click()
    textarea.press_sequentially(DRAFT)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_count(1)
    textarea.press("Enter")
    expect(ui.banner()).to_be_visible()
    return ui.banner()


@pytest.fixture
def dark_system(page: Page) -> Iterator[Page]:
    page.emulate_media(color_scheme="dark")
    yield page
    page.emulate_media(color_scheme="light")


def test_the_banner_is_light_on_a_light_page_and_system(page: Page, gg: Any) -> None:
    page.emulate_media(color_scheme="light")
    assert luminance(held_banner(page, gg)) > 200


def test_the_banner_is_dark_when_the_system_prefers_dark(dark_system: Page, gg: Any) -> None:
    assert luminance(held_banner(dark_system, gg)) < 60


def test_the_banner_is_dark_on_a_dark_page(page: Page, gg: Any) -> None:
    page.emulate_media(color_scheme="light")
    page.add_init_script(
        "document.addEventListener('DOMContentLoaded', () => {"
        " document.body.style.background = '#121212'; })"
    )
    assert luminance(held_banner(page, gg)) < 60


def test_the_popup_and_options_follow_the_system(context: BrowserContext, extension: Any) -> None:
    for name in ("popup", "options"):
        view = context.new_page()
        try:
            view.emulate_media(color_scheme="dark")
            view.goto(f"chrome-extension://{extension.id}/{name}.html")
            assert luminance(view.locator("body")) < 60, name
            view.emulate_media(color_scheme="light")
            assert luminance(view.locator("body")) > 200, name
        finally:
            view.close()
