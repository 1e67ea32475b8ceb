"""From the last keystroke to the underline on screen, measured in the page: written to
reports/e2e/latency.json (the benchmark reports the number; this only guards against a
regression far outside the budget)."""

from __future__ import annotations

import json
import os
import statistics
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

# Per composer; bench/underline_latency.py asks for more (GIGGUARD_LATENCY_SAMPLES) to report a p95.
SAMPLES = int(os.environ.get("GIGGUARD_LATENCY_SAMPLES", "5"))
MARGIN_MS = 1000  # generous: CI machines are slow and shared

# The page's own clock: the time of the last key, then the first frame the underline exists in.
RECORD_KEYS = """() => {
  window.lastKeyAt = 0;
  window.addEventListener('keydown', () => { window.lastKeyAt = performance.now(); }, true);
}"""
TEXTAREA_UNDERLINED = """() => {
  const layer = document.querySelector('[data-gigguard-layer]');
  const marks = layer ? layer.shadowRoot.querySelectorAll('.gg-underline') : [];
  return marks.length > 0 && performance.now() - window.lastKeyAt;
}"""
EDITABLE_UNDERLINED = """() => {
  const h = CSS.highlights.get('gigguard-error');
  return !!h && h.size > 0 && performance.now() - window.lastKeyAt;
}"""


def measure(page: Page, url: str, selector: str, underlined: str, text: str) -> list[float]:
    """One page load, then the seller's rhythm: a draft typed, underlined, cleared, typed again
    (each one different, so no answer comes from a cache). The first includes the worker waking."""
    samples = []
    page.goto(url)
    page.evaluate(RECORD_KEYS)
    field = page.locator(selector)
    field.click()
    for i in range(SAMPLES):
        field.press("Control+a")
        field.press("Backspace")
        page.wait_for_function(f"() => ({underlined})() === false", polling="raf")
        field.press_sequentially(f"{i} {text}")
        samples.append(float(page.wait_for_function(underlined, polling="raf").json_value()))
    return samples


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] if len(samples) >= 20 else max(samples)


def test_underline_latency_from_the_last_keystroke(
    page: Page, extension: Any, service: Any, gg: Any
) -> None:
    debounce = int(extension.constant("GigGuard.settings.DEBOUNCE_MS"))
    text = "call me: +1 415 555 0123"
    textarea = measure(
        page, "https://www.fiverr.com/inbox/buyer_jane", "textarea", TEXTAREA_UNDERLINED, text
    )
    editable = measure(
        page,
        "https://www.upwork.com/ab/messages/rooms/latency",
        "[contenteditable]",
        EDITABLE_UNDERLINED,
        text,
    )
    samples = textarea + editable
    report = {
        "debounce_ms": debounce,
        "budget_ms": debounce + MARGIN_MS,
        "service": "external" if service.external else "local",
        "textarea_ms": [round(ms, 1) for ms in textarea],
        "contenteditable_ms": [round(ms, 1) for ms in editable],
        "median_ms": round(statistics.median(samples), 1),
        "p95_ms": round(p95(samples), 1),
        "max_ms": round(max(samples), 1),
        "over_debounce_median_ms": round(statistics.median(samples) - debounce, 1),
    }
    reports = Path(gg.reports)
    reports.mkdir(parents=True, exist_ok=True)
    (reports / "latency.json").write_text(json.dumps(report, indent=2) + "\n")
    assert max(samples) <= debounce + MARGIN_MS, report
    assert min(samples) >= debounce, "an underline came before the debounce ended"
