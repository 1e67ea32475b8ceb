"""The interface in the seller's language: Chromium started in Spanish and in Arabic shows the
card, the banner, the badge's name and the options page in that language (right to left for
Arabic), from the extension's _locales; the words checked are read from those files, so the test
holds for any wording the translators choose."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

LOCALES = Path(__file__).resolve().parents[1] / "extension" / "_locales"
DRAFT = "Sure! my number is +1 415 555 0123"


def messages(locale: str) -> dict[str, str]:
    entries = json.loads((LOCALES / locale / "messages.json").read_text(encoding="utf-8"))
    return {key: entry["message"] for key, entry in entries.items()}


def test_every_locale_has_every_key_and_placeholder() -> None:
    english = json.loads((LOCALES / "en" / "messages.json").read_text(encoding="utf-8"))
    locales = sorted(path.name for path in LOCALES.iterdir())
    assert {"en", "es", "pt_BR", "fr", "de", "ru", "tr", "ar", "hi", "id", "zh_CN", "ja"} <= set(
        locales
    )
    for locale in locales:
        translated = json.loads((LOCALES / locale / "messages.json").read_text(encoding="utf-8"))
        assert translated.keys() == english.keys(), locale
        # The Chrome Web Store's limit for an extension's description.
        assert len(translated["extDescription"]["message"]) <= 132, locale
        for key, entry in english.items():
            for name in entry.get("placeholders", {}):
                assert f"${name.upper()}$" in translated[key]["message"].upper(), (locale, key)


@pytest.fixture(scope="module", params=["es", "ar"])
def localized(
    request: pytest.FixtureRequest,
    playwright: Any,
    service: Any,
    sent: Any,
    gg: Any,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, BrowserContext, Any]]:
    locale: str = request.param
    ctx = gg.launch(
        playwright, service, sent, tmp_path_factory.mktemp(f"chromium-{locale}"), locale
    )
    try:
        yield locale, ctx, gg.connect(ctx, service)
    finally:
        ctx.close()


def test_card_banner_and_badge_speak_the_sellers_language(
    localized: tuple[str, BrowserContext, Any], gg: Any
) -> None:
    locale, ctx, _ = localized
    words = messages(locale)
    direction = "rtl" if locale == "ar" else "ltr"
    page: Page = ctx.new_page()
    page.goto("https://www.fiverr.com/inbox/buyer_jane")
    textarea = page.locator("textarea")
    textarea.click()
    textarea.press_sequentially(DRAFT)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_count(1)
    expect(ui.badge()).to_have_attribute("aria-label", words["badgeCountOne"])
    ui.badge().click()
    card = ui.card()
    expect(card.locator(".gg-card-title")).to_have_text(words["titlePhone"])
    expect(card.locator("[data-action='apply-finding']")).to_have_text(words["applyFix"])
    expect(card).to_have_attribute("dir", direction)
    page.keyboard.press("Escape")
    textarea.press("Enter")
    expect(ui.action("send-anyway")).to_have_text(words["sendAnyway"])
    expect(ui.action("dismiss")).to_have_text(words["keepEditing"])
    expect(ui.banner()).to_have_attribute("dir", direction)
    page.close()


def test_options_page_speaks_the_sellers_language(
    localized: tuple[str, BrowserContext, Any],
) -> None:
    locale, _, extension = localized
    words = messages(locale)
    options: Page = extension.options
    options.reload()
    expect(options.locator("h1")).to_have_text(words["optionsTitle"])
    expect(options.locator("#save")).to_have_text(words["optionsSave"])
    expect(options.locator("html")).to_have_attribute("dir", "rtl" if locale == "ar" else "ltr")
    options.click("#save")
    expect(options.locator("#saved")).to_have_text(words["optionsSaved"])
