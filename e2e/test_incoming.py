"""A buyer's message asking for contact details or outside payment: a quiet marker beside it,
and a compliant reply that goes into the composer."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page, expect

ASKS = "Can you send me your WhatsApp number? I can pay you via PayPal directly, it's cheaper."


def test_incoming_message_gets_a_marker_and_its_reply_can_be_inserted(
    page: Page, service: Any, gg: Any, sent: Any
) -> None:
    page.goto("https://www.fiverr.com/inbox/buyer_jane")
    answer = gg.lint(service, ASKS, "fiverr", direction="incoming")
    assert answer["findings"] and answer["reply"]
    ui = gg.UI(page)
    page.evaluate("(text) => window.fixture.receive(text)", ASKS)
    # One marker: for the new message, not for the harmless one already in the thread.
    expect(ui.markers()).to_have_count(1)
    marker_box = ui.markers().bounding_box()
    message_box = page.locator("[data-direction='incoming']").last.bounding_box()
    assert marker_box and message_box
    assert abs(marker_box["y"] - message_box["y"]) < 2, "the marker sits beside its message"
    ui.markers().click()
    expect(ui.card()).to_be_visible()
    expect(ui.card().locator(".gg-card-quote")).to_have_text(answer["reply"])
    expect(ui.card().locator("a.gg-policy")).to_have_attribute(
        "href", answer["findings"][0]["policy"]["url"]
    )
    ui.action("insert-reply").click()
    textarea = page.locator("textarea")
    expect(textarea).to_have_value(answer["reply"])
    assert page.evaluate("() => window.fixture.draft") == answer["reply"]
    ui.checked_clean()
    textarea.press("Enter")
    expect(page.locator("[data-direction='outgoing']")).to_have_text([answer["reply"]])
    assert sent.texts() == [answer["reply"]]


def test_incoming_message_in_contenteditable_chat(page: Page, service: Any, gg: Any) -> None:
    page.goto("https://www.upwork.com/ab/messages/rooms/room_9")
    text = "Please email me at buyer at outlook dot com so we can skip the fees."
    answer = gg.lint(service, text, "upwork", direction="incoming")
    assert answer["findings"] and answer["reply"], answer
    page.evaluate("(text) => window.fixture.receive(text)", text)
    ui = gg.UI(page)
    expect(ui.markers()).to_have_count(1)
    ui.markers().click()
    ui.action("insert-reply").click()
    expect(page.locator("[contenteditable]")).to_have_text(answer["reply"])
