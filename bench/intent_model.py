"""The intent model's own cost per draft, featurisation included, beside the alternative.

    python bench/intent_model.py [--repeat N]

Workload: drafts of about 1 KB cut from the training data (data/intents/drafts), split into
sentences the way the linter splits them. Systems, each scoring every sentence for the three
intents:

- gigguard model: `model.features_of` (the compiled hashing pass of `intents/kernels.py`, plus
  the detections and the lexicon rules' signals as named tokens) + `IntentModel.probabilities`
  (one compiled pass over the weights) with the shipped artifact. The detectors and rules themselves run before it in any lint, so they
  are prepared outside the timed part;
- scikit-learn: `HashingVectorizer` (char 2-5-grams + word 1-2-grams, the same feature space)
  + a fitted linear model's `predict_proba`, what a team would assemble from the library.

Reported: p50 / p99 latency per draft and drafts per second. The issue's budget is 0.15 ms at
p50 for a 1 KB draft. Numbers depend on the machine; compare rows of one run.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from gigguard.engine.normalize import normalize
from gigguard.engine.sentences import Sentences
from gigguard.evaluation import load_corpus
from gigguard.intents.model import features_of, shipped_model
from gigguard.lint import analyse, ruleset_for

ROOT = Path(__file__).resolve().parents[1]
SIZE = 1024


def kilobyte_drafts(count: int) -> list[str]:
    texts = [draft.text for draft in load_corpus([ROOT / "data" / "intents" / "drafts"])]
    joined, drafts, index = "", [], 0
    while len(drafts) < count and texts:
        joined += texts[index % len(texts)] + "\n"
        index += 1
        if len(joined) >= SIZE:
            drafts.append(joined[:SIZE])
            joined = ""
    return drafts


def gigguard_system() -> tuple[Callable[[object], object], Callable[[str], object]]:
    model = shipped_model()
    if model is None:
        raise SystemExit("no shipped model: run `gigguard train` first")

    ruleset = ruleset_for("fiverr")

    def prepare(text: str) -> object:
        return analyse(text, ruleset).matched

    def run(prepared: object) -> object:
        m = prepared
        found = features_of(m.draft, m.detections, m.sentences, m.signals)  # type: ignore[attr-defined]
        return model.probabilities(found)

    return run, prepare


def sklearn_system(drafts: list[str]) -> tuple[Callable[[object], object], Callable[[str], object]]:
    from scipy import sparse
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    chars = HashingVectorizer(analyzer="char", ngram_range=(2, 5), n_features=1 << 19)
    words = HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=1 << 19)

    def vectorise(sentences: list[str]) -> object:
        return sparse.hstack([chars.transform(sentences), words.transform(sentences)]).tocsr()

    sample = [s for text in drafts[:50] for s in text.split(". ")]
    labels = np.zeros((len(sample), 3), dtype=int)
    labels[::3, 0] = labels[1::3, 1] = labels[2::3, 2] = 1
    classifier = OneVsRestClassifier(LogisticRegression(max_iter=200)).fit(
        vectorise(sample), labels
    )

    def prepare(text: str) -> object:
        view = normalize(text).text.text
        return [view[a:b] for a, b in Sentences.of(view).spans] or [view]

    def run(prepared: object) -> object:
        return classifier.predict_proba(vectorise(prepared))  # type: ignore[arg-type]

    return run, prepare


def measure(run: Callable[[object], object], inputs: list[object], repeat: int) -> dict[str, float]:
    for item in inputs[:20]:
        run(item)
    latencies: list[float] = []
    for _ in range(repeat):
        for item in inputs:
            started = time.perf_counter()
            run(item)
            latencies.append(time.perf_counter() - started)
    latencies.sort()
    return {
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000,
        "per_second": len(latencies) / sum(latencies),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--drafts", type=int, default=300)
    arguments = parser.parse_args()
    drafts = kilobyte_drafts(arguments.drafts)
    print(f"{len(drafts)} drafts of {SIZE} characters, {arguments.repeat} passes each")
    print(f"{'system':<16}{'p50 ms':>10}{'p99 ms':>10}{'drafts/s':>12}")
    for name, (run, prepare) in {
        "gigguard model": gigguard_system(),
        "scikit-learn": sklearn_system(drafts),
    }.items():
        inputs = [prepare(text) for text in drafts]
        figures = measure(run, inputs, arguments.repeat)
        print(
            f"{name:<16}{figures['p50_ms']:>10.3f}{figures['p99_ms']:>10.3f}"
            f"{figures['per_second']:>12.0f}"
        )


if __name__ == "__main__":
    main()
