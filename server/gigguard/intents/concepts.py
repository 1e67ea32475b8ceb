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


_FILTER_BITS = features.FILTER_BITS
_FILTER_MULTIPLIER = features.FILTER_MULTIPLIER
_FILTER_SHIFT = features.FILTER_SHIFT


@dataclass(frozen=True)
class Table:
    """Sorted hashes and the concepts each stands for, behind a one-bit-per-slot filter: most
    of a draft's hashes are no term, and the filter turns them away before the binary search
    (`kernels.featurize`). The filter is packed eight slots to a byte, 128 KB, so it stays in
    the core's cache while a draft's n-grams are looked up. A key may stand for several
    concepts ("direct" is a DM in Portuguese and "directly" in English): row k of `grid` holds
    key k's concepts, padded with -1 to the most any key has."""

    keys: Hashes
    grid: Indices  # (keys, most concepts of one key)
    filter: npt.NDArray[np.uint8]  # bit (slot & 7) of byte (slot >> 3): a key may be there

    @classmethod
    def of(cls, entries: dict[int, set[int]]) -> Table:
        keys = np.asarray(sorted(entries), dtype=np.uint64)
        owners = [sorted(entries[int(key)]) for key in keys]
        grid = np.full((len(keys), max(map(len, owners), default=1)), -1, dtype=np.int64)
        for row, each in enumerate(owners):
            grid[row, : len(each)] = each
        slots = np.zeros(1 << _FILTER_BITS, dtype=bool)
        slots[(keys * _FILTER_MULTIPLIER) >> _FILTER_SHIFT] = True
        return cls(keys, grid, np.packbits(slots, bitorder="little"))

    @property
    def arrays(self) -> tuple[Hashes, Indices, npt.NDArray[np.uint8]]:
        """(keys, grid, filter): the table as `kernels.featurize` reads it."""
        return self.keys, self.grid, self.filter


@dataclass(frozen=True)
class Lexicon:
    names: tuple[str, ...]
    spaced: Table  # hashes of words and word pairs, and code points of symbols
    unspaced: Table  # character n-gram keys, the multiplier of their size included
    hashes: Hashes  # [concept]: the name hash of "c:<concept>", what its tokens are made of
    digest: str


def _name_hashes(names: tuple[str, ...]) -> Hashes:
    return np.asarray([features.name_hash(f"c:{name}") for name in names], dtype=np.uint64)


EMPTY = Lexicon((), Table.of({}), Table.of({}), _name_hashes(()), "")


class LexiconError(ValueError):
    """A lexicon that cannot be built, with the concept and term at fault."""


def build(by_concept: dict[str, dict[str, list[str]]]) -> Lexicon:
    """A lexicon from {concept: {language: [terms]}} (the shape of `concepts.yml`). A term
    found under two concepts stands for both. A term must be text (an unquoted `06` is read by
    YAML as the number 6) and must have a letter or a symbol: digits all read as 0, so a term of
    digits alone would match every number."""
    names = tuple(sorted(by_concept))
    spaced: dict[int, set[int]] = {}
    unspaced: dict[int, set[int]] = {}
    for index, name in enumerate(names):
        for language, terms in by_concept[name].items():
            for term in terms:
                if not isinstance(term, str):
                    raise LexiconError(f"{name}/{language}: {term!r} is not text; quote it")
                folded = normalize(term.strip()).text.text.strip()
                if not folded:
                    continue
                if not any(not (char.isdigit() or char.isspace()) for char in folded):
                    raise LexiconError(f"{name}/{language}: {term!r} has digits only")
                if len(folded) == 1 and not folded.isalnum() and not features.is_symbol(folded):
                    raise LexiconError(
                        f"{name}/{language}: {term!r}: a one-character term must be an emoji "
                        "or a sign outside ASCII"
                    )
                for table, key in _keys(folded):
                    (spaced if table == "spaced" else unspaced).setdefault(key, set()).add(index)
    canonical = sorted(
        (name, language, sorted(map(str, terms)))
        for name, by_language in by_concept.items()
        for language, terms in by_language.items()
    )
    digest = hashlib.sha256(repr(canonical).encode("utf-8")).hexdigest()
    return Lexicon(names, Table.of(spaced), Table.of(unspaced), _name_hashes(names), digest)


def _keys(folded: str) -> list[tuple[str, int]]:
    """The table and key a normalised term is found under (none for a term too long to be)."""
    if len(folded) == 1 and not folded.isalnum():
        return [("spaced", ord(folded) ^ int(features.SYMBOL_KEY))]
    if features.unspaced(folded):
        cut = folded[:MAX_CHARS]
        return [("unspaced", features.char_key(cut))] if len(cut) >= 2 else []
    hashes = features.word_hashes(folded)
    if len(hashes) == 1:
        return [("spaced", hashes[0])]
    if len(hashes) == 2:
        return [("spaced", features.pair_hash(*hashes))]
    return []


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
