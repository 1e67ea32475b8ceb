"""The training data as the issue asks for it: valid, large, varied, mostly hard negatives, no
near-duplicates within it or against the held-out sets, and a datasheet in step with it."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from gigguard.evaluation import load_corpus
from gigguard.intents import datasheet, dedupe

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "intents"
DRAFTS = DATA / "drafts"
HOLDOUT = ROOT / "bench" / "holdout"
TRAINING = load_corpus([DRAFTS])

_spec = importlib.util.spec_from_file_location("check", DATA / "check.py")
assert _spec and _spec.loader
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)


@pytest.mark.parametrize("path", sorted(DRAFTS.glob("*.jsonl")), ids=lambda p: p.name)
def test_every_line_follows_the_label_guide(path: Path) -> None:
    bad = [
        (number, problem)
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if line.strip()
        for problem in check.problems(json.loads(line))
    ]
    assert bad == [], f"{path}: lines that break LABELS.md (run data/intents/check.py)"


def test_ids_are_unique() -> None:
    ids = Counter(draft.id for draft in TRAINING)
    assert [i for i, n in ids.items() if n > 1] == []


def test_size_and_coverage() -> None:
    languages = Counter(draft.lang.split("-")[0] for draft in TRAINING)
    assert len(TRAINING) >= 12_000
    assert languages["en"] >= 3_000
    assert len([lang for lang, n in languages.items() if n >= 200]) >= 25, languages
    for field in ("direction", "phase", "platform"):
        assert len({getattr(draft, field) for draft in TRAINING}) > 1, field
    assert len({draft.platform for draft in TRAINING}) == 6


def test_at_least_45_percent_are_benign() -> None:
    benign = sum(not draft.labels for draft in TRAINING)
    assert benign / len(TRAINING) >= 0.45


def test_no_near_duplicates_in_the_training_data() -> None:
    pairs = dedupe.duplicate_pairs([draft.text for draft in TRAINING])
    examples = [(TRAINING[a].id, TRAINING[b].id) for a, b in pairs[:10]]
    assert pairs == [], f"near-duplicate drafts (drop the later of each): {examples}"


def test_no_held_out_draft_is_a_near_duplicate_of_training_data() -> None:
    held = load_corpus(sorted(HOLDOUT.rglob("*.jsonl")))  # every round, spent ones too
    assert held, "no held-out drafts to check"  # their size is issue 8's: bench/holdout.py
    pairs = dedupe.duplicate_pairs(
        [draft.text for draft in held], [draft.text for draft in TRAINING]
    )
    assert [(held[a].id, TRAINING[b].id) for a, b in pairs] == []


def test_the_datasheet_counts_are_current() -> None:
    sheet = (DATA / "DATASHEET.md").read_text("utf-8")
    assert datasheet.render(sheet, TRAINING) == sheet, (
        "DATASHEET.md is out of step with the data: run "
        "python -m gigguard.intents.datasheet data/intents/DATASHEET.md data/intents/drafts"
    )


@pytest.mark.parametrize(
    "folder",
    sorted([*HOLDOUT.glob("round-*"), *HOLDOUT.glob("contacts-*")]),
    ids=lambda p: p.name,
)
def test_every_held_out_round_has_a_current_datasheet(folder: Path) -> None:
    sheet = (folder / "DATASHEET.md").read_text("utf-8")
    assert "Written after" in sheet, f"{folder}: say what the set was written after"
    assert datasheet.render(sheet, load_corpus([folder])) == sheet, (
        f"{folder}/DATASHEET.md is out of step: run python -m gigguard.intents.datasheet "
        f"{folder}/DATASHEET.md {folder}"
    )
