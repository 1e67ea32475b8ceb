"""Generalisation: the latest held-out round beside the development corpus and the training
data's cross-writer figures, per category and per language.

    python bench/holdout.py [--misses] [--round N]

bench/holdout/round-N/ holds drafts written after the model was frozen, by writers who saw
neither the rules, the model nor the training data; none is ever trained or tuned on. Once a
round's misses have been looked at to change anything, the round is spent (it moves to
bench/holdout/spent/ and may join the training data) and a fresh one is written. The script
checks the lines of issue 8's "Done when" on the latest round. This is a report, not a gate.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from gigguard.evaluation import (
    MESSAGE_LEVEL,
    Draft,
    Report,
    evaluate_groups,
    group_table,
    load_corpus,
)
from gigguard.findings import Severity
from gigguard.intents.model import METADATA_FILE, shipped_model_dir
from gigguard.lint import find_issues, ruleset_for, severity_of

ROOT = Path(__file__).resolve().parents[1]
DEVELOPMENT = ROOT / "tests" / "corpus"
HOLDOUT = ROOT / "bench" / "holdout"


@dataclass(frozen=True)
class Found:
    category: str
    start: int
    end: int
    severity: Severity


def find(draft: Draft) -> list[Found]:
    return [
        Found(
            str(issue.category),
            issue.start,
            issue.end,
            severity_of(issue, draft.phase, draft.direction),  # type: ignore[arg-type]
        )
        for issue in find_issues(draft.text, ruleset_for(draft.platform))
    ]


def errors_only(draft: Draft) -> list[Found]:
    return [found for found in find(draft) if found.severity == Severity.ERROR]


def latest_round(requested: int | None) -> Path | None:
    rounds = sorted((int(p.name.split("-")[1]), p) for p in HOLDOUT.glob("round-*") if p.is_dir())
    if requested is not None:
        rounds = [r for r in rounds if r[0] == requested]
    return rounds[-1][1] if rounds else None


def side_by_side(reports: dict[str, Report]) -> str:
    categories = sorted({c for report in reports.values() for c in report.scores})
    lines = [
        f"{'category':<22}" + "".join(f"{name + ' P':>18}{name + ' R':>18}" for name in reports)
    ]
    for category in categories:
        cells = ""
        for report in reports.values():
            score = report.scores.get(category)
            cells += (
                f"{score.precision:>18.3f}{score.recall:>18.3f}" if score else f"{'-':>18}{'-':>18}"
            )
        lines.append(f"{category:<22}{cells}")
    flagged = "".join(f"{report.benign_false_positive_rate:>36.1%}" for report in reports.values())
    lines.append(f"{'benign flagged':<22}{flagged}")
    return "\n".join(lines)


def done_when(
    held: Report, errors: Report, languages: dict[str, Report], drafts: int
) -> list[tuple[bool, str]]:
    bases = {language.split("-")[0] for language in languages}
    lines: list[tuple[bool, str]] = [
        (drafts >= 1_500, f"the round has {drafts} drafts ≥ 1,500"),
        (len(bases) >= 20, f"the round covers {len(bases)} languages ≥ 20"),
    ]
    for intent in sorted(MESSAGE_LEVEL):
        score = held.scores.get(intent)
        if score is None:
            lines.append((False, f"{intent}: no labelled drafts in the round"))
            continue
        lines.append((score.recall >= 0.92, f"{intent} recall {score.recall:.3f} ≥ 0.92"))
        lines.append((score.precision >= 0.95, f"{intent} precision {score.precision:.3f} ≥ 0.95"))
    lines.append(
        (held.benign_false_positive_rate <= 0.02,
         f"benign drafts with any finding {held.benign_false_positive_rate:.1%} ≤ 2%")
    )  # fmt: skip
    lines.append(
        (errors.benign_false_positive_rate <= 0.01,
         f"benign drafts with an error {errors.benign_false_positive_rate:.1%} ≤ 1%")
    )  # fmt: skip
    for language, report in languages.items():
        labelled = [report.scores[c] for c in MESSAGE_LEVEL if c in report.scores]
        tp = sum(s.true_positives for s in labelled)
        fn = sum(s.false_negatives for s in labelled)
        recall = tp / (tp + fn) if tp + fn else 1.0
        lines.append((recall >= 0.85, f"{language}: intent draft recall {recall:.3f} ≥ 0.85"))
        rate = report.benign_false_positive_rate
        lines.append((rate <= 0.04, f"{language}: benign flagged {rate:.1%} ≤ 4%"))
    return lines


def main(argv: list[str]) -> int:
    requested = int(argv[argv.index("--round") + 1]) if "--round" in argv else None
    folder = latest_round(requested)
    reports: dict[str, Report] = {}
    development = load_corpus([DEVELOPMENT])
    reports["development"], _ = evaluate_groups(development, find, lambda d: d.lang)
    print(f"development: {len(development)} drafts from {DEVELOPMENT.relative_to(ROOT)}")
    metadata = json.loads((shipped_model_dir() / METADATA_FILE).read_text("utf-8"))
    cross = metadata.get("cross_writer_metrics", {})
    if cross:
        print(
            f"training data, cross-writer (out of fold, from {METADATA_FILE}): "
            + ", ".join(
                f"{i} P {cross[i]['precision']:.3f} R {cross[i]['recall']:.3f}"
                for i in sorted(MESSAGE_LEVEL)
            )
            + f", benign flagged {cross['benign_flagged_rate']:.1%}"
        )
    if folder is None:
        print("no held-out round in bench/holdout/round-*: nothing to compare", file=sys.stderr)
        print(side_by_side(reports))
        return 0
    held_drafts = load_corpus([folder])
    print(f"held-out: {len(held_drafts)} drafts from {folder.relative_to(ROOT)}")
    reports["held-out"], languages = evaluate_groups(held_drafts, find, lambda d: d.lang)
    errors, _ = evaluate_groups(held_drafts, errors_only, lambda d: d.lang)
    print()
    print(side_by_side(reports))
    print()
    print(group_table(languages))
    print()
    print("issue 8, done when (on the latest held-out round):")
    for ok, line in done_when(reports["held-out"], errors, languages, len(held_drafts)):
        print(f"  [{'x' if ok else ' '}] {line}")
    if "--misses" in argv:
        print()
        for miss in reports["held-out"].misses:
            excerpt = miss.draft.text[miss.start : miss.end]
            print(f"{miss.kind:<15} {miss.category:<20} {miss.draft.id:<10} {excerpt!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
