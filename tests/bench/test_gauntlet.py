"""The obfuscation gauntlet's own integrity: stable ids, values derivable from texts, a sound scorer."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import unicodedata
import uuid
from collections import Counter, defaultdict
from pathlib import Path

import phonenumbers
import pytest

import gauntlet  # bench/gauntlet.py
from gigguard.engine.detectors.base import Detection
from gigguard.findings import Category

BENCH = Path(__file__).resolve().parents[2] / "bench"
CASES = gauntlet.cases()
POSITIVES = [case for case in CASES if case.positive]
BY_CLASS: dict[str, list[gauntlet.Case]] = defaultdict(list)
for _case in POSITIVES:
    BY_CLASS[_case.klass].append(_case)


def _digest(cases: list[gauntlet.Case]) -> str:
    rows = "\n".join(repr((c.id, c.text, c.category, c.value, c.span)) for c in cases)
    return hashlib.sha256(rows.encode()).hexdigest()


# ---------------------------------------------------------------------------------------------
# Ids, determinism, coverage


def test_ids_are_unique_and_name_class_language_and_number() -> None:
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))
    numbers: Counter[tuple[str, str]] = Counter()
    for case in CASES:
        numbers[case.klass, case.lang] += 1
        assert case.id == f"{case.klass}.{case.lang}.{numbers[case.klass, case.lang]:02d}"


def test_texts_are_unique() -> None:
    repeated = [text for text, n in Counter(case.text for case in CASES).items() if n > 1]
    assert not repeated


def test_generation_is_deterministic_across_runs_and_hash_seeds() -> None:
    assert _digest(gauntlet.cases()) == _digest(CASES)
    code = (
        "import hashlib, gauntlet\n"
        "rows = '\\n'.join(repr((c.id, c.text, c.category, c.value, c.span)) for c in gauntlet.cases())\n"
        "print(hashlib.sha256(rows.encode()).hexdigest())"
    )
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(BENCH)}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert done.stdout.strip() == _digest(CASES)


@pytest.mark.parametrize(
    ("case_id", "value"),
    [
        ("payment.iban.de.01", "DE89370400440532013000"),
        ("phone.native-digits.bn.01", "+8801712873645"),
        ("email.reversed.en.01", "anna.k88@gmail.com"),
        ("messenger.discord.tr.01", "discord:Emre#0937"),
    ],
)
def test_ids_keep_their_cases(case_id: str, value: str) -> None:
    assert {case.id: case.value for case in CASES}[case_id] == value


def test_every_language_has_positives_and_negatives() -> None:
    positive = {case.lang for case in CASES if case.positive}
    negative = {case.lang for case in CASES if not case.positive}
    assert positive == negative == set(gauntlet.LANGS)
    assert len(positive) >= 25


def test_sizes() -> None:
    negatives = sum(not case.positive for case in CASES)
    assert negatives / len(CASES) >= 0.40
    assert 1500 <= len(POSITIVES) <= 2500
    assert all(len(cases) >= 18 for cases in BY_CLASS.values())


def test_positive_spans_lie_inside_their_texts_and_negatives_carry_no_value() -> None:
    for case in CASES:
        if case.positive:
            assert case.value and case.span, case.id
            start, end = case.span
            assert 0 <= start < end <= len(case.text), case.id
        else:
            assert case.value is None and case.span is None, case.id


# ---------------------------------------------------------------------------------------------
# Every expected value can be read back out of its text, independently of the generators.


def digits_in(text: str, lang: str) -> str:
    """ASCII and native digits and the language's digit words, in order; everything else skipped."""
    words = sorted(gauntlet.digit_words(lang).items(), key=lambda item: -len(item[0]))
    folded = text.casefold()
    out = []
    i = 0
    while i < len(folded):
        if folded[i].isdigit():
            out.append(str(unicodedata.digit(folded[i])))
            i += 1
            continue
        for word, digit in words:
            if folded.startswith(word, i):
                out.append(str(digit))
                i += len(word)
                break
        else:
            i += 1
    return "".join(out)


def phone_derivable(case: gauntlet.Case, shown: str) -> bool:
    assert case.value
    digits = digits_in(shown, case.lang)
    if case.value in ("+" + digits, "+" + digits.removeprefix("00")):
        return True
    region = phonenumbers.region_code_for_number(phonenumbers.parse(case.value))
    parsed = phonenumbers.parse(digits, region)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == case.value


_AT_SIGNS = ("＠", "ⓐ", "﹫", "@")
_DOT_SIGNS = ("•", "·", "．", "。", "●", "⚫")


def squash(shown: str, lang: str) -> str:
    """An address or link with its at/dot/slash words and symbols put back, spaces removed."""
    words = gauntlet.WORDS[lang]
    text = shown.casefold()
    for bracket in "[](){}<>":
        text = text.replace(bracket, " ")
    for sign in _AT_SIGNS:
        text = text.replace(sign, " @ ")
    for sign in _DOT_SIGNS:
        text = text.replace(sign, " . ")
    replacements = [(w, "@") for w in (*words.at, "at")]
    replacements += [(w, ".") for w in (*words.dot, "dot")]
    replacements.append((words.slash, "/"))
    for word, symbol in sorted(replacements, key=lambda item: -len(item[0])):
        word = word.casefold()
        if word.isascii():
            text = re.sub(rf"(?<!\S){re.escape(word)}(?!\S)", f" {symbol} ", text)
        else:
            text = text.replace(word, f" {symbol} ")
    return re.sub(r"\s+", "", text)


def _handle_derivable(case: gauntlet.Case, shown: str) -> bool:
    assert case.value
    if case.category == gauntlet.PHONE:
        return phone_derivable(case, shown)
    if "/" in case.value:  # wa.me and LinkedIn links
        return gauntlet.same_value(case.value, squash(shown, case.lang))
    app, _, handle = case.value.partition(":")
    known = {
        "telegram",
        "instagram",
        "tiktok",
        "wechat",
        "qq",
        "line",
        "kakaotalk",
        "signal",
        "skype",
        "live",
        "discord",
    }
    return (
        app in known
        and shown.removeprefix("live:").lstrip("@").casefold() == handle.lstrip("@").casefold()
    )


def _email_derivable(case: gauntlet.Case, shown: str) -> bool:
    assert case.value
    if case.klass == "email.reversed":
        return shown[::-1] == case.value
    if case.klass == "email.provider-only":
        local, domain = case.value.split("@")
        return local in shown and any(
            word in shown and domain == meant
            for lang, _, word, meant in gauntlet.PROVIDER_TEMPLATES
            if lang == case.lang
        )
    return squash(shown, case.lang) == case.value


def _url_derivable(case: gauntlet.Case, shown: str) -> bool:
    assert case.value
    if case.klass == "url.idn":
        unicode_hosts = {host for _, host in gauntlet.IDN_HOSTS}
        host = case.value if not case.value.isascii() else case.value.encode("ascii").decode("idna")
        return host in unicode_hosts and gauntlet.same_value(case.value, shown)
    return gauntlet.same_value(case.value, squash(shown, case.lang))


def _payment_derivable(case: gauntlet.Case, shown: str) -> bool:
    value = case.value
    assert value
    if case.klass == "payment.iban":
        return (
            re.sub(r"[\s-]", "", shown).upper() == value
            and gauntlet.iban_valid(value)
            and gauntlet.national_check_ok(value) is not False
        )
    if case.klass == "payment.wallet":
        wallet = {w.address: w for w in gauntlet.wallets()}[value]
        return shown == value and gauntlet.WALLET_VALIDATORS[wallet.kind](value)
    if case.klass == "payment.upi":
        return shown == value and re.fullmatch(r"[a-z0-9._-]+@[a-z]+", value) is not None
    if case.klass == "payment.pix":
        return shown == value and (
            gauntlet.cpf_valid(value)
            or gauntlet.cnpj_valid(value)
            or (value.startswith("+55") and phonenumbers.is_valid_number(phonenumbers.parse(value)))
            or uuid.UUID(value).version == 4
        )
    if case.klass == "payment.paypal-me":
        return value.startswith("paypal.me/") and gauntlet.same_value(value, shown)
    if case.klass == "payment.account-email":
        return (
            shown == value
            and re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", value) is not None
        )
    return False


def derivable(case: gauntlet.Case) -> bool:
    assert case.span
    shown = case.text[case.span[0] : case.span[1]]
    family = case.klass.split(".")[0]
    if family == "phone":
        return phone_derivable(case, shown)
    if family in ("messenger", "social", "contact"):
        return _handle_derivable(case, shown)
    if family == "email":
        return _email_derivable(case, shown)
    if family == "url":
        return _url_derivable(case, shown)
    if family == "payment":
        return _payment_derivable(case, shown)
    return False


@pytest.mark.parametrize("klass", sorted(BY_CLASS))
def test_expected_values_are_derivable_from_the_texts(klass: str) -> None:
    underivable = [
        (case.id, case.text, case.value) for case in BY_CLASS[klass] if not derivable(case)
    ]
    assert not underivable


def test_phone_values_are_valid_numbers_outside_fictional_ranges() -> None:
    for case in POSITIVES:
        if case.category == gauntlet.PHONE:
            assert case.value
            number = phonenumbers.parse(case.value)
            assert phonenumbers.is_valid_number(number), case.id
            assert not re.match(r"\+1\d{3}55501\d\d$", case.value), case.id  # US 555-01xx
            assert not case.value.startswith("+447700900"), case.id  # Ofcom's drama range


def test_native_digit_phones_use_native_digits_only() -> None:
    for case in BY_CLASS["phone.native-digits"]:
        assert case.span
        shown = case.text[case.span[0] : case.span[1]]
        assert not re.search(r"[0-9]", shown), case.id


# ---------------------------------------------------------------------------------------------
# The checksum code against published vectors


@pytest.mark.parametrize(
    ("kind", "address"),
    [
        ("eip55", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),  # EIP-55's test vectors
        ("eip55", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"),
        ("eip55", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"),
        ("eip55", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"),
        ("segwit", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
        ("segwit", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"),  # BIP 350
        ("cashaddr", "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"),
        ("base58check", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
        ("base58check", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
        ("ripple", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh"),
        (
            "monero",
            "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A",
        ),
    ],
)
def test_wallet_validators_accept_published_addresses_and_reject_a_typo(
    kind: str, address: str
) -> None:
    validate = gauntlet.WALLET_VALIDATORS[kind]
    assert validate(address)
    i = len(address) - 3
    other = next(ch for ch in address[::-1] if ch != address[i])  # stays in the address's alphabet
    assert not validate(address[:i] + other + address[i + 1 :])


def test_encoders_reproduce_published_addresses() -> None:
    hash160 = bytes.fromhex(
        "76a04053bda0a88bda5177b86a15c3b29f559873"
    )  # the CashAddr spec's example
    assert gauntlet.cashaddr(hash160) == "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"
    assert gauntlet.base58check(b"\x00" + hash160) == "1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu"
    program = bytes.fromhex("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")
    assert (
        gauntlet.segwit_address("bc", 1, program)
        == "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"
    )
    assert gauntlet.eip55(bytes.fromhex("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")) == (
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    )


def test_iban_builders_reproduce_the_registry_examples() -> None:
    built = {gauntlet.iban(country, bban) for country, _, bban in gauntlet.IBAN_ACCOUNTS}
    assert set(gauntlet.DOCUMENTED_IBANS) <= built
    for value in built:
        assert gauntlet.iban_valid(value), value
        assert gauntlet.national_check_ok(value) is not False, value
    assert not gauntlet.iban_valid("DE88370400440532013000")


def test_brazilian_ids_match_published_examples() -> None:
    assert gauntlet.cpf("529982247") == "529.982.247-25"
    assert gauntlet.cnpj("112223330001") == "11.222.333/0001-81"


# ---------------------------------------------------------------------------------------------
# Scoring


@pytest.mark.parametrize(
    ("expected", "found", "same"),
    [
        ("telegram:@anna_k88", "telegram:anna_k88", True),
        ("telegram:@anna_k88", "Telegram:@Anna_K88", True),
        ("discord:anna.dev", "discord:@anna.dev", True),
        ("annadesign.com/contact", "https://www.annadesign.com/contact", True),
        ("paypal.me/annak", "http://paypal.me/AnnaK", True),
        ("anna.k@gmail.com", "Anna.K@gmail.com", True),
        ("+447911284653", "+447911284653", True),
        ("anna.k@gmail.com", "anna.k@gmail.co", False),
        ("annadesign.com", "annadesign.com/", False),
        ("telegram:@anna_k88", "instagram:@anna_k88", False),
        ("kakaotalk:minjun88", "kakao:minjun88", False),
        ("+447911284653", "447911284653", False),
    ],
)
def test_same_value(expected: str, found: str, same: bool) -> None:
    assert gauntlet.same_value(expected, found) is same


def _exact(cases: list[gauntlet.Case]) -> gauntlet.DetectFn:
    by_text = {case.text: case for case in cases if case.positive}

    def detect(text: str) -> list[Detection]:
        case = by_text.get(text)
        if case is None or case.span is None:
            return []
        return [Detection(Category(case.category), "fake", *case.span, case.value, 1.0)]

    return detect


def test_score_with_nothing_found_recovers_nothing_and_flags_nothing() -> None:
    report = gauntlet.score(CASES, lambda text: [])
    assert report.recovered_rate == 0.0
    assert report.flagged_rate == 0.0
    assert report.positives.missed == len(POSITIVES)


def test_score_with_exact_values_recovers_everything() -> None:
    report = gauntlet.score(CASES, _exact(CASES))
    assert report.recovered_rate == 1.0
    assert report.flagged_rate == 0.0
    assert all(row.recovered_rate == 1.0 for row in report.positive_classes())


def test_a_wrong_value_over_the_place_is_counted_apart_from_a_miss() -> None:
    case = next(c for c in POSITIVES if c.category == gauntlet.PHONE)
    assert case.span

    def wrong(text: str) -> list[Detection]:
        return [Detection(Category.PHONE, "fake", *case.span, "+10000000000", 1.0)]

    def elsewhere(text: str) -> list[Detection]:
        return [Detection(Category.EMAIL, "fake", *case.span, case.value, 1.0)]

    assert gauntlet.score([case], wrong).positives.wrong_value == 1
    assert gauntlet.score([case], elsewhere).positives.missed == 1


def test_any_detection_flags_a_hard_negative() -> None:
    negative = next(c for c in CASES if not c.positive)
    report = gauntlet.score(
        [negative], lambda text: [Detection(Category.URL, "fake", 0, 1, None, 0.1)]
    )
    assert report.flagged_rate == 1.0


def test_an_account_email_counts_as_email_too() -> None:
    case = BY_CLASS["payment.account-email"][0]
    assert case.span

    def as_email(text: str) -> list[Detection]:
        return [Detection(Category.EMAIL, "fake", *case.span, case.value, 1.0)]

    assert gauntlet.score([case], as_email).recovered_rate == 1.0
