"""Scoring detection quality on a labelled corpus: per-category precision, recall and F1, and
the share of benign drafts flagged.

A corpus is JSON Lines, one draft a line:

    {"id": "email-012", "text": "…", "platform": "fiverr", "lang": "en",
     "labels": [{"category": "contact.email", "span": "john at gmail dot com",
                 "value": "john@gmail.com", "occurrence": 0}]}

`span` is the labelled substring (its `occurrence`-th appearance, default the first). Contact
details are scored by span: a prediction is a hit when it has the same category and overlaps the
labelled span. Intents (invites, outside payment, review manipulation) are judgements about a
message, so they are scored by draft: a draft labelled with the category and flagged with it is a
hit, flagged without the label a false positive, labelled but not flagged a miss.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import orjson


class CorpusError(ValueError):
    """A corpus line that cannot be used, with the file and line that hold it."""


@dataclass(frozen=True, slots=True)
class Label:
    category: str
    start: int
    end: int
    value: str | None


@dataclass(frozen=True, slots=True)
class Draft:
    id: str
    text: str
    platform: str
    labels: tuple[Label, ...]
    source: str  # "file:line", for messages
    phase: str = "pre_order"
    direction: str = "outgoing"
    lang: str = ""
    writer: str = ""  # who wrote it (training data: the writer's id; else the file)


@dataclass
class CategoryScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Miss:
    draft: Draft
    kind: str  # "false positive" or "false negative"
    category: str
    start: int
    end: int


@dataclass
class Report:
    scores: dict[str, CategoryScore] = field(default_factory=dict)
    benign_drafts: int = 0
    benign_flagged: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def benign_false_positive_rate(self) -> float:
        return self.benign_flagged / self.benign_drafts if self.benign_drafts else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "categories": {
                category: {
                    "precision": round(score.precision, 4),
                    "recall": round(score.recall, 4),
                    "f1": round(score.f1, 4),
                    "tp": score.true_positives,
                    "fp": score.false_positives,
                    "fn": score.false_negatives,
                }
                for category, score in sorted(self.scores.items())
            },
            "benign_drafts": self.benign_drafts,
            "benign_flagged": self.benign_flagged,
            "benign_false_positive_rate": round(self.benign_false_positive_rate, 4),
        }

    def table(self) -> str:
        lines = [
            f"{'category':<24}{'precision':>10}{'recall':>10}{'f1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"
        ]
        for category, score in sorted(self.scores.items()):
            lines.append(
                f"{category:<24}{score.precision:>10.3f}{score.recall:>10.3f}{score.f1:>8.3f}"
                f"{score.true_positives:>6}{score.false_positives:>6}{score.false_negatives:>6}"
            )
        lines.append(
            f"benign drafts flagged: {self.benign_flagged}/{self.benign_drafts}"
            f" ({self.benign_false_positive_rate:.1%})"
        )
        return "\n".join(lines)


def corpus_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return files


def load_corpus(paths: Iterable[Path]) -> list[Draft]:
    drafts: list[Draft] = []
    for path in corpus_files(paths):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                drafts.append(_parse_draft(line, f"{path}:{number}"))
    return drafts


def _parse_draft(line: str, source: str) -> Draft:
    try:
        record = orjson.loads(line)
        text = record["text"]
        labels = tuple(_parse_label(text, label) for label in record.get("labels", []))
        return Draft(
            record["id"],
            text,
            record.get("platform", "fiverr"),
            labels,
            source,
            record.get("phase", "pre_order"),
            record.get("direction", "outgoing"),
            record.get("lang", ""),
            record.get("writer") or source.rsplit(":", 1)[0],
        )
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise CorpusError(f"{source}: {error}") from None


def _parse_label(text: str, label: dict[str, object]) -> Label:
    span = str(label["span"])
    occurrence = int(str(label.get("occurrence", 0)))
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(span, start + 1)
        if start < 0:
            raise ValueError(f"span {span!r} (occurrence {occurrence}) is not in the text")
    value = label.get("value")
    return Label(str(label["category"]), start, start + len(span), str(value) if value else None)


class Prediction(Protocol):
    @property
    def category(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


Find = Callable[[Draft], Sequence[Prediction]]


def evaluate(drafts: Iterable[Draft], find: Find, categories: Iterable[str] = ()) -> Report:
    """Score `find` on `drafts`. With `categories`, only those are scored (others ignored)."""
    only = set(categories)
    report = Report()
    for draft in drafts:
        predictions = [p for p in find(draft) if not only or p.category in only]
        labels = [label for label in draft.labels if not only or label.category in only]
        if not draft.labels:
            report.benign_drafts += 1
            report.benign_flagged += bool(predictions)
        _score_draft(report, draft, labels, predictions)
    return report


MESSAGE_LEVEL = frozenset({"offplatform.invite", "offplatform.payment", "review.manipulation"})


def _score_draft(
    report: Report, draft: Draft, labels: list[Label], predictions: list[Prediction]
) -> None:
    for category in MESSAGE_LEVEL:
        labelled = [label for label in labels if label.category == category]
        flagged = [p for p in predictions if p.category == category]
        if not labelled and not flagged:
            continue
        score = report.scores.setdefault(category, CategoryScore())
        if labelled and flagged:
            score.true_positives += 1
        elif flagged:
            score.false_positives += 1
            first = flagged[0]
            report.misses.append(Miss(draft, "false positive", category, first.start, first.end))
        else:
            score.false_negatives += 1
            first_label = labelled[0]
            report.misses.append(
                Miss(draft, "false negative", category, first_label.start, first_label.end)
            )
    labels = [label for label in labels if label.category not in MESSAGE_LEVEL]
    predictions = [p for p in predictions if p.category not in MESSAGE_LEVEL]
    unmatched = list(predictions)
    for label in labels:
        score = report.scores.setdefault(label.category, CategoryScore())
        hit = next(
            (
                p
                for p in unmatched
                if p.category == label.category and p.start < label.end and label.start < p.end
            ),
            None,
        )
        if hit is None:
            score.false_negatives += 1
            report.misses.append(
                Miss(draft, "false negative", label.category, label.start, label.end)
            )
        else:
            score.true_positives += 1
            unmatched.remove(hit)
    for prediction in unmatched:
        # A second prediction inside an already matched label is a split, not a new false alarm.
        if any(
            label.category == prediction.category
            and prediction.start < label.end
            and label.start < prediction.end
            for label in labels
        ):
            continue
        report.scores.setdefault(str(prediction.category), CategoryScore()).false_positives += 1
        report.misses.append(
            Miss(draft, "false positive", prediction.category, prediction.start, prediction.end)
        )


def category_counts(drafts: Iterable[Draft]) -> Counter[str]:
    return Counter(label.category for draft in drafts for label in draft.labels)


def evaluate_groups(
    drafts: Sequence[Draft],
    find: Find,
    group: Callable[[Draft], str],
    categories: Iterable[str] = (),
) -> tuple[Report, dict[str, Report]]:
    """The whole report and one per group (a language, a writer), finding each draft once."""
    only = tuple(categories)
    found = {id(draft): find(draft) for draft in drafts}

    def cached(draft: Draft) -> Sequence[Prediction]:
        return found[id(draft)]

    members: dict[str, list[Draft]] = {}
    for draft in drafts:
        members.setdefault(group(draft), []).append(draft)
    return evaluate(drafts, cached, only), {
        name: evaluate(subset, cached, only) for name, subset in sorted(members.items())
    }


def _summed(report: Report, categories: Iterable[str]) -> CategoryScore:
    total = CategoryScore()
    for category in categories:
        score = report.scores.get(category)
        if score is not None:
            total.true_positives += score.true_positives
            total.false_positives += score.false_positives
            total.false_negatives += score.false_negatives
    return total


CONTACT = frozenset(
    {"contact.email", "contact.phone", "contact.messenger", "contact.social", "contact.url"}
)


def group_table(groups: dict[str, Report], title: str = "language") -> str:
    """One line per group: intent precision and recall (by draft, all intents together),
    contact precision and recall (by span), and benign drafts flagged."""
    lines = [
        f"{title:<10}{'intent P':>10}{'intent R':>10}{'n':>6}{'contact P':>11}{'contact R':>11}"
        f"{'n':>6}{'benign flagged':>18}"
    ]
    for name, report in groups.items():
        intent = _summed(report, MESSAGE_LEVEL)
        contact = _summed(report, CONTACT)
        intent_n = intent.true_positives + intent.false_negatives
        contact_n = contact.true_positives + contact.false_negatives
        benign = f"{report.benign_flagged}/{report.benign_drafts}"
        lines.append(
            f"{name or '?':<10}{intent.precision:>10.3f}{intent.recall:>10.3f}{intent_n:>6}"
            f"{contact.precision:>11.3f}{contact.recall:>11.3f}{contact_n:>6}"
            f"{benign:>11} {report.benign_false_positive_rate:>5.1%}"
        )
    return "\n".join(lines)
