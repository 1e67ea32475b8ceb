"""Hashed n-gram features of a draft, computed in one compiled pass (`kernels.featurize`).

Each feature is a bucket in a hashed space of `BUCKETS` columns:

    character 2- to 5-grams   robust to typos and disguise, and to scripts written without spaces
    word 1- and 2-grams       of the normalised text (lower case, look-alikes folded, digits as 0,
                              Traditional Chinese as Simplified)
    tokens                    named signals: the engine's own detections ("det:contact.messenger")

Every n-gram hash is a substring hash read off one prefix sum, `H[i] = Σ c[k]·Pᵏ (k < i)`, so the
hash of `[s, e)` is `(H[e] − H[s])·P⁻ˢ` modulo 2⁶⁴ — a few machine operations per n-gram, never
a Python loop — and a multiplicative (Fibonacci) hash takes its top bits as the bucket. The
helpers below (`char_key`, `word_hashes`, `ngram_hashes`) compute the same hashes with NumPy,
for the lexicon and near-duplicate search; a test holds the two to each other.

Features come out grouped by unit (sentence): the character n-grams by position, then the words
by position, so one `np.add.reduceat` over `bounds` sums any per-feature table for every unit.
The bucket `BUCKETS` is a sentinel (n-grams running past the end, and the array's last entry):
its row of a weight table is zero. The same function featurises the training data and the drafts
being linted, so the model sees exactly what it was trained on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from gigguard.intents import hanfold, kernels

if TYPE_CHECKING:
    from gigguard.intents.concepts import Lexicon

BUCKET_BITS = 19
BUCKETS = 1 << BUCKET_BITS
SENTINEL = BUCKETS  # a weight table has BUCKETS + 1 rows; this last one is zero
CHAR_NGRAMS = (2, 3, 4, 5)
VERSION = 4  # bump when anything below changes what a text hashes to

Indices = npt.NDArray[np.int64]
Hashes = npt.NDArray[np.uint64]

_P = 0x100000001B3  # the 64-bit FNV prime: odd, so it has an inverse modulo 2⁶⁴
_P_INVERSE = pow(_P, -1, 1 << 64)
_MASK = (1 << 64) - 1
# A symbol's key is its code point XOR this, so it never meets the hash of a one-letter word
# (which is that letter's code point).
SYMBOL_KEY = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(64 - BUCKET_BITS)
# The one-bit-per-slot filter in front of each lexicon table (`concepts.Table`).
FILTER_BITS = 20
FILTER_MULTIPLIER = np.uint64(0xD6E8FEB86659FD93)
FILTER_SHIFT = np.uint64(64 - FILTER_BITS)
# A bucket is the top bits of hash × an odd multiplier (Fibonacci hashing); each kind of feature
# has a multiplier of its own, so a 3-gram and a word do not share buckets by construction.
_CHAR_MULTIPLIERS = (
    0x9E3779B97F4A7C15,
    0xC2B2AE3D27D4EB4F,
    0x165667B19E3779F9,
    0xD6E8FEB86659FD93,
)
WORD_MULTIPLIER = np.uint64(0x27D4EB2F165667C5)
_PAIR_MULTIPLIER = np.uint64(0x85EBCA77C2B2AE63)
# A named thing's tokens: in its unit, as context of the next and of the previous one, in pairs.
_OWN = np.uint64(0xFF51AFD7ED558CCD)
_BEFORE = np.uint64(0xC4CEB9FE1A85EC55)
_AFTER = np.uint64(0x9FB21C651E98DF25)
_NAME_PAIR = np.uint64(0xD6E8FEB86659FD95)
_PAIR = np.uint64(0xC4CEB9FE1A85EC53)  # word pair (a, b) hashes as a·_PAIR + b
BLOCKS = len(CHAR_NGRAMS) + 3  # feature blocks: one per n, words, word pairs, tokens
if CHAR_NGRAMS != (2, 3, 4, 5):
    raise ImportError("kernels.featurize reads the character n-grams as the sizes 2 to 5")


@dataclass(frozen=True, slots=True)
class Features:
    """The feature buckets of one text, in `BLOCKS` blocks (one per n-gram size, then words, word
    pairs and named tokens), each ordered by unit and cut into one segment per unit: segment u
    of block b starts at `bounds[b * unit_count + u]` and ends where the next segment starts
    (the last at the end)."""

    buckets: Indices
    bounds: Indices
    unit_count: int

    def lengths(self) -> Indices:
        """Feature slots per segment, sentinels included but not the array's last."""
        lengths = np.empty_like(self.bounds)
        lengths[:-1] = self.bounds[1:]
        lengths[-1] = len(self.buckets) - 1
        lengths -= self.bounds
        return lengths

    def sizes(self, lengths: Indices | None = None) -> Indices:
        """Feature slots per unit (the sum of its segments' `lengths`): what a unit's weights
        are normalised by, in training and in scoring alike."""
        segments = self.lengths() if lengths is None else lengths
        sizes: Indices = segments.reshape(BLOCKS, self.unit_count).sum(axis=0)
        return sizes

    def pairs(self) -> tuple[Indices, Indices]:
        """(unit, bucket) of every feature, sentinels left out: the rows and columns of a
        training matrix."""
        lengths = np.diff(np.append(self.bounds, len(self.buckets)))
        units = np.repeat(np.tile(np.arange(self.unit_count), BLOCKS), lengths)
        real = self.buckets != SENTINEL
        return units[real], self.buckets[real]


def ngram_hashes(text: str, n: int) -> Hashes:
    """The 64-bit hashes of every character n-gram of `text` (for near-duplicate search)."""
    codes, _ = _codes(text)
    prefix = _prefix_sums(codes)
    if len(codes) < n:
        return prefix[-1:] - prefix[:1]
    return (prefix[n:] - prefix[:-n]) * _powers(len(codes) - n + 1, _P_INVERSE)


def featurize(
    text: str,
    unit_starts: Sequence[int],
    names: Sequence[tuple[int, str]] = (),
    *,
    name_units: Indices | None = None,
    name_hashes: Hashes | None = None,
    lexicon: Lexicon | None = None,
) -> Features:
    """Features of `text` (the normalised view) in units that begin at `unit_starts` (ascending
    positions in `text`, the first taken as 0: sentence starts, or [0] for the whole text).
    `names` are (unit index, name) pairs of named signals ("det:contact.email"); callers that
    hash their own pass `name_units` and `name_hashes` (of `name_hash`) instead. The concepts
    of `lexicon` found in the text join them, and all make tokens (`named_tokens`).

    One compiled pass (`kernels.featurize`) in the layout the module docstring describes."""
    if name_units is None or name_hashes is None:
        name_units = np.asarray([unit for unit, _ in names], dtype=np.int64)
        name_hashes = np.asarray([name_hash(name) for _, name in names], dtype=np.uint64)
    raw = np.frombuffer((" " + text + " ").encode("utf-32-le"), dtype="<u4")
    tables = lexicon if lexicon is not None and lexicon.names else None
    spaced_keys, spaced_grid, spaced_filter = _NO_TABLE if tables is None else tables.spaced.arrays
    unspaced_keys, unspaced_grid, unspaced_filter = (
        _NO_TABLE if tables is None else tables.unspaced.arrays
    )
    buckets, bounds = kernels.featurize(
        raw,
        _FOLD,
        _CLASS,
        _TABLE_END,
        np.asarray(unit_starts, dtype=np.int64),
        np.asarray(name_units, dtype=np.int64),
        np.asarray(name_hashes, dtype=np.uint64),
        tables is not None,
        spaced_keys,
        spaced_grid,
        spaced_filter,
        unspaced_keys,
        unspaced_grid,
        unspaced_filter,
        _NO_HASHES if tables is None else tables.hashes,
        KERNEL_CONSTANTS,
    )
    return Features(buckets, bounds, len(bounds) // BLOCKS)


def char_key(text: str) -> int:
    """What `featurize` holds for `text` as a character n-gram (2 to 5 characters) before it
    takes the bucket: the key of a concept term in an unspaced script."""
    codes, _ = _codes(text)
    n = len(codes) - 2
    prefix = _prefix_sums(codes)
    raw = int(prefix[n + 1] - prefix[1]) * _P_INVERSE
    return raw * _CHAR_MULTIPLIERS[CHAR_NGRAMS.index(n)] & _MASK


def word_hashes(text: str) -> list[int]:
    """The hashes `featurize` gives the words of `text`, before they take a bucket."""
    codes, classes = _codes(text)
    prefix = _prefix_sums(codes)
    start, end = _words(classes & IS_WORD)
    return [int(h) for h in (prefix[end] - prefix[start]) * _powers(len(codes), _P_INVERSE)[start]]


def pair_hash(first: int, second: int) -> int:
    return (first * int(_PAIR) + second) & _MASK


@cache
def name_hash(name: str) -> int:
    """The 64-bit hash of a name ("det:contact.email", "c:app.wechat"): what
    `kernels.named_tokens` makes a named thing's tokens of. Exact, digits included ("rule:x/g0" is not "rule:x/g1"),
    unlike the text's n-grams, which read every digit as 0."""
    return int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest(), "little")


def name_buckets(name: str) -> dict[str, int]:
    """The buckets of a name's tokens: in its own unit, as context of the unit after it
    ("before") and of the unit before it ("after")."""
    value = name_hash(name)
    return {
        kind: (value * int(multiplier) & _MASK) >> int(_SHIFT)
        for kind, multiplier in (("own", _OWN), ("before", _BEFORE), ("after", _AFTER))
    }


def pair_bucket(first: str, second: str) -> int:
    """The bucket of two names in one unit (in either order)."""
    low, high = sorted((name_hash(first), name_hash(second)))
    return ((low * int(_PAIR) + high) * int(_NAME_PAIR) & _MASK) >> int(_SHIFT)


# ── the pieces ───────────────────────────────────────────────────────────────────────────────
# Code points up to _TABLE_END are read through two tables; rarer ones keep their value and
# count as letters. ASCII digits all read as "0" (a price is a price), whitespace as a space.
_TABLE_END = 0x30000
_FOLD = np.arange(_TABLE_END, dtype=np.uint64)
_FOLD[ord("0") : ord("9") + 1] = ord("0")
_FOLD[[9, 10, 11, 12, 13, 0x85, 0xA0]] = ord(" ")
_TRADITIONAL, _SIMPLIFIED = zip(*hanfold.pairs(), strict=True)  # see hanfold.py
_FOLD[[ord(char) for char in _TRADITIONAL]] = [ord(char) for char in _SIMPLIFIED]
_WORD = np.ones(_TABLE_END, dtype=bool)
_WORD[:128] = False
for _char in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'":
    _WORD[ord(_char)] = True
# Outside ASCII, punctuation, symbols and emoji separate words; every other character is part
# of one (a run of Han characters is one "word": its character n-grams do the work).
for _low, _high in (
    (0x80, 0xBF),  # Latin-1 punctuation and signs
    (0x2000, 0x2BFF),  # general punctuation, arrows, technical and other symbols, dingbats
    (0x3000, 0x303F),  # CJK punctuation
    (0xFE30, 0xFE4F),
    (0xFF01, 0xFF0F),
    (0xFF1A, 0xFF20),
    (0x1F000, 0x1FAFF),  # emoji
):
    _WORD[_low : _high + 1] = False


# What a one-character concept term may be: a sign outside ASCII that separates words (an
# emoji, "✈", "☎"), so only those characters of a text are looked up as symbols.
_SYMBOL = ~_WORD
_SYMBOL[:128] = False

# Scripts written without spaces: only a text with one of their characters looks for concept
# terms among its character n-grams.
_UNSPACED = np.zeros(_TABLE_END, dtype=bool)
for _low, _high in ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x3040, 0x30FF),
                    (0x3400, 0x9FFF), (0xF900, 0xFAFF)):  # fmt: skip
    _UNSPACED[_low : _high + 1] = True
_UNSPACED_FROM = int(np.flatnonzero(_UNSPACED)[0])  # no text below this code point has one

# The three, as bits of one table, so a text's characters are classed in one lookup.
IS_WORD, IS_UNSPACED, IS_SYMBOL = np.uint8(1), np.uint8(2), np.uint8(4)
_CLASS = (_WORD * IS_WORD) | (_UNSPACED * IS_UNSPACED) | (_SYMBOL * IS_SYMBOL)
Classes = npt.NDArray[np.uint8]


def is_symbol(char: str) -> bool:
    """Whether `char` is found as a symbol term (see `_SYMBOL`)."""
    code = ord(char)
    return code < _TABLE_END and bool(_SYMBOL[code])


def unspaced(text: str) -> bool:
    """Whether `text` has a character of a script written without spaces."""
    return bool((_codes(text)[1] & IS_UNSPACED).any())


def _codes(text: str) -> tuple[Hashes, Classes]:
    """The folded code points of `text` padded with a space at each end, and their classes
    (bits `IS_WORD`, `IS_UNSPACED`, `IS_SYMBOL`); code points past the tables are letters."""
    raw = np.frombuffer((" " + text + " ").encode("utf-32-le"), dtype="<u4")
    if int(raw.max()) < _TABLE_END:
        return _FOLD[raw], _CLASS[raw]
    inside = np.minimum(raw, _TABLE_END - 1)
    rare = raw >= _TABLE_END
    classes = np.where(rare, IS_WORD, _CLASS[inside]).astype(np.uint8)
    return np.where(rare, raw.astype(np.uint64), _FOLD[inside]), classes


def _prefix_sums(codes: Hashes, extra: int = 0) -> Hashes:
    """H[0] = 0, H[i] = Σ c[k]·Pᵏ for k < i, then `extra` copies of the last."""
    length = len(codes)
    prefix = np.empty(length + 1 + extra, dtype=np.uint64)
    prefix[0] = 0
    np.cumsum(codes * _powers(length, _P), out=prefix[1 : length + 1])
    prefix[length + 1 :] = prefix[length]
    return prefix


def _words(word: Classes) -> tuple[Indices, Indices]:
    """Starts and ends of the runs of word characters. The text is padded with a non-word
    character at both ends, so the changes alternate: a start, an end, a start…"""
    changes = np.flatnonzero(word[1:] != word[:-1]) + 1
    return changes[0::2], changes[1::2]


_POWER_CACHE: dict[int, Hashes] = {}


def _powers(count: int, base: int) -> Hashes:
    """base⁰ … base^(count-1) modulo 2⁶⁴, from a table grown by doubling."""
    table = _POWER_CACHE.get(base)
    if table is None or len(table) < count:
        size = max(count, 2 * len(table) if table is not None else 4096)
        factors = np.full(size, base, dtype=np.uint64)
        factors[0] = 1
        table = np.cumprod(factors, dtype=np.uint64)
        _POWER_CACHE[base] = table
    return table[:count]


# What the compiled pass needs to hash exactly as the functions above, in `kernels.CONSTANTS`
# order (the four character multipliers last).
_KERNEL_VALUES: dict[str, int | np.uint64] = {
    "prime": _P,
    "inverse": _P_INVERSE,
    "shift": _SHIFT,
    "sentinel": SENTINEL,
    "symbol_key": SYMBOL_KEY,
    "word_multiplier": WORD_MULTIPLIER,
    "pair_multiplier": _PAIR_MULTIPLIER,
    "own": _OWN,
    "before": _BEFORE,
    "after": _AFTER,
    "name_pair": _NAME_PAIR,
    "pair": _PAIR,
    "filter_multiplier": FILTER_MULTIPLIER,
    "filter_shift": FILTER_SHIFT,
    "unspaced_from": _UNSPACED_FROM,
}
KERNEL_CONSTANTS = np.asarray(
    [int(_KERNEL_VALUES[name]) for name in kernels.CONSTANTS[:-1]] + list(_CHAR_MULTIPLIERS),
    dtype=np.uint64,
)
_NO_TABLE = (np.zeros(0, np.uint64), np.full((0, 1), -1, np.int64), np.zeros(1, np.uint8))
_NO_HASHES = np.zeros(0, np.uint64)
