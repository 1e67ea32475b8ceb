"""Concepts: one named feature for an idea however a language writes it.

The n-gram features of `features.py` learn "WhatsApp" in the languages that have enough drafts
to teach it; a concept ties the ways of writing one idea together across languages — "vx",
"V信" and "微信" are all `app.wechat`, "à part", "por fuera" and "私下" all `loc.outside` — so
what the model learns of the idea in one language holds in every other. The lexicon
(`concepts.yml`, written per language by native-speaker writers from `CONCEPTS.md`, never from
the held-out drafts) gives the terms; the model learns how much each concept, and each pair of
concepts in one sentence, weighs.

Terms are matched exactly, on the same normalised text and with the same substring hashes as
the n-grams, so finding every concept in a draft is a sorted lookup of hashes that `featurize`
has computed anyway:

    one word            the hash of a word                     "paypal", "телега"
    two words           the hash of a word pair                "add me", "por fuera"
    unspaced scripts    the hash of a character n-gram (2–5)   "微信", "ライン", "ไลน์"
    one symbol          its code point                         "✈", "🐧"

A term in a script written without spaces is cut to its first five characters, the longest
n-gram there is.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt
import yaml

from gigguard.engine.normalize import normalize
from gigguard.intents import features

LEXICON_FILE = "concepts.yml"
Hashes = npt.NDArray[np.uint64]
Indices = npt.NDArray[np.int64]

MAX_CHARS = 5


_FILTER_BITS = 20
_FILTER_MULTIPLIER = np.uint64(0xD6E8FEB86659FD93)
_FILTER_SHIFT = np.uint64(64 - _FILTER_BITS)


@dataclass(frozen=True)
class Table:
    """Sorted hashes and the concept each stands for, behind a one-bit-per-slot filter: most
    of a draft's hashes are no term, and the filter turns them away before the binary search."""

    keys: Hashes
    concepts: Indices
    filter: npt.NDArray[np.bool_]

    @classmethod
    def of(cls, entries: dict[int, int]) -> Table:
        keys = np.asarray(sorted(entries), dtype=np.uint64)
        concepts = np.asarray([entries[int(key)] for key in keys], dtype=np.int64)
        slots = np.zeros(1 << _FILTER_BITS, dtype=bool)
        slots[(keys * _FILTER_MULTIPLIER) >> _FILTER_SHIFT] = True
        return cls(keys, concepts, slots)

    def find(self, hashes: Hashes) -> tuple[Indices, Indices]:
        """(positions in `hashes`, concept) of every hash that is a key."""
        if not len(self.keys) or not len(hashes):
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        maybe = np.flatnonzero(self.filter[(hashes * _FILTER_MULTIPLIER) >> _FILTER_SHIFT])
        candidates = hashes[maybe]
        slots = np.minimum(np.searchsorted(self.keys, candidates), len(self.keys) - 1)
        hit = self.keys[slots] == candidates
        return maybe[hit], self.concepts[slots[hit]]


@dataclass(frozen=True)
class Buckets:
    """The feature buckets of each concept: in its sentence, as context of the next and the
    previous one, and of each pair of concepts in one sentence."""

    own: list[int]
    before: list[int]
    after: list[int]
    pair: list[list[int]]  # [concept][concept]

    @classmethod
    def of(cls, names: tuple[str, ...]) -> Buckets:
        def each(prefix: str) -> list[int]:
            return [features.token_bucket(f"{prefix}{name}") for name in names]

        pair = [[features.token_bucket(f"c:{min(a, b)}+{max(a, b)}") for b in names] for a in names]
        return cls(each("c:"), each("c<:"), each("c>:"), pair)


@dataclass(frozen=True)
class Lexicon:
    names: tuple[str, ...]
    spaced: Table  # hashes of words and word pairs, and code points of symbols
    unspaced: Table  # character n-gram keys, the multiplier of their size included
    buckets: Buckets
    digest: str


EMPTY = Lexicon((), Table.of({}), Table.of({}), Buckets.of(()), "")


def build(by_concept: dict[str, dict[str, list[str]]]) -> Lexicon:
    """A lexicon from {concept: {language: [terms]}} (the shape of `concepts.yml`)."""
    names = tuple(sorted(by_concept))
    words: dict[int, int] = {}
    pairs: dict[int, int] = {}
    chars: dict[int, dict[int, int]] = {}
    symbols: dict[int, int] = {}
    for index, name in enumerate(names):
        for terms in by_concept[name].values():
            for term in terms:
                folded = normalize(str(term).strip()).text.text.strip()
                if not folded:
                    continue
                if len(folded) == 1 and not folded.isalnum():
                    symbols.setdefault(ord(folded) ^ int(features.SYMBOL_KEY), index)
                elif features.unspaced(folded):
                    cut = folded[:MAX_CHARS]
                    if len(cut) >= 2:
                        chars.setdefault(len(cut), {}).setdefault(features.char_key(cut), index)
                else:
                    hashes = features.word_hashes(folded)
                    if len(hashes) == 1:
                        words.setdefault(hashes[0], index)
                    elif len(hashes) == 2:
                        pairs.setdefault(features.pair_hash(*hashes), index)
    canonical = sorted(
        (name, language, sorted(map(str, terms)))
        for name, by_language in by_concept.items()
        for language, terms in by_language.items()
    )
    digest = hashlib.sha256(repr(canonical).encode("utf-8")).hexdigest()
    spaced_keys = {**symbols, **pairs, **words}
    unspaced_keys = {key: index for entries in chars.values() for key, index in entries.items()}
    return Lexicon(names, Table.of(spaced_keys), Table.of(unspaced_keys), Buckets.of(names), digest)


def load(text: str) -> Lexicon:
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict) or not all(
        isinstance(by_language, dict)
        and all(isinstance(terms, list) for terms in by_language.values())
        for by_language in data.values()
    ):
        raise ValueError(f"{LEXICON_FILE}: expected {{concept: {{language: [terms]}}}}")
    return build(data)


@cache
def shipped() -> Lexicon:
    """The lexicon inside the package (empty when there is none)."""
    source = resources.files("gigguard.intents").joinpath(LEXICON_FILE)
    if not source.is_file():
        return EMPTY
    return load(source.read_text("utf-8"))
