"""The trained intent model: per sentence, the calibrated probability of each intent.

    normalised draft + detections ─ featurize ─ weights (one take, one reduceat) ─ Platt ─ P(intent)

The artifact is two files inside the package, written by `gigguard train`: `intents.npz` (plain
arrays, loaded with `allow_pickle=False`: nothing in it can run code) and `intents.json` (what it
was trained on and how it scored). It is loaded once per process and needs no network.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from gigguard.engine.detectors import Detection
from gigguard.engine.normalize import NormalizedDraft
from gigguard.engine.sentences import Sentences
from gigguard.intents import features
from gigguard.intents.features import BLOCKS, Features, featurize

ARTIFACT_FORMAT = 1
WEIGHTS_FILE = "intents.npz"
METADATA_FILE = "intents.json"
INTENTS = ("offplatform.invite", "offplatform.payment", "review.manipulation")

Probabilities = npt.NDArray[np.float64]


class ModelError(ValueError):
    """An artifact that cannot be used, with the file that holds it."""


def detection_tokens(detection: Detection) -> tuple[str, ...]:
    """What the model learns from one detection: its category and its kind of channel
    ("det:contact.messenger", "det:messenger.whatsapp")."""
    return (f"det:{detection.category}", f"det:{detection.kind}")


def features_of(
    draft: NormalizedDraft, detections: Sequence[Detection], sentences: Sentences
) -> Features:
    """The model's features of a draft, one unit per sentence (the whole draft when it has none)."""
    view = draft.text
    starts = list(sentences.starts) or [0]
    original_starts = [view.to_original(start, start)[0] for start in starts]
    tokens = [
        (max(bisect_right(original_starts, detection.start) - 1, 0), token)
        for detection in detections
        for token in detection_tokens(detection)
    ]
    return featurize(view.text, starts, tokens)


@dataclass(frozen=True, slots=True)
class IntentModel:
    intents: tuple[str, ...]
    weights: npt.NDArray[np.float32]  # (BUCKETS + 1, intents + 1): the last column counts
    bias: npt.NDArray[np.float64]  # (intents,)
    calibration: npt.NDArray[np.float64]  # (intents, 2): p = σ(a·score + b)
    thresholds: dict[str, float]  # a sentence at or above it carries the intent
    metadata: dict[str, Any]

    def probabilities(self, found: Features) -> Probabilities:
        """(units, intents): the calibrated probability that each unit carries each intent."""
        rows = np.take(self.weights, found.buckets, axis=0)
        sums = np.add.reduceat(rows, found.bounds, axis=0)
        # An empty segment (a unit without words) reads its neighbour's first row: zero it.
        ends = np.append(found.bounds[1:], len(found.buckets))
        sums[ends == found.bounds] = 0.0
        per_unit = sums.reshape(BLOCKS, found.unit_count, -1).sum(axis=0, dtype=np.float64)
        for unit, bucket in found.tokens:
            per_unit[unit] += self.weights[bucket]
        counts = np.maximum(per_unit[:, -1:], 1.0)
        scores = per_unit[:, :-1] / np.sqrt(counts) + self.bias
        a, b = self.calibration[:, 0], self.calibration[:, 1]
        result: Probabilities = 1.0 / (1.0 + np.exp(-(a * scores + b)))
        return result

    def threshold(self, intent: str) -> float:
        return self.thresholds[intent]


def save_model(
    directory: Path,
    weights: npt.NDArray[np.float32],
    bias: npt.NDArray[np.float64],
    calibration: npt.NDArray[np.float64],
    thresholds: dict[str, float],
    metadata: dict[str, Any],
) -> None:
    """Write the two artifact files (`weights` without the count column)."""
    directory.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        directory / WEIGHTS_FILE,
        weights=weights.astype(np.float32),
        bias=bias.astype(np.float64),
        calibration=calibration.astype(np.float64),
    )
    document = {
        "format": ARTIFACT_FORMAT,
        "features": feature_config(),
        "intents": list(INTENTS),
        "thresholds": thresholds,
        **metadata,
    }
    (directory / METADATA_FILE).write_text(
        json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n", "utf-8"
    )


def feature_config() -> dict[str, Any]:
    return {
        "version": features.VERSION,
        "buckets": features.BUCKETS,
        "char_ngrams": list(features.CHAR_NGRAMS),
        "words": [1, 2],
    }


def shipped_model_dir() -> Path:
    return Path(str(resources.files("gigguard.intents") / "artifact"))


@cache
def shipped_model() -> IntentModel | None:
    """The model inside the package, loaded once; None when none has been trained."""
    directory = shipped_model_dir()
    if not (directory / WEIGHTS_FILE).exists():
        return None
    return load_model(directory)


def load_model(directory: Path) -> IntentModel:
    weights_path, metadata_path = directory / WEIGHTS_FILE, directory / METADATA_FILE
    try:
        metadata = json.loads(metadata_path.read_text("utf-8"))
        with np.load(weights_path, allow_pickle=False) as arrays:
            weights = arrays["weights"].astype(np.float32)
            bias = arrays["bias"].astype(np.float64)
            calibration = arrays["calibration"].astype(np.float64)
    except (OSError, ValueError, KeyError) as error:
        raise ModelError(f"{directory}: {error}") from None
    if metadata.get("format") != ARTIFACT_FORMAT or metadata.get("features") != feature_config():
        raise ModelError(
            f"{metadata_path}: made for other features ({metadata.get('features')}); "
            "run `gigguard train` again"
        )
    intents = tuple(metadata["intents"])
    if weights.shape != (features.BUCKETS, len(intents)):
        raise ModelError(f"{weights_path}: weights of shape {weights.shape}")
    table = np.zeros((features.BUCKETS + 1, len(intents) + 1), dtype=np.float32)
    table[: features.BUCKETS, : len(intents)] = weights
    table[: features.BUCKETS, len(intents)] = 1.0  # the count column; the sentinel row stays 0
    thresholds = {str(k): float(v) for k, v in metadata["thresholds"].items()}
    return IntentModel(intents, table, bias, calibration, thresholds, metadata)


@dataclass(frozen=True, slots=True)
class IntentScores:
    """Per sentence of one draft, the probability of each intent."""

    intents: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # the sentences, in code points of the original draft
    probabilities: Probabilities  # (sentences, intents)

    def of(self, intent: str) -> Probabilities:
        return self.probabilities[:, self.intents.index(intent)]

    def at(self, intent: str, start: int, end: int) -> float:
        """The highest probability of `intent` among the sentences overlapping [start, end)."""
        column = self.of(intent)
        best = 0.0
        for index, (sentence_start, sentence_end) in enumerate(self.spans):
            if sentence_start < end and start < sentence_end:
                best = max(best, float(column[index]))
        return best


def score_draft(
    model: IntentModel,
    draft: NormalizedDraft,
    detections: Sequence[Detection],
    sentences: Sentences,
) -> IntentScores:
    view = draft.text
    spans = tuple(view.to_original(*span) for span in sentences.spans) or (
        (0, len(draft.original)),
    )
    probabilities = model.probabilities(features_of(draft, detections, sentences))
    return IntentScores(model.intents, spans, probabilities)
