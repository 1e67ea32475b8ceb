"""Time from the last keystroke to the underline, in the real extension, in Chromium.

    python bench/underline_latency.py

Runs the e2e latency scenario (e2e/test_latency.py: a real `gigguard serve`, the unpacked
extension in Debian's Chromium, a textarea and a contenteditable composer, 25 drafts each) and
reports what it measured against the budget the extension promises: at the 95th percentile,
its debounce delay plus 60 ms.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_OVER_DEBOUNCE_MS = 60
SAMPLES = 25  # per composer


def main() -> int:
    with tempfile.TemporaryDirectory() as reports:
        env = {
            **os.environ,
            "GIGGUARD_E2E_REPORTS": reports,
            "GIGGUARD_LATENCY_SAMPLES": str(SAMPLES),
        }
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "e2e/test_latency.py", "-p", "no:cacheprovider"],
            cwd=ROOT,
            env=env,
        )
        report = Path(reports) / "latency.json"
        if run.returncode != 0 or not report.is_file():
            print("the latency scenario did not run; see the output above", file=sys.stderr)
            return run.returncode or 1
        measured = json.loads(report.read_text())
    print(json.dumps(measured, indent=2))
    debounce = measured.get("debounce_ms")
    p95 = measured.get("p95_ms")
    if isinstance(debounce, (int, float)) and isinstance(p95, (int, float)):
        budget = debounce + BUDGET_OVER_DEBOUNCE_MS
        verdict = "within" if p95 <= budget else "OVER"
        print(
            f"p95 {p95:.0f} ms (median {measured.get('median_ms', 0):.0f} ms): {verdict} the "
            f"budget of {budget:.0f} ms (debounce + {BUDGET_OVER_DEBOUNCE_MS} ms)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
