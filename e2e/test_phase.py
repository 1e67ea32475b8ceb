"""The phase of the conversation: a page inside an order or contract (the adapter's `in_order`
patterns) is linted as "in_order", everything else as "pre_order". On Fiverr a Skype id is an
error before an order (Enter is held) and a warning inside one (Enter goes through)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Worker, expect

INBOX = "https://www.fiverr.com/inbox/buyer_jane"
ORDER = "https://www.fiverr.com/orders/FO1234567"
SKYPE = "add me on skype: live:john.smith_42"

# Wraps the service worker's fetch to note the body of every POST /v1/lint it makes.
RECORD_LINT_BODIES = """() => {
  if (!globalThis.__ggOriginalFetch) {
    const original = globalThis.fetch;
    globalThis.__ggOriginalFetch = original;
    globalThis.fetch = (input, init) => {
      if (String(input).endsWith('/v1/lint') && init && typeof init.body === 'string') {
        globalThis.__ggLintBodies.push(JSON.parse(init.body));
      }
      return original(input, init);
    };
  }
  globalThis.__ggLintBodies = [];
}"""
STOP_RECORDING = """() => {
  if (globalThis.__ggOriginalFetch) globalThis.fetch = globalThis.__ggOriginalFetch;
  delete globalThis.__ggOriginalFetch;
}"""


class LintRecorder:
    def __init__(self, worker: Worker) -> None:
        self.worker = worker

    def bodies(self) -> list[dict[str, Any]]:
        bodies: list[dict[str, Any]] = self.worker.evaluate("() => globalThis.__ggLintBodies")
        return bodies

    def phases(self, text: str, direction: str = "outgoing") -> list[str]:
        """The phases the extension asked about this text in, in order."""
        return [
            str(b["phase"])
            for b in self.bodies()
            if b["text"] == text and b["direction"] == direction
        ]


@pytest.fixture
def lint_requests(context: BrowserContext, extension: Any) -> Iterator[LintRecorder]:
    (worker,) = [w for w in context.service_workers if f"://{extension.id}/" in w.url]
    worker.evaluate(RECORD_LINT_BODIES)
    try:
        yield LintRecorder(worker)
    finally:
        worker.evaluate(STOP_RECORDING)


def type_draft(page: Page, text: str) -> None:
    textarea = page.locator("textarea")
    textarea.click()
    textarea.press_sequentially(text)


def expected_spans(gg: Any, service: Any, phase: str) -> tuple[list[str], set[str]]:
    """The spans the service finds in SKYPE on Fiverr in a phase, and their severities."""
    findings = gg.lint(service, SKYPE, "fiverr", phase=phase)["findings"]
    spans = [gg.utf16_slice(SKYPE, f["start"], f["end"]) for f in findings]
    return spans, {str(f["severity"]) for f in findings}


def test_skype_id_before_an_order_is_an_error_and_held(
    page: Page, service: Any, gg: Any, sent: Any, lint_requests: LintRecorder
) -> None:
    spans, severities = expected_spans(gg, service, "pre_order")
    assert spans and severities == {"error"}
    page.goto(INBOX)
    type_draft(page, SKYPE)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_text(spans)
    for i in range(len(spans)):
        expect(ui.underlines().nth(i)).to_have_class("gg-underline gg-error")
    ui.checked()
    page.locator("textarea").press("Enter")
    expect(ui.banner()).to_contain_text("GigGuard held this message")
    expect(page.locator("textarea")).to_have_value(SKYPE)
    assert sent.texts() == []
    assert set(lint_requests.phases(SKYPE)) == {"pre_order"}


def test_skype_id_inside_an_order_is_a_warning_and_not_held(
    page: Page, service: Any, gg: Any, sent: Any, lint_requests: LintRecorder
) -> None:
    spans, severities = expected_spans(gg, service, "in_order")
    assert spans and severities == {"warning"}
    page.goto(ORDER)
    type_draft(page, SKYPE)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_text(spans)
    for i in range(len(spans)):
        expect(ui.underlines().nth(i)).to_have_class("gg-underline gg-warning")
    expect(ui.badge()).to_have_class("gg-badge gg-sev-warning")
    ui.checked()
    page.locator("textarea").press("Enter")
    expect(page.locator("[data-direction='outgoing']")).to_have_text([SKYPE])
    expect(ui.banner()).to_have_count(0)
    assert sent.texts() == [SKYPE]
    assert set(lint_requests.phases(SKYPE)) == {"in_order"}


def test_single_page_navigation_into_the_order_changes_the_phase(
    page: Page, service: Any, gg: Any, sent: Any, lint_requests: LintRecorder
) -> None:
    warning_spans, _ = expected_spans(gg, service, "in_order")
    page.goto(INBOX)
    page.evaluate("() => { window.loadedOnce = true; }")
    greeting = page.locator("[data-direction='incoming']").first.inner_text()
    type_draft(page, SKYPE)
    ui = gg.UI(page)
    expect(ui.underlines().first).to_have_class("gg-underline gg-error")
    ui.checked()
    # "View order": pushState, no page load; the draft stays in the composer.
    page.get_by_test_id("order-link").click()
    expect(page).to_have_url(ORDER)
    assert page.evaluate("() => window.loadedOnce") is True, "the page must not have reloaded"
    expect(page.locator("textarea")).to_have_value(SKYPE)
    # The same draft is checked again, in the order's phase.
    expect(ui.underlines()).to_have_text(warning_spans)
    for i in range(len(warning_spans)):
        expect(ui.underlines().nth(i)).to_have_class("gg-underline gg-warning")
    ui.checked()
    page.locator("textarea").press("Enter")
    expect(page.locator("[data-direction='outgoing']")).to_have_text([SKYPE])
    assert sent.texts() == [SKYPE]
    phases = lint_requests.phases(SKYPE)
    assert phases[0] == "pre_order" and phases[-1] == "in_order", phases
    # Buyer messages are checked in the phase too: the one already there again, a new one at once.
    buyer = "Can you send me your WhatsApp number?"
    page.evaluate("(text) => window.fixture.receive(text)", buyer)
    expect(ui.markers()).to_have_count(1)
    assert lint_requests.phases(greeting, "incoming")[-1] == "in_order"
    assert lint_requests.phases(buyer, "incoming") == ["in_order"]


def test_errors_only_strictness_hides_the_warning(
    page: Page, service: Any, gg: Any, extension: Any
) -> None:
    spans, _ = expected_spans(gg, service, "in_order")
    extension.set_settings(strictness="errors")
    page.goto(ORDER)
    type_draft(page, SKYPE)
    ui = gg.UI(page)
    ui.checked_clean()  # answered: warnings only, none shown
    expect(ui.underlines()).to_have_count(0)
    expect(ui.badge()).to_be_hidden()
    # The same answer with warnings shown: they were there, only filtered.
    extension.set_settings(strictness="warnings")
    expect(ui.underlines()).to_have_text(spans)
    expect(ui.underlines().first).to_have_class("gg-underline gg-warning")
