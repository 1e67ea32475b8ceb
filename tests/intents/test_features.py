"""Hashed features: the same text hashes the same anywhere; every feature lands in its unit."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gigguard.intents.features import (
    BLOCKS,
    BUCKET_BITS,
    BUCKETS,
    CHAR_NGRAMS,
    SENTINEL,
    WORD_MULTIPLIER,
    char_key,
    featurize,
    name_buckets,
    ngram_hashes,
    pair_bucket,
    word_hashes,
)


def bucket_set(text: str) -> set[int]:
    return set(featurize(text, [0]).pairs()[1].tolist())


def test_a_word_hashes_the_same_in_any_context() -> None:
    alone = bucket_set("whatsapp")
    assert alone <= bucket_set("can we talk on whatsapp tomorrow")
    assert alone <= bucket_set("whatsapp")


def test_digits_read_alike() -> None:
    assert bucket_set("price 100 usd") == bucket_set("price 250 usd")


def test_traditional_chinese_reads_as_simplified() -> None:
    assert bucket_set("給五星好評的話，下一單打八折") == bucket_set("给五星好评的话，下一单打八折")
    assert bucket_set("帳戶") == bucket_set("帐户")
    assert bucket_set("帳戶") != bucket_set("账号")  # per character, not a thesaurus of words


def test_the_shipped_fold_is_what_opencc_gives() -> None:
    from gigguard.intents import hanfold

    assert (resources.files("gigguard.intents") / hanfold.FILE).read_text("utf-8") == (
        hanfold.from_opencc()
    ), "regenerate with `python -m gigguard.intents.hanfold`, bump features.VERSION, retrain"
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
    assert name_buckets("det:contact.email")["own"] in buckets[units == 0]


def test_a_sentence_has_its_own_ngrams() -> None:
    found = featurize("hello there. pay me on wise", [0, 13])
    units, buckets = found.pairs()
    assert bucket_set("on wise") <= set(buckets[units == 1].tolist())
    assert len(set(buckets[units == 0].tolist()) & bucket_set("wise")) == 0


def test_tokens_go_to_the_unit_they_name_and_are_clamped() -> None:
    found = featurize("a. b.", [0, 3], [(1, "x"), (9, "y"), (-1, "z")])
    units, buckets = found.pairs()
    owner = dict(zip(buckets.tolist(), units.tolist(), strict=False))
    assert (
        owner[name_buckets("x")["own"]],
        owner[name_buckets("y")["own"]],
        owner[name_buckets("z")["own"]],
    ) == (
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


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40))
def test_the_compiled_pass_hashes_as_the_numpy_helpers_do(text: str) -> None:
    """kernels.featurize computes every n-gram and word hash itself; char_key and word_hashes
    (NumPy, used by the lexicon) are an independent reading of the same definition."""
    found = featurize(text, [0])
    padded = " " + text + " "
    length, shift = len(padded), 64 - BUCKET_BITS
    for row, n in enumerate(CHAR_NGRAMS):
        block = found.buckets[row * length : (row + 1) * length].tolist()
        expected = [char_key(padded[i : i + n]) >> shift for i in range(length - n + 1)]
        assert block == expected + [SENTINEL] * (length - len(expected))
    words = word_hashes(text)
    start = len(CHAR_NGRAMS) * length
    assert found.buckets[start : start + len(words)].tolist() == [
        (value * int(WORD_MULTIPLIER) & (1 << 64) - 1) >> shift for value in words
    ]


# ── concepts ─────────────────────────────────────────────────────────────────────────────────
from gigguard.engine.normalize import normalize  # noqa: E402
from gigguard.intents import concepts  # noqa: E402

LEXICON = concepts.build(
    {
        "app.wechat": {"en": ["wechat"], "zh": ["微信", "vx"]},
        "act.add": {"en": ["add me"], "zh": ["加我"]},
        "app.telegram": {"zh": ["✈️"]},
    }
)


def concept_buckets(text: str, starts: list[int] | None = None) -> set[int]:
    view = normalize(text).text.text
    with_concepts = featurize(view, starts or [0], lexicon=LEXICON).pairs()[1].tolist()
    return set(with_concepts) - set(featurize(view, starts or [0]).pairs()[1].tolist())


def own(name: str) -> int:
    return name_buckets(f"c:{name}")["own"]


def test_one_concept_however_it_is_written() -> None:
    for text in ("加我微信吧", "add me on WeChat please", "my VX is lily88", "找我 ✈️"):
        assert concept_buckets(text), text
    assert own("app.wechat") in concept_buckets("加我微信吧")
    assert own("app.wechat") in concept_buckets("ping me on WECHAT")
    assert own("app.telegram") in concept_buckets("找我 ✈️ 哈")


def test_two_concepts_in_one_sentence_make_a_pair() -> None:
    pair = pair_bucket("c:act.add", "c:app.wechat")
    assert pair in concept_buckets("加我微信吧")
    assert pair in concept_buckets("add me on wechat")
    text = "add me. my wechat is below"
    assert pair not in concept_buckets(text, [0, text.index("my")])


def test_a_concept_is_a_whole_word_in_spaced_scripts() -> None:
    assert concept_buckets("vxlan tunnels and wechatty bots") == set()


def test_a_concept_is_context_of_the_next_sentence() -> None:
    text = "WeChat? I send samples there"
    found = featurize(normalize(text).text.text, [0, 8], lexicon=LEXICON)
    units, buckets = found.pairs()
    assert (1, name_buckets("c:app.wechat")["before"]) in set(
        zip(units.tolist(), buckets.tolist(), strict=True)
    )


def test_the_shipped_lexicon_names_every_idea_in_every_language_of_the_data() -> None:
    from importlib import resources

    import yaml

    lexicon = concepts.shipped()
    assert len(lexicon.names) >= 40 and lexicon.digest
    source = resources.files("gigguard.intents").joinpath(concepts.LEXICON_FILE)
    languages = {tag for by_language in yaml.safe_load(source.read_text("utf-8")).values()
                 for tag in by_language}  # fmt: skip
    expected = {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "ro", "ru", "uk", "tr", "ar",
                "fa", "ur", "hi", "bn", "id", "fil", "vi", "th", "zh", "ja", "ko", "sw"}  # fmt: skip
    assert expected <= languages
    assert concepts.build({}).names == ()


def test_a_term_under_two_concepts_stands_for_both() -> None:
    lexicon = concepts.build({"chan.dm": {"pt": ["direct"]}, "loc.direct": {"en": ["direct"]}})
    view = normalize("vamos pro direct").text.text
    buckets = set(featurize(view, [0], lexicon=lexicon).pairs()[1].tolist())
    assert {own("chan.dm"), own("loc.direct"), pair_bucket("c:chan.dm", "c:loc.direct")} <= buckets


def test_a_term_that_would_match_every_number_is_refused() -> None:
    with pytest.raises(concepts.LexiconError, match=r"nl.*digits only"):
        concepts.build({"chan.phone": {"nl": ["06"]}})
    with pytest.raises(concepts.LexiconError, match="not text; quote it"):
        concepts.build({"chan.phone": {"nl": [6]}})  # type: ignore[list-item]


def test_a_symbol_term_is_found_wherever_the_symbol_stands() -> None:
    lexicon = concepts.build({"app.green": {"zh": ["🟢"]}, "app.qq": {"zh": ["🐧"]}})
    view = normalize("加我🟢信, or 🐧 123").text.text
    buckets = set(featurize(view, [0], lexicon=lexicon).pairs()[1].tolist())
    assert {own("app.green"), own("app.qq")} <= buckets
    assert own("app.green") not in set(featurize("plain text", [0], lexicon=lexicon).pairs()[1])


def test_a_one_character_term_must_be_a_sign_outside_ascii() -> None:
    with pytest.raises(concepts.LexiconError, match="emoji or a sign outside ASCII"):
        concepts.build({"chan.at": {"en": ["@"]}})


@pytest.mark.parametrize("count", [3, 200])  # one square mask, and the long-draft path past it
def test_every_two_names_in_one_unit_make_a_pair_and_no_others_do(count: int) -> None:
    names = [(index % 2, f"n{index}") for index in range(count)]
    units, buckets = featurize("one. two.", [0, 5], names).pairs()
    found = set(zip(units.tolist(), buckets.tolist(), strict=True))
    for unit in (0, 1):
        mine = [name for owner, name in names if owner == unit]
        for index, first in enumerate(mine):
            for second in mine[index + 1 :]:
                assert (unit, pair_bucket(first, second)) in found
    assert (0, pair_bucket("n0", "n1")) not in found and (1, pair_bucket("n0", "n1")) not in found


def test_names_are_hashed_exactly_digits_included() -> None:
    assert name_buckets("rule:invite/g0") != name_buckets("rule:invite/g1")
