"""Cryptocurrency addresses: which coin a string is an address of, judged by its checksum.

Each format carries its own check, so a random hex string, a git SHA or a product code is not
mistaken for a wallet:

    Base58Check (double SHA-256)  BTC 1…/3…, LTC L…/M…, DOGE D…/9…/A…, TRON T…   Bitcoin wiki
    Base58Check, Ripple alphabet  XRP r…                                           xrpl.org
    bech32 / bech32m              BTC bc1…, LTC ltc1…                              BIP-173, BIP-350
    CashAddr (BCH polymod)        BCH bitcoincash:q…/p…                           BCH spec, 2017
    Monero base58 + Keccak-256    XMR 4…/8… (95 or 106 characters)                 Monero docs
    EIP-55 mixed case (Keccak)    ETH and every EVM token, 0x…                     EIP-55
    base58, 32 bytes, no check    SOL (only with the coin named nearby)            Solana docs

Values are reported as written: addresses are case-sensitive, except bech32 and CashAddr.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import base58
from Crypto.Hash import keccak

from gigguard.engine.patterns import Pattern, compile_pattern

_BASE58 = r"[1-9A-HJ-NP-Za-km-z]"
_BECH32_CHARS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_CLASS = r"[02-9ac-hj-np-zAC-HJ-NP-Z]"


@dataclass(frozen=True, slots=True)
class Wallet:
    kind: str  # "payment.bitcoin", "payment.monero", …
    start: int  # in the original draft
    end: int
    value: str


@dataclass(frozen=True, slots=True)
class _Format:
    kind: str
    pattern: Pattern
    valid: Callable[[str], bool]
    needs_coin_named: bool = False  # no checksum: only next to the coin's name


def find_wallets(text: str, coin_named: Callable[[int], bool]) -> Iterator[Wallet]:
    """Every checksum-valid address in `text` (the original draft); `coin_named(start)` says
    whether a format without a checksum (Solana) has its coin named just before."""
    for form in _FORMATS:
        for match in form.pattern.finditer(text):
            value = match.group()
            if form.needs_coin_named and not coin_named(match.start()):
                continue
            if form.valid(value):
                yield Wallet(form.kind, match.start(), match.end(), value)


# ── Base58Check: version byte + 20-byte hash + 4 bytes of double SHA-256 ─────────────────────
def _base58check(value: str, alphabet: bytes = base58.BITCOIN_ALPHABET) -> bytes | None:
    try:
        decoded: bytes = base58.b58decode_check(value, alphabet=alphabet)
    except ValueError:
        return None
    return decoded


def _versioned(*versions: int, alphabet: bytes = base58.BITCOIN_ALPHABET) -> Callable[[str], bool]:
    """A Base58Check address of a 20-byte hash under one of `versions`."""

    def valid(value: str) -> bool:
        decoded = _base58check(value, alphabet)
        return decoded is not None and len(decoded) == 21 and decoded[0] in versions

    return valid


# ── bech32 / bech32m (BIP-173, BIP-350) ─────────────────────────────────────────────────────
_BECH32_CONSTANT, _BECH32M_CONSTANT = 1, 0x2BC830A3


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for index in range(5):
            checksum ^= generator[index] if (top >> index) & 1 else 0
    return checksum


def _segwit(human_part: str) -> Callable[[str], bool]:
    """A segwit address for `human_part` ("bc", "ltc"): bech32 for witness version 0, bech32m
    for 1 to 16."""

    def valid(value: str) -> bool:
        if value.lower() != value and value.upper() != value:
            return False  # bech32 is one case or the other, never mixed
        human, _, data_part = value.lower().rpartition("1")
        if human != human_part or len(data_part) < 7:
            return False
        if any(c not in _BECH32_CHARS for c in data_part):
            return False
        data = [_BECH32_CHARS.index(c) for c in data_part]
        expanded = [ord(c) >> 5 for c in human] + [0] + [ord(c) & 31 for c in human]
        constant = _bech32_polymod(expanded + data)
        version = data[0]
        return (version == 0 and constant == _BECH32_CONSTANT) or (
            1 <= version <= 16 and constant == _BECH32M_CONSTANT
        )

    return valid


# ── CashAddr (Bitcoin Cash, 2017 spec): bech32's alphabet, a 40-bit BCH checksum ─────────────
def _cashaddr_polymod(values: list[int]) -> int:
    generator = (0x98F2BC8E61, 0x79B76D99E2, 0xF33E5FB3C4, 0xAE2EABE2A8, 0x1E4F43E470)
    checksum = 1
    for value in values:
        top = checksum >> 35
        checksum = ((checksum & 0x07FFFFFFFF) << 5) ^ value
        for index in range(5):
            checksum ^= generator[index] if (top >> index) & 1 else 0
    return checksum ^ 1


def _is_cashaddr(value: str) -> bool:
    """The prefix is part of the checksum even when left out ("qq…" means "bitcoincash:qq…")."""
    if value.lower() != value and value.upper() != value:
        return False
    prefix, _, payload = value.lower().rpartition(":")
    prefix = prefix or "bitcoincash"
    if prefix != "bitcoincash" or any(c not in _BECH32_CHARS for c in payload):
        return False
    data = [ord(c) & 31 for c in prefix] + [0] + [_BECH32_CHARS.index(c) for c in payload]
    return _cashaddr_polymod(data) == 0


# ── Monero: base58 in 8-byte blocks (11 characters each), Keccak-256 checksum ───────────────
_MONERO_BLOCK_CHARS = (0, 2, 3, 5, 6, 7, 9, 10, 11)  # encoded length of 0..8 bytes
_MONERO_NETWORKS = (0x12, 0x13, 0x2A)  # standard, integrated, subaddress (main net)


def _monero_decode(value: str) -> bytes | None:
    decoded = bytearray()
    for start in range(0, len(value), 11):
        block = value[start : start + 11]
        if len(block) not in _MONERO_BLOCK_CHARS:
            return None
        size = _MONERO_BLOCK_CHARS.index(len(block))
        number = 0
        for char in block:
            number = number * 58 + base58.BITCOIN_ALPHABET.index(char.encode())
        if number >= 1 << (8 * size):
            return None
        decoded += number.to_bytes(size, "big")
    return bytes(decoded)


def _is_monero(value: str) -> bool:
    decoded = _monero_decode(value)
    if decoded is None or len(decoded) not in (69, 77) or decoded[0] not in _MONERO_NETWORKS:
        return False
    body, checksum = decoded[:-4], decoded[-4:]
    return keccak.new(digest_bits=256, data=body).digest()[:4] == checksum


# ── Ethereum and EVM chains: EIP-55 ─────────────────────────────────────────────────────────
def _is_ethereum(value: str) -> bool:
    """EIP-55: a mixed-case address must match its checksum; one-case addresses carry none."""
    digits = value[2:]
    if digits.islower() or digits.isupper() or digits.isdigit():
        return not digits.isdigit()  # all-digit runs are more likely numbers than addresses
    digest = keccak.new(digest_bits=256, data=digits.lower().encode()).hexdigest()
    return all(
        (char.isupper() if int(nibble, 16) >= 8 else not char.isupper())
        for char, nibble in zip(digits, digest, strict=False)
        if char.isalpha()
    )


# ── Solana: a bare ed25519 public key in base58 ─────────────────────────────────────────────
def _is_solana(value: str) -> bool:
    try:
        return len(base58.b58decode(value)) == 32
    except ValueError:
        return False


_FORMATS = (
    _Format(
        "payment.bitcoin", compile_pattern(rf"\b[13]{_BASE58}{{25,34}}\b"), _versioned(0x00, 0x05)
    ),
    _Format(
        "payment.bitcoin",
        compile_pattern(rf"\b(?:bc1|BC1){_BECH32_CLASS}{{8,87}}\b"),
        _segwit("bc"),
    ),
    _Format(
        "payment.litecoin", compile_pattern(rf"\b[LM]{_BASE58}{{26,33}}\b"), _versioned(0x30, 0x32)
    ),
    _Format(
        "payment.litecoin",
        compile_pattern(rf"\b(?:ltc1|LTC1){_BECH32_CLASS}{{8,87}}\b"),
        _segwit("ltc"),
    ),
    _Format(
        "payment.dogecoin", compile_pattern(rf"\b[D9A]{_BASE58}{{25,33}}\b"), _versioned(0x1E, 0x16)
    ),
    _Format("payment.tron", compile_pattern(rf"\bT{_BASE58}{{33}}\b"), _versioned(0x41)),
    _Format(
        "payment.ripple",
        compile_pattern(
            r"\br[rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz]{24,34}\b"
        ),
        _versioned(0x00, alphabet=base58.RIPPLE_ALPHABET),
    ),
    _Format(
        "payment.bitcoin-cash",
        compile_pattern(
            r"\b(?:(?:bitcoincash|BITCOINCASH):)?(?:[qp]|[QP])" + rf"{_BECH32_CLASS}{{41}}\b"
        ),
        _is_cashaddr,
    ),
    _Format(
        "payment.monero",
        compile_pattern(rf"\b[48]{_BASE58}{{94}}(?:{_BASE58}{{11}})?\b"),
        _is_monero,
    ),
    _Format("payment.ethereum", compile_pattern(r"\b0x[0-9a-fA-F]{40}\b"), _is_ethereum),
    _Format(
        "payment.solana",
        compile_pattern(rf"\b{_BASE58}{{32,44}}\b"),
        _is_solana,
        needs_coin_named=True,
    ),
)
