"""The shipped intent model: a safe artifact, calibrated per-sentence scores, and findings that
say where they came from."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from gigguard.engine.detect import detect_in
from gigguard.engine.normalize import normalize
from gigguard.engine.sentences import Sentences
from gigguard.intents import features
from gigguard.intents.model import (
    INTENTS,
    METADATA_FILE,
    OUTPUTS,
    WEIGHTS_FILE,
    ModelError,
    features_of,
    load_model,
    score_draft,
    shipped_model,
    shipped_model_dir,
)
from gigguard.lint import lint

MODEL = shipped_model()


def test_the_package_ships_a_model() -> None:
    assert MODEL is not None, "no intents.npz in gigguard/intents/artifact: run `gigguard train`"


def test_the_artifact_is_plain_arrays_and_small() -> None:
    path = shipped_model_dir() / WEIGHTS_FILE
    assert path.stat().st_size <= 25 * 1024 * 1024
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["bias.npy", "calibration.npy", "weights.npy"]
    with np.load(path, allow_pickle=False) as arrays:  # an object array would refuse to load
        assert {arrays[name].dtype.kind for name in arrays.files} == {"f"}


def test_an_artifact_with_other_outputs_is_refused(tmp_path: Path) -> None:
    shutil.copy(shipped_model_dir() / WEIGHTS_FILE, tmp_path / WEIGHTS_FILE)
    metadata = json.loads((shipped_model_dir() / METADATA_FILE).read_text("utf-8"))
    metadata["outputs"] = [*OUTPUTS[1:], OUTPUTS[0]]
    (tmp_path / METADATA_FILE).write_text(json.dumps(metadata), "utf-8")
    with pytest.raises(ModelError, match="outputs"):
        load_model(tmp_path)


def test_the_metadata_says_how_it_was_made() -> None:
    metadata = json.loads((shipped_model_dir() / METADATA_FILE).read_text("utf-8"))
    assert metadata["intents"] == list(INTENTS)
    assert metadata["features"]["buckets"] == features.BUCKETS
    assert set(metadata["thresholds"]) == set(INTENTS)
    assert {"digest", "drafts", "writers"} <= set(metadata["data"])
    assert {"seed", "folds"} <= set(metadata["training"])
    assert {"numpy", "scikit-learn"} <= set(metadata["versions"])


def probabilities(text: str) -> np.ndarray:
    assert MODEL is not None
    draft = normalize(text)
    sentences = Sentences.of(draft.text.text)
    found = features_of(draft, detect_in(draft, "fiverr"), sentences)
    return MODEL.probabilities(found)


@pytest.mark.parametrize(
    "text", ["", " ", "ok", "Hello! Can we talk? " * 50, "😀" * 30, "a\n\n\nb", "x" * 20_000]
)
def test_one_probability_per_sentence_and_intent(text: str) -> None:
    found = probabilities(text)
    sentences = max(len(Sentences.of(normalize(text).text.text).spans), 1)
    assert found.shape == (sentences, len(OUTPUTS))
    assert np.all((found >= 0) & (found <= 1))


def test_scores_are_per_sentence_so_a_finding_spans_its_sentence() -> None:
    assert MODEL is not None
    text = (
        "Thanks for the brief, I read it twice. The homepage will have three sections. "
        "Can we continue this on WhatsApp instead, it's quicker for me. I'll send the draft Friday."
    )
    draft = normalize(text)
    scores = score_draft(MODEL, draft, detect_in(draft, "fiverr"), Sentences.of(draft.text.text))
    invite = scores.of("offplatform.invite")
    assert int(np.argmax(invite)) == 2
    result = lint(text, "fiverr")
    (finding,) = [f for f in result.findings if f.category == "offplatform.invite"]
    assert text[finding.start : finding.end] == (
        "Can we continue this on WhatsApp instead, it's quicker for me."
    )


def test_every_finding_says_what_produced_it() -> None:
    for text in (
        "Können wir das per WhatsApp weiter besprechen?",
        "Can you pay me via PayPal? It saves us both the fee.",
        "my email is anna.k@gmail.com",
    ):
        for finding in lint(text, "fiverr").findings:
            assert finding.source in {"rule", "model", "both"}
            assert finding.to_dict()["source"] == finding.source
            if finding.source != "rule":
                assert 0.0 < finding.confidence <= 1.0


def test_a_signal_is_context_of_the_neighbours_it_has_and_of_no_other_sentence() -> None:
    text = "Hi there. Thanks for the order. See you."
    draft = normalize(text)
    sentences = Sentences.of(draft.text.text)
    assert len(sentences.spans) == 3
    first = features_of(draft, (), sentences, [(0, "greeting")]).pairs()
    last = features_of(draft, (), sentences, [(text.index("See"), "greeting")]).pairs()
    bucket = features.name_buckets("rule:greeting")

    def units_with(found: tuple[np.ndarray, np.ndarray], name: str) -> set[int]:
        units, buckets = found
        return set(units[buckets == bucket[name]].tolist())

    assert units_with(first, "own") == {0} and units_with(first, "before") == {1}
    assert units_with(first, "after") == set()  # no sentence before the first
    assert units_with(last, "after") == {1} and units_with(last, "before") == set()
