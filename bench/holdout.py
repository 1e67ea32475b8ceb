"""Generalisation: the development corpus and a held-out set, scored side by side.

    python bench/holdout.py [--misses]

The rules were tuned on tests/corpus (its thresholds gate CI). bench/holdout/ holds drafts
written later, by someone who never saw the rules, the detectors or the corpus, and never used
for tuning: the gap between the two columns is what tuning bought that does not generalise.
This is a report, not a gate.
"""

from __future__ import annotations

import sys
from pathlib import Path

from gigguard.evaluation import Draft, Report, evaluate, load_corpus
from gigguard.lint import Issue, find_issues, ruleset_for

ROOT = Path(__file__).resolve().parents[1]
SETS = {"development": ROOT / "tests" / "corpus", "held-out": ROOT / "bench" / "holdout"}


def find(draft: Draft) -> list[Issue]:
    return find_issues(draft.text, ruleset_for(draft.platform))


def main(argv: list[str]) -> int:
    reports: dict[str, Report] = {}
    for name, folder in SETS.items():
        drafts = load_corpus([folder]) if folder.is_dir() else []
        if drafts:
            reports[name] = evaluate(drafts, find)
            print(f"{name}: {len(drafts)} drafts from {folder.relative_to(ROOT)}")
    if "held-out" not in reports:
        print("no held-out set in bench/holdout/: nothing to compare", file=sys.stderr)
    categories = sorted({c for report in reports.values() for c in report.scores})
    header = "".join(f"{name + ' P':>16}{name + ' R':>16}" for name in reports)
    print(f"{'category':<22}{header}")
    for category in categories:
        cells = ""
        for report in reports.values():
            score = report.scores.get(category)
            cells += (
                f"{score.precision:>16.3f}{score.recall:>16.3f}" if score else f"{'-':>16}{'-':>16}"
            )
        print(f"{category:<22}{cells}")
    flagged = "".join(f"{report.benign_false_positive_rate:>32.1%}" for report in reports.values())
    print(f"{'benign flagged':<22}{flagged}")
    if "--misses" in argv and "held-out" in reports:
        for miss in reports["held-out"].misses:
            excerpt = miss.draft.text[miss.start : miss.end]
            print(f"{miss.kind:<15} {miss.category:<20} {miss.draft.id:<8} {excerpt!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
