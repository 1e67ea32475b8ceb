"""Near-duplicate drafts: two drafts that are one template with a word swapped measure nothing
twice, and one on each side of a train/held-out split measures the model on its training data.

Drafts are compared by the character 5-grams of their letters (lower case, digits and
punctuation dropped). MinHash signatures, cut into bands, find the candidate pairs in linear time;
a pair is a near-duplicate when its exact Jaccard similarity is at least `SIMILAR`.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from gigguard.intents.features import ngram_hashes

SIMILAR = 0.8
SHINGLE = 5
_BANDS, _ROWS = 16, 2
_rng = np.random.default_rng(20261201)  # fixed: the same drafts pair up on every run
_A = _rng.integers(1, 2**63, size=_BANDS * _ROWS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, size=_BANDS * _ROWS, dtype=np.uint64)


def letters(text: str) -> str:
    """The text reduced to what makes it the same message: letters, single spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(c if unicodedata.category(c)[0] in "LM" else " " for c in folded)
    return " ".join(kept.split())


def shingles(text: str) -> npt.NDArray[np.uint64]:
    return np.unique(ngram_hashes(letters(text), SHINGLE))


def duplicate_pairs(texts: Sequence[str], against: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of near-duplicates among `texts`; with `against`, pairs (i, k) of a
    text and a near-duplicate in `against` instead."""
    sets = [shingles(text) for text in texts]
    others = [shingles(text) for text in against]
    everything = sets + others
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    for index, found in enumerate(everything):
        signature = _signature(found)
        for band in range(_BANDS):
            key = signature[band * _ROWS : (band + 1) * _ROWS].tobytes()
            buckets[(band, key)].append(index)
    candidates: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > 1:
            for position, first in enumerate(members):
                for second in members[position + 1 :]:
                    candidates.add((first, second))
    pairs: list[tuple[int, int]] = []
    for first, second in sorted(candidates):
        crosses = (first < len(sets)) != (second < len(sets))
        if against and not crosses:
            continue
        if _jaccard(everything[first], everything[second]) >= SIMILAR:
            pairs.append((first, second - len(sets)) if against else (first, second))
    return pairs


def _signature(found: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    if not len(found):
        return np.zeros(_BANDS * _ROWS, dtype=np.uint64)
    signature: npt.NDArray[np.uint64] = (found[:, None] * _A + _B).min(axis=0)
    return signature


def _jaccard(a: npt.NDArray[np.uint64], b: npt.NDArray[np.uint64]) -> float:
    union = len(np.union1d(a, b))
    return len(np.intersect1d(a, b, assume_unique=True)) / union if union else 1.0


def main(arguments: Sequence[str]) -> int:
    """`python -m gigguard.intents.dedupe [--drop] DATA…`: list near-duplicate drafts; with
    --drop, remove the later of each pair from its file."""
    import json
    from pathlib import Path

    from gigguard.evaluation import corpus_files

    drop = "--drop" in arguments
    files = corpus_files([Path(a) for a in arguments if a != "--drop"])
    lines = [
        (path, line)
        for path in files
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    texts = [json.loads(line)["text"] for _, line in lines]
    pairs = duplicate_pairs(texts)
    for first, second in pairs:
        print(f"{json.loads(lines[first][1])['id']} ≈ {json.loads(lines[second][1])['id']}")
    if drop and pairs:
        later = {second for _, second in pairs}
        for path in files:
            kept = [
                line
                for index, (owner, line) in enumerate(lines)
                if owner == path and index not in later
            ]
            path.write_text("\n".join(kept) + "\n", "utf-8")
        print(f"dropped {len(later)} draft(s)")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
