"""A composer inside an open shadow root (a web component's, as Lit, LWC and Shoelace build
them): the adapters' selectors cannot reach it, but the seller's focus and input do."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

DRAFT = "Hi Jane! my number is +1 415 555 0123"
PHONE = "+1 415 555 0123"
FIELD = "chat-composer [data-testid='message-input']"  # Playwright's CSS pierces open shadow roots


@pytest.mark.parametrize("kind", ["textarea", "editable"])
def test_a_composer_in_a_shadow_root_is_underlined_guarded_and_fixed(
    page: Page, kind: str, service: Any, gg: Any, sent: Any
) -> None:
    page.goto(f"https://www.fiverr.com/inbox/shadow-{kind}")
    field = page.locator(FIELD)
    field.click()
    field.press_sequentially(DRAFT)
    ui = gg.UI(page)
    if kind == "textarea":
        expect(ui.underlines()).to_have_text([PHONE])
    else:
        gg.wait_for_highlights(page, [PHONE])
        # The highlight's style reaches into the shadow tree (the page's styles would not).
        style = field.evaluate(
            "(el) => getComputedStyle(el, '::highlight(gigguard-error)').textDecorationLine"
        )
        assert style == "underline"
    expect(ui.badge()).to_have_text("1")
    field.press("Enter")
    expect(ui.banner()).to_contain_text("GigGuard held this message: This shares a phone number.")
    page.locator("chat-composer [data-testid='send-message-button']").click()
    expect(ui.banner()).to_be_visible()
    assert sent.texts() == []
    (finding,) = gg.lint(service, DRAFT, "fiverr")["findings"]
    expected = gg.apply_replacement(DRAFT, finding)
    ui.action("dismiss").click()
    ui.badge().click()
    ui.action("apply-finding").click()
    ui.checked_clean()
    field.press("Enter")
    expect(page.locator(".message-flow div")).to_have_count(1)
    assert sent.texts() == [expected]
