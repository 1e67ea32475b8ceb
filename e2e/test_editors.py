"""The rich-text editors sellers really type in, from the npm registry (e2e/editors, pinned in its
lockfile and bundled by esbuild): Lexical, TipTap (ProseMirror), Slate, Quill, Draft.js and
CKEditor 5, each as the composer of a Fiverr conversation. In each: the findings are underlined
while the seller types, Enter is held on them, and a safe rewrite lands in the *editor's* state
(what the page sends), not only in its DOM."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

EDITORS = ["lexical", "tiptap", "slate", "quill", "draft", "ckeditor"]
DRAFT = "Hi Jane! my number is +1 415 555 0123"
PHONE = "+1 415 555 0123"
COMPOSER = "[data-testid='message-input']"


def open_editor(page: Page, name: str) -> None:
    page.goto(f"https://www.fiverr.com/inbox/editor-{name}")
    page.wait_for_function("() => !!window.fixtureEditor")
    page.locator(COMPOSER).click()


def editor_text(page: Page) -> str:
    text: str = page.evaluate("() => window.fixtureEditor.text()")
    return text


@pytest.fixture(params=EDITORS)
def editor(request: pytest.FixtureRequest, page: Page) -> str:
    name: str = request.param
    bundle = Path(__file__).resolve().parent / "editors" / "dist" / f"{name}.js"
    if not bundle.is_file():
        pytest.fail(
            f"{bundle} is missing: run `npm ci && npm run build` in e2e/editors (scripts/test does)"
        )
    open_editor(page, name)
    return name


def test_findings_are_underlined_as_the_seller_types(page: Page, editor: str, gg: Any) -> None:
    page.keyboard.type(DRAFT)
    gg.wait_for_highlights(page, [PHONE])
    assert editor_text(page) == DRAFT
    # Typing on after the finding keeps it underlined, however the editor re-renders its DOM.
    page.keyboard.type(" thanks")
    gg.wait_for_highlights(page, [PHONE])
    expect(gg.UI(page).badge()).to_have_text("1")


def test_enter_is_held_and_a_clean_draft_is_sent(
    page: Page, editor: str, gg: Any, sent: Any
) -> None:
    page.keyboard.type(DRAFT)
    gg.wait_for_highlights(page, [PHONE])
    page.keyboard.press("Enter")
    ui = gg.UI(page)
    expect(ui.banner()).to_contain_text("GigGuard held this message: This shares a phone number.")
    assert sent.texts() == []
    assert editor_text(page) == DRAFT  # the editor's own Enter (a new paragraph) did not run
    ui.action("dismiss").click()
    page.locator(COMPOSER).click()
    page.keyboard.press("Control+a")
    page.keyboard.type("Thanks Jane, the first concepts come on Friday.")
    ui.checked_clean()
    page.keyboard.press("Enter")
    expect(page.locator(".message-flow div")).to_have_count(1)
    assert sent.texts() == ["Thanks Jane, the first concepts come on Friday."]


def test_the_send_button_is_held_and_send_anyway_sends_what_the_editor_holds(
    page: Page, editor: str, gg: Any, sent: Any
) -> None:
    page.keyboard.type(DRAFT)
    gg.wait_for_highlights(page, [PHONE])
    ui = gg.UI(page)
    page.locator("[data-testid='send-message-button']").click()
    expect(ui.banner()).to_contain_text("GigGuard held this message: This shares a phone number.")
    assert sent.texts() == []
    ui.action("send-anyway").click()
    expect(page.locator(".message-flow div")).to_have_count(1)
    assert sent.texts() == [DRAFT]


def test_a_safe_rewrite_lands_in_the_editors_state(
    page: Page, editor: str, service: Any, gg: Any, sent: Any
) -> None:
    page.keyboard.type(DRAFT)
    gg.wait_for_highlights(page, [PHONE])
    (finding,) = gg.lint(service, DRAFT, "fiverr")["findings"]
    expected = gg.apply_replacement(DRAFT, finding)
    ui = gg.UI(page)
    ui.badge().click()  # the card of the first finding
    ui.action("apply-finding").click()
    page.wait_for_function("(want) => window.fixtureEditor.text() === want", arg=expected)
    ui.checked_clean()
    page.keyboard.press("Enter")
    expect(page.locator(".message-flow div")).to_have_count(1)
    assert sent.texts() == [expected]


def test_the_whole_draft_rewrite_lands_in_the_editors_state(
    page: Page, editor: str, service: Any, gg: Any, sent: Any
) -> None:
    text = "Can we continue on WhatsApp? my number is +1 415 555 0123"
    page.keyboard.type(text)
    rewrite = gg.lint(service, text, "fiverr")["rewrite"]
    ui = gg.UI(page)
    expect(ui.badge()).to_have_text("2")
    ui.badge().click()
    ui.action("apply-rewrite").click()
    page.wait_for_function("(want) => window.fixtureEditor.text() === want", arg=rewrite)
    ui.checked_clean()
    page.locator("[data-testid='send-message-button']").click()
    expect(page.locator(".message-flow div")).to_have_count(1)
    assert sent.texts() == [rewrite]


def test_a_fix_the_editor_refuses_is_said_so_and_the_draft_stays_held(
    page: Page, gg: Any, sent: Any
) -> None:
    # An editor that takes only the keys the seller typed puts its own text back over the fix:
    # the card says so, and Enter goes on being held.
    open_editor(page, "stubborn")
    page.keyboard.type(DRAFT)
    gg.wait_for_highlights(page, [PHONE])
    ui = gg.UI(page)
    ui.badge().click()
    ui.action("apply-finding").click()
    card = ui.card()
    expect(card.locator(".gg-card-title")).to_have_text("This editor did not take the fix")
    assert editor_text(page) == DRAFT
    page.locator(COMPOSER).click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    expect(ui.banner()).to_contain_text("GigGuard held this message: This shares a phone number.")
    assert sent.texts() == []


def test_underlines_follow_an_editor_that_rebuilds_its_dom(page: Page, gg: Any) -> None:
    # The editor replaces every node after each input and when the page re-renders with the text
    # unchanged (no input event, no new answer): the underline must be drawn on the new nodes.
    open_editor(page, "rebuilding")
    page.keyboard.type(DRAFT)
    gg.wait_for_highlights(page, [PHONE])
    page.keyboard.type(" thanks")
    gg.wait_for_highlights(page, [PHONE])
    gg.UI(page).checked()
    page.evaluate("() => window.fixtureEditor.rerender()")
    gg.wait_for_highlights(page, [PHONE])
    assert editor_text(page) == DRAFT + " thanks"


def test_undo_takes_a_fix_back_in_the_editors_state(
    page: Page, editor: str, service: Any, gg: Any
) -> None:
    page.evaluate(
        "() => addEventListener('keydown', () => { window.lastKeyAt = performance.now(); }, true)"
    )
    page.keyboard.type(DRAFT)
    gg.wait_for_highlights(page, [PHONE])
    # Editors fold edits that come soon after typing into the typing's undo step (ProseMirror
    # within 500 ms, Quill within 1 s): the fix is applied after that, as a seller would.
    page.wait_for_function("() => performance.now() - window.lastKeyAt > 1100")
    (finding,) = gg.lint(service, DRAFT, "fiverr")["findings"]
    expected = gg.apply_replacement(DRAFT, finding)
    ui = gg.UI(page)
    ui.badge().click()
    ui.action("apply-finding").click()
    page.wait_for_function("(want) => window.fixtureEditor.text() === want", arg=expected)
    page.locator(COMPOSER).focus()
    page.keyboard.press("Control+z")
    if editor == "ckeditor":
        # CKEditor 5 batches typing by about 20 characters and puts the fix in the open batch:
        # one undo takes back the fix and the last typed characters with it.
        page.wait_for_function(
            "(draft) => { const t = window.fixtureEditor.text();"
            " return t.length < draft.length && draft.startsWith(t); }",
            arg=DRAFT,
        )
        return
    page.wait_for_function("(want) => window.fixtureEditor.text() === want", arg=DRAFT)
    gg.wait_for_highlights(page, [PHONE])  # and the finding is back
