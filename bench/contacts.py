"""Contact details on drafts nobody tuned for: recall, precision, span cover and decoded value.

    python bench/contacts.py [--set N | --path FOLDER] [--misses]

bench/holdout/contacts-N/ holds drafts written by writers briefed alone (data/intents/
CONTACT-BRIEF.md) who saw neither the detectors nor the development corpus; every contact
label carries the value it decodes to (LABELS.md, "The decoded value"). Like the intent rounds,
a set whose misses were looked at to change anything is spent (bench/holdout/spent/) and a
fresh one is written; `--misses` prints them, for that moment only.

A labelled detail is *found* when a finding of its category overlaps it; its *cover* is the
share of its characters the overlapping findings span; its value is *exact* when one of them
decodes to the same value (`same_value`: case, a scheme, "www." and a handle's "@" aside). A
contact finding that overlaps no label of its category is a false positive. Long messages
(eight lines or 500 characters and more, pasted code and specs) are also scored alone. The
development corpus (tests/corpus) is scored beside it. This is a report, not a gate.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gigguard.evaluation import CONTACT, Draft, Label, load_corpus
from gigguard.lint import find_issues, ruleset_for

ROOT = Path(__file__).resolve().parents[1]
DEVELOPMENT = ROOT / "tests" / "corpus"
HOLDOUT = ROOT / "bench" / "holdout"
LONG_LINES = 8
LONG_CHARS = 500
FULL_COVER = 0.95

# One app, several names: what writers and the engine may each call it.
_APP_ALIASES = {
    "kakaotalk": "kakao", "kakao talk": "kakao", "x": "twitter", "ig": "instagram",
    "insta": "instagram", "fb": "facebook", "wa": "whatsapp", "tg": "telegram",
}  # fmt: skip
# Profile and chat links, read as the app and the handle they stand for.
_LINK_HOSTS = {
    "t.me": "telegram", "instagram.com": "instagram", "twitter.com": "twitter", "x.com": "twitter",
    "tiktok.com": "tiktok", "facebook.com": "facebook", "fb.com": "facebook",
}  # fmt: skip


def canonical(value: str) -> str:
    """A decoded value in one spelling, so that equal details compare equal."""
    text = value.strip().casefold()
    for prefix in ("https://", "http://", "www."):
        text = text.removeprefix(prefix)
    text = text.rstrip("/")
    if text.startswith("+") and text[1:].replace(" ", "").replace("-", "").isdigit():
        return "+" + "".join(ch for ch in text if ch.isdigit())
    host, slash, path = text.partition("/")
    if slash and host in _LINK_HOSTS and path and "/" not in path.strip("/"):
        return f"{_LINK_HOSTS[host]}:{path.strip('/').lstrip('@')}"
    app, colon, handle = text.partition(":")
    if colon and "@" not in app and "." not in app and handle:
        app = _APP_ALIASES.get(app, app)
        if app == "skype" and handle.startswith("live:"):
            return handle
        return f"{app}:{handle.lstrip('@')}"
    return text


def same_value(expected: str, found: str | None) -> bool:
    return found is not None and canonical(expected) == canonical(found)


@dataclass(frozen=True)
class Found:
    category: str
    start: int
    end: int
    value: str | None


def find(draft: Draft) -> list[Found]:
    return [
        Found(str(issue.category), issue.start, issue.end, issue.value)
        for issue in find_issues(draft.text, ruleset_for(draft.platform))
        if str(issue.category) in CONTACT
    ]


def is_long(draft: Draft) -> bool:
    return draft.text.count("\n") + 1 >= LONG_LINES or len(draft.text) >= LONG_CHARS


@dataclass
class Tally:
    labelled: int = 0
    found: int = 0
    full_cover: int = 0
    cover_sum: float = 0.0
    with_value: int = 0  # found details whose label carries a value
    exact: int = 0
    predicted: int = 0
    false_positives: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return 1 - self.false_positives / self.predicted if self.predicted else 1.0

    @property
    def cover(self) -> float:
        return self.full_cover / self.found if self.found else 1.0

    @property
    def exact_rate(self) -> float:
        return self.exact / self.with_value if self.with_value else 1.0


@dataclass
class Report:
    total: Tally = field(default_factory=Tally)
    long: Tally = field(default_factory=Tally)
    categories: dict[str, Tally] = field(default_factory=dict)
    languages: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    drafts: int = 0
    long_drafts: int = 0
    negatives: int = 0  # drafts without a contact label


def _cover(label: Label, overlapping: Sequence[Found]) -> float:
    covered: set[int] = set()
    for found in overlapping:
        covered.update(range(max(found.start, label.start), min(found.end, label.end)))
    return len(covered) / (label.end - label.start)


def score(drafts: Iterable[Draft], find_fn: Callable[[Draft], Sequence[Found]] = find) -> Report:
    report = Report()
    for draft in drafts:
        labels = [label for label in draft.labels if label.category in CONTACT]
        predicted = find_fn(draft)
        report.drafts += 1
        report.negatives += not labels
        long = is_long(draft)
        report.long_drafts += long
        tallies = [
            report.total,
            report.languages.setdefault(draft.lang.split("-")[0] or "?", Tally()),
            *([report.long] if long else []),
        ]
        for label in labels:
            overlapping = [
                p
                for p in predicted
                if p.category == label.category and p.start < label.end and label.start < p.end
            ]
            cover = _cover(label, overlapping) if overlapping else 0.0
            exact = label.value is not None and any(
                same_value(label.value, p.value) for p in overlapping
            )
            for tally in (*tallies, report.categories.setdefault(label.category, Tally())):
                tally.labelled += 1
                if overlapping:
                    tally.found += 1
                    tally.cover_sum += cover
                    tally.full_cover += cover >= FULL_COVER
                    tally.with_value += label.value is not None
                    tally.exact += exact
            text = draft.text[label.start : label.end]
            if not overlapping:
                report.misses.append(f"FN {label.category} {draft.id}: {text!r}")
            elif cover < FULL_COVER or (label.value is not None and not exact):
                values = [p.value for p in overlapping]
                report.misses.append(
                    f"PART {label.category} {draft.id}: {text!r} → {values} (want {label.value!r})"
                )
        for p in predicted:
            wrong = not any(
                label.category == p.category and p.start < label.end and label.start < p.end
                for label in labels
            )
            for tally in (*tallies, report.categories.setdefault(p.category, Tally())):
                tally.predicted += 1
                tally.false_positives += wrong
            if wrong:
                text = draft.text[p.start : p.end]
                report.misses.append(f"FP {p.category} {draft.id}: {text!r} ({p.value!r})")
    return report


def table(rows: dict[str, Tally], title: str) -> str:
    lines = [
        f"{title:<20}{'n':>6}{'recall':>8}{'precision':>11}{'cover≥.95':>11}{'exact':>8}{'FP':>5}"
    ]
    for name, t in rows.items():
        lines.append(
            f"{name:<20}{t.labelled:>6}{t.recall:>8.3f}{t.precision:>11.3f}{t.cover:>11.3f}"
            f"{t.exact_rate:>8.3f}{t.false_positives:>5}"
        )
    return "\n".join(lines)


def done_when(report: Report) -> list[tuple[bool, str]]:
    """Issue 9's lines for the held-out contact set."""
    lines: list[tuple[bool, str]] = []
    for category in sorted(CONTACT):
        t = report.categories.get(category)
        if t is None or not t.labelled:
            lines.append((False, f"{category}: no labelled details in the set"))
            continue
        lines.append((t.recall >= 0.95, f"{category} recall {t.recall:.3f} ≥ 0.95"))
    total, long = report.total, report.long
    lines += [
        (total.precision >= 0.98, f"precision {total.precision:.3f} ≥ 0.98"),
        (long.precision >= 0.98, f"precision on long messages {long.precision:.3f} ≥ 0.98"),
        (total.cover >= 0.95, f"found details covered ≥ 95%: {total.cover:.3f} ≥ 0.95"),
        (total.exact_rate >= 0.95, f"decoded value exact {total.exact_rate:.3f} ≥ 0.95"),
    ]
    for language, t in sorted(report.languages.items()):
        if t.labelled:
            lines.append((t.recall >= 0.90, f"{language}: recall {t.recall:.3f} ≥ 0.90"))
    return lines


def latest_set(requested: int | None) -> Path | None:
    sets = sorted(
        (int(p.name.split("-")[1]), p)
        for p in HOLDOUT.glob("contacts-*")
        if p.is_dir() and any(p.glob("*.jsonl"))
    )
    if requested is not None:
        sets = [s for s in sets if s[0] == requested]
    return sets[-1][1] if sets else None


def summary(name: str, report: Report) -> str:
    return (
        f"{name}: {report.drafts} drafts ({report.negatives} without a contact, "
        f"{report.long_drafts} long), {report.total.labelled} labelled details"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--set", type=int, metavar="N", help="score bench/holdout/contacts-N")
    choice.add_argument("--path", type=Path, metavar="FOLDER", help="score this folder instead")
    parser.add_argument(
        "--misses", action="store_true", help="list every miss (which spends the set)"
    )
    arguments = parser.parse_args(argv[1:])
    development = score(load_corpus([DEVELOPMENT]))
    print(summary("development (tests/corpus)", development))
    print(table({"all": development.total, **dict(sorted(development.categories.items()))}, ""))
    folder = arguments.path or latest_set(arguments.set)
    if folder is None:
        print("no held-out contact set in bench/holdout/contacts-*", file=sys.stderr)
        return 0
    held = score(load_corpus([folder]))
    print()
    where = folder.resolve()
    shown = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where
    print(summary(f"held out ({shown})", held))
    rows = {"all": held.total, "long messages": held.long, **dict(sorted(held.categories.items()))}
    print(table(rows, "category"))
    print()
    print(table(dict(sorted(held.languages.items())), "language"))
    print("\nDone when (issue 9, held-out contact set):")
    for ok, line in done_when(held):
        print(f"  [{'x' if ok else ' '}] {line}")
    if arguments.misses:
        print("\nMisses (looking at these spends the set):")
        print("\n".join(f"  {miss}" for miss in held.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
