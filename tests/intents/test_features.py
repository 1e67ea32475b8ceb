"""Hashed features: the same text hashes the same anywhere; every feature lands in its unit."""

from __future__ import annotations

import numpy as np
import pytest

from gigguard.intents.features import (
    BLOCKS,
    BUCKETS,
    SENTINEL,
    featurize,
    ngram_hashes,
    token_bucket,
)


def bucket_set(text: str) -> set[int]:
    return set(featurize(text, [0]).pairs()[1].tolist())


def test_a_word_hashes_the_same_in_any_context() -> None:
    alone = bucket_set("whatsapp")
    assert alone <= bucket_set("can we talk on whatsapp tomorrow")
    assert alone <= bucket_set("whatsapp")


def test_digits_read_alike() -> None:
    assert bucket_set("price 100 usd") == bucket_set("price 250 usd")
    assert bucket_set("price 100 usd") != bucket_set("price abc usd")


def test_buckets_stay_in_range_and_the_array_ends_with_the_sentinel() -> None:
    found = featurize("Можно в телеграм? 微信联系我吧！ 😀 ok", [0, 18])
    assert found.buckets[-1] == SENTINEL
    assert found.buckets.min() >= 0 and found.buckets.max() <= SENTINEL
    assert len(found.bounds) == BLOCKS * found.unit_count


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("", [0]),
        ("", []),
        (" ", [0]),
        ("a", [0]),
        ("one. two. three.", [0, 5, 10]),
        ("😀😀😀", [0, 1]),
        ("line one\nline two", [0, 9]),
    ],
)
def test_every_feature_belongs_to_one_unit(text: str, starts: list[int]) -> None:
    found = featurize(text, starts, [(0, "det:contact.email")])
    units, buckets = found.pairs()
    assert len(units) == len(buckets) == int((found.buckets != SENTINEL).sum())
    assert units.min() >= 0 and units.max() < found.unit_count
    assert token_bucket("det:contact.email") in buckets[units == 0]


def test_a_sentence_has_its_own_ngrams() -> None:
    found = featurize("hello there. pay me on wise", [0, 13])
    units, buckets = found.pairs()
    assert bucket_set("on wise") <= set(buckets[units == 1].tolist())
    assert len(set(buckets[units == 0].tolist()) & bucket_set("wise")) == 0


def test_tokens_go_to_the_unit_they_name_and_are_clamped() -> None:
    found = featurize("a. b.", [0, 3], [(1, "x"), (9, "y"), (-1, "z")])
    units, buckets = found.pairs()
    owner = dict(zip(buckets.tolist(), units.tolist(), strict=False))
    assert (owner[token_bucket("x")], owner[token_bucket("y")], owner[token_bucket("z")]) == (
        1,
        1,
        0,
    )


def test_ngram_hashes_are_stable_across_calls() -> None:
    first, second = ngram_hashes("stay on the platform", 5), ngram_hashes("stay on the platform", 5)
    assert np.array_equal(first, second) and len(first) == len(" stay on the platform ") - 4


def test_featurising_a_long_text_makes_one_feature_per_position_and_size() -> None:
    text = "x" * 100_000
    found = featurize(text, list(range(0, 100_000, 1000)))
    assert len(found.buckets) < 5 * (len(text) + 2) + 10
    assert BUCKETS > 0
