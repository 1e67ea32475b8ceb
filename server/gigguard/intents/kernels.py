"""The model's two hot loops, compiled: a draft's feature buckets, and its scores per unit.

`features.featurize` and `model.IntentModel.probabilities` are the interface; this module is
their inside. Each is one pass over the draft in machine code (Numba), so a draft costs what
its characters cost, not what a few hundred NumPy calls of a microsecond each cost: the
issue's budget for the model is 0.15 ms for a 1 KB draft, and NumPy's per-call overhead alone
was twice that. Both loops are linear in the text (the pairs of named things in one sentence
aside, which are as many as the pairs there are).

Every integer is a uint64 that wraps, as in NumPy: the substring hashes of `features.py`'s
docstring, `H[e] − H[s]` times `P⁻ˢ`. The kernels are compiled on first use and cached beside
this file (`cache=True`), so a process pays the compilation once per installation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import numba
import numpy as np

Kernel = TypeVar("Kernel", bound=Callable[..., Any])


def _jit(function: Kernel) -> Kernel:
    """Compiled with no Python objects inside, cached beside this file, releasing the GIL."""
    return cast(Kernel, numba.njit(cache=True, nogil=True, boundscheck=False)(function))


U64 = np.uint64

# The hashing constants, passed as one uint64 array (`features.KERNEL_CONSTANTS`) in this order.
CONSTANTS = (
    "prime", "inverse", "shift", "sentinel", "symbol_key", "word_multiplier", "pair_multiplier",
    "own", "before", "after", "name_pair", "pair", "filter_multiplier", "filter_shift",
    "unspaced_from", "char_multipliers",
)  # fmt: skip
(
    PRIME,
    INVERSE,
    SHIFT,
    SENTINEL,
    SYMBOL_KEY,
    WORD_MULTIPLIER,
    PAIR_MULTIPLIER,
    OWN,
    BEFORE,
    AFTER,
    NAME_PAIR,
    PAIR,
    FILTER_MULTIPLIER,
    FILTER_SHIFT,
    UNSPACED_FROM,
    CHAR_MULTIPLIERS,
) = range(len(CONSTANTS))  # fmt: skip  (the four character multipliers start at the last)


@_jit
def _lookup(
    keys: Any,
    grid: Any,
    bloom: Any,
    constants: Any,
    value: Any,
    position: int,
    positions: Any,
    concepts: Any,
    hits: int,
) -> Any:
    """Append (position, concept) for each concept of `value`, if it is a key of the table
    (keys, grid, bloom), to the hit arrays, growing them as needed; returns the arrays and the
    new count. `bloom` (a bit per slot, `concepts.Table.filter`) turns most values away before
    the binary search."""
    slot = (value * constants[FILTER_MULTIPLIER]) >> constants[FILTER_SHIFT]
    if not (bloom[slot >> U64(3)] >> (slot & U64(7))) & 1:
        return positions, concepts, hits
    low, high = 0, len(keys)
    while low < high:
        middle = (low + high) >> 1
        if keys[middle] < value:
            low = middle + 1
        else:
            high = middle
    if low == len(keys) or keys[low] != value:
        return positions, concepts, hits
    for column in range(grid.shape[1]):
        concept = grid[low, column]
        if concept < 0:
            continue
        if hits == len(positions):
            positions, concepts = _grown(positions), _grown(concepts)
        positions[hits] = position
        concepts[hits] = concept
        hits += 1
    return positions, concepts, hits


@_jit
def featurize(
    raw: Any,
    fold: Any,
    classes_table: Any,
    table_end: int,
    unit_starts: Any,
    name_units: Any,
    name_hashes: Any,
    lexicon_on: bool,
    spaced_keys: Any,
    spaced_grid: Any,
    spaced_filter: Any,
    unspaced_keys: Any,
    unspaced_grid: Any,
    unspaced_filter: Any,
    concept_hashes: Any,
    constants: Any,
) -> Any:
    """(buckets, bounds) of `features.featurize`, for the code points `raw` of the text padded
    with a space at each end; then the lexicon's two tables (keys, grid, filter: see
    `concepts.Table`) and the hashing constants (`CONSTANTS`: an array, not a tuple,
    keeps the cost of each call low)."""
    prime, inverse, shift = constants[PRIME], constants[INVERSE], constants[SHIFT]
    sentinel, symbol_key, pair = constants[SENTINEL], constants[SYMBOL_KEY], constants[PAIR]
    word_multiplier, pair_multiplier = constants[WORD_MULTIPLIER], constants[PAIR_MULTIPLIER]
    unspaced_from = constants[UNSPACED_FROM]
    m2, m3, m4, m5 = constants[CHAR_MULTIPLIERS : CHAR_MULTIPLIERS + 4]
    char_multipliers = (m2, m3, m4, m5)
    length = len(raw)
    codes = np.empty(length, np.uint64)
    kinds = np.empty(length, np.uint8)
    top = U64(0)
    has_unspaced = False
    for i in range(length):
        point = raw[i]
        if point < table_end:
            codes[i] = fold[point]
            kinds[i] = classes_table[point]
        else:
            codes[i] = U64(point)
            kinds[i] = 1  # a letter
        if codes[i] > top:
            top = codes[i]
        if kinds[i] & 2:
            has_unspaced = True

    # Prefix sums H and the inverse powers P⁻ⁱ.
    prefix = np.empty(length + 1, np.uint64)
    inverse_powers = np.empty(length, np.uint64)
    power, inverse_power, total = U64(1), U64(1), U64(0)
    prefix[0] = 0
    for i in range(length):
        total += codes[i] * power
        prefix[i + 1] = total
        inverse_powers[i] = inverse_power
        power *= prime
        inverse_power *= inverse
    last = prefix[length]

    # Words: the runs of word characters (the padding is never one, so each run ends).
    word_start = np.empty(length // 2 + 1, np.int64)
    word_end = np.empty(length // 2 + 1, np.int64)
    count = 0
    for i in range(1, length):
        word, previous = kinds[i] & 1, kinds[i - 1] & 1
        if word and not previous:
            word_start[count] = i
        elif previous and not word:
            word_end[count] = i
            count += 1
    word_hashes = np.empty(count, np.uint64)
    for w in range(count):
        start = word_start[w]
        word_hashes[w] = (prefix[word_end[w]] - prefix[start]) * inverse_powers[start]

    # Concepts, in the order `features.featurize` documents: the unspaced terms among the
    # character n-grams (row by row), then words, word pairs and symbols.
    unit_count = max(len(unit_starts), 1)
    starts = np.zeros(unit_count, np.int64)
    for u in range(1, len(unit_starts)):
        starts[u] = unit_starts[u] + 1
    hit_positions = np.empty(16, np.int64)
    hit_concepts = np.empty(16, np.int64)
    hits = 0
    buckets_size = 4 * length + 2 * count
    buckets = np.empty(buckets_size + 1, np.int64)  # the tokens are appended later
    rows = len(char_multipliers)
    look_unspaced = lexicon_on and top >= unspaced_from and has_unspaced
    for row in range(rows):
        n = row + 2
        multiplier = char_multipliers[row]
        base = row * length
        for i in range(length):
            end = i + n
            value = ((prefix[end] if end <= length else last) - prefix[i]) * inverse_powers[i]
            value *= multiplier
            if look_unspaced:
                hit_positions, hit_concepts, hits = _lookup(
                    unspaced_keys, unspaced_grid, unspaced_filter, constants, value, i,
                    hit_positions, hit_concepts, hits,
                )  # fmt: skip
            buckets[base + i] = sentinel if i > length - n else np.int64(value >> shift)
    words_base = rows * length
    for w in range(count):
        value = word_hashes[w]
        buckets[words_base + w] = np.int64((value * word_multiplier) >> shift)
        if w + 1 < count:
            joined = value * pair + word_hashes[w + 1]
            buckets[words_base + count + w] = np.int64((joined * pair_multiplier) >> shift)
    if count:
        buckets[words_base + 2 * count - 1] = sentinel
    if lexicon_on:
        for phase in range(3):
            limit = count if phase == 0 else count - 1 if phase == 1 else length
            for w in range(max(limit, 0)):
                if phase == 0:
                    value, position = word_hashes[w], word_start[w]
                elif phase == 1:
                    value = word_hashes[w] * pair + word_hashes[w + 1]
                    position = word_start[w]
                else:
                    if top <= 0x7F or not kinds[w] & 4:
                        continue
                    value, position = codes[w] ^ symbol_key, w
                hit_positions, hit_concepts, hits = _lookup(
                    spaced_keys, spaced_grid, spaced_filter, constants, value, position,
                    hit_positions, hit_concepts, hits,
                )  # fmt: skip

    # Named things: the callers' names, then the concepts found, each in its unit.
    names = len(name_units) + hits
    units = np.empty(names, np.int64)
    hashes = np.empty(names, np.uint64)
    for k in range(len(name_units)):
        units[k] = min(max(name_units[k], 0), unit_count - 1)
        hashes[k] = name_hashes[k]
    for k in range(hits):
        units[len(name_units) + k] = _unit_of(starts, hit_positions[k])
        hashes[len(name_units) + k] = concept_hashes[hit_concepts[k]]
    token_units, token_buckets = named_tokens(units, hashes, unit_count, constants)

    out = np.empty(buckets_size + len(token_buckets) + 1, np.int64)
    out[:buckets_size] = buckets[:buckets_size]
    out[buckets_size : buckets_size + len(token_buckets)] = token_buckets
    out[-1] = sentinel
    bounds = np.empty((rows + 3) * unit_count, np.int64)
    for row in range(rows):
        for u in range(unit_count):
            bounds[row * unit_count + u] = row * length + starts[u]
    w = 0
    for u in range(unit_count):
        while w < count and word_start[w] < starts[u]:
            w += 1
        bounds[rows * unit_count + u] = words_base + w
        bounds[(rows + 1) * unit_count + u] = words_base + count + w
    t = 0
    for u in range(unit_count):
        while t < len(token_units) and token_units[t] < u:
            t += 1
        bounds[(rows + 2) * unit_count + u] = buckets_size + t
    return out, bounds


@_jit
def _grown(array: Any) -> Any:
    bigger = np.empty(2 * len(array), array.dtype)
    bigger[: len(array)] = array
    return bigger


@_jit
def _unit_of(starts: Any, position: int) -> int:
    """The last unit starting at or before `position` (searchsorted right, minus one)."""
    low, high = 0, len(starts)
    while low < high:
        middle = (low + high) >> 1
        if starts[middle] <= position:
            low = middle + 1
        else:
            high = middle
    return max(low - 1, 0)


_SQUARE = 128  # as features._SQUARE: the order pairs are listed in past this many names


@_jit
def named_tokens(units: Any, names: Any, unit_count: int, constants: Any) -> Any:
    """`features.named_tokens`: (units, buckets) of the tokens of named things, by unit."""
    shift, own, before, after = (
        constants[SHIFT],
        constants[OWN],
        constants[BEFORE],
        constants[AFTER],
    )
    name_pair, pair = constants[NAME_PAIR], constants[PAIR]
    order = np.argsort(names, kind="mergesort")
    order = order[np.argsort(units[order], kind="mergesort")]
    kept_units = np.empty(len(units), np.int64)
    kept_names = np.empty(len(units), np.uint64)
    count = 0
    for k in order:
        if count and kept_units[count - 1] == units[k] and kept_names[count - 1] == names[k]:
            continue
        kept_units[count] = units[k]
        kept_names[count] = names[k]
        count += 1
    units, names = kept_units[:count], kept_names[:count]
    # Pairs sharing a unit, in the order features._pairs_within lists them.
    pair_count = 0
    first = np.empty(0, np.int64)
    second = np.empty(0, np.int64)
    for sweep in range(2):
        made = 0
        if count <= _SQUARE:
            for i in range(count):
                j = i + 1
                while j < count and units[j] == units[i]:
                    if sweep:
                        first[made], second[made] = i, j
                    made += 1
                    j += 1
        else:
            for gap in range(1, count):
                any_pair = False
                for i in range(count - gap):
                    if units[i] == units[i + gap]:
                        any_pair = True
                        if sweep:
                            first[made], second[made] = i, i + gap
                        made += 1
                if not any_pair:
                    break
        if not sweep:
            pair_count = made
            first = np.empty(pair_count, np.int64)
            second = np.empty(pair_count, np.int64)
    if count > _SQUARE:  # listed gap by gap: put them in unit order, keeping that order within
        by_unit = np.argsort(units[first], kind="mergesort")
        first, second = first[by_unit], second[by_unit]
    # Own tokens, pairs, "after" (the next unit's names) and "before" (the previous unit's),
    # grouped by unit in that order: the stable sort of features.named_tokens.
    after_from = 0
    while after_from < count and units[after_from] < 1:
        after_from += 1
    before_to = 0
    while before_to < count and units[before_to] < unit_count - 1:
        before_to += 1
    total = count + pair_count + (count - after_from) + before_to
    token_units = np.empty(total, np.int64)
    token_buckets = np.empty(total, np.int64)
    slot = 0
    own_at, pair_at, after_at, before_at = 0, 0, after_from, 0
    for u in range(unit_count):
        while own_at < count and units[own_at] == u:
            token_units[slot] = u
            token_buckets[slot] = np.int64((names[own_at] * own) >> shift)
            slot += 1
            own_at += 1
        while pair_at < pair_count and units[first[pair_at]] == u:
            joined = names[first[pair_at]] * pair + names[second[pair_at]]
            token_units[slot] = u
            token_buckets[slot] = np.int64((joined * name_pair) >> shift)
            slot += 1
            pair_at += 1
        while after_at < count and units[after_at] - 1 == u:
            token_units[slot] = u
            token_buckets[slot] = np.int64((names[after_at] * after) >> shift)
            slot += 1
            after_at += 1
        while before_at < before_to and units[before_at] + 1 == u:
            token_units[slot] = u
            token_buckets[slot] = np.int64((names[before_at] * before) >> shift)
            slot += 1
            before_at += 1
    return token_units, token_buckets


@_jit
def unit_sums(weights: Any, buckets: Any, bounds: Any, unit_count: int) -> Any:
    """(per-unit weight sums, per-unit feature slots) of `IntentModel.probabilities`: the
    weights of every bucket of a unit's segments (`Features` layout: segment s belongs to unit
    s mod unit_count), summed in float64 — closer to the training's own arithmetic than the
    float32 sums of a gather and `np.add.reduceat` (they differ by under 1e-6). Each segment
    is summed in local accumulators, two rows at a time: the loads of the weight table (8 MB,
    rows scattered) overlap instead of waiting on one chain of additions."""
    outputs = weights.shape[1]  # four: model.OUTPUTS, which load_model holds an artifact to
    segments = len(bounds)
    sums = np.zeros((unit_count, outputs), np.float64)
    sizes = np.zeros(unit_count, np.int64)
    for s in range(segments):
        start = bounds[s]
        end = bounds[s + 1] if s + 1 < segments else len(buckets) - 1
        if end <= start:
            continue
        a0 = a1 = a2 = a3 = 0.0
        b0 = b1 = b2 = b3 = 0.0
        k = start
        while k + 1 < end:
            row, other = buckets[k], buckets[k + 1]
            a0 += weights[row, 0]
            a1 += weights[row, 1]
            a2 += weights[row, 2]
            a3 += weights[row, 3]
            b0 += weights[other, 0]
            b1 += weights[other, 1]
            b2 += weights[other, 2]
            b3 += weights[other, 3]
            k += 2
        if k < end:
            row = buckets[k]
            a0 += weights[row, 0]
            a1 += weights[row, 1]
            a2 += weights[row, 2]
            a3 += weights[row, 3]
        unit = s % unit_count
        sizes[unit] += end - start
        sums[unit, 0] += a0 + b0
        sums[unit, 1] += a1 + b1
        sums[unit, 2] += a2 + b2
        sums[unit, 3] += a3 + b3
    return sums, sizes


@_jit
def probabilities(
    weights: Any, bias: Any, calibration: Any, buckets: Any, bounds: Any, unit_count: int
) -> Any:
    """`IntentModel.probabilities`: per unit, σ(a·(Σ weights / √slots + bias) + b), the
    logit bounded to ±500 (beyond it the probability is 0 or 1 to double precision anyway)."""
    sums, sizes = unit_sums(weights, buckets, bounds, unit_count)
    result = np.empty_like(sums)
    for unit in range(unit_count):
        scale = 1.0 / np.sqrt(max(sizes[unit], 1))
        for o in range(sums.shape[1]):
            score = sums[unit, o] * scale + bias[o]
            logit = min(max(calibration[o, 0] * score + calibration[o, 1], -500.0), 500.0)
            result[unit, o] = 1.0 / (1.0 + np.exp(-logit))
    return result
