"""Typing in the chat composer: underlines at the exact spans, the card, safe rewrites that the
page's own send sees, and the send guard. Fiverr's imitation has a React-style controlled
<textarea>; Upwork's a contenteditable editor."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Locator, Page, expect

FIVERR = "https://www.fiverr.com/inbox/buyer_jane"
UPWORK = "https://www.upwork.com/ab/messages/rooms/room_42"
VIOLATING = "Can we continue on WhatsApp? my number is +1 415 555 0123"
CLEAN = "Thanks Jane! I can deliver the first logo concepts by Friday."


def type_into(page: Page, selector: str, text: str) -> None:
    field = page.locator(selector)
    field.click()
    field.press_sequentially(text)


def fiverr_draft(page: Page, gg: Any, text: str, findings: int) -> tuple[Locator, Any]:
    """Fiverr's composer with `text` typed in and its `findings` underlined: (textarea, ui)."""
    page.goto(FIVERR)
    type_into(page, "textarea", text)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_count(findings)
    return page.locator("textarea"), ui


def expected_spans(gg: Any, service: Any, text: str, platform: str) -> list[str]:
    answer = gg.lint(service, text, platform)
    return [gg.utf16_slice(text, f["start"], f["end"]) for f in answer["findings"]]


def test_textarea_underlines_the_exact_spans(page: Page, service: Any, gg: Any) -> None:
    page.goto(FIVERR)
    type_into(page, "textarea", VIOLATING)
    ui = gg.UI(page)
    expected = expected_spans(gg, service, VIOLATING, "fiverr")
    assert expected == ["Can we continue on WhatsApp?", "+1 415 555 0123"]
    expect(ui.underlines()).to_have_text(expected)
    expect(ui.underlines().first).to_have_class("gg-underline gg-error")
    expect(ui.badge()).to_have_text("2")
    # The page's own text is never changed.
    expect(page.locator("textarea")).to_have_value(VIOLATING)


def test_contenteditable_underlines_the_exact_spans(page: Page, service: Any, gg: Any) -> None:
    page.goto(UPWORK)
    text = "Happy to help. Pay me via PayPal and call me: +1 415 555 0123"
    type_into(page, "[contenteditable]", text)
    expected = expected_spans(gg, service, text, "upwork")
    assert "+1 415 555 0123" in expected
    gg.wait_for_highlights(page, expected)
    expect(page.locator("[contenteditable]")).to_have_text(text)


def test_card_shows_the_message_and_policy_link(page: Page, service: Any, gg: Any) -> None:
    page.goto(FIVERR)
    text = "Sure! my number is +1 415 555 0123"
    type_into(page, "textarea", text)
    ui = gg.UI(page)
    (finding,) = gg.lint(service, text, "fiverr")["findings"]
    expect(ui.underlines()).to_have_text(["+1 415 555 0123"])
    ui.underlines().first.hover(force=True)  # the pointer reaches the textarea under it
    card = ui.card()
    expect(card).to_be_visible()
    expect(card.locator(".gg-card-message")).to_have_text(finding["message"])
    link = card.locator("a.gg-policy")
    expect(link).to_have_text(finding["policy"]["title"])
    expect(link).to_have_attribute("href", finding["policy"]["url"])
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    expect(card.locator("[data-action='apply-finding']")).to_have_text("Apply safe rewrite")


def test_the_card_closes_when_the_caret_leaves_its_finding_or_on_its_close_button(
    page: Page, gg: Any
) -> None:
    textarea, ui = fiverr_draft(page, gg, "Sure! my number is +1 415 555 0123", 1)
    card = ui.card()
    for _ in range(3):
        textarea.press("ArrowLeft")  # the caret walks into the number: its card opens
    expect(card).to_be_visible()
    textarea.press("Home")  # out of the finding, to the line being typed: the card goes
    expect(card).to_be_hidden()
    textarea.press("End")
    textarea.press("ArrowLeft")
    expect(card).to_be_visible()
    card.locator("[data-action='close']").click()
    expect(card).to_be_hidden()
    expect(textarea).to_be_focused()


def test_the_keyboard_steps_through_every_finding_and_escape_returns_to_the_composer(
    page: Page, service: Any, gg: Any
) -> None:
    textarea, ui = fiverr_draft(page, gg, VIOLATING, 2)
    messages = [f["message"] for f in gg.lint(service, VIOLATING, "fiverr")["findings"]]
    card = ui.card()
    textarea.press("Home")
    textarea.press("Alt+Shift+G")  # the card of the finding at the caret, the keyboard in it
    expect(card).to_be_visible()
    expect(card.locator(".gg-nav-where")).to_have_text("1 of 2")
    expect(card.locator(".gg-card-message")).to_have_text(messages[0])
    page.keyboard.press("ArrowRight")
    expect(card.locator(".gg-nav-where")).to_have_text("2 of 2")
    expect(card.locator(".gg-card-message")).to_have_text(messages[1])
    card.locator("[data-action='next']").click()  # and round again
    expect(card.locator(".gg-nav-where")).to_have_text("1 of 2")
    page.keyboard.press("Escape")
    expect(card).to_be_hidden()
    expect(textarea).to_be_focused()
    expect(textarea).to_have_value(VIOLATING)


def test_the_card_is_a_dialog_named_by_its_problem_and_the_composer_says_it_is_invalid(
    page: Page, gg: Any
) -> None:
    textarea, ui = fiverr_draft(page, gg, "Sure! my number is +1 415 555 0123", 1)
    expect(textarea).to_have_attribute("aria-invalid", "true")
    expect(textarea).to_have_attribute("aria-description", "GigGuard: 1 problem in this draft")
    ui.underlines().first.hover(force=True)
    expect(page.get_by_role("dialog", name="Phone number shared")).to_be_visible()
    textarea.press("Control+a")
    textarea.press_sequentially(CLEAN)
    expect(ui.underlines()).to_have_count(0)
    expect(textarea).not_to_have_attribute("aria-invalid", "true")
    expect(textarea).not_to_have_attribute("aria-description", "GigGuard: 1 problem in this draft")


def test_applying_a_finding_changes_what_the_page_sends(
    page: Page, service: Any, gg: Any, sent: Any
) -> None:
    page.goto(FIVERR)
    text = "Hi Jane! my number is +1 415 555 0123"
    type_into(page, "textarea", text)
    ui = gg.UI(page)
    (finding,) = gg.lint(service, text, "fiverr")["findings"]
    expected = gg.apply_replacement(text, finding)
    expect(ui.underlines()).to_have_count(1)
    ui.underlines().first.hover(force=True)  # the pointer reaches the textarea under it
    ui.action("apply-finding").click()
    expect(page.locator("textarea")).to_have_value(expected)
    # The page's controlled state saw an input event: its own send posts the new text.
    assert page.evaluate("() => window.fixture.draft") == expected
    ui.checked_clean()
    page.locator("textarea").press("Enter")
    expect(page.locator("[data-direction='outgoing']")).to_have_text([expected])
    assert sent.texts() == [expected]


def test_undo_restores_the_draft_after_a_rewrite(page: Page, gg: Any) -> None:
    # execCommand('insertText') goes through the editor's undo stack.
    page.goto(FIVERR)
    text = "Hi Jane! my number is +1 415 555 0123"
    type_into(page, "textarea", text)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_count(1)
    ui.underlines().first.hover(force=True)  # the pointer reaches the textarea under it
    ui.action("apply-finding").click()
    expect(page.locator("textarea")).not_to_have_value(text)
    page.locator("textarea").press("Control+z")
    expect(page.locator("textarea")).to_have_value(text)


def test_whole_draft_rewrite_in_contenteditable(
    page: Page, service: Any, gg: Any, sent: Any
) -> None:
    page.goto(UPWORK)
    type_into(page, "[contenteditable]", VIOLATING)
    rewrite = gg.lint(service, VIOLATING, "upwork")["rewrite"]
    gg.wait_for_highlights(page, expected_spans(gg, service, VIOLATING, "upwork"))
    ui = gg.UI(page)
    ui.badge().click()  # opens the card of the first finding
    ui.action("apply-rewrite").click()
    expect(page.locator("[contenteditable]")).to_have_text(rewrite)
    ui.checked_clean()
    page.locator("[data-test='send-button']").click()
    expect(page.locator(".up-message.outgoing")).to_have_text([rewrite])
    assert sent.texts() == [rewrite]


def test_enter_is_held_on_errors_and_passes_on_clean_drafts(page: Page, gg: Any, sent: Any) -> None:
    textarea, ui = fiverr_draft(page, gg, VIOLATING, 2)
    textarea.press("Enter")
    expect(ui.banner()).to_be_visible()
    expect(ui.banner().locator(".gg-banner-text")).to_contain_text(
        "GigGuard held this message: This moves the conversation off Fiverr. (+1 more)"
    )
    expect(textarea).to_have_value(VIOLATING)  # the page's send did not run (it clears the box)
    # A clean draft goes through; the held one never reached the page's endpoint.
    ui.action("dismiss").click()
    textarea.press("Control+a")
    textarea.press_sequentially(CLEAN)
    expect(ui.underlines()).to_have_count(0)
    expect(ui.banner()).to_be_hidden()
    ui.checked_clean()
    textarea.press("Enter")
    expect(page.locator("[data-direction='outgoing']")).to_have_text([CLEAN])
    assert sent.texts() == [CLEAN]


def test_enter_right_after_typing_waits_for_the_check(page: Page, gg: Any, sent: Any) -> None:
    # No pause between the last key and Enter: the send waits for the answer, then is held…
    page.goto(FIVERR)
    textarea = page.locator("textarea")
    textarea.click()
    textarea.press_sequentially("Sure! my number is +1 415 555 0123")
    textarea.press("Enter")
    ui = gg.UI(page)
    expect(ui.banner()).to_contain_text("GigGuard held this message: This shares a phone number.")
    expect(textarea).to_have_value("Sure! my number is +1 415 555 0123")
    # …or, for a clean draft, goes out as soon as it is checked.
    ui.action("dismiss").click()
    textarea.press("Control+a")
    textarea.press_sequentially(CLEAN)
    textarea.press("Enter")
    expect(page.locator("[data-direction='outgoing']")).to_have_text([CLEAN])
    assert sent.texts() == [CLEAN]


def test_an_edit_inside_a_finding_undone_before_the_debounce_is_still_held(
    page: Page, gg: Any, sent: Any
) -> None:
    # A digit deleted inside the phone number drops its underline; typed back at once, the
    # draft is the very text last checked, and Enter must still wait for a fresh answer.
    draft = "Sure! my number is +1 415 555 0123"
    textarea, ui = fiverr_draft(page, gg, draft, 1)
    textarea.press("Backspace")
    textarea.press("3")
    textarea.press("Enter")
    expect(ui.banner()).to_contain_text("GigGuard held this message: This shares a phone number.")
    expect(textarea).to_have_value(draft)
    expect(ui.underlines()).to_have_count(1)
    assert sent.texts() == []


def test_shift_enter_is_never_held(page: Page, gg: Any) -> None:
    page.goto(UPWORK)
    editor = page.locator("[contenteditable]")
    type_into(page, "[contenteditable]", "my number is +1 415 555 0123")
    gg.wait_for_highlights(page, ["+1 415 555 0123"])
    editor.press("Shift+Enter")
    editor.press_sequentially("thanks")
    expect(editor).to_contain_text("thanks")
    expect(gg.UI(page).banner()).to_have_count(0)


def test_send_button_is_held_and_send_anyway_sends(page: Page, gg: Any, sent: Any) -> None:
    page.goto(UPWORK)
    text = "my number is +1 415 555 0123"
    type_into(page, "[contenteditable]", text)
    gg.wait_for_highlights(page, ["+1 415 555 0123"])
    page.locator("[data-test='send-button']").click()
    ui = gg.UI(page)
    expect(ui.banner()).to_contain_text("GigGuard held this message: This shares a phone number.")
    expect(page.locator("[contenteditable]")).to_have_text(text)
    ui.action("send-anyway").click()
    expect(page.locator(".up-message.outgoing")).to_have_text([text])
    assert sent.texts() == [text]


def test_send_anyway_sends_on_a_page_that_sends_on_keypress(page: Page, gg: Any, sent: Any) -> None:
    page.goto("https://www.freelancer.com/messages/thread/1")
    composer = page.locator("[data-qa='renamed-composer']")
    type_into(page, "[data-qa='renamed-composer']", VIOLATING)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_count(2)
    composer.press("Enter")
    expect(ui.banner()).to_be_visible()
    expect(composer).to_have_value(VIOLATING)
    assert sent.texts() == []
    ui.action("send-anyway").click()
    expect(composer).to_have_value("")
    assert sent.texts() == [VIOLATING]


def test_team_policy_disables_send_anyway(page: Page, gg: Any, extension: Any) -> None:
    extension.set_settings(allowSendAnyway=False)
    page.goto(FIVERR)
    type_into(page, "textarea", "my number is +1 415 555 0123")
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_count(1)
    page.locator("[data-testid='send-message-button']").click()
    expect(ui.banner()).to_be_visible()
    expect(ui.banner().locator("[data-action='send-anyway']")).to_be_disabled()
    expect(ui.banner()).to_contain_text("Your team’s policy does not allow sending this anyway.")
    # The fix is still offered, and once applied the button sends.
    ui.banner().locator("[data-action='apply-rewrite']").click()
    ui.checked_clean()
    expect(ui.banner()).to_be_hidden()


def test_emoji_before_a_finding_keeps_underlines_aligned(page: Page, service: Any, gg: Any) -> None:
    # Astral emoji (two UTF-16 units each), a skin-tone modifier and a ZWJ family sequence.
    text = "😀👍🏽 Hi 👨‍👩‍👧! call me: +1 415 555 0123"
    page.goto(FIVERR)
    type_into(page, "textarea", text)
    ui = gg.UI(page)
    expected = expected_spans(gg, service, text, "fiverr")
    assert "+1 415 555 0123" in expected
    expect(ui.underlines()).to_have_text(expected)
    # Emoji typed before the finding while it is underlined: still on the same words, both as
    # carried across the edit and as answered again.
    page.locator("textarea").press("Control+Home")
    page.locator("textarea").press_sequentially("🎉🎉 ")
    expect(page.locator("textarea")).to_have_value("🎉🎉 " + text)
    expect(ui.underlines()).to_have_text(expected)
    ui.checked()
    expect(ui.underlines()).to_have_text(expected)


def test_emoji_before_a_finding_in_contenteditable(page: Page, service: Any, gg: Any) -> None:
    text = "🙂 ok 👍🏽 call me: +1 415 555 0123"
    page.goto(UPWORK)
    type_into(page, "[contenteditable]", text)
    expected = expected_spans(gg, service, text, "upwork")
    gg.wait_for_highlights(page, expected)
    assert "+1 415 555 0123" in gg.highlight_texts(page)
