"""Wallet addresses: each coin's checksum, and the look-alikes that fail it."""

from __future__ import annotations

import hashlib

import base58
import pytest

from gigguard.engine.detectors.wallets import find_wallets

_HASH = hashlib.sha256(b"gigguard").digest()[:20]


def _base58check(version: int) -> str:
    return base58.b58encode_check(bytes([version]) + _HASH).decode()


def found(text: str, *, coin_named: bool = False) -> list[tuple[str, str]]:
    return [(w.kind, w.value) for w in find_wallets(text, lambda _start: coin_named)]


VALID = [
    # should flag
    ("bitcoin", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),  # the genesis block's address
    ("bitcoin", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),  # BIP-173 test vector
    ("bitcoin", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"),  # upper case is bech32 too
    ("litecoin", _base58check(0x30)),
    ("litecoin", "ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kgmn4n9"),
    ("dogecoin", _base58check(0x1E)),
    ("tron", "TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL"),
    ("ripple", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh"),  # the XRP Ledger's genesis account
    ("ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),  # EIP-55 test vector
    ("ethereum", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"),  # one case: no checksum
    ("bitcoin-cash", "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"),  # CashAddr spec
    ("bitcoin-cash", "qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"),  # prefix left out
    (
        "monero",  # the Monero General Fund
        "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A",
    ),
]


@pytest.mark.parametrize(("coin", "address"), VALID)
def test_a_valid_address_is_found_as_written(coin: str, address: str) -> None:
    assert found(f"Pago: {address}, gracias") == [(f"payment.{coin}", address)]


INVALID = [
    # should not flag
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",  # one character off
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
    "bc1qw508d6qejxtdg4y5R3zarvary0c5xw7kv8f3t4",  # bech32 never mixes case
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",  # EIP-55 case wrong
    "0x0000000000000000000000000000000000000000",  # all digits: a number
    "qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6b",
    "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3B",
    "0xYourAddress",  # a placeholder in a spec
    "da39a3ee5e6b4b0d3255bfef95601890afd80709",  # a SHA-1 (git) hash
    "#1A2B3C",  # a hex colour
    _base58check(0x41)[:-1],  # a TRON address cut short
]


@pytest.mark.parametrize("text", INVALID)
def test_a_look_alike_is_not_a_wallet(text: str) -> None:
    assert found(f"see {text} here") == []


def test_a_solana_key_has_no_checksum_so_it_needs_the_coin_named() -> None:
    key = base58.b58encode(hashlib.sha256(b"solana").digest()).decode()
    assert found(f"SOL: {key}", coin_named=True) == [("payment.solana", key)]
    assert found(f"token {key}") == []
