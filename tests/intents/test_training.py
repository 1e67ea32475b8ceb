"""`gigguard train`: deterministic, and it reproduces the shipped model from the data in the
repository."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from gigguard.evaluation import load_corpus
from gigguard.intents.model import METADATA_FILE, WEIGHTS_FILE, shipped_model_dir
from gigguard.intents.training import (
    RECALL_ENOUGH,
    Side,
    data_digest,
    default_data_dir,
    operating_point,
    train,
    writer_folds,
)

ROOT = Path(__file__).resolve().parents[2]


def small_data(tmp_path: Path) -> Path:
    """Three writers' first drafts: enough to train on in seconds."""
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("w01", "w02", "w03"):
        lines = (default_data_dir() / f"{name}.jsonl").read_text("utf-8").splitlines()[:120]
        (folder / f"{name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return folder


def test_the_same_data_and_seed_give_the_same_model(tmp_path: Path) -> None:
    data = small_data(tmp_path)
    first, second = tmp_path / "first", tmp_path / "second"
    train([data], first, seed=7)
    train([data], second, seed=7)
    with np.load(first / WEIGHTS_FILE) as a, np.load(second / WEIGHTS_FILE) as b:
        for name in a.files:
            assert np.array_equal(a[name], b[name]), name
    metadata = [json.loads((d / METADATA_FILE).read_text("utf-8")) for d in (first, second)]
    assert metadata[0] == metadata[1]


def test_writers_of_one_language_are_dealt_to_different_folds() -> None:
    drafts = load_corpus([default_data_dir()])
    folds = writer_folds(drafts)
    by_language: dict[str, list[int]] = {}
    for writer in folds:
        langs = Counter(d.lang.split("-")[0] for d in drafts if d.writer == writer)
        by_language.setdefault(langs.most_common(1)[0][0], []).append(folds[writer])
    for language, dealt in by_language.items():
        assert len(set(dealt)) == min(len(dealt), 5), language


def test_the_shipped_model_was_trained_on_the_data_in_the_repository() -> None:
    metadata = json.loads((shipped_model_dir() / METADATA_FILE).read_text("utf-8"))
    assert metadata["data"]["digest"] == data_digest([default_data_dir()]), (
        "data/intents/drafts changed since the model was trained: run `gigguard train`"
    )


@pytest.mark.timeout(1200)  # a whole training run: about 5 minutes on 2 cores for 19,104 drafts
def test_train_reproduces_the_shipped_model() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gigguard", "train", "--check"],
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "reproduced" in result.stdout


def _side(scores: list[float], labels: list[int]) -> Side:
    return Side(
        np.asarray(scores, dtype=np.float64),
        np.full(len(scores), -1.0),  # no rule hits
        np.asarray(labels, dtype=np.int8),
    )


def test_past_enough_recall_the_fewest_false_alarms_win() -> None:
    # 100 positives: 96 score 0.9, 4 score 0.6; 1,000 negatives: 4 score 0.6, the rest 0.1.
    # Both thresholds are precise; 0.6 has recall 1.0 with 4 false alarms, 0.9 has 0.96 and none.
    side = _side([0.9] * 96 + [0.6] * 4 + [0.6] * 4 + [0.1] * 996, [1] * 100 + [0] * 1000)
    point = operating_point(side)
    assert point.threshold == 0.9 and point.recall == 0.96
    assert min(RECALL_ENOUGH.values()) <= 0.93  # the default `enough_recall`


def test_below_enough_recall_recall_still_wins() -> None:
    # Raising the threshold would cost recall under RECALL_ENOUGH: the lower one stands, as long
    # as its precision holds.
    side = _side([0.9] * 90 + [0.7] * 10 + [0.7] * 2 + [0.1] * 998, [1] * 100 + [0] * 1000)
    point = operating_point(side)
    assert point.threshold == 0.7 and point.recall == 1.0
