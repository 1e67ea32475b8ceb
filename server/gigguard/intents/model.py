"""The trained intent model: per sentence, the calibrated probability of each intent.

    normalised draft + detections ─ featurize ─ weights summed per unit ─ Platt ─ P(intent)

The artifact is two files inside the package, written by `gigguard train`: `intents.npz` (plain
arrays, loaded with `allow_pickle=False`: nothing in it can run code) and `intents.json` (what it
was trained on and how it scored). It is loaded once per process and needs no network.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from gigguard.engine.detectors import Detection
from gigguard.engine.normalize import NormalizedDraft
from gigguard.engine.sentences import Sentences
from gigguard.intents import concepts, features, kernels
from gigguard.intents.features import Features, featurize, name_hash

ARTIFACT_FORMAT = 1
WEIGHTS_FILE = "intents.npz"
METADATA_FILE = "intents.json"
INTENTS = ("offplatform.invite", "offplatform.payment", "review.manipulation")
# The model's outputs: the intents, and whether a sentence really carries a contact detail of
# someone in the conversation (not a placeholder, a buyer's shop address, a library's site) —
# the detectors' hits on sentences it firmly rejects are dropped.
CONTACT = "contact"
OUTPUTS = (*INTENTS, CONTACT)

Probabilities = npt.NDArray[np.float64]


class ModelError(ValueError):
    """An artifact that cannot be used, with the file that holds it."""


def detection_tokens(detection: Detection) -> tuple[str, ...]:
    """What the model learns from one detection: its category and its kind of channel
    ("det:contact.messenger", "det:messenger.whatsapp")."""
    return (f"det:{detection.category}", f"det:{detection.kind}")


def features_of(
    draft: NormalizedDraft,
    detections: Sequence[Detection],
    sentences: Sentences,
    signals: Sequence[tuple[int, str]] = (),
) -> Features:
    """The model's features of a draft, one unit per sentence (the whole draft when it has
    none): its n-grams, its detections, and the lexicon rules' `signals` (position, name)."""
    view = draft.text
    starts = list(sentences.starts) or [0]
    mapped, end = view.starts, len(draft.original)
    original_starts = [mapped[start] if start < len(mapped) else end for start in starts]
    positions: list[int] = []
    hashes: list[int] = []
    detected_letters: dict[int, int] = {}
    for detection in detections:
        for name in detection_tokens(detection):
            positions.append(detection.start)
            hashes.append(name_hash(name))
        unit = max(bisect_right(original_starts, detection.start) - 1, 0)
        detail = draft.original[detection.start : detection.end]
        detected_letters[unit] = detected_letters.get(unit, 0) + sum(map(str.isalpha, detail))
    for unit, inside in detected_letters.items():
        if unit < len(sentences.spans):
            start, end = view.to_original(*sentences.spans[unit])
            around = sum(map(str.isalpha, draft.original[start:end])) - inside
            positions.append(start)
            hashes.append(name_hash(_bareness(around)))
    if signals:
        at, names = zip(*signals, strict=True)
        positions.extend(at)
        hashes.extend(map(_signal_hash, names))
    units = np.searchsorted(original_starts, np.asarray(positions, dtype=np.int64), "right") - 1
    return featurize(
        view.text,
        starts,
        name_units=units,
        name_hashes=np.asarray(hashes, dtype=np.uint64),
        lexicon=concepts.shipped(),
    )


@cache
def _signal_hash(name: str) -> int:
    return name_hash(f"rule:{name}")


def _bareness(letters: int) -> str:
    """How much a sentence says besides its contact detail: "x@y.com" or "Skype: z" alone
    shares a detail; "email me at x, I reply faster" asks for something."""
    return "det:bare" if letters <= 3 else "det:labelled" if letters <= 12 else "det:worded"


@dataclass(frozen=True, slots=True)
class IntentModel:
    intents: tuple[str, ...]  # the names of its outputs, in column order (OUTPUTS)
    weights: npt.NDArray[np.float32]  # (BUCKETS + 1, outputs): the sentinel's row is zero
    bias: npt.NDArray[np.float64]  # (intents,)
    calibration: npt.NDArray[np.float64]  # (intents, 2): p = σ(a·score + b)
    thresholds: dict[str, float]  # a sentence at or above it carries the intent
    # A rule's hit on a sentence the model gives less than this is dropped (chosen in training).
    vetoes: dict[str, float]
    metadata: dict[str, Any]
    measured_rules: frozenset[str] = frozenset()  # the rules whose hits the vetoes were measured on

    def probabilities(self, found: Features) -> Probabilities:
        """(units, intents): the calibrated probability that each unit carries each intent."""
        result: Probabilities = kernels.probabilities(
            self.weights,
            self.bias,
            self.calibration,
            found.buckets,
            found.bounds,
            found.unit_count,
        )
        return result

    def threshold(self, intent: str) -> float:
        return self.thresholds.get(intent, 1.01)

    def veto(self, intent: str, rule: str) -> float:
        """The veto on `rule`'s hits of `intent`: 0 for a rule training never measured."""
        if rule not in self.measured_rules:
            return 0.0
        return self.vetoes.get(intent, 0.0)


def save_model(
    directory: Path,
    weights: npt.NDArray[np.float32],
    bias: npt.NDArray[np.float64],
    calibration: npt.NDArray[np.float64],
    thresholds: dict[str, float],
    vetoes: dict[str, float],
    metadata: dict[str, Any],
) -> None:
    """Write the two artifact files."""
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
        "outputs": list(OUTPUTS),
        "thresholds": thresholds,
        "vetoes": vetoes,
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
        "concepts": concepts.shipped().digest,
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
    intents = tuple(metadata["outputs"])
    if intents != OUTPUTS:  # the scoring kernel sums exactly these four columns
        raise ModelError(f"{metadata_path}: outputs {list(intents)}, not {list(OUTPUTS)}")
    if weights.shape != (features.BUCKETS, len(intents)):
        raise ModelError(f"{weights_path}: weights of shape {weights.shape}")
    table = np.zeros((features.BUCKETS + 1, len(intents)), dtype=np.float32)
    table[: features.BUCKETS] = weights  # the sentinel's row stays zero
    thresholds = {str(k): float(v) for k, v in metadata["thresholds"].items()}
    vetoes = {str(k): float(v) for k, v in metadata.get("vetoes", {}).items()}
    measured = frozenset(metadata.get("measured_rules", ()))
    return IntentModel(intents, table, bias, calibration, thresholds, vetoes, metadata, measured)


@dataclass(frozen=True, slots=True)
class IntentScores:
    """Per sentence of one draft, the probability of each intent."""

    intents: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # the sentences, in code points of the original draft
    probabilities: Probabilities  # (sentences, intents)
    starts: list[int] = field(init=False)  # of `spans`, for bisection
    ends: list[int] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", [start for start, _ in self.spans])
        object.__setattr__(self, "ends", [end for _, end in self.spans])

    def of(self, intent: str) -> Probabilities:
        return self.probabilities[:, self.intents.index(intent)]

    def at(self, intent: str, start: int, end: int) -> float:
        """The highest probability of `intent` among the sentences overlapping [start, end)
        (sentences are disjoint and in order, so they are found by bisection)."""
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, end)
        column = self.of(intent)
        return float(column[first:last].max()) if first < last else 0.0


def score_draft(
    model: IntentModel,
    draft: NormalizedDraft,
    detections: Sequence[Detection],
    sentences: Sentences,
    signals: Sequence[tuple[int, str]] = (),
) -> IntentScores:
    view = draft.text
    spans = tuple(view.to_original(*span) for span in sentences.spans) or (
        (0, len(draft.original)),
    )
    probabilities = model.probabilities(features_of(draft, detections, sentences, signals))
    return IntentScores(model.intents, spans, probabilities)
