"""The popup and the options page."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import BrowserContext, expect


def test_popup_shows_the_service_status(context: BrowserContext, extension: Any) -> None:
    popup = context.new_page()
    try:
        popup.goto(f"chrome-extension://{extension.id}/popup.html")
        expect(popup.locator("#service-status")).to_have_attribute("data-state", "online")
        expect(popup.locator("#service-status")).to_contain_text("Online")
    finally:
        popup.close()


def test_popup_says_offline_plainly(context: BrowserContext, extension: Any, gg: Any) -> None:
    extension.set_settings(serviceUrl=f"http://127.0.0.1:{gg.free_port()}")
    popup = context.new_page()
    try:
        popup.goto(f"chrome-extension://{extension.id}/popup.html")
        expect(popup.locator("#service-status")).to_have_attribute("data-state", "offline")
        expect(popup.locator("#service-status")).to_contain_text("GigGuard offline")
    finally:
        popup.close()
        extension.reset()


def test_options_page_saves_every_setting(context: BrowserContext, extension: Any) -> None:
    options = context.new_page()
    try:
        options.goto(f"chrome-extension://{extension.id}/options.html")
        expect(options.locator("body")).to_have_attribute("data-loaded", "true")
        options.check("#strictness-errors")
        options.uncheck("#site-upwork")
        options.uncheck("#allow-send-anyway")
        options.fill("#api-key", "  gg_test_key  ")
        options.click("#save")
        expect(options.locator("#saved")).to_have_text("Saved.")
        saved = extension.settings()
        assert saved["strictness"] == "errors"
        assert saved["sites"]["upwork"] is False
        assert saved["sites"]["fiverr"] is True
        assert saved["allowSendAnyway"] is False
        assert saved["apiKey"] == "gg_test_key"
        assert saved["serviceUrl"] == extension.baseline["serviceUrl"]
        options.fill("#service-url", "not a url")
        options.click("#save")
        # The browser's own URL validation or ours: either way nothing is stored.
        assert extension.settings()["serviceUrl"] == extension.baseline["serviceUrl"]
    finally:
        options.close()
        extension.reset()


def test_the_active_tab_reports_its_draft_counts(
    context: BrowserContext, extension: Any, gg: Any
) -> None:
    # What the popup asks the active tab's content script (GET_DRAFT_STATE), asked here from the
    # options tab: a popup opened as a tab would be its own active tab.
    page = context.new_page()
    try:
        page.goto("https://www.fiverr.com/inbox/buyer_jane")
        page.locator("textarea").click()
        page.locator("textarea").press_sequentially(
            "Can we continue on WhatsApp? my number is +1 415 555 0123"
        )
        expect(gg.UI(page).underlines()).to_have_count(2)
        state = extension.options.evaluate(
            """async (type) => {
                const [tab] = await chrome.tabs.query({url: 'https://www.fiverr.com/inbox/*'});
                return chrome.tabs.sendMessage(tab.id, {type});
            }""",
            extension.constant("GigGuard.messages.MSG.GET_DRAFT_STATE"),
        )
        assert state == {
            "platform": "fiverr",
            "enabled": True,
            "attached": True,
            "offline": False,
            "counts": {"error": 2, "warning": 0, "info": 0},
        }
    finally:
        page.close()


def wait_for_badge(extension: Any, text: str) -> None:
    """Until the Fiverr tab's toolbar badge, read through the extension's own API, shows `text`
    (it follows the draft's answers, so it settles a moment after them)."""
    extension.options.wait_for_function(
        """async (text) => {
            const [tab] = await chrome.tabs.query({url: 'https://www.fiverr.com/inbox/*'});
            return (await chrome.action.getBadgeText({tabId: tab.id})) === text;
        }""",
        arg=text,
        polling=100,
    )


def test_the_toolbar_badge_counts_the_drafts_errors(
    context: BrowserContext, extension: Any, gg: Any
) -> None:
    page = context.new_page()
    try:
        page.goto("https://www.fiverr.com/inbox/buyer_jane")
        textarea = page.locator("textarea")
        textarea.click()
        textarea.press_sequentially("Can we continue on WhatsApp? my number is +1 415 555 0123")
        expect(gg.UI(page).underlines()).to_have_count(2)
        wait_for_badge(extension, "2")
        textarea.press("Control+a")
        textarea.press_sequentially("Thanks Jane! I can deliver the first logo concepts by Friday.")
        expect(gg.UI(page).underlines()).to_have_count(0)
        wait_for_badge(extension, "")
    finally:
        page.close()
