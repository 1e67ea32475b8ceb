"""Finding the composer: after single-page navigation, inside an iframe, on markup no adapter
knows, and never where the page opted out or the field cannot be typed in."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page, expect

DETAIL = "my number is +1 415 555 0123"


def test_single_page_navigation_into_a_conversation_attaches(
    page: Page, gg: Any, sent: Any
) -> None:
    page.goto("https://www.fiverr.com/inbox")
    page.evaluate("() => { window.loadedOnce = true; }")
    page.get_by_test_id("conversation-link").click()
    expect(page).to_have_url("https://www.fiverr.com/inbox/buyer_jane")
    assert page.evaluate("() => window.loadedOnce") is True, "the page must not have reloaded"
    textarea = page.locator("textarea")
    textarea.click()
    textarea.press_sequentially(DETAIL)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_text(["+1 415 555 0123"])
    textarea.press("Enter")
    expect(ui.banner()).to_be_visible()
    assert sent.texts() == []


def test_iframe_composer_attaches_and_is_guarded(page: Page, gg: Any, sent: Any) -> None:
    page.goto("https://www.upwork.com/nx/messages/embedded")
    frame = page.frame_locator("[data-test='composer-frame']")
    textarea = frame.locator("textarea")
    textarea.click()
    textarea.press_sequentially(DETAIL)
    ui = gg.UI(frame)
    expect(ui.underlines()).to_have_text(["+1 415 555 0123"])
    textarea.press("Enter")
    # The banner is drawn in the page above the frame, so the frame's box cannot clip it.
    top = gg.UI(page)
    expect(top.banner()).to_contain_text("GigGuard held this message")
    expect(textarea).to_have_value(DETAIL)
    top.banner().locator("[data-action='apply-rewrite']").click()
    ui.checked_clean()
    rewritten = textarea.input_value()
    textarea.press("Enter")
    expect(frame.locator("[data-test='sent-status']")).to_have_text("Sent")
    assert sent.texts() == [rewritten]
    assert "555" not in rewritten


def test_the_card_of_a_composer_in_an_iframe_is_not_clipped_by_the_frame(
    page: Page, gg: Any
) -> None:
    page.goto("https://www.upwork.com/nx/messages/embedded")
    frame = page.frame_locator("[data-test='composer-frame']")
    textarea = frame.locator("textarea")
    textarea.click()
    textarea.press_sequentially(DETAIL)
    ui, top = gg.UI(frame), gg.UI(page)
    expect(ui.underlines()).to_have_text(["+1 415 555 0123"])
    ui.badge().click()
    card = top.card()
    expect(card).to_be_visible()
    box = card.bounding_box()
    frame_box = page.locator("[data-test='composer-frame']").bounding_box()
    assert box is not None and frame_box is not None
    viewport = page.viewport_size or {"width": 0, "height": 0}
    # All of the card is on screen, and it sits next to the underline's frame, not inside it.
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
    assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]
    assert (
        box["y"] + box["height"] > frame_box["y"] + frame_box["height"] or box["y"] < frame_box["y"]
    )
    top.action("apply-finding").click()
    expect(textarea).not_to_have_value(DETAIL)
    ui.checked_clean()


def test_changed_markup_still_underlines_in_the_focused_field(page: Page, gg: Any) -> None:
    # No adapter selector matches this composer: attaching to the focused field still works.
    page.goto("https://www.freelancer.com/messages/thread/1")
    field = page.locator("[data-qa='renamed-composer']")
    field.click()
    field.press_sequentially(DETAIL)
    expect(gg.UI(page).underlines()).to_have_text(["+1 415 555 0123"])


def test_page_opt_outs_readonly_and_disabled_fields_are_left_alone(page: Page, gg: Any) -> None:
    page.goto("https://www.freelancer.com/messages/thread/1")
    for selector in ("[data-qa='opted-out']", "[data-qa='opted-out-editable']"):
        page.locator(selector).click()
        page.locator(selector).press_sequentially(DETAIL)
    # Then a field GigGuard may check: once it is underlined (its request went out after the
    # opted-out fields were typed in), nothing else on the page is.
    composer = page.locator("[data-qa='renamed-composer']")
    composer.click()
    composer.press_sequentially(DETAIL)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_count(1)
    expect(ui.badge()).to_have_count(1)
    assert gg.highlight_texts(page) == []
    # The read-only field holds an e-mail address from the start and was never underlined.
    assert page.locator("[data-qa='readonly']").input_value() == "Reach me at john@gmail.com"


def test_turning_a_site_off_and_on(page: Page, gg: Any, extension: Any) -> None:
    page.goto("https://www.fiverr.com/inbox/buyer_jane")
    textarea = page.locator("textarea")
    textarea.click()
    textarea.press_sequentially(DETAIL)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_count(1)
    extension.set_settings(sites={"fiverr": False})
    expect(ui.underlines()).to_have_count(0)
    expect(ui.badge()).to_have_count(0)
    textarea.press("Enter")  # nothing holds it while GigGuard is off here
    expect(page.locator("[data-direction='outgoing']")).to_have_text([DETAIL])
    extension.set_settings(sites={"fiverr": True})
    textarea.click()
    textarea.press_sequentially(DETAIL)
    expect(ui.underlines()).to_have_text(["+1 415 555 0123"])
