"""Accessibility of what GigGuard draws: axe-core (from the npm registry, e2e/editors) finds no
serious or critical violation in the card, the banner, the popup or the options page, in light
and in dark; a screenshot of each is saved beside the e2e report for review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

AXE = Path(__file__).resolve().parent / "editors" / "node_modules" / "axe-core" / "axe.min.js"
DRAFT = "Can we continue on WhatsApp? my number is +1 415 555 0123"
# GigGuard's own layer only: the fixture page around it imitates a marketplace, not our work.
LAYER = "[data-gigguard-layer]"


def serious_violations(page: Page, include: str | None = None) -> list[str]:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` in e2e/editors (scripts/test does)")
    page.evaluate(AXE.read_text(encoding="utf-8"))  # evaluated over CDP: no page CSP applies
    results: dict[str, Any] = page.evaluate(
        """async (include) => axe.run(include ? { include: [[include]] } : document,
             { resultTypes: ['violations'] })""",
        include,
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def screenshot(page: Page, gg: Any, name: str) -> None:
    reports = Path(gg.reports)
    reports.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(reports / f"ui-{name}.png"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_card_and_banner(page: Page, gg: Any, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto("https://www.fiverr.com/inbox/buyer_jane")
    textarea = page.locator("textarea")
    textarea.click()
    textarea.press_sequentially(DRAFT)
    ui = gg.UI(page)
    expect(ui.underlines()).to_have_count(2)
    ui.badge().click()
    expect(ui.card()).to_be_visible()
    assert serious_violations(page, LAYER) == []
    screenshot(page, gg, f"card-{scheme}")
    page.keyboard.press("Escape")
    textarea.press("Enter")
    expect(ui.banner()).to_be_visible()
    assert serious_violations(page, LAYER) == []
    screenshot(page, gg, f"banner-{scheme}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["popup", "options"])
def test_popup_and_options(page: Page, gg: Any, extension: Any, name: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(f"chrome-extension://{extension.id}/{name}.html")
    expect(page.locator("#service-status")).not_to_have_attribute("data-state", "checking")
    assert serious_violations(page) == []
    screenshot(page, gg, f"{name}-{scheme}")
