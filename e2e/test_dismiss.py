"""Dismissing findings as in a grammar checker: Ignore (this draft), Don't flag this here again
(per rule and site, listed and undone in Options), errors only where the team's policy lets a
held message go anyway, and Report a false alarm (kept in the browser, shown in Options exactly
as it would be exported, exported only on the seller's click)."""

from __future__ import annotations

import json
from typing import Any

from playwright.sync_api import Page, expect

ORDER = "https://www.fiverr.com/orders/FO1234567"  # in the order: an invite is a warning here
INVITE = "Can we continue on WhatsApp?"
PHONE = "Sure! my number is +1 415 555 0123"


def typed(page: Page, gg: Any, url: str, text: str, findings: int = 1) -> Any:
    page.goto(url)
    textarea = page.locator("textarea")
    textarea.click()
    textarea.press_sequentially(text)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_count(findings)
    return ui


def retype(page: Page, text: str) -> None:
    textarea = page.locator("textarea")
    textarea.press("Control+a")
    textarea.press("Backspace")
    textarea.press_sequentially(text)


def test_ignore_hides_a_finding_in_this_draft_only(page: Page, gg: Any) -> None:
    ui = typed(page, gg, ORDER, INVITE)
    ui.badge().click()
    ui.action("ignore").click()
    expect(ui.underlines()).to_have_count(0)
    page.locator("textarea").press_sequentially(" thanks")  # still ignored while the draft goes on
    ui.checked()
    expect(ui.underlines()).to_have_count(0)
    retype(page, INVITE)  # a new draft: flagged again
    expect(ui.underlines()).to_have_count(1)


def test_dont_flag_here_again_is_listed_and_undone_in_options(
    page: Page, gg: Any, extension: Any, service: Any
) -> None:
    (finding,) = gg.lint(service, INVITE, "fiverr", phase="in_order")["findings"]
    assert finding["severity"] == "warning"
    ui = typed(page, gg, ORDER, INVITE)
    ui.badge().click()
    ui.action("mute").click()
    expect(ui.underlines()).to_have_count(0)
    assert extension.settings()["muted"] == [{"rule": finding["rule"], "site": "fiverr"}]
    typed(page, gg, ORDER, INVITE, findings=0)
    ui.checked()
    options = extension.options
    options.reload()
    expect(options.locator("#muted li")).to_have_count(1)
    expect(options.locator("#muted li")).to_contain_text(finding["rule"])
    options.locator("#muted .unmute").click()
    expect(options.locator("#muted li")).to_have_count(0)
    assert extension.settings()["muted"] == []
    typed(page, gg, ORDER, INVITE, findings=1)


def test_errors_are_dismissed_only_where_the_team_allows(
    page: Page, gg: Any, extension: Any, sent: Any
) -> None:
    extension.set_settings(allowSendAnyway=False)
    ui = typed(page, gg, "https://www.fiverr.com/inbox/buyer_jane", PHONE)
    ui.badge().click()
    expect(ui.action("report")).to_have_count(1)
    expect(ui.action("ignore")).to_have_count(0)
    expect(ui.action("mute")).to_have_count(0)
    page.keyboard.press("Escape")
    extension.set_settings(allowSendAnyway=True)
    ui.badge().click()
    ui.action(
        "ignore"
    ).click()  # the team allows it: the seller takes the risk, as with Send anyway
    expect(ui.underlines()).to_have_count(0)
    page.locator("textarea").press("Enter")
    expect(page.locator("[data-direction='outgoing']")).to_have_text([PHONE])
    assert sent.texts() == [PHONE]


def test_a_false_alarm_is_kept_in_the_browser_and_exported_as_it_is_shown(
    page: Page, gg: Any, extension: Any
) -> None:
    ui = typed(page, gg, "https://www.fiverr.com/inbox/buyer_jane", PHONE)
    ui.badge().click()
    ui.action("report").click()
    expect(ui.card().locator(".gg-card-title")).to_have_text("Kept as a false alarm")
    expect(ui.underlines()).to_have_count(0)
    options = extension.options
    options.reload()
    preview = options.locator("#reports-preview")
    expect(preview).to_be_visible()
    (line,) = preview.input_value().splitlines()
    report = json.loads(line)
    assert report["text"] == PHONE
    assert report["platform"] == "fiverr"
    assert report["false_alarm"]["span"] == "+1 415 555 0123"
    assert report["labels"] == []
    with options.expect_download() as download:
        options.click("#export-reports")
    path = download.value.path()
    assert path is not None
    with open(path, encoding="utf-8") as exported:
        assert exported.read() == preview.input_value()
    options.click("#delete-reports")
    expect(preview).to_be_hidden()
    options.evaluate("async () => chrome.storage.local.remove('falseAlarms')")
