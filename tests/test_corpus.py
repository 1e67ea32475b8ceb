"""Detection quality on the labelled corpus in tests/corpus (see gigguard/evaluation.py)."""

from pathlib import Path

import pytest

from gigguard.evaluation import Draft, Report, category_counts, evaluate, load_corpus
from gigguard.lint import Issue, find_issues, ruleset_for
from gigguard.findings import CONTACT_CATEGORIES

CORPUS = Path(__file__).parent / "corpus"
MIN_PRECISION = 0.97
MIN_RECALL = 0.95
MAX_BENIGN_FLAGGED = 0.02


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(load_corpus([CORPUS]), _find, categories=CONTACT_CATEGORIES)


def _find(draft: Draft) -> list[Issue]:
    return find_issues(draft.text, ruleset_for(draft.platform))


def _misses(report: Report, category: str) -> str:
    return "\n".join(
        f"  {m.kind}: {m.draft.id} {m.draft.text[m.start : m.end]!r}"
        for m in report.misses
        if m.category == category
    )


def test_corpus_is_large_enough() -> None:
    drafts = load_corpus([CORPUS])
    counts = category_counts(drafts)
    assert len(drafts) >= 400
    assert all(counts[category] >= 40 for category in CONTACT_CATEGORIES), counts


@pytest.mark.parametrize("category", [str(c) for c in CONTACT_CATEGORIES])
def test_precision_and_recall(report: Report, category: str) -> None:
    score = report.scores[category]
    assert score.precision >= MIN_PRECISION and score.recall >= MIN_RECALL, (
        f"{category}: precision {score.precision:.3f}, recall {score.recall:.3f}\n"
        + _misses(report, category)
    )


def test_benign_drafts_are_rarely_flagged(report: Report) -> None:
    assert report.benign_false_positive_rate <= MAX_BENIGN_FLAGGED, "\n".join(
        f"  {m.draft.id}: {m.draft.text!r}" for m in report.misses if not m.draft.labels
    )
