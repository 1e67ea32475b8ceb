"""Every page shape the extension meets, through the same three steps: one fix applied and
undone, then the whole-draft rewrite from the banner that held Enter, then the send button held
and Send anyway. Shapes: Fiverr's React-controlled textarea, Upwork's contenteditable, a
composer in a same-origin iframe, web components' textarea and contenteditable in a shadow root,
an editor that rebuilds its DOM after every input, and PeoplePerHour, 99designs and Guru."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

DRAFT = "Can we continue on WhatsApp? my number is +1 415 555 0123"


@dataclass(frozen=True)
class Shape:
    url: str
    field: str
    send: str
    platform: str = "fiverr"
    phase: str = "pre_order"
    frame: str | None = None  # the iframe the composer lives in
    # The rebuilding imitation has no history of its own and replaces its nodes from script,
    # which empties the browser's undo stack: nothing typed there can be undone either.
    undo: bool = True

    def scope(self, page: Page) -> Any:
        return page.frame_locator(self.frame) if self.frame else page

    def text(self, page: Page) -> str:
        field: Locator = self.scope(page).locator(self.field)
        value: str = field.evaluate(
            "(el) => el.value !== undefined ? el.value : el.innerText.replace(/\\n$/, '')"
        )
        return value


def until(page: Page, check: Any, what: str) -> None:
    """Waits (10 s at most) until `check()` holds: for state outside the page's DOM (the editor's
    value, what the page's send posted)."""
    for _ in range(200):
        if check():
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"timed out waiting for {what}")


SHAPES = {
    "react-textarea": Shape(
        "https://www.fiverr.com/inbox/buyer_jane", "textarea",
        "[data-testid='send-message-button']",
    ),
    "contenteditable": Shape(
        "https://www.upwork.com/ab/messages/rooms/room_42", "[data-test='editor']",
        "[data-test='send-button']", "upwork",
    ),
    "iframe": Shape(
        "https://www.upwork.com/nx/messages/embedded", "textarea", "[data-test='send-button']",
        "upwork", frame="[data-test='composer-frame']",
    ),
    "shadow-textarea": Shape(
        "https://www.fiverr.com/inbox/shadow-textarea", "chat-composer [data-testid='message-input']",
        "chat-composer [data-testid='send-message-button']",
    ),
    "shadow-editable": Shape(
        "https://www.fiverr.com/inbox/shadow-editable", "chat-composer [data-testid='message-input']",
        "chat-composer [data-testid='send-message-button']",
    ),
    "rebuilding": Shape(
        "https://www.fiverr.com/inbox/editor-rebuilding", "[data-testid='message-input']",
        "[data-testid='send-message-button']", undo=False,
    ),
    "peopleperhour": Shape(
        "https://www.peopleperhour.com/dashboard/workstream/WS123", "#workstream-message",
        ".workstream-composer button[type='submit']", "peopleperhour", "in_order",
    ),
    "99designs": Shape(
        "https://99designs.com/projects/logo-for-a-bakery/messages",
        ".message-composer [contenteditable]", ".message-composer button[type='submit']",
        "99designs", "in_order",
    ),
    "guru": Shape(
        "https://www.guru.com/workroom/WR77", "#messageText", "#sendMessage", "guru", "in_order",
    ),
}  # fmt: skip


@pytest.fixture(params=list(SHAPES))
def shape(request: pytest.FixtureRequest, page: Page, gg: Any) -> Shape:
    chosen: Shape = SHAPES[request.param]
    page.goto(chosen.url)
    field = chosen.scope(page).locator(chosen.field)
    field.click()
    page.evaluate(
        "() => addEventListener('keydown', () => { window.lastKeyAt = performance.now(); }, true)"
    )
    field.press_sequentially(DRAFT)
    expect(gg.UI(chosen.scope(page)).badge()).to_have_text("2")
    return chosen


def test_one_fix_applied_and_undone(page: Page, shape: Shape, service: Any, gg: Any) -> None:
    findings = gg.lint(service, DRAFT, shape.platform, phase=shape.phase)["findings"]
    expected = gg.apply_replacement(DRAFT, findings[0])
    ui = gg.UI(shape.scope(page))
    # After the browser's typing-grouping window, so the fix is its own undo step.
    page.wait_for_function("() => performance.now() - (window.lastKeyAt || 0) > 1100")
    ui.badge().click()
    gg.UI(page).action("apply-finding").click()  # the card is in the top page, even for a frame
    until(page, lambda: shape.text(page) == expected, "the fix")
    if not shape.undo:
        return
    shape.scope(page).locator(shape.field).focus()
    page.keyboard.press("Control+z")
    until(page, lambda: shape.text(page) == DRAFT, "the undo")
    expect(ui.badge()).to_have_text("2")


def test_enter_is_held_and_the_banner_rewrites_the_whole_draft(
    page: Page, shape: Shape, service: Any, gg: Any, sent: Any
) -> None:
    rewrite = gg.lint(service, DRAFT, shape.platform, phase=shape.phase)["rewrite"]
    field = shape.scope(page).locator(shape.field)
    field.press("Enter")
    top = gg.UI(page)
    expect(top.banner()).to_contain_text("GigGuard held this message")
    assert sent.texts() == []
    top.banner().locator("[data-action='apply-rewrite']").click()
    gg.UI(shape.scope(page)).checked_clean()
    assert shape.text(page) == rewrite
    field.press("Enter")
    until(page, lambda: sent.texts() == [rewrite], "the page's send")


def test_the_send_button_is_held_and_send_anyway_sends(
    page: Page, shape: Shape, gg: Any, sent: Any
) -> None:
    shape.scope(page).locator(shape.send).click()
    top = gg.UI(page)
    expect(top.banner()).to_contain_text("GigGuard held this message")
    assert sent.texts() == []
    top.action("send-anyway").click()
    until(page, lambda: sent.texts() == [DRAFT], "the page's send")
