"""`gigguard train`: labelled drafts in, the shipped intent model out, deterministically.

    data/intents/drafts/*.jsonl ─ near-duplicates dropped ─ one example per sentence
      ─ cross-validation by writer (out-of-fold scores) ─ Platt calibration, draft thresholds
      ─ final fit on everything ─ intents.npz + intents.json (with the cross-writer metrics)

Folds are whole writers: the figures say how the model does on a writer it has never read,
which is what a seller is. One logistic regression per intent (scikit-learn's liblinear, fixed
seed) over the hashed n-grams of `features.py`; the same data and seed give the same model and
the same metrics.
"""

from __future__ import annotations

import hashlib
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from gigguard.engine.detect import detect_in
from gigguard.engine.normalize import normalize
from gigguard.engine.sentences import Sentences
from gigguard.evaluation import Draft, corpus_files, load_corpus
from gigguard.intents import dedupe, features
from gigguard.intents.model import INTENTS, features_of, save_model

SEED = 20261201
FOLDS = 5
C = 4.0  # inverse regularisation strength of each logistic regression
# A draft is flagged when one of its sentences reaches the threshold; the threshold is the
# lowest whose out-of-fold draft precision reaches this.
TARGET_PRECISION = 0.97

Progress = Callable[[str], None]


@dataclass
class Examples:
    """One row per sentence of every draft."""

    matrix: Any  # scipy.sparse.csr_matrix (sentences × BUCKETS)
    labels: npt.NDArray[np.int8]  # (sentences, intents)
    draft_of: npt.NDArray[np.int64]  # the draft each sentence belongs to
    drafts: list[Draft]
    draft_labels: npt.NDArray[np.int8]  # (drafts, intents)


@dataclass
class TrainingReport:
    drafts: int
    dropped_duplicates: int
    sentences: int
    writers: int
    metrics: dict[str, Any] = field(default_factory=dict)


def default_data_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "data" / "intents" / "drafts"


def load_training_drafts(paths: Sequence[Path]) -> tuple[list[Draft], int]:
    """Every draft under `paths`, near-duplicates dropped (the later of each pair)."""
    drafts = load_corpus(paths)
    pairs = dedupe.duplicate_pairs([draft.text for draft in drafts])
    dropped = {second for _, second in pairs}
    return [draft for index, draft in enumerate(drafts) if index not in dropped], len(dropped)


def data_digest(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for path in corpus_files(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_examples(drafts: Sequence[Draft], progress: Progress = lambda _: None) -> Examples:
    from scipy import sparse

    rows: list[npt.NDArray[np.int64]] = []
    columns: list[npt.NDArray[np.int64]] = []
    values: list[npt.NDArray[np.float64]] = []
    labels: list[list[int]] = []
    draft_of: list[int] = []
    draft_labels = np.zeros((len(drafts), len(INTENTS)), dtype=np.int8)
    offset = 0
    for index, draft in enumerate(drafts):
        if index and index % 2000 == 0:
            progress(f"  featurised {index}/{len(drafts)} drafts")
        normalized = normalize(draft.text)
        sentences = Sentences.of(normalized.text.text)
        found = features_of(normalized, detect_in(normalized, draft.platform), sentences)
        units, buckets = found.pairs()
        counts = np.bincount(units, minlength=found.unit_count).astype(np.float64)
        rows.append(units + offset)
        columns.append(buckets)
        values.append(1.0 / np.sqrt(np.maximum(counts[units], 1.0)))
        spans = [normalized.text.to_original(*span) for span in sentences.spans] or [
            (0, len(draft.text))
        ]
        for start, end in spans:
            labels.append(
                [
                    int(
                        any(
                            label.category == intent and label.start < end and start < label.end
                            for label in draft.labels
                        )
                    )
                    for intent in INTENTS
                ]
            )
            draft_of.append(index)
        for column, intent in enumerate(INTENTS):
            draft_labels[index, column] = any(label.category == intent for label in draft.labels)
        offset += found.unit_count
    matrix = sparse.csr_matrix(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(columns))),
        shape=(offset, features.BUCKETS),
    )
    matrix.sum_duplicates()
    return Examples(
        matrix,
        np.asarray(labels, dtype=np.int8),
        np.asarray(draft_of, dtype=np.int64),
        list(drafts),
        draft_labels,
    )


def _fit(matrix: Any, labels: npt.NDArray[np.int8], seed: int) -> tuple[Any, float]:
    from sklearn.linear_model import LogisticRegression

    if labels.min() == labels.max():  # nothing to learn: a constant score
        return np.zeros(matrix.shape[1]), -8.0 if labels.max() == 0 else 8.0
    model = LogisticRegression(C=C, solver="liblinear", random_state=seed, max_iter=200)
    model.fit(matrix, labels)
    return model.coef_[0], float(model.intercept_[0])


def cross_validated_scores(
    examples: Examples, seed: int, progress: Progress = lambda _: None
) -> npt.NDArray[np.float64]:
    """Out-of-fold decision scores (sentences × intents), folds grouped by writer."""
    from sklearn.model_selection import GroupKFold

    writers = np.asarray([examples.drafts[d].writer for d in examples.draft_of])
    folds = min(FOLDS, len(set(writers)))
    scores = np.zeros(examples.labels.shape, dtype=np.float64)
    if folds < 2:
        raise ValueError("cross-validation by writer needs drafts from at least two writers")
    for fold, (train, test) in enumerate(GroupKFold(n_splits=folds).split(writers, groups=writers)):
        progress(f"  fold {fold + 1}/{folds}: {len(train)} sentences to learn, {len(test)} held")
        for column in range(len(INTENTS)):
            weights, intercept = _fit(examples.matrix[train], examples.labels[train, column], seed)
            scores[test, column] = examples.matrix[test] @ weights + intercept
    return scores


def platt(scores: npt.NDArray[np.float64], labels: npt.NDArray[np.int8]) -> tuple[float, float]:
    """Calibration: a, b of P(label | score) = σ(a·score + b), fitted on out-of-fold scores."""
    from sklearn.linear_model import LogisticRegression

    if labels.min() == labels.max():
        return 1.0, 0.0
    model = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000)
    model.fit(scores.reshape(-1, 1), labels)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def draft_maxima(
    values: npt.NDArray[np.float64], draft_of: npt.NDArray[np.int64], drafts: int
) -> Any:
    result = np.full((drafts, values.shape[1]), -np.inf)
    np.maximum.at(result, draft_of, values)
    return result


def choose_threshold(probabilities: npt.NDArray[np.float64], labels: npt.NDArray[np.int8]) -> float:
    """The lowest draft threshold whose precision is at least TARGET_PRECISION (and never
    below 0.5: a finding must be more likely right than wrong)."""
    order = np.argsort(-probabilities, kind="stable")
    hits = np.cumsum(labels[order])
    precision = hits / np.arange(1, len(order) + 1)
    good = np.flatnonzero(precision >= TARGET_PRECISION)
    if not len(good):
        return 0.99
    return float(max(probabilities[order][good[-1]], 0.5))


def draft_metrics(
    flagged: npt.NDArray[np.bool_], labels: npt.NDArray[np.int8], drafts: Sequence[Draft]
) -> dict[str, Any]:
    """Per intent precision and recall by draft, and the share of benign drafts flagged."""
    benign = np.asarray([not draft.labels for draft in drafts])
    result: dict[str, Any] = {}
    for column, intent in enumerate(INTENTS):
        tp = int((flagged[:, column] & (labels[:, column] == 1)).sum())
        fp = int((flagged[:, column] & (labels[:, column] == 0)).sum())
        fn = int((~flagged[:, column] & (labels[:, column] == 1)).sum())
        result[intent] = {
            "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    benign_flagged = int((flagged.any(axis=1) & benign).sum())
    result["benign_drafts"] = int(benign.sum())
    result["benign_flagged"] = benign_flagged
    result["benign_flagged_rate"] = round(benign_flagged / max(int(benign.sum()), 1), 4)
    return result


def train(
    data: Sequence[Path], out: Path, seed: int = SEED, progress: Progress = lambda _: None
) -> TrainingReport:
    began = time.monotonic()
    drafts, dropped = load_training_drafts(data)
    if not drafts:
        raise ValueError(f"no drafts under {', '.join(map(str, data))}")
    progress(f"{len(drafts)} drafts ({dropped} near-duplicates dropped)")
    examples = build_examples(drafts, progress)
    progress(f"{examples.matrix.shape[0]} sentences; cross-validating by writer")
    scores = cross_validated_scores(examples, seed, progress)
    calibration = np.asarray(
        [platt(scores[:, k], examples.labels[:, k]) for k in range(len(INTENTS))]
    )
    probabilities = 1.0 / (1.0 + np.exp(-(calibration[:, 0] * scores + calibration[:, 1])))
    per_draft = draft_maxima(probabilities, examples.draft_of, len(drafts))
    thresholds = {
        intent: round(choose_threshold(per_draft[:, k], examples.draft_labels[:, k]), 4)
        for k, intent in enumerate(INTENTS)
    }
    flagged = per_draft >= np.asarray([thresholds[intent] for intent in INTENTS])
    metrics = draft_metrics(flagged, examples.draft_labels, drafts)
    progress("final fit on every draft")
    fitted = [_fit(examples.matrix, examples.labels[:, k], seed) for k in range(len(INTENTS))]
    weights = np.stack([w for w, _ in fitted], axis=1).astype(np.float32)
    bias = np.asarray([b for _, b in fitted])
    writers = sorted({draft.writer for draft in drafts})
    save_model(
        out,
        weights,
        bias,
        calibration,
        thresholds,
        {
            "data": {
                "digest": data_digest(data),
                "drafts": len(drafts),
                "near_duplicates_dropped": dropped,
                "sentences": int(examples.matrix.shape[0]),
                "writers": len(writers),
            },
            "training": {
                "seed": seed,
                "folds": FOLDS,
                "c": C,
                "target_precision": TARGET_PRECISION,
            },
            "cross_writer_metrics": metrics,
            "versions": _versions(),
        },
    )
    progress(f"done in {time.monotonic() - began:.0f} s")
    return TrainingReport(
        len(drafts), dropped, int(examples.matrix.shape[0]), len(writers), metrics
    )


def _versions() -> dict[str, str]:
    import scipy
    import sklearn

    return {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "scikit-learn": sklearn.__version__,
        "platform": sys.platform,
    }


def metrics_table(metrics: dict[str, Any]) -> str:
    """The cross-writer figures, as `gigguard train` prints them."""
    lines = [
        f"{'intent (cross-writer, by draft)':<34}{'precision':>10}{'recall':>10}{'tp':>6}{'fp':>6}{'fn':>6}"
    ]
    for intent in INTENTS:
        row = metrics[intent]
        lines.append(
            f"{intent:<34}{row['precision']:>10.3f}{row['recall']:>10.3f}"
            f"{row['tp']:>6}{row['fp']:>6}{row['fn']:>6}"
        )
    lines.append(
        f"benign drafts flagged: {metrics['benign_flagged']}/{metrics['benign_drafts']}"
        f" ({metrics['benign_flagged_rate']:.1%})"
    )
    return "\n".join(lines)
