"""Obfuscation gauntlet: known values in generated disguises, scored by exact value, beside look-alikes.

    python bench/gauntlet.py [--show CLASS] [--json]

Every case is synthetic and generated in code: there is no data file, no network, no random seed.
A *positive* case is a contact detail or payment identifier we know, disguised the way people
hide it in marketplace chats: number words and native digits, digits split by symbols, at/dot
words, links spelled out, app names inflected or nicknamed, IBANs and wallets (with valid
checksums) run into the sentence. A positive is *recovered* when `detect` returns a detection of
its category whose value matches (`same_value`); a detection of that category over the value's
place with another value counts as *wrong value*; anything else is *missed*. A *hard negative*
is a look-alike in the same languages (prices, dates, order numbers, versions, pasted CSS and
logs, documentation links, number words in prose, ...); it is *flagged* when `detect` returns
anything at all. The generators were written without reading the detectors, rules or corpus.

Reading a disguise one way when two were possible:
- A number in national format carries a country cue in the same sentence (the country or a
  city in it), or goes with an app used in one country only: Zalo is Vietnam, "zap" is Brazil.
  "00" before a country code is the international prefix.
- A provider named without a domain decodes to its .com (gmail, outlook, hotmail, icloud,
  yahoo in English only), naver to naver.com, QQ邮箱 to <number>@qq.com.
- URL values keep a port ("185.23.41.7:8080/portfolio"). An IDN host is expected as written:
  Unicode when written in Unicode, punycode when written in punycode.
- Wallets, PIX keys and UPI ids are expected as written; a PIX phone key is written as E.164.
- An e-mail given as a PayPal, Payoneer, Skrill, Zelle or PIX account is its own class,
  payment.account-email, where offplatform.payment and contact.email both count.
- A WhatsApp, Viber, imo or Zalo *number* is expected as contact.phone; a phone emoji (📞, 📱)
  in front of a number too. ✈️ stands for Telegram and 📷 for Instagram.
- Links to fiverr.com are hard negatives (we lint as Fiverr); links to other marketplaces are
  not used at all, since on Fiverr they are off-platform.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from hashlib import sha256
from typing import Any, Protocol

import base58
import phonenumbers
from Crypto.Hash import keccak

EMAIL = "contact.email"
PHONE = "contact.phone"
MESSENGER = "contact.messenger"
SOCIAL = "contact.social"
URL = "contact.url"
PAYMENT = "offplatform.payment"

RECOVERY_GOAL = 0.95
FLAG_GOAL = 0.005


# ---------------------------------------------------------------------------------------------
# Cases and scoring


@dataclass(frozen=True)
class Case:
    id: str
    klass: str
    lang: str
    text: str
    category: str | None  # None for a hard negative
    value: str | None
    span: tuple[int, int] | None = None  # where the disguised value sits in `text`

    @property
    def positive(self) -> bool:
        return self.category is not None


class DetectionLike(Protocol):
    @property
    def category(self) -> Any: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> str | None: ...


DetectFn = Callable[[str], Iterable[DetectionLike]]

# Classes where more than the expected category counts as recovered.
ALSO_ACCEPTED: dict[str, frozenset[str]] = {"payment.account-email": frozenset({EMAIL})}

_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")
_APP_PREFIX = re.compile(r"^([a-z]+):@?")


def same_value(expected: str, found: str) -> bool:
    """Equal after casefold, an optional "@" before the handle, "http(s)://" and "www." ignored."""

    def canonical(value: str) -> str:
        value = _SCHEME.sub("", value.strip().casefold())
        prefixed = _APP_PREFIX.match(value)
        if prefixed:
            return f"{prefixed.group(1)}:{value[prefixed.end() :]}"
        return value.removeprefix("@")

    return canonical(expected) == canonical(found)


def _category_of(detection: DetectionLike) -> str:
    return str(getattr(detection.category, "value", detection.category))


@dataclass(frozen=True)
class Found:
    category: str
    value: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Outcome:
    case: Case
    verdict: str  # recovered | wrong-value | missed | flagged | clean
    found: tuple[Found, ...]

    @property
    def failed(self) -> bool:
        return self.verdict not in ("recovered", "clean")


@dataclass(frozen=True)
class Row:
    name: str
    cases: int
    recovered: int = 0
    wrong_value: int = 0
    missed: int = 0
    flagged: int = 0

    @property
    def recovered_rate(self) -> float:
        return self.recovered / self.cases if self.cases else 0.0

    @property
    def flagged_rate(self) -> float:
        return self.flagged / self.cases if self.cases else 0.0


def _row(name: str, outcomes: Sequence[Outcome]) -> Row:
    verdicts = Counter(outcome.verdict for outcome in outcomes)
    return Row(
        name,
        len(outcomes),
        verdicts["recovered"],
        verdicts["wrong-value"],
        verdicts["missed"],
        verdicts["flagged"],
    )


@dataclass(frozen=True)
class Report:
    outcomes: tuple[Outcome, ...]

    def _grouped(self, key: Callable[[Outcome], str], positive: bool) -> list[Row]:
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes:
            if outcome.case.positive == positive:
                groups[key(outcome)].append(outcome)
        return [_row(name, groups[name]) for name in sorted(groups)]

    def positive_classes(self) -> list[Row]:
        return self._grouped(lambda o: o.case.klass, positive=True)

    def negative_classes(self) -> list[Row]:
        return self._grouped(lambda o: o.case.klass, positive=False)

    def positive_languages(self) -> list[Row]:
        return self._grouped(lambda o: o.case.lang, positive=True)

    def negative_languages(self) -> list[Row]:
        return self._grouped(lambda o: o.case.lang, positive=False)

    @property
    def positives(self) -> Row:
        return _row("all", [o for o in self.outcomes if o.case.positive])

    @property
    def negatives(self) -> Row:
        return _row("all", [o for o in self.outcomes if not o.case.positive])

    @property
    def recovered_rate(self) -> float:
        return self.positives.recovered_rate

    @property
    def flagged_rate(self) -> float:
        return self.negatives.flagged_rate

    def failures(self, klass: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.klass == klass and o.failed]

    def to_dict(self) -> dict[str, Any]:
        def rows(items: list[Row], positive: bool) -> list[dict[str, Any]]:
            if positive:
                return [
                    {
                        "name": r.name,
                        "cases": r.cases,
                        "recovered": r.recovered,
                        "rate": round(r.recovered_rate, 4),
                        "wrong_value": r.wrong_value,
                        "missed": r.missed,
                    }
                    for r in items
                ]
            return [
                {
                    "name": r.name,
                    "cases": r.cases,
                    "flagged": r.flagged,
                    "rate": round(r.flagged_rate, 4),
                }
                for r in items
            ]

        return {
            "positive_classes": rows(self.positive_classes(), True),
            "negative_classes": rows(self.negative_classes(), False),
            "positive_languages": rows(self.positive_languages(), True),
            "negative_languages": rows(self.negative_languages(), False),
            "recovered_rate": round(self.recovered_rate, 4),
            "flagged_rate": round(self.flagged_rate, 4),
            "goals": {"recovered_rate": RECOVERY_GOAL, "flagged_rate": FLAG_GOAL},
        }


def judge(case: Case, detections: Iterable[DetectionLike]) -> Outcome:
    found = tuple(Found(_category_of(d), d.value, d.start, d.end) for d in detections)
    if not case.positive:
        return Outcome(case, "flagged" if found else "clean", found)
    assert case.category is not None and case.value is not None
    accepted = {case.category} | ALSO_ACCEPTED.get(case.klass, frozenset())
    relevant = [f for f in found if f.category in accepted]
    if any(f.value is not None and same_value(case.value, f.value) for f in relevant):
        return Outcome(case, "recovered", found)
    start, end = case.span or (0, len(case.text))
    if any(f.start < end and f.end > start for f in relevant):
        return Outcome(case, "wrong-value", found)
    return Outcome(case, "missed", found)


def score(cases: Iterable[Case], detect_fn: DetectFn) -> Report:
    return Report(tuple(judge(case, detect_fn(case.text)) for case in cases))


# ---------------------------------------------------------------------------------------------
# Checksums: every IBAN and wallet in the gauntlet is one a validator would accept.


def _bytes(label: str, size: int) -> bytes:
    """Fixed pseudo-random bytes for a label: the same on every run and every machine."""
    out = b""
    counter = 0
    while len(out) < size:
        out += sha256(f"gigguard-gauntlet:{label}:{counter}".encode()).digest()
        counter += 1
    return out[:size]


# ISO 13616: the check digits make the rearranged IBAN, read as a number, ≡ 1 (mod 97).
IBAN_LENGTHS = {
    "AE": 23, "CZ": 24, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "GR": 27,
    "IT": 27, "NL": 18, "PK": 24, "PL": 28, "RO": 24, "SE": 24, "TR": 26,
}  # fmt: skip


def _mod97(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text)) % 97


def iban(country: str, bban: str) -> str:
    return f"{country}{98 - _mod97(bban + country + '00'):02d}{bban}"


def iban_valid(value: str) -> bool:
    value = value.upper()
    return (
        len(value) == IBAN_LENGTHS.get(value[:2], -1)
        and value[2:4].isdigit()
        and value.isalnum()
        and _mod97(value[4:] + value[:4]) == 1
    )


# National check digits inside the BBAN, where the rule is public and short.
_RIB_LETTERS = {
    letter: str(value)
    for value, letters in enumerate(
        ("", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ")
    )
    for letter in letters
}


def _rib_key(bank: str, branch: str, account: str) -> int:
    digits = "".join(_RIB_LETTERS.get(ch, ch) for ch in account)
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(digits)) % 97


def fr_bban(bank: str, branch: str, account: str) -> str:
    return f"{bank}{branch}{account}{_rib_key(bank, branch, account):02d}"


def _es_control(digits: str) -> str:
    check = (
        11
        - sum(int(d) * w for d, w in zip(digits, (1, 2, 4, 8, 5, 10, 9, 7, 3, 6), strict=True)) % 11
    )
    return str({10: 1, 11: 0}.get(check, check))


def es_bban(bank: str, branch: str, account: str) -> str:
    return bank + branch + _es_control("00" + bank + branch) + _es_control(account) + account


_CIN_ODD = (
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
)


def _cin(body: str) -> str:
    def value(ch: str) -> int:
        return int(ch) if ch.isdigit() else ord(ch) - ord("A")

    total = sum(_CIN_ODD[value(ch)] if i % 2 == 0 else value(ch) for i, ch in enumerate(body))
    return chr(ord("A") + total % 26)


def it_bban(abi: str, cab: str, account: str) -> str:
    return _cin(abi + cab + account) + abi + cab + account


def _pl_check(bank7: str) -> str:
    weighted = sum(int(d) * w for d, w in zip(bank7, (3, 9, 7, 1, 3, 9, 7), strict=True))
    return str((10 - weighted % 10) % 10)


def pl_bban(bank7: str, account: str) -> str:
    return bank7 + _pl_check(bank7) + account


def _nl_sum(account: str) -> int:
    return sum(int(d) * (10 - i) for i, d in enumerate(account))


def nl_bban(bank: str, account9: str) -> str:
    last = -_nl_sum(account9 + "0") % 11  # the "elfproef": weighted sum ≡ 0 (mod 11)
    if last == 10:
        raise ValueError(f"no 11-proof account starts with {account9}")
    return bank + account9 + str(last)


def national_check_ok(value: str) -> bool | None:
    """The BBAN's own check digits (FR, ES, IT, PL, NL); None for countries not checked here."""
    country, bban = value[:2].upper(), value[4:].upper()
    if country == "FR":
        return int(bban[-2:]) == _rib_key(bban[:5], bban[5:10], bban[10:21])
    if country == "ES":
        return bban[8:10] == _es_control("00" + bban[:8]) + _es_control(bban[10:])
    if country == "IT":
        return bban[0] == _cin(bban[1:])
    if country == "PL":
        return bban[7] == _pl_check(bban[:7])
    if country == "NL":
        return _nl_sum(bban[4:]) % 11 == 0
    return None


def base58check(payload: bytes, alphabet: bytes = base58.BITCOIN_ALPHABET) -> str:
    encoded: bytes = base58.b58encode_check(payload, alphabet=alphabet)
    return encoded.decode()


def base58check_valid(address: str, alphabet: bytes = base58.BITCOIN_ALPHABET) -> bool:
    try:
        base58.b58decode_check(address, alphabet=alphabet)
    except ValueError:
        return False
    return True


# BIP 173 (bech32) and BIP 350 (bech32m), after the reference implementation.
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32M_CONST = 0x2BC830A3


def _bech32_polymod(values: Iterable[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i, g in enumerate(generator):
            if (top >> i) & 1:
                chk ^= g
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convertbits(data: Iterable[int], frombits: int, tobits: int) -> list[int]:
    acc = bits = 0
    out: list[int] = []
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & ((1 << tobits) - 1))
    if bits:
        out.append((acc << (tobits - bits)) & ((1 << tobits) - 1))
    return out


def segwit_address(hrp: str, version: int, program: bytes) -> str:
    data = [version, *_convertbits(program, 8, 5)]
    const = 1 if version == 0 else _BECH32M_CONST
    polymod = _bech32_polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ const
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + checksum)


def segwit_valid(address: str) -> bool:
    address = address.lower()
    hrp, _, rest = address.rpartition("1")
    if not hrp or len(rest) < 7 or any(c not in _BECH32 for c in rest):
        return False
    data = [_BECH32.index(c) for c in rest]
    const = 1 if data[0] == 0 else _BECH32M_CONST
    return _bech32_polymod([*_hrp_expand(hrp), *data]) == const


# Bitcoin Cash CashAddr (the 2017 spec): base32 with a 40-bit BCH-code checksum.
def _cash_polymod(values: Iterable[int]) -> int:
    generator = (0x98F2BC8E61, 0x79B76D99E2, 0xF33E5FB3C4, 0xAE2EABE2A8, 0x1E4F43E470)
    c = 1
    for d in values:
        top = c >> 35
        c = ((c & 0x07FFFFFFFF) << 5) ^ d
        for i, g in enumerate(generator):
            if (top >> i) & 1:
                c ^= g
    return c ^ 1


def _cash_prefix(prefix: str) -> list[int]:
    return [ord(c) & 31 for c in prefix] + [0]


def cashaddr(hash160: bytes, prefix: str = "bitcoincash", version: int = 0) -> str:
    data = _convertbits([version, *hash160], 8, 5)
    polymod = _cash_polymod([*_cash_prefix(prefix), *data, 0, 0, 0, 0, 0, 0, 0, 0])
    checksum = [(polymod >> 5 * (7 - i)) & 31 for i in range(8)]
    return f"{prefix}:" + "".join(_BECH32[d] for d in data + checksum)


def cashaddr_valid(address: str) -> bool:
    prefix, _, payload = address.lower().rpartition(":")
    if not payload or any(c not in _BECH32 for c in payload):
        return False
    return (
        _cash_polymod(
            [*_cash_prefix(prefix or "bitcoincash"), *(_BECH32.index(c) for c in payload)]
        )
        == 0
    )


def _keccak256(data: bytes) -> bytes:
    # Keccak-256 as Ethereum uses it; hashlib.sha3_256 pads differently and gives other digests.
    digest: bytes = keccak.new(digest_bits=256, data=data).digest()
    return digest


def eip55(address: bytes) -> str:
    hexits = address.hex()
    digest = _keccak256(hexits.encode()).hex()
    return "0x" + "".join(c.upper() if int(digest[i], 16) >= 8 else c for i, c in enumerate(hexits))


def eip55_valid(address: str) -> bool:
    return (
        re.fullmatch(r"0x[0-9a-fA-F]{40}", address) is not None
        and eip55(bytes.fromhex(address[2:])) == address
    )


# Monero's base58: 8-byte blocks, each 11 characters; a short last block has its own width.
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_XMR_WIDTHS = (0, 2, 3, 5, 6, 7, 9, 10, 11)


def _monero_b58encode(data: bytes) -> str:
    out = []
    for start in range(0, len(data), 8):
        block = data[start : start + 8]
        number = int.from_bytes(block, "big")
        chars = []
        for _ in range(_XMR_WIDTHS[len(block)]):
            number, digit = divmod(number, 58)
            chars.append(_B58[digit])
        out.append("".join(reversed(chars)))
    return "".join(out)


def _monero_b58decode(text: str) -> bytes:
    out = b""
    for start in range(0, len(text), 11):
        chunk = text[start : start + 11]
        number = 0
        for ch in chunk:
            number = number * 58 + _B58.index(ch)
        out += number.to_bytes(_XMR_WIDTHS.index(len(chunk)), "big")
    return out


def monero_address(spend_key: bytes, view_key: bytes) -> str:
    body = bytes([18]) + spend_key + view_key  # 18: the main-net public address tag
    return _monero_b58encode(body + _keccak256(body)[:4])


def monero_valid(address: str) -> bool:
    try:
        raw = _monero_b58decode(address)
    except (ValueError, OverflowError):
        return False
    return len(raw) == 69 and raw[0] == 18 and _keccak256(raw[:-4])[:4] == raw[-4:]


def solana_valid(address: str) -> bool:
    try:
        return len(base58.b58decode(address)) == 32
    except ValueError:
        return False


WALLET_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "base58check": base58check_valid,
    "ripple": lambda a: base58check_valid(a, base58.RIPPLE_ALPHABET),
    "segwit": segwit_valid,
    "eip55": eip55_valid,
    "cashaddr": cashaddr_valid,
    "monero": monero_valid,
    "solana": solana_valid,
}


@dataclass(frozen=True)
class Wallet:
    kind: str  # the key of its validator in WALLET_VALIDATORS
    label: str  # what a sender writes in front of it
    address: str


def wallets() -> tuple[Wallet, ...]:
    def h(label: str, size: int = 20) -> bytes:
        return _bytes(label, size)

    return (
        Wallet("base58check", "BTC", base58check(b"\x00" + h("btc-p2pkh"))),
        Wallet("base58check", "BTC", base58check(b"\x05" + h("btc-p2sh"))),
        Wallet("segwit", "BTC", segwit_address("bc", 0, h("btc-p2wpkh"))),
        Wallet("segwit", "BTC (Taproot)", segwit_address("bc", 1, h("btc-p2tr", 32))),
        Wallet("eip55", "ETH", eip55(h("eth"))),
        Wallet("eip55", "USDT (ERC20)", eip55(h("usdt-erc20"))),
        Wallet("base58check", "USDT (TRC20)", base58check(b"\x41" + h("tron"))),
        Wallet("base58check", "LTC", base58check(b"\x30" + h("ltc-p2pkh"))),
        Wallet("segwit", "LTC", segwit_address("ltc", 0, h("ltc-p2wpkh"))),
        Wallet("base58check", "DOGE", base58check(b"\x1e" + h("doge"))),
        Wallet("ripple", "XRP", base58check(b"\x00" + h("xrp"), base58.RIPPLE_ALPHABET)),
        Wallet("monero", "XMR", monero_address(h("xmr-spend", 32), h("xmr-view", 32))),
        Wallet("cashaddr", "BCH", cashaddr(h("bch-1"))),
        Wallet("cashaddr", "BCH", cashaddr(h("bch-2")).split(":")[1]),
        Wallet("solana", "SOL", base58.b58encode(h("sol", 32)).decode()),
        # Published examples: the genesis block's address, EIP-55's first test vector, the
        # Monero general fund, the CashAddr spec's example, a long-published bech32 address.
        Wallet("base58check", "BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
        Wallet("eip55", "ETH", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
        Wallet(
            "monero",
            "XMR",
            "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A",
        ),
        Wallet("cashaddr", "BCH", "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"),
        Wallet("segwit", "BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
    )


def cpf(first9: str) -> str:
    """A Brazilian CPF with its two check digits, formatted as people type it."""
    digits = [int(d) for d in first9]
    for length in (9, 10):
        total = sum(d * (length + 1 - i) for i, d in enumerate(digits[:length]))
        digits.append(total * 10 % 11 % 10)
    s = "".join(map(str, digits))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cpf_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    return len(digits) == 11 and cpf(digits[:9]) == value


def cnpj(first12: str) -> str:
    digits = [int(d) for d in first12]
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    s = "".join(map(str, digits))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def cnpj_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    return len(digits) == 14 and cnpj(digits[:12]) == value


# ---------------------------------------------------------------------------------------------
# Words per language: digits 0–9, "+", the at/dot/slash words used to spell addresses, "call".


@dataclass(frozen=True)
class Words:
    digits: tuple[str, ...]
    plus: str
    at: tuple[str, ...]
    dot: tuple[str, ...]
    slash: str
    call: str


def _words(digits: str, plus: str, at: str, dot: str, slash: str, call: str) -> Words:
    return Words(
        tuple(digits.split()), plus, tuple(at.split("|")), tuple(dot.split("|")), slash, call
    )


WORDS: dict[str, Words] = {
    "en": _words("zero one two three four five six seven eight nine", "plus", "at|at the rate", "dot", "slash", "call"),
    "es": _words("cero uno dos tres cuatro cinco seis siete ocho nueve", "más", "arroba", "punto", "barra", "llámame"),
    "pt": _words("zero um dois três quatro cinco seis sete oito nove", "mais", "arroba", "ponto", "barra", "liga"),
    "fr": _words("zéro un deux trois quatre cinq six sept huit neuf", "plus", "arobase", "point", "slash", "appelle"),
    "de": _words("null eins zwei drei vier fünf sechs sieben acht neun", "plus", "at|ät", "Punkt", "Schrägstrich", "anrufen"),
    "it": _words("zero uno due tre quattro cinque sei sette otto nove", "più", "chiocciola", "punto", "slash", "chiamami"),
    "nl": _words("nul een twee drie vier vijf zes zeven acht negen", "plus", "apenstaartje|at", "punt", "slash", "bel"),
    "pl": _words("zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć", "plus", "małpa", "kropka", "ukośnik", "dzwoń"),
    "ru": _words("ноль один два три четыре пять шесть семь восемь девять", "плюс", "собака", "точка", "слэш", "звони"),
    "uk": _words("нуль один два три чотири п'ять шість сім вісім дев'ять", "плюс", "равлик|собака", "крапка", "слеш", "дзвони"),
    "tr": _words("sıfır bir iki üç dört beş altı yedi sekiz dokuz", "artı", "et", "nokta", "eğik çizgi", "ara"),
    "ar": _words("صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة", "زائد", "آت", "دوت|نقطة", "سلاش", "اتصل"),
    "fa": _words("صفر یک دو سه چهار پنج شش هفت هشت نه", "+", "ات", "دات|نقطه", "اسلش", "زنگ"),
    "hi": _words("शून्य एक दो तीन चार पाँच छह सात आठ नौ", "प्लस", "एट द रेट|एट", "डॉट", "स्लैश", "कॉल"),
    "bn": _words("শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়", "প্লাস", "অ্যাট", "ডট", "স্ল্যাশ", "কল"),
    "ur": _words("صفر ایک دو تین چار پانچ چھ سات آٹھ نو", "پلس", "ایٹ", "ڈاٹ", "سلیش", "کال"),
    "zh": _words("零 一 二 三 四 五 六 七 八 九", "加", "艾特", "点", "斜杠", "打"),
    "ja": _words("〇 一 二 三 四 五 六 七 八 九", "プラス", "アット|あっと", "ドット|どっと", "スラッシュ", "電話"),
    "ko": _words("공 일 이 삼 사 오 육 칠 팔 구", "플러스", "골뱅이|앳", "닷|점", "슬래시", "전화"),
    "vi": _words("không một hai ba bốn năm sáu bảy tám chín", "cộng", "a còng", "chấm", "gạch chéo", "gọi"),
    "id": _words("nol satu dua tiga empat lima enam tujuh delapan sembilan", "plus", "at|et", "titik", "garis miring", "telp"),
    "tl": _words("sero isa dalawa tatlo apat lima anim pito walo siyam", "plus", "at", "dot|tuldok", "slash", "tawag"),
    "th": _words("ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า", "บวก", "แอท", "ดอท|จุด", "สแลช", "โทร"),
    "ro": _words("zero unu doi trei patru cinci șase șapte opt nouă", "plus", "arond", "punct", "slash", "sună"),
    "cs": _words("nula jedna dva tři čtyři pět šest sedm osm devět", "plus", "zavináč", "tečka", "lomítko", "volej"),
    "sv": _words("noll ett två tre fyra fem sex sju åtta nio", "plus", "snabel-a", "punkt", "snedstreck", "ring"),
    "el": _words("μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα", "συν", "παπάκι", "τελεία", "κάθετος", "πάρε"),
    "he": _words("אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע", "פלוס", "שטרודל", "נקודה", "סלאש", "תתקשר"),
    "sw": _words("sifuri moja mbili tatu nne tano sita saba nane tisa", "plus", "at", "nukta|dot", "mkwaju", "piga"),
}  # fmt: skip

LANGS = tuple(WORDS)

# Other ways of saying a digit: 幺 for 1 and 〇 for 0 in Chinese phone numbers, kana readings
# in Japanese, 영 for 0 in Korean, Hindi digits in Latin letters, "oh" for 0 in English.
DIGIT_ALTERNATES: dict[str, dict[str, int]] = {
    "en": {"oh": 0},
    "zh": {"〇": 0, "幺": 1},
    "ja": {"ゼロ": 0, "れい": 0, "いち": 1, "に": 2, "さん": 3, "よん": 4, "ご": 5, "ろく": 6, "なな": 7, "はち": 8, "きゅう": 9},
    "ko": {"영": 0},
    "hi": {w: i for i, w in enumerate("zero ek do teen char paanch chhe saat aath nau".split())},
}  # fmt: skip

JA_KANA = ("ゼロ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
HI_LATIN = tuple("zero ek do teen char paanch chhe saat aath nau".split())


def digit_words(lang: str) -> dict[str, int]:
    """Every word this gauntlet writes for a digit in `lang`, mapped to the digit."""
    table = {word.casefold(): i for i, word in enumerate(WORDS[lang].digits)}
    table.update(DIGIT_ALTERNATES.get(lang, {}))
    return table


# Symbols that stand for "@" and "." when words are not used.
AT_SYMBOLS = ("＠", "ⓐ", "﹫", "(@)", " @ ")
DOT_SYMBOLS = ("•", "·", "．", "。", "●", "⚫")


# ---------------------------------------------------------------------------------------------
# Sentences per language. "{v}" is where a value (or, in `note` and `spec`, a look-alike) goes.


@dataclass(frozen=True)
class Phrases:
    contact: tuple[str, str, str]
    pay: tuple[str, str, str]
    pay_then: str  # the value runs straight into more words
    note: tuple[str, str, str]  # neutral frames for look-alikes
    spec: str  # a form placeholder in a spec
    backwards: str
    after_price: str


PHRASES: dict[str, Phrases] = {
    "en": Phrases(
        ("Easier to reach me here: {v}", "Here is my contact: {v}", "Message me directly: {v} and we can sort it out."),
        ("Please send the payment to {v} instead.", "You can pay me directly: {v}", "My account for the transfer is {v}, thanks!"),
        "My IBAN is {v} thanks a lot",
        ("Quick note about the project: {v}", "From the brief: {v}", "Just so you know: {v}"),
        "In the form, the placeholder should read {v}.",
        "my email, read it backwards: {v}",
        "$50 for the logo, 20% off this week, text me {v}",
    ),
    "es": Phrases(
        ("Si te resulta más fácil, escríbeme a {v}", "Te dejo mi contacto: {v}", "Escríbeme directamente: {v} y lo hablamos."),
        ("Por favor, envía el pago a {v}.", "Puedes pagarme directamente: {v}", "Mi cuenta para la transferencia es {v}, ¡gracias!"),
        "Mi IBAN es {v} muchas gracias",
        ("Una nota sobre el proyecto: {v}", "Del briefing: {v}", "Para que lo sepas: {v}"),
        "En el formulario, el texto de ejemplo debe ser {v}.",
        "mi correo, léelo al revés: {v}",
        "50 € por el logo, 20 % de descuento esta semana, escríbeme al {v}",
    ),
    "pt": Phrases(
        ("Se for mais fácil, me chama em {v}", "Segue meu contato: {v}", "Me manda mensagem direto: {v} que a gente resolve."),
        ("Por favor, manda o pagamento para {v}.", "Pode me pagar direto: {v}", "Minha conta para a transferência é {v}, valeu!"),
        "Meu IBAN é {v} valeu mesmo",
        ("Uma observação sobre o projeto: {v}", "Do briefing: {v}", "Só pra você saber: {v}"),
        "No formulário, o placeholder deve ser {v}.",
        "meu e-mail, lê de trás pra frente: {v}",
        "R$ 250 pelo logo, 20% de desconto essa semana, me chama no {v}",
    ),
    "fr": Phrases(
        ("Si c'est plus simple, écris-moi à {v}", "Voici mon contact : {v}", "Écris-moi directement : {v} et on en parle."),
        ("Merci d'envoyer le paiement à {v}.", "Tu peux me payer directement : {v}", "Mon compte pour le virement : {v}, merci !"),
        "Mon IBAN c'est {v} merci beaucoup",
        ("Petite note sur le projet : {v}", "D'après le brief : {v}", "Pour info : {v}"),
        "Dans le formulaire, le texte indicatif doit être {v}.",
        "mon e-mail, à lire à l'envers : {v}",
        "50 € pour le logo, 20 % de remise cette semaine, écris-moi au {v}",
    ),
    "de": Phrases(
        ("Falls das einfacher ist, erreichst du mich unter {v}", "Hier mein Kontakt: {v}", "Schreib mir direkt: {v}, dann klären wir das."),
        ("Bitte überweise die Zahlung an {v}.", "Du kannst mich direkt bezahlen: {v}", "Mein Konto für die Überweisung: {v}, danke!"),
        "Meine IBAN lautet {v} danke dir vielmals",
        ("Kurze Notiz zum Projekt: {v}", "Aus dem Briefing: {v}", "Nur zur Info: {v}"),
        "Im Formular soll als Platzhalter {v} stehen.",
        "meine Mail, rückwärts lesen: {v}",
        "50 € für das Logo, 20 % Rabatt diese Woche, schreib mir an {v}",
    ),
    "it": Phrases(
        ("Se è più comodo, scrivimi a {v}", "Ecco il mio contatto: {v}", "Scrivimi direttamente: {v} e ne parliamo."),
        ("Per favore invia il pagamento a {v}.", "Puoi pagarmi direttamente: {v}", "Il mio conto per il bonifico è {v}, grazie!"),
        "Il mio IBAN è {v} grazie mille",
        ("Una nota sul progetto: {v}", "Dal brief: {v}", "Solo per info: {v}"),
        "Nel modulo, il segnaposto deve essere {v}.",
        "la mia mail, leggila al contrario: {v}",
        "50 € per il logo, 20% di sconto questa settimana, scrivimi al {v}",
    ),
    "nl": Phrases(
        ("Als dat makkelijker is, kun je me bereiken op {v}", "Hier is mijn contact: {v}", "Stuur me direct een bericht: {v}, dan regelen we het."),
        ("Wil je de betaling naar {v} sturen?", "Je kunt me direct betalen: {v}", "Mijn rekening voor de overboeking is {v}, bedankt!"),
        "Mijn IBAN is {v} alvast bedankt",
        ("Korte notitie over het project: {v}", "Uit de briefing: {v}", "Ter info: {v}"),
        "In het formulier moet de placeholder {v} zijn.",
        "mijn mail, achterstevoren lezen: {v}",
        "€ 50 voor het logo, 20% korting deze week, app me op {v}",
    ),
    "pl": Phrases(
        ("Jeśli tak wygodniej, napisz do mnie na {v}", "Oto mój kontakt: {v}", "Napisz do mnie bezpośrednio: {v}, to się dogadamy."),
        ("Proszę wyślij płatność na {v}.", "Możesz zapłacić mi bezpośrednio: {v}", "Moje konto do przelewu to {v}, dzięki!"),
        "Mój IBAN to {v} z góry dzięki",
        ("Krótka uwaga do projektu: {v}", "Z briefu: {v}", "Dla informacji: {v}"),
        "W formularzu placeholder ma brzmieć {v}.",
        "mój mail, czytaj od tyłu: {v}",
        "200 zł za logo, 20% rabatu w tym tygodniu, pisz na {v}",
    ),
    "ru": Phrases(
        ("Если так удобнее, пиши мне на {v}", "Вот мой контакт: {v}", "Напиши мне напрямую: {v}, всё обсудим."),
        ("Пожалуйста, отправь оплату на {v}.", "Можешь заплатить мне напрямую: {v}", "Мой счёт для перевода: {v}, спасибо!"),
        "Мой IBAN {v} заранее спасибо",
        ("Заметка по проекту: {v}", "Из брифа: {v}", "Просто для информации: {v}"),
        "В форме плейсхолдер должен быть {v}.",
        "моя почта, читай наоборот: {v}",
        "5000 ₽ за логотип, скидка 20% на этой неделе, пиши на {v}",
    ),
    "uk": Phrases(
        ("Якщо так зручніше, пиши мені на {v}", "Ось мій контакт: {v}", "Напиши мені напряму: {v}, все обговоримо."),
        ("Будь ласка, надішли оплату на {v}.", "Можеш заплатити мені напряму: {v}", "Мій рахунок для переказу: {v}, дякую!"),
        "Мій IBAN {v} наперед дякую",
        ("Нотатка щодо проєкту: {v}", "З брифу: {v}", "Просто для інформації: {v}"),
        "У формі плейсхолдер має бути {v}.",
        "моя пошта, читай навпаки: {v}",
        "2000 грн за логотип, знижка 20% цього тижня, пиши на {v}",
    ),
    "tr": Phrases(
        ("Daha kolaysa bana {v} üzerinden ulaşabilirsin", "İletişim bilgim: {v}", "Bana direkt yaz: {v}, hallederiz."),
        ("Lütfen ödemeyi {v} adresine gönder.", "Bana doğrudan ödeyebilirsin: {v}", "Havale için hesabım: {v}, teşekkürler!"),
        "IBAN'ım {v} şimdiden teşekkürler",
        ("Projeyle ilgili kısa not: {v}", "Brief'ten: {v}", "Bilgin olsun: {v}"),
        "Formda yer tutucu metin {v} olmalı.",
        "mailim, tersten oku: {v}",
        "Logo için 1.500 TL, bu hafta %20 indirim, bana {v} üzerinden yaz",
    ),
    "ar": Phrases(
        ("إذا كان أسهل، تواصل معي على {v}", "هذه وسيلة التواصل معي: {v}", "راسلني مباشرة: {v} ونتفاهم."),
        ("من فضلك أرسل الدفعة إلى {v}.", "يمكنك الدفع لي مباشرة: {v}", "حسابي للتحويل هو {v}، شكراً!"),
        "رقم الآيبان {v} شكراً جزيلاً",
        ("ملاحظة سريعة عن المشروع: {v}", "من الموجز: {v}", "للعلم فقط: {v}"),
        "في النموذج يجب أن يكون النص التوضيحي {v}.",
        "بريدي، اقرأه بالعكس: {v}",
        "٥٠ دولاراً للشعار، خصم ٢٠٪ هذا الأسبوع، راسلني على {v}",
    ),
    "fa": Phrases(
        ("اگر راحت‌تری از طریق {v} با من در تماس باش", "این راه ارتباطی من است: {v}", "مستقیم پیام بده: {v} تا صحبت کنیم."),
        ("لطفاً پرداخت را به {v} بفرست.", "می‌توانی مستقیم به من پرداخت کنی: {v}", "حساب من برای انتقال: {v}، ممنون!"),
        "شماره IBAN من {v} خیلی ممنون",
        ("یادداشت کوتاه درباره پروژه: {v}", "از بریف: {v}", "فقط برای اطلاع: {v}"),
        "در فرم، متن نمونه باید {v} باشد.",
        "ایمیلم، برعکس بخوان: {v}",
        "۵۰ دلار برای لوگو، ۲۰٪ تخفیف این هفته، به {v} پیام بده",
    ),
    "hi": Phrases(
        ("अगर आसान हो तो मुझसे {v} पर संपर्क करो", "यह रहा मेरा संपर्क: {v}", "मुझे सीधे मैसेज करो: {v}, बात कर लेंगे।"),
        ("कृपया पेमेंट {v} पर भेज दीजिए।", "आप मुझे सीधे पे कर सकते हैं: {v}", "ट्रांसफर के लिए मेरा अकाउंट {v} है, धन्यवाद!"),
        "मेरा IBAN {v} बहुत धन्यवाद",
        ("प्रोजेक्ट के बारे में एक नोट: {v}", "ब्रीफ़ से: {v}", "बस आपकी जानकारी के लिए: {v}"),
        "फ़ॉर्म में प्लेसहोल्डर {v} होना चाहिए।",
        "मेरा ईमेल, उल्टा पढ़ो: {v}",
        "लोगो के लिए ₹2,500, इस हफ्ते 20% छूट, मुझे {v} पर मैसेज करो",
    ),
    "bn": Phrases(
        ("সহজ হলে আমাকে {v} এ যোগাযোগ করুন", "এই আমার যোগাযোগ: {v}", "সরাসরি মেসেজ দিন: {v}, কথা বলে নেব।"),
        ("দয়া করে পেমেন্ট {v} এ পাঠান।", "আমাকে সরাসরি পে করতে পারেন: {v}", "ট্রান্সফারের জন্য আমার অ্যাকাউন্ট {v}, ধন্যবাদ!"),
        "আমার IBAN {v} অনেক ধন্যবাদ",
        ("প্রজেক্ট নিয়ে ছোট নোট: {v}", "ব্রিফ থেকে: {v}", "শুধু জানিয়ে রাখছি: {v}"),
        "ফর্মে প্লেসহোল্ডার হবে {v}।",
        "আমার ইমেইল, উল্টো করে পড়ুন: {v}",
        "লোগোর জন্য ৳৩,০০০, এই সপ্তাহে ২০% ছাড়, আমাকে {v} এ মেসেজ দিন",
    ),
    "ur": Phrases(
        ("اگر آسان ہو تو مجھ سے {v} پر رابطہ کریں", "یہ میرا رابطہ ہے: {v}", "مجھے براہِ راست میسج کریں: {v}، بات کر لیں گے۔"),
        ("براہِ کرم ادائیگی {v} پر بھیج دیں۔", "آپ مجھے براہِ راست ادائیگی کر سکتے ہیں: {v}", "ٹرانسفر کے لیے میرا اکاؤنٹ {v} ہے، شکریہ!"),
        "میرا IBAN {v} بہت شکریہ",
        ("پروجیکٹ کے بارے میں ایک نوٹ: {v}", "بریف سے: {v}", "صرف آپ کی معلومات کے لیے: {v}"),
        "فارم میں پلیس ہولڈر {v} ہونا چاہیے۔",
        "میری ای میل، الٹا پڑھیں: {v}",
        "لوگو کے لیے 5,000 روپے، اس ہفتے 20% رعایت، مجھے {v} پر میسج کریں",
    ),
    "zh": Phrases(
        ("方便的话可以通过 {v} 联系我", "这是我的联系方式：{v}", "直接给我发消息：{v}，我们细聊。"),
        ("请把款项转到 {v}。", "你可以直接付给我：{v}", "我的转账账户是 {v}，谢谢！"),
        "我的IBAN是 {v} 多谢",
        ("关于项目的备注：{v}", "需求文档里写的：{v}", "顺便说一下：{v}"),
        "表单里的占位文字应为 {v}。",
        "我的邮箱，倒着读：{v}",
        "logo 报价 ¥800，本周优惠 20%，联系我 {v}",
    ),
    "ja": Phrases(
        ("よければ {v} に連絡してください", "連絡先はこちらです：{v}", "直接メッセージください：{v} で話しましょう。"),
        ("お支払いは {v} にお願いします。", "直接お支払いいただけます：{v}", "振込先の口座は {v} です、よろしくお願いします！"),
        "IBANは {v} よろしくお願いします",
        ("プロジェクトのメモ：{v}", "ブリーフより：{v}", "念のため：{v}"),
        "フォームのプレースホルダーは {v} にしてください。",
        "メールアドレスです、逆から読んでください：{v}",
        "ロゴは¥12,800、今週は20%オフです。連絡は {v} まで",
    ),
    "ko": Phrases(
        ("편하시면 {v} 으로 연락 주세요", "제 연락처입니다: {v}", "직접 메시지 주세요: {v} 에서 얘기해요."),
        ("결제는 {v} 으로 보내 주세요.", "저에게 직접 결제하셔도 돼요: {v}", "송금 계좌는 {v} 입니다, 감사합니다!"),
        "제 IBAN은 {v} 감사합니다",
        ("프로젝트 메모: {v}", "브리프 내용: {v}", "참고로: {v}"),
        "폼의 플레이스홀더는 {v} 로 해 주세요.",
        "제 메일이에요, 거꾸로 읽어 주세요: {v}",
        "로고는 ₩150,000, 이번 주 20% 할인, 연락은 {v} 으로 주세요",
    ),
    "vi": Phrases(
        ("Nếu tiện bạn liên hệ mình qua {v} nhé", "Đây là liên hệ của mình: {v}", "Nhắn trực tiếp cho mình: {v} rồi mình trao đổi."),
        ("Bạn vui lòng chuyển tiền vào {v}.", "Bạn có thể thanh toán trực tiếp cho mình: {v}", "Tài khoản nhận chuyển khoản của mình là {v}, cảm ơn nhé!"),
        "IBAN của mình là {v} cảm ơn nhiều",
        ("Ghi chú về dự án: {v}", "Theo brief: {v}", "Để bạn nắm: {v}"),
        "Trong form, placeholder nên là {v}.",
        "email của mình, đọc ngược lại nhé: {v}",
        "Logo 1.200.000đ, giảm 20% tuần này, nhắn mình qua {v}",
    ),
    "id": Phrases(
        ("Kalau lebih gampang, hubungi saya di {v}", "Ini kontak saya: {v}", "Langsung chat saya aja: {v}, nanti kita bahas."),
        ("Tolong kirim pembayarannya ke {v} ya.", "Bisa bayar langsung ke saya: {v}", "Rekening saya untuk transfer: {v}, makasih!"),
        "IBAN saya {v} makasih banyak",
        ("Catatan soal proyek: {v}", "Dari brief: {v}", "Sekadar info: {v}"),
        "Di formulir, placeholder-nya harus {v}.",
        "email saya, baca dari belakang ya: {v}",
        "Rp 750.000 untuk logonya, diskon 20% minggu ini, chat saya di {v}",
    ),
    "tl": Phrases(
        ("Kung mas madali, i-contact mo ako sa {v}", "Ito ang contact ko: {v}", "I-message mo ako diretso: {v}, pag-usapan natin."),
        ("Pakipadala ang bayad sa {v}.", "Puwede mo akong bayaran nang diretso: {v}", "Ang account ko para sa transfer ay {v}, salamat!"),
        "IBAN ko ay {v} maraming salamat",
        ("Maikling note tungkol sa project: {v}", "Mula sa brief: {v}", "Para alam mo lang: {v}"),
        "Sa form, ang placeholder ay dapat {v}.",
        "email ko, basahin mo nang pabaliktad: {v}",
        "₱2,500 para sa logo, 20% off ngayong linggo, i-text mo ako sa {v}",
    ),
    "th": Phrases(
        ("ถ้าสะดวกติดต่อฉันที่ {v} ได้เลย", "นี่คือช่องทางติดต่อของฉัน: {v}", "ทักมาโดยตรงได้เลย: {v} แล้วคุยกัน"),
        ("รบกวนโอนเงินไปที่ {v} นะคะ", "จ่ายตรงให้ฉันได้เลย: {v}", "บัญชีสำหรับโอนคือ {v} ขอบคุณค่ะ!"),
        "IBAN ของฉันคือ {v} ขอบคุณมาก",
        ("โน้ตเกี่ยวกับโปรเจกต์: {v}", "จากบรีฟ: {v}", "แจ้งไว้ก่อนนะ: {v}"),
        "ในฟอร์ม ข้อความตัวอย่างควรเป็น {v}",
        "อีเมลของฉัน อ่านกลับหลังนะ: {v}",
        "โลโก้ ฿3,500 ลด 20% สัปดาห์นี้ ทักมาที่ {v}",
    ),
    "ro": Phrases(
        ("Dacă e mai simplu, scrie-mi la {v}", "Uite contactul meu: {v}", "Scrie-mi direct: {v} și discutăm."),
        ("Te rog trimite plata la {v}.", "Poți să mă plătești direct: {v}", "Contul meu pentru transfer este {v}, mulțumesc!"),
        "IBAN-ul meu e {v} mulțumesc mult",
        ("O notă despre proiect: {v}", "Din brief: {v}", "Doar ca să știi: {v}"),
        "În formular, textul exemplu trebuie să fie {v}.",
        "mailul meu, citește-l invers: {v}",
        "250 lei pentru logo, 20% reducere săptămâna asta, scrie-mi la {v}",
    ),
    "cs": Phrases(
        ("Jestli je to jednodušší, napiš mi na {v}", "Tady je můj kontakt: {v}", "Napiš mi přímo: {v} a domluvíme se."),
        ("Prosím pošli platbu na {v}.", "Můžeš mi zaplatit přímo: {v}", "Můj účet pro převod je {v}, díky!"),
        "Můj IBAN je {v} moc díky",
        ("Poznámka k projektu: {v}", "Podle briefu: {v}", "Jen pro info: {v}"),
        "Ve formuláři má být zástupný text {v}.",
        "můj mail, čti pozpátku: {v}",
        "1 500 Kč za logo, tento týden sleva 20 %, napiš mi na {v}",
    ),
    "sv": Phrases(
        ("Om det är enklare når du mig på {v}", "Här är min kontakt: {v}", "Skriv direkt till mig: {v} så löser vi det."),
        ("Skicka gärna betalningen till {v}.", "Du kan betala mig direkt: {v}", "Mitt konto för överföringen är {v}, tack!"),
        "Mitt IBAN är {v} tack så mycket",
        ("En notering om projektet: {v}", "Från briefen: {v}", "Bara så du vet: {v}"),
        "I formuläret ska platshållaren vara {v}.",
        "min mejl, läs baklänges: {v}",
        "500 kr för loggan, 20 % rabatt den här veckan, sms:a mig på {v}",
    ),
    "el": Phrases(
        ("Αν σε βολεύει, βρες με στο {v}", "Ορίστε η επαφή μου: {v}", "Στείλε μου απευθείας: {v} και τα λέμε."),
        ("Στείλε την πληρωμή στο {v}, παρακαλώ.", "Μπορείς να με πληρώσεις απευθείας: {v}", "Ο λογαριασμός μου για τη μεταφορά είναι {v}, ευχαριστώ!"),
        "Το IBAN μου είναι {v} ευχαριστώ πολύ",
        ("Μια σημείωση για το έργο: {v}", "Από το brief: {v}", "Για να ξέρεις: {v}"),
        "Στη φόρμα, το placeholder πρέπει να είναι {v}.",
        "το email μου, διάβασέ το ανάποδα: {v}",
        "50 € για το λογότυπο, 20% έκπτωση αυτή την εβδομάδα, στείλε μου στο {v}",
    ),
    "he": Phrases(
        ("אם נוח לך, אפשר לפנות אליי: {v}", "הנה פרטי הקשר שלי: {v}", "תכתוב לי ישירות: {v} ונסגור."),
        ("בבקשה שלח את התשלום אל {v}.", "אפשר לשלם לי ישירות: {v}", "החשבון שלי להעברה: {v}, תודה!"),
        "ה-IBAN שלי {v} תודה רבה",
        ("הערה קצרה על הפרויקט: {v}", "מתוך הבריף: {v}", "רק לידיעתך: {v}"),
        "בטופס, טקסט הדוגמה צריך להיות {v}.",
        "המייל שלי, לקרוא מהסוף להתחלה: {v}",
        "200 ₪ ללוגו, 20% הנחה השבוע, תכתוב לי: {v}",
    ),
    "sw": Phrases(
        ("Ukipenda, wasiliana nami kupitia {v}", "Haya ndiyo mawasiliano yangu: {v}", "Nitumie ujumbe moja kwa moja: {v} tuongee."),
        ("Tafadhali tuma malipo kwa {v}.", "Unaweza kunilipa moja kwa moja: {v}", "Akaunti yangu ya kuhamishia ni {v}, asante!"),
        "IBAN yangu ni {v} asante sana",
        ("Dokezo fupi kuhusu mradi: {v}", "Kutoka kwenye maelezo: {v}", "Kwa taarifa tu: {v}"),
        "Kwenye fomu, maandishi ya mfano yawe {v}.",
        "barua pepe yangu, isome kinyume: {v}",
        "KSh 5,000 kwa nembo, punguzo la 20% wiki hii, nitumie ujumbe kwa {v}",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class LookAlikes:
    number_words: tuple[str, str, str]
    prices: tuple[str, str, str]
    percents: tuple[str, str]
    dates: tuple[str, str, str]
    rate: str


LOOK_ALIKES: dict[str, LookAlikes] = {
    "en": LookAlikes(
        ("I can do two or three revisions, no problem.", "It will take four or five days, maybe six.", "One logo, two colour versions and three mockups."),
        ("The total comes to $4,950.00 for all three pages.", "That's £1,249.99 including VAT.", "Budget is around $12,800 for the whole app."),
        ("I can give you 15% off the second order.", "We're at 87.5% of the milestone."),
        ("Delivery by 03/12/2026 at 14:30.", "The revised files are due on December 3, 2026 at 9:00 AM.", "The deadline is 2026-12-03 23:59 UTC."),
        "I charge at the rate of $5 per hour, billed weekly.",
    ),
    "es": LookAlikes(
        ("Puedo hacer dos o tres revisiones sin problema.", "Me llevará tres o cuatro días, quizá cinco.", "Un logo, dos versiones de color y tres maquetas."),
        ("El total es de 1.299,00 € por las tres páginas.", "Son 4.950 MXN con IVA incluido.", "El presupuesto ronda los 12.800 $ para toda la app."),
        ("Te hago un 15 % de descuento en el segundo pedido.", "Vamos por el 87,5 % del hito."),
        ("Entrega el 03/12/2026 a las 14:30.", "La revisión queda para el 3 de diciembre de 2026 a las 9:00.", "El plazo vence el 2026-12-03 a las 23:59."),
        "Cobro a razón de 5 $ por hora, facturado cada semana.",
    ),
    "pt": LookAlikes(
        ("Consigo fazer duas ou três revisões, sem problema.", "Vai levar uns quatro ou cinco dias, talvez seis.", "Um logo, duas versões de cor e três mockups."),
        ("O total fica R$ 1.250,00 pelas três páginas.", "São R$ 4.950,00 já com impostos.", "O orçamento é de uns R$ 12.800 pro app todo."),
        ("Dou 15% de desconto no segundo pedido.", "Estamos em 87,5% da etapa."),
        ("Entrega dia 03/12/2026 às 14h30.", "A revisão fica para 3 de dezembro de 2026 às 9h.", "O prazo vence em 2026-12-03 às 23:59."),
        "Cobro na base de R$ 25 por hora, faturado semanalmente.",
    ),
    "fr": LookAlikes(
        ("Je peux faire deux ou trois révisions sans souci.", "Il me faudra quatre ou cinq jours, peut-être six.", "Un logo, deux versions couleur et trois maquettes."),
        ("Le total est de 1 299,00 € pour les trois pages.", "Ça fait 4 950 € TTC.", "Le budget tourne autour de 12 800 € pour l'appli."),
        ("Je te fais 15 % de remise sur la deuxième commande.", "On est à 87,5 % du jalon."),
        ("Livraison le 03/12/2026 à 14h30.", "Rendu prévu le 3 décembre 2026 à 9 h.", "L'échéance est le 2026-12-03 à 23:59."),
        "Je facture au taux de 5 € de l'heure, chaque semaine.",
    ),
    "de": LookAlikes(
        ("Ich kann zwei oder drei Korrekturschleifen machen.", "Das dauert vier oder fünf Tage, vielleicht sechs.", "Ein Logo, zwei Farbvarianten und drei Mockups."),
        ("Der Gesamtbetrag liegt bei 1.299,00 € für alle drei Seiten.", "Das sind 4.950 € inkl. MwSt.", "Das Budget liegt bei etwa 12.800 € für die ganze App."),
        ("Ich gebe dir 15 % Rabatt auf die zweite Bestellung.", "Wir sind bei 87,5 % des Meilensteins."),
        ("Lieferung am 03.12.2026 um 14:30 Uhr.", "Abgabe am 3. Dezember 2026 um 9 Uhr.", "Die Frist endet am 2026-12-03 um 23:59."),
        "Ich rechne zu einem Satz von 45 € pro Stunde ab, wöchentlich.",
    ),
    "it": LookAlikes(
        ("Posso fare due o tre revisioni senza problemi.", "Ci vorranno quattro o cinque giorni, forse sei.", "Un logo, due versioni a colori e tre mockup."),
        ("Il totale è di 1.299,00 € per le tre pagine.", "Sono 4.950 € IVA inclusa.", "Il budget è di circa 12.800 € per tutta l'app."),
        ("Ti faccio il 15% di sconto sul secondo ordine.", "Siamo all'87,5% della milestone."),
        ("Consegna il 03/12/2026 alle 14:30.", "Revisione il 3 dicembre 2026 alle 9:00.", "La scadenza è il 2026-12-03 alle 23:59."),
        "Lavoro a una tariffa di 30 € l'ora, fatturata ogni settimana.",
    ),
    "nl": LookAlikes(
        ("Ik kan twee of drie revisies doen, geen probleem.", "Het duurt vier of vijf dagen, misschien zes.", "Eén logo, twee kleurversies en drie mockups."),
        ("Het totaal komt op € 1.299,00 voor de drie pagina's.", "Dat is € 4.950 inclusief btw.", "Het budget is ongeveer € 12.800 voor de hele app."),
        ("Ik geef je 15% korting op de tweede bestelling.", "We zitten op 87,5% van de mijlpaal."),
        ("Levering op 03-12-2026 om 14:30.", "Oplevering op 3 december 2026 om 9.00 uur.", "De deadline is 2026-12-03 om 23:59."),
        "Ik reken een tarief van € 40 per uur, wekelijks gefactureerd.",
    ),
    "pl": LookAlikes(
        ("Mogę zrobić dwie albo trzy poprawki, nie ma problemu.", "Zajmie mi to cztery, pięć dni, może sześć.", "Jedno logo, dwie wersje kolorystyczne i trzy makiety."),
        ("Łącznie wychodzi 3 450,00 zł za trzy strony.", "To 4 950 zł brutto.", "Budżet to około 12 800 zł na całą aplikację."),
        ("Dam ci 15% zniżki na drugie zamówienie.", "Jesteśmy na 87,5% etapu."),
        ("Dostawa 03.12.2026 o 14:30.", "Oddanie projektu 3 grudnia 2026 o 9:00.", "Termin mija 2026-12-03 o 23:59."),
        "Liczę według stawki 80 zł za godzinę, rozliczane co tydzień.",
    ),
    "ru": LookAlikes(
        ("Могу сделать две или три правки, без проблем.", "Это займёт четыре-пять дней, может шесть.", "Один логотип, два цветовых варианта и три макета."),
        ("Итого 12 500 ₽ за три страницы.", "Это 4 950,00 ₽ с НДС.", "Бюджет около 128 000 ₽ на всё приложение."),
        ("Сделаю скидку 15% на второй заказ.", "Мы на 87,5% этапа."),
        ("Сдача 03.12.2026 в 14:30.", "Правки к 3 декабря 2026 г., 9:00.", "Дедлайн 2026-12-03 23:59 по Москве."),
        "Работаю по ставке 1500 ₽ в час, расчёт раз в неделю.",
    ),
    "uk": LookAlikes(
        ("Можу зробити дві або три правки, без проблем.", "Це займе чотири-п'ять днів, може шість.", "Один логотип, два кольорові варіанти і три макети."),
        ("Разом 12 500 грн за три сторінки.", "Це 4 950,00 грн з ПДВ.", "Бюджет близько 128 000 грн на весь застосунок."),
        ("Зроблю знижку 15% на друге замовлення.", "Ми на 87,5% етапу."),
        ("Здача 03.12.2026 о 14:30.", "Правки до 3 грудня 2026 р., 9:00.", "Дедлайн 2026-12-03 23:59 за Києвом."),
        "Працюю за ставкою 600 грн на годину, розрахунок щотижня.",
    ),
    "tr": LookAlikes(
        ("İki üç revizyon yapabilirim, sorun değil.", "Dört beş gün sürer, belki altı.", "Bir logo, iki renk versiyonu ve üç mockup."),
        ("Üç sayfa için toplam ₺4.750,00.", "KDV dahil 12.800 TL ediyor.", "Bütün uygulama için bütçe yaklaşık 128.000 TL."),
        ("İkinci siparişte %15 indirim yaparım.", "Aşamanın %87,5'indeyiz."),
        ("Teslim 03.12.2026 saat 14:30.", "Revizyonlar 3 Aralık 2026 saat 09:00'a kadar.", "Son tarih 2026-12-03 23:59."),
        "Saatlik 500 TL ücretle çalışıyorum, haftalık faturalanır.",
    ),
    "ar": LookAlikes(
        ("أستطيع عمل مراجعتين أو ثلاث بدون مشكلة.", "سيستغرق الأمر أربعة أو خمسة أيام، ربما ستة.", "شعار واحد ونسختان بالألوان وثلاثة نماذج."),
        ("المجموع ١٬٢٥٠ درهماً للصفحات الثلاث.", "السعر AED 1,250 شامل الضريبة.", "الميزانية حوالي ١٢٬٨٠٠ ريال للتطبيق كله."),
        ("أقدّم لك خصم ١٥٪ على الطلب الثاني.", "وصلنا إلى 87.5% من المرحلة."),
        ("التسليم يوم ٣ ديسمبر ٢٠٢٦ الساعة ١٤:٣٠.", "المراجعة يوم 03/12/2026 الساعة 9:00.", "آخر موعد ٢٠٢٦-١٢-٠٣ الساعة ٢٣:٥٩."),
        "أعمل بسعر ٢٠ دولاراً للساعة، تُحسب أسبوعياً.",
    ),
    "fa": LookAlikes(
        ("می‌توانم دو یا سه بار اصلاح انجام بدهم.", "چهار پنج روز طول می‌کشد، شاید شش.", "یک لوگو، دو نسخه رنگی و سه ماکت."),
        ("جمع کل ۱۲٬۵۰۰٬۰۰۰ تومان برای سه صفحه.", "قیمت ۴٬۹۵۰ دلار با مالیات است.", "بودجه حدود ۱۲۸ میلیون تومان است."),
        ("روی سفارش دوم ۱۵٪ تخفیف می‌دهم.", "به ۸۷٫۵٪ مرحله رسیده‌ایم."),
        ("تحویل ۱۲ آذر ۱۴۰۵ ساعت ۱۴:۳۰.", "بازبینی تا 03/12/2026 ساعت 9:00.", "مهلت ۱۴۰۵/۰۹/۱۲ ساعت ۲۳:۵۹."),
        "با نرخ ساعتی ۲۰ دلار کار می‌کنم، هفتگی حساب می‌شود.",
    ),
    "hi": LookAlikes(
        ("मैं दो या तीन रिविज़न कर सकता हूँ।", "इसमें चार-पाँच दिन लगेंगे, शायद छह।", "एक लोगो, दो कलर वर्ज़न और तीन मॉकअप।"),
        ("तीनों पेज का कुल ₹9,876.50 है।", "GST के साथ ₹4,950 बनते हैं।", "पूरे ऐप का बजट लगभग ₹1,28,000 है।"),
        ("दूसरे ऑर्डर पर 15% छूट दूँगा।", "हम माइलस्टोन के 87.5% पर हैं।"),
        ("डिलीवरी ३ दिसंबर २०२६ को दोपहर २:३० बजे।", "रिविज़न 03/12/2026 सुबह 9:00 बजे तक।", "डेडलाइन 2026-12-03 रात 11:59 है।"),
        "मैं ₹500 प्रति घंटे की दर से काम करता हूँ।",
    ),
    "bn": LookAlikes(
        ("আমি দুই-তিনটা রিভিশন করে দিতে পারব।", "চার-পাঁচ দিন লাগবে, হয়তো ছয়।", "একটা লোগো, দুইটা কালার ভার্সন আর তিনটা মকআপ।"),
        ("তিন পেজের মোট ৳ ১২,৫০০।", "ভ্যাটসহ ৳4,950 হয়।", "পুরো অ্যাপের বাজেট প্রায় ১,২৮,০০০ টাকা।"),
        ("দ্বিতীয় অর্ডারে ১৫% ছাড় দেব।", "আমরা মাইলস্টোনের 87.5% এ আছি।"),
        ("ডেলিভারি ৩ ডিসেম্বর ২০২৬, দুপুর ২:৩০।", "রিভিশন 03/12/2026 সকাল 9:00 এর মধ্যে।", "শেষ সময় ২০২৬-১২-০৩ রাত ১১:৫৯।"),
        "আমি ঘণ্টায় ৫০০ টাকা হারে কাজ করি।",
    ),
    "ur": LookAlikes(
        ("میں دو یا تین نظرثانیاں کر سکتا ہوں۔", "چار پانچ دن لگیں گے، شاید چھ۔", "ایک لوگو، دو رنگوں کے ورژن اور تین ماک اپ۔"),
        ("تینوں صفحات کا کل Rs 12,500 ہے۔", "ٹیکس سمیت ۴۹۵۰ روپے بنتے ہیں۔", "پوری ایپ کا بجٹ تقریباً 1,28,000 روپے ہے۔"),
        ("دوسرے آرڈر پر 15% رعایت دوں گا۔", "ہم مرحلے کے 87.5% پر ہیں۔"),
        ("ڈیلیوری ۳ دسمبر ۲۰۲۶ دوپہر ۲:۳۰ بجے۔", "نظرثانی 03/12/2026 صبح 9:00 بجے تک۔", "آخری تاریخ 2026-12-03 رات 11:59۔"),
        "میں 1,500 روپے فی گھنٹہ کے حساب سے کام کرتا ہوں۔",
    ),
    "zh": LookAlikes(
        ("我可以改两三稿，没问题。", "大概需要三四天，最多五天。", "一个标志，两个配色方案，三个样机。"),
        ("三个页面一共 ¥12,800。", "含税总价 4,950 元。", "整个应用预算大约十二万八千元。"),
        ("第二单给你打 85 折（优惠 15%）。", "里程碑已完成 87.5%。"),
        ("二〇二六年十二月三日下午两点半交付。", "修改稿在 2026年12月3日 9:00 前发你。", "截止时间 2026-12-03 23:59。"),
        "我按每小时 200 元的费率计费，每周结算。",
    ),
    "ja": LookAlikes(
        ("修正は二、三回まで対応できます。", "三、四日かかります、長くても五日です。", "ロゴ一つ、カラー違い二つ、モックアップ三つです。"),
        ("三ページで合計¥12,800です。", "税込み4,950円になります。", "アプリ全体の予算は約十二万八千円です。"),
        ("二回目のご注文は15%オフにします。", "マイルストーンの87.5%まで進みました。"),
        ("二〇二六年十二月三日の午後二時半に納品します。", "修正版は2026年12月3日 9:00までに送ります。", "締め切りは令和八年十二月三日です。"),
        "時給2,000円の料金で作業しています、週ごとに精算です。",
    ),
    "ko": LookAlikes(
        ("수정은 두세 번 가능해요.", "사나흘 정도 걸려요, 길면 닷새요.", "로고 하나, 컬러 버전 두 개, 목업 세 개예요."),
        ("세 페이지 합계 ₩1,250,000입니다.", "부가세 포함 495만 원이에요.", "앱 전체 예산은 약 1,280만 원입니다."),
        ("두 번째 주문은 15% 할인해 드려요.", "마일스톤의 87.5%까지 진행했어요."),
        ("2026년 12월 3일 오후 2시 30분에 납품합니다.", "수정본은 12/03 09:00까지 보내드려요.", "마감은 이천이십육 년 십이월 삼일이에요."),
        "시간당 3만 원의 요율로 작업하고 주마다 정산해요.",
    ),
    "vi": LookAlikes(
        ("Mình có thể sửa hai ba lần, không sao.", "Mất khoảng bốn năm ngày, có thể sáu.", "Một logo, hai phiên bản màu và ba mockup."),
        ("Tổng cộng 2.500.000₫ cho ba trang.", "Là 4.950.000 đồng đã gồm VAT.", "Ngân sách khoảng 128 triệu đồng cho cả ứng dụng."),
        ("Mình giảm 15% cho đơn thứ hai.", "Đã xong 87,5% cột mốc."),
        ("Giao hàng ngày 03/12/2026 lúc 14:30.", "Bản sửa gửi trước 9:00 ngày 3 tháng 12 năm 2026.", "Hạn chót 2026-12-03 23:59."),
        "Mình làm với mức giá 200.000đ mỗi giờ, tính theo tuần.",
    ),
    "id": LookAlikes(
        ("Saya bisa revisi dua atau tiga kali, tidak masalah.", "Butuh empat atau lima hari, mungkin enam.", "Satu logo, dua versi warna, dan tiga mockup."),
        ("Totalnya Rp 1.500.000 untuk tiga halaman.", "Jadi Rp 4.950.000 sudah termasuk PPN.", "Budget sekitar Rp 128 juta untuk seluruh aplikasi."),
        ("Saya kasih diskon 15% untuk pesanan kedua.", "Sudah 87,5% dari milestone."),
        ("Dikirim tanggal 03/12/2026 jam 14.30.", "Revisi paling lambat 3 Desember 2026 pukul 09.00.", "Tenggatnya 2026-12-03 23:59 WIB."),
        "Saya pakai tarif Rp 150.000 per jam, ditagih mingguan.",
    ),
    "tl": LookAlikes(
        ("Kaya kong gumawa ng dalawa o tatlong revision.", "Aabutin ng apat o limang araw, baka anim.", "Isang logo, dalawang color version at tatlong mockup."),
        ("Ang total ay ₱12,500 para sa tatlong page.", "₱4,950.00 na kasama ang VAT.", "Mga ₱128,000 ang budget para sa buong app."),
        ("Bibigyan kita ng 15% discount sa pangalawang order.", "Nasa 87.5% na tayo ng milestone."),
        ("Delivery sa 12/03/2026 nang 2:30 PM.", "Revision bago mag-Disyembre 3, 2026, 9:00 AM.", "Deadline: 2026-12-03 11:59 PM."),
        "Naniningil ako sa rate na ₱500 kada oras, lingguhan ang bayad.",
    ),
    "th": LookAlikes(
        ("แก้ได้สองสามรอบ ไม่มีปัญหา", "ใช้เวลาสี่ห้าวัน อาจถึงหกวัน", "โลโก้หนึ่งแบบ สีสองเวอร์ชัน และม็อคอัพสามแบบ"),
        ("รวมทั้งหมด ฿12,800 สำหรับสามหน้า", "ราคา 4,950 บาทรวม VAT แล้ว", "งบทั้งแอปประมาณ ๑๒๘,๐๐๐ บาท"),
        ("ออเดอร์ที่สองลดให้ 15%", "ตอนนี้ถึง 87.5% ของงวดแล้ว"),
        ("ส่งงาน ๓ ธันวาคม ๒๕๖๙ เวลา ๑๔:๓๐ น.", "ส่งงานแก้ภายใน 03/12/2026 09:00 น.", "กำหนดส่ง 2026-12-03 23:59"),
        "คิดในอัตรา 500 บาทต่อชั่วโมง เก็บเงินรายสัปดาห์",
    ),
    "ro": LookAlikes(
        ("Pot face două sau trei revizii, nicio problemă.", "Durează patru sau cinci zile, poate șase.", "Un logo, două variante de culoare și trei machete."),
        ("Totalul este 1.299,00 lei pentru cele trei pagini.", "Sunt 4.950 lei cu TVA.", "Bugetul e în jur de 12.800 € pentru toată aplicația."),
        ("Îți dau 15% reducere la a doua comandă.", "Suntem la 87,5% din etapă."),
        ("Livrare pe 03.12.2026 la ora 14:30.", "Reviziile până pe 3 decembrie 2026, ora 9:00.", "Termenul este 2026-12-03 23:59."),
        "Lucrez la un tarif de 100 lei pe oră, facturat săptămânal.",
    ),
    "cs": LookAlikes(
        ("Můžu udělat dvě nebo tři revize, žádný problém.", "Zabere to čtyři nebo pět dní, možná šest.", "Jedno logo, dvě barevné verze a tři mockupy."),
        ("Celkem to dělá 12 500 Kč za tři stránky.", "Je to 4 950,00 Kč s DPH.", "Rozpočet je kolem 128 000 Kč na celou aplikaci."),
        ("Na druhou objednávku dám slevu 15 %.", "Jsme na 87,5 % milníku."),
        ("Dodání 3. 12. 2026 ve 14:30.", "Revize do 3. prosince 2026 do 9:00.", "Termín je 2026-12-03 23:59."),
        "Pracuji za sazbu 600 Kč za hodinu, účtováno týdně.",
    ),
    "sv": LookAlikes(
        ("Jag kan göra två eller tre revideringar, inga problem.", "Det tar fyra eller fem dagar, kanske sex.", "En logga, två färgversioner och tre mockups."),
        ("Totalt blir det 12 500 kr för tre sidor.", "Det blir 4 950,00 kr inklusive moms.", "Budgeten är runt 128 000 kr för hela appen."),
        ("Du får 15 % rabatt på andra beställningen.", "Vi är på 87,5 % av delmålet."),
        ("Leverans 2026-12-03 kl. 14.30.", "Revideringar senast den 3 december 2026 kl. 09.00.", "Deadline 03/12/2026 23:59."),
        "Jag tar betalt enligt en taxa på 600 kr i timmen, fakturerat veckovis.",
    ),
    "el": LookAlikes(
        ("Μπορώ να κάνω δύο ή τρεις διορθώσεις.", "Θα πάρει τέσσερις με πέντε μέρες, ίσως έξι.", "Ένα λογότυπο, δύο χρωματικές εκδοχές και τρία mockup."),
        ("Το σύνολο είναι 1.299,00 € για τις τρεις σελίδες.", "Κάνει 4.950 € με ΦΠΑ.", "Ο προϋπολογισμός είναι περίπου 12.800 € για όλη την εφαρμογή."),
        ("Σου κάνω 15% έκπτωση στη δεύτερη παραγγελία.", "Είμαστε στο 87,5% του ορόσημου."),
        ("Παράδοση στις 03/12/2026 και ώρα 14:30.", "Διορθώσεις έως 3 Δεκεμβρίου 2026, 9:00 π.μ.", "Η προθεσμία είναι 2026-12-03 23:59."),
        "Χρεώνω με τιμή 25 € την ώρα, κάθε εβδομάδα.",
    ),
    "he": LookAlikes(
        ("אני יכול לעשות שניים או שלושה סבבי תיקונים.", "זה ייקח ארבעה או חמישה ימים, אולי שישה.", "לוגו אחד, שתי גרסאות צבע ושלוש הדמיות."),
        ("הסך הכול 12,500 ₪ לשלושה עמודים.", "זה ₪4,950 כולל מע״מ.", "התקציב בערך 128,000 ₪ לכל האפליקציה."),
        ("אתן לך 15% הנחה על ההזמנה השנייה.", "אנחנו ב-87.5% מאבן הדרך."),
        ("מסירה ב-03.12.2026 בשעה 14:30.", "תיקונים עד 3 בדצמבר 2026, 9:00.", "הדדליין הוא 2026-12-03 23:59."),
        "אני עובד בתעריף של 150 ₪ לשעה, בחיוב שבועי.",
    ),
    "sw": LookAlikes(
        ("Naweza kufanya marekebisho mawili au matatu.", "Itachukua siku nne au tano, labda sita.", "Nembo moja, matoleo mawili ya rangi na michoro mitatu."),
        ("Jumla ni KSh 12,500 kwa kurasa tatu.", "Ni KSh 4,950.00 pamoja na VAT.", "Bajeti ni karibu KSh 128,000 kwa programu nzima."),
        ("Nitakupa punguzo la 15% kwa oda ya pili.", "Tumefika 87.5% ya hatua hii."),
        ("Kukabidhi tarehe 03/12/2026 saa 14:30.", "Marekebisho kabla ya 3 Desemba 2026 saa 3 asubuhi.", "Mwisho ni 2026-12-03 23:59."),
        "Natoza kwa kiwango cha $10 kwa saa, malipo kila wiki.",
    ),
}  # fmt: skip

# Look-alikes written the same in every language, each shown inside a language's own sentence.
NEUTRAL_LOOK_ALIKES: dict[str, tuple[str, ...]] = {
    "neg.order-number": ("order #FO81234567A1", "UPS 1Z999AA10123456784", "ticket #483920", "invoice INV-2026-00417", "FedEx 7489 2631 0045", "DHL JJD014600003828339"),
    "neg.isbn": ("ISBN 978-3-16-148410-0", "ISBN 978-0-306-40615-7", "ISBN-13: 9781492056355", "ISBN 0-306-40615-2", "ISBN 978-1-4028-9462-6"),
    "neg.test-card": ("4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005", "test card 4242424242424242, exp 12/34, CVC 123"),
    "neg.version": ("v2.14.3", "Python 3.12.1", "Node.js 20.11.0", "iOS 17.4.1", "WordPress 6.5.2", "Android 14 (API 34)"),
    "neg.coordinates": ("48.8584, 2.2945", "40.7128° N, 74.0060° W", "-23.5505, -46.6333", "35.6762,139.6503", "lat 51.5072 lon -0.1276"),
    "neg.ip-like-version": ("build 10.0.19045.3803", "version 1.2.3.4", "firmware 4.18.2.1", "Chrome 124.0.6367.91", "assembly 2.0.0.0"),
    "neg.pasted-code": (
        "padding: 12px 24px;",
        "color: #1a2b3c; margin: 0 auto;",
        '{"id": 4815162342, "qty": 3}',
        "2026-03-14T09:26:53Z INFO worker started pid=48213",
        "[12:04:33] GET /api/v2/items?page=2 200 134ms",
        "font: 600 14px/1.5 Inter, sans-serif;",
    ),
    "neg.placeholder": ("+1 555 0100", "user@example.com", "+44 20 7946 0958", "you@example.net", "+1 (555) 010-0147", "name@example.org"),
    "neg.product-name": ("Outlook 2019", "a Gmail add-on", "the Gmail-to-Notion sync", "Skype for Business 2016", "Instagram Reels template", "iCloud Drive folder", "Yahoo Finance widget"),
    "neg.file-name": ("report.pdf", "main.py", "logo_v3.ai", "brand-guide_final.docx", "hero@2x.png", "invoice_0423.xlsx", "styles.min.css"),
    "neg.platform-domain": ("fiverr.com/inbox", "https://www.fiverr.com/support", "fiverr.com/orders/FO81234567A1", "help.fiverr.com/hc/en-us", "www.fiverr.com/categories/graphics-design"),
    "neg.docs-link": (
        "api.stripe.com/v1/charges",
        "https://docs.python.org/3/library/re.html",
        "developer.mozilla.org/en-US/docs/Web/CSS/flex",
        "react.dev/reference/react/useState",
        "https://tailwindcss.com/docs/padding",
        "learn.microsoft.com/en-us/dotnet/api",
    ),
    "neg.image-size": ("Facebook (1200x628)", "Instagram 1080×1350", "YouTube thumbnail 1280x720", "LinkedIn banner 1584 x 396", "TikTok 1080x1920", "Pinterest 1000×1500"),
    "neg.emoji-digits": ("5⭐ 10/10 🔥", "⭐⭐⭐⭐⭐ 5/5 💯", "2️⃣ revisions ✅ 3️⃣ days ⏱️", "🔥🔥 100% 👍", "1️⃣2️⃣3️⃣ steps 🚀"),
    "neg.css-at-rule": ("@media (max-width: 600px)", "@media screen and (min-width: 1024px)", "@font-face { font-display: swap; }", "@import url('fonts.css');", "@keyframes fade-in"),
    "neg.git-sha": ("commit 3f2c9a1", "9fceb02d0ae598e95dc970b74767f19372d61af8", "merged in a1b2c3d4", "tag v1.4.0 (e83c516)", "git revert 7d1e4b2"),
    "neg.hex-colour": ("#1a2b3c", "#FF5733", "#00ff7f and #0b0b45", "rgb(26, 43, 60) / #1A2B3C", "#fafafa"),
    "neg.hours": ("24/7", "24/7 support", "9-5 Mon–Fri", "24h turnaround", "1-2 business days"),
    "neg.quantities": ("1200 x 628 px, 300 dpi, 3 variants", "5 logos × 3 colours × 2 formats", "2,500 words in 12 sections", "4 pages, 16 illustrations, 300 dpi", "1920×1080, 60 fps, 30 s"),
}  # fmt: skip

# "at the rate" is an at-word in Indian English; here it is only a rate.
EXTRA_RATES = (
    ("en", "Pricing: 3 banners @ $15 each, 2 revisions included."),
    ("en", "Billed at the rate of ₹800 per page, 10 pages in total."),
    ("en", "Translation at the rate of $0.08 per word."),
    ("hi", "rate ₹500 @ per hour rahega, theek hai?"),
    ("hi", "डिज़ाइन at the rate of ₹300 प्रति बैनर होगा।"),
)


# ---------------------------------------------------------------------------------------------
# The known values: people, phone numbers, e-mails, sites. Phone numbers are valid mobile
# numbers by libphonenumber's metadata, outside the ranges reserved for fiction.

PEOPLE = {
    "en": "anna", "es": "lucia", "pt": "bia", "fr": "chloe", "de": "lena", "it": "giulia",
    "nl": "sanne", "pl": "tomasz", "ru": "ivan", "uk": "oksana", "tr": "emre", "ar": "omar",
    "fa": "sara", "hi": "rahul", "bn": "rifat", "ur": "bilal", "zh": "weiming", "ja": "kenji",
    "ko": "minjun", "vi": "linh", "id": "budi", "tl": "maria", "th": "niran", "ro": "andrei",
    "cs": "jakub", "sv": "erik", "el": "nikos", "he": "noa", "sw": "amani",
}  # fmt: skip
TAGS = ("design", "studio", "dev", "art", "works")

PHONES: dict[str, tuple[str, str]] = {
    "GB": ("+447911284653", "+447723981540"), "US": ("+12126647665", "+13105287741"),
    "NG": ("+2348034718265", "+2348127739041"), "ES": ("+34612873459", "+34699152736"),
    "MX": ("+525548731926", "+528119374205"), "BR": ("+5511987362514", "+5521998417306"),
    "FR": ("+33612874359", "+33798145263"), "DE": ("+4915112873645", "+491709238471"),
    "IT": ("+393128746591", "+393471952836"), "NL": ("+31612873945", "+31687241536"),
    "PL": ("+48512873645", "+48601937428"), "RU": ("+79161873452", "+79267419358"),
    "UA": ("+380501873642", "+380671947253"), "TR": ("+905321873465", "+905559147283"),
    "EG": ("+201012873645", "+201123947158"), "AE": ("+971501873642", "+971559147283"),
    "SA": ("+966501873642", "+966551947283"), "IR": ("+989121873645", "+989351947286"),
    "IN": ("+919873645210", "+918123947561"), "BD": ("+8801712873645", "+8801919473826"),
    "PK": ("+923001873645", "+923331947286"), "CN": ("+8613812873645", "+8615919473826"),
    "JP": ("+819012873645", "+818034917263"), "KR": ("+821028736459", "+821094172638"),
    "VN": ("+84912873645", "+84987419263"), "ID": ("+6281218736459", "+6285719473826"),
    "PH": ("+639171873645", "+639281947263"), "TH": ("+66812873645", "+66891947263"),
    "RO": ("+40721873645", "+40744194726"), "CZ": ("+420601873645", "+420731947268"),
    "SE": ("+46701873645", "+46739194726"), "GR": ("+306912873645", "+306945194726"),
    "IL": ("+972502873645", "+972547194726"), "KE": ("+254712873645", "+254722194736"),
}  # fmt: skip

LANG_COUNTRIES: dict[str, tuple[str, ...]] = {
    "en": ("GB", "US", "NG"), "es": ("ES", "MX"), "pt": ("BR",), "fr": ("FR",), "de": ("DE",),
    "it": ("IT",), "nl": ("NL",), "pl": ("PL",), "ru": ("RU",), "uk": ("UA",), "tr": ("TR",),
    "ar": ("EG", "AE", "SA"), "fa": ("IR",), "hi": ("IN",), "bn": ("BD",), "ur": ("PK",),
    "zh": ("CN",), "ja": ("JP",), "ko": ("KR",), "vi": ("VN",), "id": ("ID",), "tl": ("PH",),
    "th": ("TH",), "ro": ("RO",), "cs": ("CZ",), "sv": ("SE",), "el": ("GR",), "he": ("IL",),
    "sw": ("KE",),
}  # fmt: skip


def phone_of(lang: str, i: int) -> str:
    countries = LANG_COUNTRIES[lang]
    return PHONES[countries[i % len(countries)]][(i // len(countries)) % 2]


def intl(e164: str) -> str:
    number = phonenumbers.parse(e164)
    formatted: str = phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return formatted


def national(e164: str) -> str:
    number = phonenumbers.parse(e164)
    formatted: str = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return formatted


def groups(e164: str) -> list[str]:
    """The digit groups of the international format, country code first."""
    return re.findall(r"\d+", intl(e164))


EMAILS: dict[str, tuple[str, str]] = {
    "en": ("anna.k88@gmail.com", "mark.designs@outlook.com"),
    "es": ("lucia.mtz@gmail.com", "javi.diseno@hotmail.es"),
    "pt": ("bia.designs@gmail.com", "rafa.souza@uol.com.br"),
    "fr": ("chloe.martin@orange.fr", "hugo.studio@gmail.com"),
    "de": ("lena.schmidt@web.de", "jonas.design@gmx.de"),
    "it": ("giulia.rossi@libero.it", "marco.grafica@gmail.com"),
    "nl": ("sanne.devries@ziggo.nl", "bram.design@gmail.com"),
    "pl": ("tomasz.nowak@wp.pl", "kasia.grafika@o2.pl"),
    "ru": ("ivan.petrov@mail.ru", "olga.design@yandex.ru"),
    "uk": ("oksana.koval@ukr.net", "taras.dev@gmail.com"),
    "tr": ("emre.yilmaz@gmail.com", "zeynep.tasarim@hotmail.com"),
    "ar": ("omar.hassan@gmail.com", "layla.design@yahoo.com"),
    "fa": ("sara.ahmadi@gmail.com", "reza.design@yahoo.com"),
    "hi": ("rahul.sharma@gmail.com", "priya.verma@rediffmail.com"),
    "bn": ("rifat.hossain@gmail.com", "nusrat.design@yahoo.com"),
    "ur": ("bilal.khan@gmail.com", "ayesha.design@hotmail.com"),
    "zh": ("weiming2024@qq.com", "lixiaoyu@163.com"),
    "ja": ("kenji.tanaka@yahoo.co.jp", "yui.design@gmail.com"),
    "ko": ("minjun.kim@naver.com", "jiyeon.design@daum.net"),
    "vi": ("linh.tran@gmail.com", "minh.design@yahoo.com"),
    "id": ("budi.santoso@gmail.com", "sari.desain@yahoo.co.id"),
    "tl": ("maria.santos@gmail.com", "paolo.design@yahoo.com"),
    "th": ("niran.s@hotmail.com", "ploy.design@gmail.com"),
    "ro": ("andrei.popescu@yahoo.ro", "ioana.design@gmail.com"),
    "cs": ("jakub.novak@seznam.cz", "tereza.design@gmail.com"),
    "sv": ("erik.lindqvist@gmail.com", "elsa.design@hotmail.se"),
    "el": ("nikos.papadopoulos@gmail.com", "eleni.design@yahoo.gr"),
    "he": ("noa.levi@gmail.com", "yonatan.design@walla.co.il"),
    "sw": ("amani.otieno@gmail.com", "wanjiru.design@yahoo.com"),
}

MULTI_LABEL_EMAILS = (
    ("en", "anna.k88@yahoo.co.uk"), ("en", "mark.designs@bigpond.com.au"),
    ("pt", "rafa.souza@uol.com.br"), ("pt", "bia.designs@bol.com.br"),
    ("es", "javi.diseno@yahoo.com.mx"), ("es", "lucia.mtz@hotmail.com.ar"),
    ("tr", "emre.yilmaz@hotmail.com.tr"), ("ja", "kenji.tanaka@yahoo.co.jp"),
    ("id", "sari.desain@yahoo.co.id"), ("tl", "paolo.design@yahoo.com.ph"),
    ("he", "yonatan.design@walla.co.il"), ("hi", "priya.verma@yahoo.co.in"),
    ("vi", "minh.design@yahoo.com.vn"), ("th", "ploy.design@hotmail.co.th"),
)  # fmt: skip

# (lang, sentence with {l} for the local part, the provider as written, the domain it means)
PROVIDER_TEMPLATES = (
    ("en", "my email is {l} on gmail", "gmail", "gmail.com"),
    ("en", "it's {l} on outlook", "outlook", "outlook.com"),
    ("en", "write to {l} at hotmail", "hotmail", "hotmail.com"),
    ("en", "my iCloud is {l}", "iCloud", "icloud.com"),
    ("en", "{l} on yahoo, the usual", "yahoo", "yahoo.com"),
    ("es", "mi correo es {l} en gmail", "gmail", "gmail.com"),
    ("es", "escríbeme al hotmail: {l}", "hotmail", "hotmail.com"),
    ("pt", "meu e-mail é {l} no gmail", "gmail", "gmail.com"),
    ("pt", "manda no outlook: {l}", "outlook", "outlook.com"),
    ("fr", "mon mail c'est {l} sur gmail", "gmail", "gmail.com"),
    ("de", "meine Mail: {l} bei Gmail", "Gmail", "gmail.com"),
    ("it", "la mia mail è {l} su gmail", "gmail", "gmail.com"),
    ("nl", "mijn mail is {l} op gmail", "gmail", "gmail.com"),
    ("pl", "mój mail: {l} na gmailu", "gmail", "gmail.com"),
    ("ru", "моя почта {l} на gmail", "gmail", "gmail.com"),
    ("uk", "моя пошта {l} на gmail", "gmail", "gmail.com"),
    ("tr", "mailim gmail'de: {l}", "gmail", "gmail.com"),
    ("ar", "إيميلي {l} على جيميل", "جيميل", "gmail.com"),
    ("fa", "ایمیلم {l} روی جیمیل است", "جیمیل", "gmail.com"),
    ("hi", "मेरा जीमेल {l} है", "जीमेल", "gmail.com"),
    ("hi", "mera gmail {l} hai", "gmail", "gmail.com"),
    ("bn", "আমার জিমেইল {l}", "জিমেইল", "gmail.com"),
    ("ur", "میرا جی میل {l} ہے", "جی میل", "gmail.com"),
    ("zh", "我的 Gmail 是 {l}", "Gmail", "gmail.com"),
    ("zh", "QQ邮箱 {l}", "QQ邮箱", "qq.com"),
    ("ja", "Gmailは {l} です", "Gmail", "gmail.com"),
    ("ko", "네이버 메일 {l}", "네이버", "naver.com"),
    ("ko", "지메일 {l} 으로 보내 주세요", "지메일", "gmail.com"),
    ("vi", "gmail của mình là {l}", "gmail", "gmail.com"),
    ("id", "gmail saya {l}", "gmail", "gmail.com"),
    ("tl", "gmail ko ay {l}", "gmail", "gmail.com"),
    ("th", "จีเมลของฉันคือ {l}", "จีเมล", "gmail.com"),
    ("ro", "mailul meu e {l} pe gmail", "gmail", "gmail.com"),
    ("cs", "můj mail je {l} na gmailu", "gmail", "gmail.com"),
    ("sv", "min mejl är {l} på gmail", "gmail", "gmail.com"),
    ("el", "το gmail μου είναι {l}", "gmail", "gmail.com"),
    ("he", "הג'ימייל שלי הוא {l}", "ג'ימייל", "gmail.com"),
    ("sw", "gmail yangu ni {l}", "gmail", "gmail.com"),
)
QQ_NUMBERS = ("48271936", "1052876431", "2873645019")

SITES: dict[str, tuple[str, str]] = {
    "en": ("annadesign.com", "contact"), "es": ("luciadiseno.es", "contacto"),
    "pt": ("biadesigns.com.br", "portfolio"), "fr": ("chloe-studio.fr", "contact"),
    "de": ("lena-design.de", "kontakt"), "it": ("giuliagrafica.it", "contatti"),
    "nl": ("sannedesign.nl", "contact"), "pl": ("tomaszdev.pl", "portfolio"),
    "ru": ("ivanart.ru", "works"), "uk": ("oksana-design.com.ua", "portfolio"),
    "tr": ("emretasarim.com.tr", "iletisim"), "ar": ("omardesign.ae", "contact"),
    "fa": ("saradesign.ir", "portfolio"), "hi": ("rahuldesigns.in", "contact"),
    "bn": ("rifatdesign.com.bd", "portfolio"), "ur": ("bilaldesign.pk", "contact"),
    "zh": ("weimingdesign.cn", "works"), "ja": ("kenji-works.jp", "contact"),
    "ko": ("minjunstudio.kr", "portfolio"), "vi": ("linhdesign.vn", "lien-he"),
    "id": ("budikreatif.id", "portofolio"), "tl": ("mariadesigns.ph", "contact"),
    "th": ("nirandesign.co.th", "portfolio"), "ro": ("andreidesign.ro", "contact"),
    "cs": ("jakubweb.cz", "kontakt"), "sv": ("erikdesign.se", "kontakt"),
    "el": ("nikosdesign.gr", "epikoinonia"), "he": ("noadesign.co.il", "contact"),
    "sw": ("amanidesign.co.ke", "mawasiliano"),
}  # fmt: skip

# Dots written as symbols around a link; "{dot}" and friends are the bracketed English word.
URL_DOTS = ("•", "[.]", "(.)", "{dot}", " . ", "[dot]", "(dot)", "。", "·")

IP_HOSTS = ("185.23.41.7", "46.101.12.88", "159.89.214.31", "78.46.120.5", "139.59.76.204")
IP_FORMS = (
    "http://{ip}:8080/portfolio",
    "{ip}/portfolio",
    "https://{ip}:8443/shop",
    "http://{ip}/demo",
    "{ip}:3000",
    "http://{ip}",
)

IDN_HOSTS = (
    ("de", "münchen-design.de"), ("fr", "café-lumière.fr"), ("es", "diseño-gráfico.es"),
    ("ru", "дизайн-студия.рф"), ("uk", "дизайн-студія.укр"), ("zh", "设计工作室.中国"),
    ("el", "ελληνικό-σχέδιο.gr"), ("tr", "çiçekçi-atölye.com.tr"), ("pl", "kreatywna-łódź.pl"),
    ("vi", "thiết-kế-đẹp.vn"), ("ja", "デザイン事務所.jp"), ("ko", "디자인스튜디오.kr"),
    ("ar", "تصميم.مصر"), ("sv", "formgivning-åsa.se"), ("cs", "grafické-studio.cz"),
)  # fmt: skip

SHORT_TLD_LINKS = (
    ("en", "anna.io"), ("en", "annak.me/work"), ("es", "lucia.co/portfolio"), ("pt", "bia.me"),
    ("fr", "chloe.ly"), ("de", "lena.to/arbeiten"), ("it", "giulia.gg"), ("nl", "sanne.nu"),
    ("pl", "tomasz.sh"), ("ru", "ivan.su"), ("uk", "oksana.me/portfolio"), ("tr", "emre.ai"),
    ("ar", "omar.ai/work"), ("fa", "sara.io"), ("hi", "rahul.in/work"), ("bn", "rifat.me"),
    ("ur", "bilal.pk"), ("zh", "weiming.cc"), ("ja", "kenji.to"), ("ko", "mj.gg"),
    ("vi", "linh.so"), ("id", "budi.id/karya"), ("tl", "maria.ph"), ("th", "niran.co"),
    ("ro", "ab.co"), ("cs", "jk.sk"), ("sv", "erik.nu/portfolio"), ("el", "nk.gr"),
    ("he", "noa.li"), ("sw", "amani.ly"),
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Apps named in other languages, inflected, nicknamed, or written in another script.

SOCIAL_APPS = frozenset({"instagram", "tiktok"})

# (lang, app, sentence with {h} where the handle goes, written with "@" or "live:" as typed)
MESSENGER_TEMPLATES = (
    ("en", "telegram", "add me on Telegram: @{h}"),
    ("en", "signal", "my Signal username is {h}"),
    ("en", "skype-live", "Skype me: live:{h}"),
    ("en", "wechat", "my WeChat ID is {h}"),
    ("es", "telegram", "escríbeme por Telegram: @{h}"),
    ("es", "skype-live", "mi Skype es live:{h}"),
    ("pt", "telegram", "me chama no Telegram @{h}"),
    ("pt", "telegram", "tô no tele como @{h}"),
    ("fr", "telegram", "écris-moi sur Télégram : @{h}"),
    ("fr", "skype-live", "mon Skype : live:{h}"),
    ("de", "telegram", "schreib mir bei Telegram: @{h}"),
    ("de", "skype", "mein Skype-Name: {h}"),
    ("de", "signal", "bei Signal bin ich {h}"),
    ("it", "telegram", "scrivimi su Telegram @{h}"),
    ("nl", "telegram", "stuur me een berichtje op Telegram: @{h}"),
    ("pl", "telegram", "napisz na Telegramie: @{h}"),
    ("pl", "signal", "jestem na Signalu jako {h}"),
    ("pl", "skype-live", "mój Skype: live:{h}"),
    ("ru", "telegram", "пиши в Телеграме: @{h}"),
    ("ru", "telegram", "телега @{h}"),
    ("ru", "telegram", "в телеге: @{h}"),
    ("ru", "skype-live", "мой скайп: live:{h}"),
    ("uk", "telegram", "пиши в Телеграмі: @{h}"),
    ("uk", "telegram", "мій телеграм: @{h}"),
    ("uk", "skype", "мій скайп: {h}"),
    ("tr", "telegram", "Telegram'dan yaz: @{h}"),
    ("tr", "telegram", "Telegram'da @{h} olarak varım"),
    ("ar", "telegram", "تواصل معي على التليجرام: @{h}"),
    ("ar", "telegram", "تلغرام: @{h}"),
    ("fa", "telegram", "تلگرامم: @{h}"),
    ("fa", "telegram", "آیدی تلگرام: @{h}"),
    ("hi", "telegram", "टेलीग्राम पर मैसेज करो: @{h}"),
    ("hi", "telegram", "telegram pe aa jao: @{h}"),
    ("bn", "telegram", "টেলিগ্রামে নক দিন: @{h}"),
    ("ur", "telegram", "ٹیلیگرام پر میسج کریں: @{h}"),
    ("zh", "wechat", "微信号：{h}"),
    ("zh", "wechat", "加我微信 {h}"),
    ("zh", "wechat", "威信：{h}"),
    ("zh", "qq", "QQ：{h}"),
    ("zh", "qq", "扣扣 {h}"),
    ("zh", "telegram", "电报：@{h}"),
    ("zh", "telegram", "纸飞机 @{h}"),
    ("ja", "kakaotalk", "カカオのID: {h}"),
    ("ja", "line", "ライン ID: {h}"),
    ("ja", "line", "LINEのIDは {h} です"),
    ("ja", "telegram", "テレグラムで @{h} に連絡してね"),
    ("ko", "kakaotalk", "카톡 아이디 {h}"),
    ("ko", "kakaotalk", "카카오톡 ID: {h}"),
    ("ko", "telegram", "텔레그램 @{h} 으로 연락 주세요"),
    ("ko", "line", "라인 아이디: {h}"),
    ("vi", "telegram", "nhắn Tele cho mình: @{h}"),
    ("vi", "telegram", "Telegram: @{h}"),
    ("id", "telegram", "chat aja di tele @{h}"),
    ("id", "line", "Line ID: {h}"),
    ("tl", "telegram", "i-message mo ako sa Telegram @{h}"),
    ("th", "line", "แอดไลน์ {h} ได้เลย"),
    ("th", "line", "ไลน์ไอดี: {h}"),
    ("th", "telegram", "เทเลแกรม @{h}"),
    ("ro", "telegram", "scrie-mi pe Telegram: @{h}"),
    ("cs", "telegram", "napiš mi na Telegramu: @{h}"),
    ("sv", "telegram", "skriv till mig på Telegram: @{h}"),
    ("el", "telegram", "στείλε μου στο Telegram @{h}"),
    ("he", "telegram", "טלגרם: @{h}"),
    ("sw", "telegram", "nitumie ujumbe Telegram @{h}"),
)

SOCIAL_TEMPLATES = (
    ("en", "instagram", "my insta is @{h}"),
    ("en", "tiktok", "find me on TikTok @{h}"),
    ("es", "instagram", "en Insta estoy como @{h}"),
    ("es", "tiktok", "búscame en TikTok: @{h}"),
    ("pt", "instagram", "segue no insta: @{h}"),
    ("pt", "tiktok", "tô no TikTok como @{h}"),
    ("fr", "instagram", "sur Insta je suis @{h}"),
    ("de", "instagram", "auf Insta unter @{h}"),
    ("de", "instagram", "folg mir auf Instagram: @{h}"),
    ("it", "instagram", "mi trovi su Insta come @{h}"),
    ("it", "tiktok", "su TikTok sono @{h}"),
    ("nl", "instagram", "op Insta ben ik @{h}"),
    ("pl", "instagram", "znajdziesz mnie na Instagramie jako @{h}"),
    ("pl", "instagram", "na insta: @{h}"),
    ("ru", "instagram", "в инсте я @{h}"),
    ("ru", "instagram", "мой инстаграм: @{h}"),
    ("uk", "instagram", "в інсті я @{h}"),
    ("tr", "instagram", "Instagram'dan takip et: @{h}"),
    ("tr", "tiktok", "TikTok'ta @{h} olarak varım"),
    ("ar", "instagram", "حسابي على انستا @{h}"),
    ("ar", "tiktok", "تيك توك: @{h}"),
    ("fa", "instagram", "پیج اینستام @{h}"),
    ("hi", "instagram", "इंस्टा पर मेरा हैंडल @{h} है"),
    ("hi", "instagram", "insta pe @{h} pe DM karo"),
    ("bn", "instagram", "ইনস্টাতে আমি @{h}"),
    ("ur", "instagram", "انسٹا پر میرا ہینڈل @{h} ہے"),
    ("zh", "instagram", "我的ins：@{h}"),
    ("ja", "instagram", "インスタは @{h} です"),
    ("ko", "instagram", "인스타 @{h}"),
    ("vi", "instagram", "Insta của mình là @{h}"),
    ("id", "instagram", "DM di IG @{h}"),
    ("tl", "instagram", "add mo ko sa IG: @{h}"),
    ("th", "instagram", "ไอจี @{h}"),
    ("ro", "instagram", "pe Insta sunt @{h}"),
    ("cs", "instagram", "na Instagramu jsem @{h}"),
    ("sv", "instagram", "på Insta heter jag @{h}"),
    ("el", "instagram", "στο insta είμαι @{h}"),
    ("he", "instagram", "באינסטגרם אני @{h}"),
    ("sw", "instagram", "Insta yangu ni @{h}"),
)

DISCORD_FRAMES = {
    "en": "add me on Discord: {v}", "es": "agrégame en Discord: {v}", "pt": "me add no Discord: {v}",
    "fr": "ajoute-moi sur Discord : {v}", "de": "adde mich auf Discord: {v}", "it": "aggiungimi su Discord: {v}",
    "nl": "voeg me toe op Discord: {v}", "pl": "pisz na Discordzie: {v}", "ru": "в дискорде: {v}",
    "uk": "мій діскорд: {v}", "tr": "Discord'dan ekle: {v}", "ar": "ديسكورد: {v}", "fa": "دیسکورد: {v}",
    "hi": "discord pe add karo: {v}", "bn": "ডিসকর্ডে অ্যাড করুন: {v}", "ur": "ڈسکارڈ پر ایڈ کریں: {v}",
    "zh": "Discord：{v}", "ja": "ディスコードのIDは {v} です", "ko": "디코 아이디 {v}",
    "vi": "add discord mình nhé: {v}", "id": "add discord aku: {v}", "tl": "add mo ko sa Discord: {v}",
    "th": "ดิสคอร์ด: {v}", "ro": "adaugă-mă pe Discord: {v}", "cs": "přidej si mě na Discordu: {v}",
    "sv": "lägg till mig på Discord: {v}", "el": "πρόσθεσέ με στο Discord: {v}", "he": "דיסקורד: {v}",
    "sw": "niongeze Discord: {v}",
}  # fmt: skip
DISCORD_TAGS = ("4821", "0937", "7315")

# (lang, country, sentence with {p}, how the number is written). A number for a messenger is a
# phone number: expected as contact.phone.
PHONE_APP_TEMPLATES = (
    ("en", "GB", "WhatsApp me on {p}", "intl"),
    ("en", "NG", "my Viber: {p}", "intl"),
    ("es", "ES", "escríbeme al wasap {p}", "intl"),
    ("es", "MX", "mi WhatsApp: {p}", "intl"),
    ("pt", "BR", "me chama no zap {p}", "national"),
    ("pt", "BR", "zap: {p}", "national-bare"),
    ("pt", "BR", "meu WhatsApp é {p}", "intl"),
    ("fr", "FR", "mon WhatsApp : {p}", "intl"),
    ("de", "DE", "schreib mir per WhatsApp: {p}", "intl"),
    ("it", "IT", "scrivimi su WhatsApp {p}", "intl"),
    ("nl", "NL", "app me op {p}", "intl"),
    ("pl", "PL", "pisz na WhatsAppie: {p}", "intl"),
    ("ru", "RU", "вотсап {p}", "intl"),
    ("ru", "RU", "вацап: {p}", "intl"),
    ("ru", "RU", "в вайбере {p}", "intl"),
    ("uk", "UA", "у вайбері {p}", "intl"),
    ("uk", "UA", "вотсап: {p}", "intl"),
    ("tr", "TR", "WhatsApp'tan yaz: {p}", "intl"),
    ("ar", "EG", "واتساب {p}", "intl"),
    ("ar", "AE", "واتس: {p}", "intl"),
    ("fa", "IR", "واتساپ {p}", "intl"),
    ("hi", "IN", "व्हाट्सएप करो: {p}", "intl"),
    ("hi", "IN", "whatsapp kar do {p}", "intl"),
    ("bn", "BD", "ইমো নম্বর {p}", "intl"),
    ("bn", "BD", "imo: {p}", "intl"),
    ("bn", "BD", "হোয়াটসঅ্যাপ {p}", "intl"),
    ("ur", "PK", "واٹس ایپ {p}", "intl"),
    ("zh", "CN", "微信同号 {p}", "intl"),
    ("ja", "JP", "WhatsAppは {p} です", "intl"),
    ("ko", "KR", "왓츠앱 {p}", "intl"),
    ("vi", "VN", "Zalo: {p}", "national"),
    ("vi", "VN", "kết bạn Zalo {p}", "national"),
    ("id", "ID", "WA {p}", "intl"),
    ("id", "ID", "wa aja ke {p}", "intl"),
    ("tl", "PH", "Viber ko: {p}", "intl"),
    ("th", "TH", "วอทส์แอป {p}", "intl"),
    ("ro", "RO", "pe WhatsApp: {p}", "intl"),
    ("cs", "CZ", "na WhatsAppu: {p}", "intl"),
    ("sv", "SE", "WhatsAppa mig på {p}", "intl"),
    ("el", "GR", "στο Viber: {p}", "intl"),
    ("he", "IL", "וואטסאפ: {p}", "intl"),
    ("sw", "KE", "WhatsApp yangu ni {p}", "intl"),
)

# A number in national format, the country named in the same sentence.
NATIONAL_CUES = (
    ("en", "GB", "I'm in Manchester, UK, my mobile is {v}"),
    ("en", "US", "I'm in New York (US), text me at {v}"),
    ("en", "NG", "I'm based in Lagos, Nigeria: {v}"),
    ("es", "ES", "Estoy en Madrid, España, mi móvil es {v}"),
    ("es", "MX", "Estoy en la CDMX, México: {v}"),
    ("pt", "BR", "Sou do Brasil, meu celular é {v}"),
    ("fr", "FR", "Je suis à Lyon, en France : {v}"),
    ("de", "DE", "Ich bin in Berlin, Deutschland – Handy: {v}"),
    ("it", "IT", "Sono a Milano, in Italia: {v}"),
    ("nl", "NL", "Ik zit in Utrecht, Nederland: {v}"),
    ("pl", "PL", "Jestem z Krakowa w Polsce, tel. {v}"),
    ("ru", "RU", "Я в Москве, Россия, мой номер {v}"),
    ("uk", "UA", "Я з Києва, Україна, мій номер {v}"),
    ("tr", "TR", "İstanbul'dayım, Türkiye, numaram {v}"),
    ("ar", "EG", "أنا في القاهرة، مصر، رقمي {v}"),
    ("ar", "AE", "أنا في دبي، الإمارات: {v}"),
    ("ar", "SA", "أنا في الرياض، السعودية، جوالي {v}"),
    ("fa", "IR", "من در تهران، ایران هستم، شماره‌ام {v}"),
    ("hi", "IN", "मैं दिल्ली, भारत से हूँ, मेरा नंबर {v} है"),
    ("bn", "BD", "আমি ঢাকা, বাংলাদেশে থাকি, আমার নম্বর {v}"),
    ("ur", "PK", "میں لاہور، پاکستان میں ہوں، میرا نمبر {v} ہے"),
    ("zh", "CN", "我在中国深圳，手机 {v}"),
    ("ja", "JP", "日本（東京）在住です、携帯は {v}"),
    ("ko", "KR", "한국(서울)이에요, 번호는 {v}"),
    ("vi", "VN", "Mình ở Hà Nội, Việt Nam, số mình là {v}"),
    ("id", "ID", "Saya di Jakarta, Indonesia, nomor saya {v}"),
    ("tl", "PH", "Taga-Maynila ako, Pilipinas, number ko {v}"),
    ("th", "TH", "ฉันอยู่กรุงเทพฯ ประเทศไทย เบอร์ {v}"),
    ("ro", "RO", "Sunt în București, România, numărul meu e {v}"),
    ("cs", "CZ", "Jsem v Praze v Česku, číslo {v}"),
    ("sv", "SE", "Jag bor i Stockholm, Sverige, mitt nummer är {v}"),
    ("el", "GR", "Είμαι στην Αθήνα, Ελλάδα, το κινητό μου {v}"),
    ("he", "IL", "אני בתל אביב, ישראל, המספר שלי {v}"),
    ("sw", "KE", "Niko Nairobi, Kenya, namba yangu ni {v}"),
)

CJK_NATIONAL_CUES = {
    "zh": "我的中国手机号：{v}",
    "ja": "日本の携帯番号です：{v}",
    "ko": "한국 휴대폰 번호예요: {v}",
}

# Native digit zeros; the rest of each script's digits follow it in Unicode.
NATIVE_ZERO = {
    "ar": "٠",
    "fa": "۰",
    "ur": "۰",
    "hi": "०",
    "bn": "০",
    "th": "๐",
    "zh": "０",
    "ja": "０",
    "ko": "０",
}

SEPARATORS = ("*", "~", "@", "/", "•", "_", "|", "🔥", "\n", "✨", "#", "^")

# Scripts where a digit word glued to a digit still reads as a word.
GLUED_WORD_LANGS = (
    "en",
    "es",
    "pt",
    "fr",
    "de",
    "it",
    "nl",
    "pl",
    "ru",
    "uk",
    "tr",
    "id",
    "tl",
    "ro",
    "cs",
    "sv",
    "el",
    "sw",
    "vi",
)

UPI_IDS = (
    "rahul.sharma@okaxis",
    "priya.verma@ybl",
    "9873645210@paytm",
    "ankit.k@oksbi",
    "neha.design@okhdfcbank",
    "8123947561@upi",
    "rohan@ibl",
    "sneha.p@axl",
)
UPI_FRAMES = (
    ("en", "GPay/PhonePe me on {v}"),
    ("en", "UPI ID: {v}, send the advance there"),
    ("hi", "मेरी UPI आईडी {v} है"),
    ("hi", "UPI पर भेज दो: {v}"),
    ("hi", "upi pe bhej do {v}"),
    ("bn", "আমার UPI আইডি {v}"),
)

PIX_FRAMES = {
    "cpf": ("minha chave pix é o CPF {v}", "Pix (CPF): {v}"),
    "cnpj": ("chave pix CNPJ: {v}", "faz o pix pro CNPJ {v}, é da minha empresa"),
    "phone": ("minha chave pix é meu celular: {v}", "faz um pix pra {v}"),
    "evp": ("chave aleatória do pix: {v}", "manda no pix {v} que eu libero os arquivos"),
}

PAYPAL_ME_FORMS = (
    "paypal.me/{n}",
    "https://paypal.me/{n}",
    "www.paypal.me/{n}",
    "PayPal.Me/{N}",
    "https://www.paypal.me/{n}",
)

# An e-mail given as a payment account: payment.account-email, where contact.email counts too.
ACCOUNT_TEMPLATES = (
    ("en", "my PayPal is {v}"), ("en", "Zelle: {v}"), ("en", "Skrill account: {v}"), ("en", "Payoneer: {v}, USD please"),
    ("es", "mi PayPal es {v}"), ("pt", "meu PayPal: {v}"), ("pt", "chave pix: {v}"), ("fr", "mon PayPal : {v}"),
    ("de", "mein PayPal: {v}"), ("it", "il mio PayPal è {v}"), ("nl", "mijn PayPal: {v}"), ("pl", "mój PayPal to {v}"),
    ("ru", "мой PayPal: {v}"), ("ru", "Payoneer: {v}"), ("uk", "мій Payoneer: {v}"), ("tr", "Payoneer hesabım: {v}"),
    ("ar", "حسابي على PayPal هو {v}"), ("fa", "ایمیل Payoneer من: {v}"), ("hi", "मेरा PayPal {v} है"), ("bn", "আমার Payoneer {v}"),
    ("ur", "میرا Payoneer {v} ہے"), ("zh", "我的PayPal是 {v}"), ("ja", "PayPalのアカウントは {v} です"), ("ko", "페이팔 계정은 {v} 입니다"),
    ("vi", "PayPal của mình là {v}"), ("id", "PayPal saya {v}"), ("tl", "PayPal ko: {v}"), ("th", "PayPal ของฉันคือ {v}"),
    ("ro", "PayPal-ul meu e {v}"), ("cs", "můj PayPal je {v}"), ("sv", "min PayPal är {v}"), ("el", "το PayPal μου είναι {v}"),
    ("he", "הפייפאל שלי {v}"), ("sw", "PayPal yangu ni {v}"),
)  # fmt: skip

# (country, lang, BBAN). The first of each pair is the IBAN registry's example account.
IBAN_ACCOUNTS = (
    ("DE", "de", "370400440532013000"), ("DE", "de", "500105175407324931"),
    ("GB", "en", "NWBK60161331926819"), ("GB", "en", "BARC20041573849261"),
    ("FR", "fr", fr_bban("20041", "01005", "0500013M026")), ("FR", "fr", fr_bban("30004", "00823", "00019283746")),
    ("ES", "es", es_bban("2100", "0418", "0200051332")), ("ES", "es", es_bban("0049", "1500", "2810294372")),
    ("NL", "nl", "ABNA0417164300"), ("NL", "nl", nl_bban("RABO", "031284627")),
    ("PL", "pl", "109010140000071219812874"), ("PL", "pl", pl_bban("1140200", "0040021928374650")),
    ("TR", "tr", "0006100519786457841326"), ("TR", "tr", "0006201839027465019283"),
    ("AE", "ar", "0331234567890123456"), ("AE", "ar", "0260001015673975601"),
    ("PK", "ur", "SCBL0000001123456702"), ("PK", "ur", "HABB0012873645019283"),
    ("IT", "it", it_bban("05428", "11101", "000000123456")), ("IT", "it", it_bban("03069", "09606", "100000012345")),
    ("RO", "ro", "AAAA1B31007593840000"), ("RO", "ro", "BTRLRONCRT0412873645"),
    ("CZ", "cs", "08000000192000145399"), ("CZ", "cs", "01000000002873645019"),
    ("SE", "sv", "50000000058398257466"), ("SE", "sv", "30000000031849267513"),
    ("GR", "el", "01101250000000012300695"), ("GR", "el", "01702700005027012345678"),
)  # fmt: skip
DOCUMENTED_IBANS = (
    "DE89370400440532013000", "GB29NWBK60161331926819", "FR1420041010050500013M02606",
    "ES9121000418450200051332", "NL91ABNA0417164300", "PL61109010140000071219812874",
    "TR330006100519786457841326", "AE070331234567890123456", "PK36SCBL0000001123456702",
    "IT60X0542811101000000123456", "RO49AAAA1B31007593840000", "CZ6508000000192000145399",
    "SE4550000000058398257466", "GR1601101250000000012300695",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Generators: one per class, each yielding drafts; `cases()` numbers them into stable ids.


@dataclass(frozen=True)
class Draft:
    lang: str
    text: str
    category: str | None = None
    value: str | None = None
    span: tuple[int, int] | None = None


def _put(
    lang: str, frame: str, shown: str, category: str, value: str, core: str | None = None
) -> Draft:
    """`frame` with `shown` in place of "{v}"; the span covers `core` (default: all of `shown`)."""
    at = frame.index("{v}")
    text = frame[:at] + shown + frame[at + 3 :]
    start = at + (shown.index(core) if core else 0)
    return Draft(lang, text, category, value, (start, start + len(core or shown)))


def handle(app: str, lang: str, i: int) -> str:
    name, tag = PEOPLE[lang], TAGS[i % len(TAGS)]
    if app == "qq":
        return QQ_NUMBERS[i % len(QQ_NUMBERS)]
    if app == "wechat":
        return f"{name}{2024 + i}"  # WeChat ids: 6–20 characters, starting with a letter
    if app == "kakaotalk":
        return f"{name}{88 + i}"
    if app == "signal":
        return f"{name}.{42 + i}"  # Signal usernames end in a dot and two digits
    if app == "discord-old":
        return f"{name.capitalize()}#{DISCORD_TAGS[i % len(DISCORD_TAGS)]}"
    if app in ("telegram", "discord"):
        return f"{name}_{tag}"  # Telegram: letters, digits and underscores only
    return f"{name}.{tag}"


def handle_value(app: str, h: str) -> str:
    if app in ("telegram", "instagram", "tiktok"):
        return f"{app}:@{h}"
    if app == "skype-live":
        return f"live:{h}"
    if app == "discord-old":
        return f"discord:{h}"
    return f"{app}:{h}"


def _handle_draft(lang: str, app: str, template: str, i: int) -> Draft:
    h = handle(app, lang, i)
    wrapper = next(w for w in ("@{h}", "live:{h}", "{h}") if w in template)
    category = SOCIAL if app in SOCIAL_APPS else MESSENGER
    return _put(
        lang,
        template.replace(wrapper, "{v}"),
        wrapper.replace("{h}", h),
        category,
        handle_value(app, h),
    )


def _templated(templates: Iterable[tuple[str, str, str]]) -> Iterator[Draft]:
    seen: Counter[tuple[str, str]] = Counter()
    for lang, app, template in templates:
        yield _handle_draft(lang, app, template, seen[lang, app])
        seen[lang, app] += 1


def messenger_after_app_name() -> Iterator[Draft]:
    yield from _templated(MESSENGER_TEMPLATES)


def social_after_network_name() -> Iterator[Draft]:
    yield from _templated(SOCIAL_TEMPLATES)


def messenger_discord() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        old = handle("discord-old", lang, li)
        yield _put(lang, DISCORD_FRAMES[lang], old, MESSENGER, f"discord:{old}")
        new = handle("discord", lang, li)  # the 2023 usernames: no discriminator
        shown = f"@{new}" if li % 2 else new
        yield _put(lang, DISCORD_FRAMES[lang], shown, MESSENGER, f"discord:{new}")


def _written(e164: str, style: str) -> str:
    if style == "national":
        return national(e164)
    if style == "national-bare":
        return national(e164).replace("(", "").replace(")", "")
    return intl(e164)


def phone_after_app_name() -> Iterator[Draft]:
    for k, (lang, country, template, style) in enumerate(PHONE_APP_TEMPLATES):
        number = PHONES[country][k % 2]
        yield _put(lang, template.replace("{p}", "{v}"), _written(number, style), PHONE, number)


def app_emoji() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        contact = PHRASES[lang].contact
        app, emoji = ("telegram", "✈️") if li % 2 == 0 else ("instagram", "📷")
        h = handle(app, lang, li)
        yield _put(
            lang,
            contact[li % 3],
            f"{emoji} @{h}",
            SOCIAL if app in SOCIAL_APPS else MESSENGER,
            handle_value(app, h),
            f"@{h}",
        )
        number = phone_of(lang, li)
        yield _put(
            lang,
            contact[(li + 1) % 3],
            f"{'📞' if li % 2 else '📱'} {intl(number)}",
            PHONE,
            number,
            intl(number),
        )


def spell_number(
    e164: str, digits: Sequence[str], plus: str, digit_sep: str = " ", group_sep: str = " "
) -> str:
    spelled = [digit_sep.join(digits[int(d)] for d in group) for group in groups(e164)]
    return f"{plus} " + group_sep.join(spelled) if plus else group_sep.join(spelled)


def phone_number_words() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        if lang in ("zh", "ja", "ko"):
            continue
        words = WORDS[lang]
        for i in (0, 1):
            number = phone_of(lang, li + i)
            shown = spell_number(
                number, words.digits, words.plus, group_sep=" " if i == 0 else ", "
            )
            yield _put(lang, PHRASES[lang].contact[(li + i) % 3], shown, PHONE, number)
    number = phone_of("en", 3)
    oh = ("oh", *WORDS["en"].digits[1:])
    yield _put("en", PHRASES["en"].contact[2], spell_number(number, oh, "plus"), PHONE, number)
    for i in (0, 1):
        number = phone_of("hi", i)
        yield _put(
            "hi",
            "mera number {v} hai, call kar lena",
            spell_number(number, HI_LATIN, "plus"),
            PHONE,
            number,
        )


def phone_number_words_cjk() -> Iterator[Draft]:
    zh, ja, ko = WORDS["zh"].digits, WORDS["ja"].digits, WORDS["ko"].digits
    yao = tuple("幺" if d == "一" else d for d in zh)
    for i in (0, 1):
        number = phone_of("zh", i)
        nsn = re.sub(r"\D", "", national(number))
        yield _put(
            "zh", PHRASES["zh"].contact[i], spell_number(number, zh, "加", ""), PHONE, number
        )
        yield _put(
            "zh", PHRASES["zh"].contact[i + 1], spell_number(number, yao, "加", ""), PHONE, number
        )
        yield _put(
            "zh",
            CJK_NATIONAL_CUES["zh"],
            "".join(yao[int(d)] for d in nsn).replace("零", "〇"),
            PHONE,
            number,
        )
        yield _put(
            "zh",
            "大陆手机（中国）：{v}",
            "-".join("".join(zh[int(d)] for d in g) for g in national(number).split()),
            PHONE,
            number,
        )
    for i in (0, 1):
        number = phone_of("ja", i)
        yield _put(
            "ja", PHRASES["ja"].contact[i], spell_number(number, ja, "プラス", ""), PHONE, number
        )
        yield _put(
            "ja",
            PHRASES["ja"].contact[i + 1],
            spell_number(number, JA_KANA, "プラス", ""),
            PHONE,
            number,
        )
        dashed = "ー".join(
            "".join(ja[int(d)] for d in part) for part in national(number).split("-")
        )
        yield _put("ja", CJK_NATIONAL_CUES["ja"], dashed, PHONE, number)
        kana = " ".join(
            "".join(JA_KANA[int(d)] for d in part) for part in national(number).split("-")
        )
        yield _put("ja", "日本の番号：{v}、いつでもどうぞ", kana, PHONE, number)
    for i in (0, 1):
        number = phone_of("ko", i)
        parts = national(number).split("-")
        yield _put(
            "ko", PHRASES["ko"].contact[i], spell_number(number, ko, "플러스", ""), PHONE, number
        )
        yield _put(
            "ko",
            CJK_NATIONAL_CUES["ko"],
            " ".join("".join(ko[int(d)] for d in p) for p in parts),
            PHONE,
            number,
        )
        yeong = ("영", *ko[1:])
        yield _put(
            "ko",
            PHRASES["ko"].contact[i + 1],
            "-".join("".join(yeong[int(d)] for d in p) for p in parts),
            PHONE,
            number,
        )
        yield _put(
            "ko",
            "카톡 말고 문자 주세요, {v}",
            spell_number(number, yeong, "플러스", ""),
            PHONE,
            number,
        )


def to_native(text: str, zero: str) -> str:
    table = {str(d): chr(ord(zero) + d) for d in range(10)}
    if zero == "０":
        table["+"] = "＋"  # full-width plus, typed with full-width digits
    return "".join(table.get(ch, ch) for ch in text)


def _cue_frame(lang: str, number: str) -> str:
    if lang in CJK_NATIONAL_CUES:
        return CJK_NATIONAL_CUES[lang]
    country = phonenumbers.region_code_for_number(phonenumbers.parse(number))
    return next(frame for la, c, frame in NATIONAL_CUES if (la, c) == (lang, country))


def phone_native_digits() -> Iterator[Draft]:
    for lang, zero in NATIVE_ZERO.items():
        for i in range(4):
            number = phone_of(lang, i)
            shown = to_native(intl(number) if i % 2 == 0 else number, zero)
            yield _put(lang, PHRASES[lang].contact[i % 3], shown, PHONE, number)
        number = phone_of(lang, 4)
        yield _put(lang, _cue_frame(lang, number), to_native(national(number), zero), PHONE, number)


def phone_separators() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        for k in range(3):
            sep = SEPARATORS[(3 * li + k) % len(SEPARATORS)]
            number = phone_of(lang, li + k)
            pieces = list(number[1:]) if k % 2 == 0 else groups(number)
            yield _put(lang, PHRASES[lang].contact[k], "+" + sep.join(pieces), PHONE, number)


def phone_words_glued_to_digits() -> Iterator[Draft]:
    for li, lang in enumerate(GLUED_WORD_LANGS):
        words = WORDS[lang].digits
        for i in (0, 1):
            number = phone_of(lang, li + i)
            position = 0
            glued = []
            for group in groups(number):
                piece = ""
                for d in group:
                    piece += words[int(d)] if position % 2 == i else d
                    position += 1
                glued.append(piece)
            yield _put(
                lang, PHRASES[lang].contact[(li + i) % 3], "+" + " ".join(glued), PHONE, number
            )


def phone_glued_to_word() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        contact = PHRASES[lang].contact
        number = phone_of(lang, li)
        yield _put(lang, contact[li % 3], WORDS[lang].call + number, PHONE, number, number)
        number = phone_of(lang, li + 1)
        yield _put(lang, contact[(li + 1) % 3], "WhatsApp" + number, PHONE, number, number)
        if lang in ("en", "de", "fr", "es", "it", "nl"):
            number = phone_of(lang, li + 2)
            written = "00" + number[1:]  # the international prefix in place of "+"
            yield _put(
                lang, contact[(li + 2) % 3], WORDS[lang].call + written, PHONE, number, written
            )


def phone_after_price() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        for i in (0, 1):
            number = phone_of(lang, li + i)
            yield _put(
                lang, PHRASES[lang].after_price, intl(number) if i == 0 else number, PHONE, number
            )


def phone_national_with_cue() -> Iterator[Draft]:
    for lang, country, frame in NATIONAL_CUES:
        for number in PHONES[country]:
            yield _put(lang, frame, national(number), PHONE, number)


def spell_address(address: str, at: str, dot: str, local_dots: bool = False, sep: str = " ") -> str:
    local, domain = address.split("@")
    if local_dots:
        local = local.replace(".", f"{sep}{dot}{sep}")
    return f"{local}{sep}{at}{sep}" + f"{sep}{dot}{sep}".join(domain.split("."))


def _sep(lang: str) -> str:
    return "" if lang in ("zh", "ja") else " "  # Chinese and Japanese glue the words on


def email_at_dot_words() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        words, contact, sep = WORDS[lang], PHRASES[lang].contact, _sep(lang)
        first, second = EMAILS[lang]
        yield _put(
            lang,
            contact[li % 3],
            spell_address(first, words.at[0], words.dot[0], sep=sep),
            EMAIL,
            first,
        )
        yield _put(
            lang,
            contact[(li + 1) % 3],
            spell_address(second, words.at[-1], words.dot[-1], True, sep),
            EMAIL,
            second,
        )
        yield _put(
            lang,
            contact[(li + 2) % 3],
            spell_address(second, words.at[0].upper(), words.dot[0].upper(), sep=sep),
            EMAIL,
            second,
        )


BRACKETS = (("[", "]"), ("(", ")"), ("{", "}"), ("<", ">"))


def email_bracketed() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        words, contact = WORDS[lang], PHRASES[lang].contact
        first, second = EMAILS[lang]
        o, c = BRACKETS[li % 4]
        sep = " " if li % 2 else ""
        yield _put(
            lang,
            contact[li % 3],
            spell_address(first, f"{o}at{c}", f"{o}dot{c}", sep=sep),
            EMAIL,
            first,
        )
        o, c = BRACKETS[(li + 1) % 4]
        yield _put(
            lang,
            contact[(li + 1) % 3],
            spell_address(second, f"{o}{words.at[0]}{c}", f"{o}{words.dot[0]}{c}", sep=" "),
            EMAIL,
            second,
        )


def email_symbols() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        for k, address in enumerate(EMAILS[lang]):
            at = AT_SYMBOLS[(2 * li + k) % len(AT_SYMBOLS)]
            dot = DOT_SYMBOLS[(2 * li + k) % len(DOT_SYMBOLS)]
            local, domain = address.split("@")
            yield _put(
                lang,
                PHRASES[lang].contact[(li + k) % 3],
                local + at + dot.join(domain.split(".")),
                EMAIL,
                address,
            )


def email_spaced_letters() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        address = EMAILS[lang][(li + 1) % 2]
        yield _put(lang, PHRASES[lang].contact[li % 3], " ".join(address), EMAIL, address)


def email_reversed() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        address = EMAILS[lang][li % 2]
        yield _put(lang, PHRASES[lang].backwards, address[::-1], EMAIL, address)


def email_provider_only() -> Iterator[Draft]:
    seen: Counter[str] = Counter()
    for lang, template, word, domain in PROVIDER_TEMPLATES:
        i = seen[lang]
        seen[lang] += 1
        local = QQ_NUMBERS[0] if domain == "qq.com" else EMAILS[lang][i % 2].split("@")[0]
        text = template.replace("{l}", local)
        spots = (
            text.index(local),
            text.index(local) + len(local),
            text.index(word),
            text.index(word) + len(word),
        )
        yield Draft(lang, text, EMAIL, f"{local}@{domain}", (min(spots), max(spots)))


def email_multi_label_tld() -> Iterator[Draft]:
    for k, (lang, address) in enumerate(MULTI_LABEL_EMAILS):
        words, contact, sep = WORDS[lang], PHRASES[lang].contact, _sep(lang)
        yield _put(
            lang,
            contact[k % 3],
            spell_address(address, words.at[0], words.dot[0], sep=sep),
            EMAIL,
            address,
        )
        local, domain = address.split("@")
        yield _put(
            lang, contact[(k + 1) % 3], f"{local}{sep}{words.at[-1]}{sep}{domain}", EMAIL, address
        )


def spell_link(host: str, path: str | None, dot: str, slash: str, sep: str = " ") -> str:
    spelled = f"{sep}{dot}{sep}".join(host.split("."))
    return f"{spelled}{sep}{slash}{sep}{path}" if path else spelled


def url_spelled_out() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        words, contact, sep = WORDS[lang], PHRASES[lang].contact, _sep(lang)
        host, path = SITES[lang]
        yield _put(
            lang, contact[li % 3], spell_link(host, None, words.dot[0], words.slash, sep), URL, host
        )
        yield _put(
            lang,
            contact[(li + 1) % 3],
            spell_link(host, path, words.dot[-1], words.slash, sep),
            URL,
            f"{host}/{path}",
        )
        yield _put(
            lang,
            contact[(li + 2) % 3],
            spell_link(f"www.{host}", None, words.dot[0], words.slash, sep),
            URL,
            host,
        )


def url_symbol_dots() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        contact = PHRASES[lang].contact
        host, path = SITES[lang]
        dot = URL_DOTS[(2 * li) % len(URL_DOTS)]
        yield _put(lang, contact[li % 3], dot.join(("www", *host.split("."))), URL, host)
        dot = URL_DOTS[(2 * li + 1) % len(URL_DOTS)]
        yield _put(
            lang,
            contact[(li + 1) % 3],
            dot.join(host.split(".")) + "/" + path,
            URL,
            f"{host}/{path}",
        )


def profile_links() -> Iterator[Draft]:
    """wa.me links (contact.messenger) and LinkedIn profiles (contact.social), dots disguised."""
    for li, lang in enumerate(LANGS):
        dot = URL_DOTS[li % len(URL_DOTS)]
        if li % 2 == 0:
            number = phone_of(lang, li)
            link, category = f"wa.me/{number[1:]}", MESSENGER
        else:
            link, category = f"linkedin.com/in/{PEOPLE[lang]}-{TAGS[li % len(TAGS)]}", SOCIAL
        host, path = link.split("/", 1)
        yield _put(
            lang,
            PHRASES[lang].contact[li % 3],
            dot.join(host.split(".")) + "/" + path,
            category,
            link,
        )


def url_ip_host() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        shown = IP_FORMS[li % len(IP_FORMS)].replace("{ip}", IP_HOSTS[li % len(IP_HOSTS)])
        yield _put(lang, PHRASES[lang].contact[li % 3], shown, URL, _SCHEME.sub("", shown))


def url_idn() -> Iterator[Draft]:
    for k, (lang, host) in enumerate(IDN_HOSTS):
        contact = PHRASES[lang].contact
        yield _put(lang, contact[k % 3], host, URL, host)
        punycode = host.encode("idna").decode("ascii")
        yield _put(lang, contact[(k + 1) % 3], f"https://{punycode}", URL, punycode)


def url_short_tld() -> Iterator[Draft]:
    for k, (lang, link) in enumerate(SHORT_TLD_LINKS):
        yield _put(lang, PHRASES[lang].contact[k % 3], link, URL, link)


def iban_written(value: str, style: str) -> str:
    blocks = [value[i : i + 4] for i in range(0, len(value), 4)]
    return {
        "spaced": " ".join(blocks),
        "dashed": "-".join(blocks),
        "lower": value.lower(),
        "lower-spaced": " ".join(blocks).lower(),
    }[style]


IBAN_STYLES = ("spaced", "dashed", "lower", "lower-spaced")


def payment_iban() -> Iterator[Draft]:
    for k, (country, lang, bban) in enumerate(IBAN_ACCOUNTS):
        value = iban(country, bban)
        phrases = PHRASES[lang]
        yield _put(
            lang, phrases.pay[k % 3], iban_written(value, IBAN_STYLES[k % 4]), PAYMENT, value
        )
        yield _put(
            lang, phrases.pay_then, iban_written(value, IBAN_STYLES[(k + 1) % 4]), PAYMENT, value
        )


def payment_wallet() -> Iterator[Draft]:
    for k, wallet in enumerate(wallets()):
        for j in range(3):
            lang = LANGS[(3 * k + j) % len(LANGS)]
            shown = f"{wallet.label}: {wallet.address}"
            yield _put(
                lang, PHRASES[lang].pay[(k + j) % 3], shown, PAYMENT, wallet.address, wallet.address
            )


def payment_upi() -> Iterator[Draft]:
    for k, upi in enumerate(UPI_IDS):
        for j in range(3):
            lang, frame = UPI_FRAMES[(3 * k + j) % len(UPI_FRAMES)]
            yield _put(lang, frame, upi, PAYMENT, upi)


def pix_keys() -> tuple[tuple[str, str], ...]:
    return (
        *(("cpf", cpf(base)) for base in ("529982247", "111444777", "390533447", "714602380")),
        *(("cnpj", cnpj(base)) for base in ("112223330001", "453783250001")),
        *(("phone", number) for number in PHONES["BR"]),
        *(("evp", str(uuid.UUID(bytes=_bytes(f"pix-evp-{i}", 16), version=4))) for i in range(4)),
    )


def payment_pix() -> Iterator[Draft]:
    for kind, key in pix_keys():
        for frame in PIX_FRAMES[kind]:
            yield _put("pt", frame, key, PAYMENT, key)


def payment_paypal_me() -> Iterator[Draft]:
    for li, lang in enumerate(LANGS):
        name, tag = PEOPLE[lang], TAGS[li % len(TAGS)]
        form = PAYPAL_ME_FORMS[li % len(PAYPAL_ME_FORMS)]
        shown = form.replace("{n}", name + tag).replace("{N}", name.capitalize() + tag.capitalize())
        yield _put(lang, PHRASES[lang].pay[li % 3], shown, PAYMENT, f"paypal.me/{name}{tag}")


def payment_account_email() -> Iterator[Draft]:
    seen: Counter[str] = Counter()
    for lang, frame in ACCOUNT_TEMPLATES:
        address = EMAILS[lang][seen[lang] % 2]
        seen[lang] += 1
        yield _put(lang, frame, address, PAYMENT, address)


# Hard negatives.


def _per_language(pick: Callable[[LookAlikes], Sequence[str]]) -> Callable[[], Iterator[Draft]]:
    def generate() -> Iterator[Draft]:
        for lang in LANGS:
            for text in pick(LOOK_ALIKES[lang]):
                yield Draft(lang, text)

    return generate


def neg_rate() -> Iterator[Draft]:
    for lang in LANGS:
        yield Draft(lang, LOOK_ALIKES[lang].rate)
    for lang, text in EXTRA_RATES:
        yield Draft(lang, text)


def _neutral(klass: str) -> Callable[[], Iterator[Draft]]:
    tokens = NEUTRAL_LOOK_ALIKES[klass]

    def generate() -> Iterator[Draft]:
        for li, lang in enumerate(LANGS):
            phrases = PHRASES[lang]
            for k in (0, 1):
                token = tokens[(2 * li + k) % len(tokens)]
                frame = phrases.spec if klass == "neg.placeholder" else phrases.note[(li + k) % 3]
                yield Draft(lang, frame.replace("{v}", token))

    return generate


GENERATORS: tuple[tuple[str, Callable[[], Iterator[Draft]]], ...] = (
    ("messenger.after-app-name", messenger_after_app_name),
    ("social.after-network-name", social_after_network_name),
    ("messenger.discord", messenger_discord),
    ("phone.after-app-name", phone_after_app_name),
    ("contact.app-emoji", app_emoji),
    ("phone.number-words", phone_number_words),
    ("phone.number-words-cjk", phone_number_words_cjk),
    ("phone.native-digits", phone_native_digits),
    ("phone.separators", phone_separators),
    ("phone.words-glued-to-digits", phone_words_glued_to_digits),
    ("phone.glued-to-word", phone_glued_to_word),
    ("phone.after-price", phone_after_price),
    ("phone.national-with-cue", phone_national_with_cue),
    ("email.at-dot-words", email_at_dot_words),
    ("email.bracketed", email_bracketed),
    ("email.symbols", email_symbols),
    ("email.spaced-letters", email_spaced_letters),
    ("email.reversed", email_reversed),
    ("email.provider-only", email_provider_only),
    ("email.multi-label-tld", email_multi_label_tld),
    ("url.spelled-out", url_spelled_out),
    ("url.symbol-dots", url_symbol_dots),
    ("contact.profile-links", profile_links),
    ("url.ip-host", url_ip_host),
    ("url.idn", url_idn),
    ("url.short-tld", url_short_tld),
    ("payment.iban", payment_iban),
    ("payment.wallet", payment_wallet),
    ("payment.upi", payment_upi),
    ("payment.pix", payment_pix),
    ("payment.paypal-me", payment_paypal_me),
    ("payment.account-email", payment_account_email),
    ("neg.number-words", _per_language(lambda la: la.number_words)),
    ("neg.price", _per_language(lambda la: la.prices)),
    ("neg.percent", _per_language(lambda la: la.percents)),
    ("neg.date-time", _per_language(lambda la: la.dates)),
    ("neg.rate", neg_rate),
    *((klass, _neutral(klass)) for klass in NEUTRAL_LOOK_ALIKES),
)


def cases() -> list[Case]:
    """Every case, in a fixed order; an id is its class, language and number within both."""
    out: list[Case] = []
    numbers: Counter[tuple[str, str]] = Counter()
    for klass, generate in GENERATORS:
        for draft in generate():
            numbers[klass, draft.lang] += 1
            case_id = f"{klass}.{draft.lang}.{numbers[klass, draft.lang]:02d}"
            out.append(
                Case(
                    case_id, klass, draft.lang, draft.text, draft.category, draft.value, draft.span
                )
            )
    return out


# ---------------------------------------------------------------------------------------------
# Report


def render(report: Report) -> str:
    lines = [
        f"{'positive class':<30}{'cases':>7}{'recovered':>11}{'rate':>8}{'wrong':>7}{'missed':>8}"
    ]
    for r in [*report.positive_classes(), report.positives]:
        lines.append(
            f"{r.name:<30}{r.cases:>7}{r.recovered:>11}{r.recovered_rate:>8.3f}{r.wrong_value:>7}{r.missed:>8}"
        )
    lines += ["", f"{'hard-negative class':<30}{'cases':>7}{'flagged':>11}{'rate':>8}"]
    for r in [*report.negative_classes(), report.negatives]:
        lines.append(f"{r.name:<30}{r.cases:>7}{r.flagged:>11}{r.flagged_rate:>8.2%}")
    negatives = {r.name: r for r in report.negative_languages()}
    lines += [
        "",
        f"{'language':<10}{'positives':>10}{'recovered':>11}{'rate':>8}{'wrong':>7}{'negatives':>11}{'flagged':>9}{'rate':>8}",
    ]
    for r in report.positive_languages():
        n = negatives.get(r.name, Row(r.name, 0))
        lines.append(
            f"{r.name:<10}{r.cases:>10}{r.recovered:>11}{r.recovered_rate:>8.3f}{r.wrong_value:>7}"
            f"{n.cases:>11}{n.flagged:>9}{n.flagged_rate:>8.2%}"
        )
    lines += [
        "",
        f"disguised values recovered exactly: {report.recovered_rate:.3f} (goal ≥ {RECOVERY_GOAL})",
        f"hard negatives flagged: {report.flagged_rate:.2%} (goal ≤ {FLAG_GOAL:.1%})",
    ]
    return "\n".join(lines)


def render_failures(report: Report, klass: str) -> str:
    lines = []
    for outcome in report.failures(klass):
        case = outcome.case
        lines.append(f"{case.id}  [{outcome.verdict}]")
        lines.append(f"  text:     {case.text!r}")
        if case.positive:
            lines.append(f"  expected: {case.category} {case.value!r}")
        found = (
            ", ".join(f"{f.category} {f.value!r} @{f.start}-{f.end}" for f in outcome.found)
            or "nothing"
        )
        lines.append(f"  found:    {found}")
    return "\n".join(lines) or f"{klass}: no failures"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--show", metavar="CLASS", help="print one class's failing cases")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv[1:])

    # Imported here: generating and scoring cases needs no engine, so the tests import this
    # module without loading one.
    from gigguard.engine.detect import detect

    all_cases = cases()
    classes = sorted({case.klass for case in all_cases})
    if args.show and args.show not in classes:
        print(f"unknown class {args.show!r}; classes: {', '.join(classes)}", file=sys.stderr)
        return 2
    report = score(all_cases, lambda text: detect(text, "fiverr"))
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(
            f"Obfuscation gauntlet: {report.positives.cases} disguised values, {report.negatives.cases} hard negatives, {len({c.lang for c in all_cases})} languages\n"
        )
        print(render(report))
    if args.show:
        print()
        print(render_failures(report, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
