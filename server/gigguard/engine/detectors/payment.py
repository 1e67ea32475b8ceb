"""Payment addresses: Bitcoin, Ethereum and TRON wallets and IBANs, each checksum-validated, so
a random hex string or product code is not mistaken for one.

Reads the original draft (addresses are case-sensitive). Sources: Base58Check (Bitcoin wiki),
BIP-173 and BIP-350 (bech32/bech32m), EIP-55 (mixed-case checksum), TRON's Base58Check with
version byte 0x41, ISO 13616 (IBAN mod-97).
"""

from __future__ import annotations

from collections.abc import Iterator

import base58
from Crypto.Hash import keccak

from gigguard.engine.detectors.base import Detection, DetectionContext
from gigguard.engine.normalize import NormalizedDraft
from gigguard.engine.patterns import compile_pattern
from gigguard.findings import Category

_BASE58 = r"[1-9A-HJ-NP-Za-km-z]"
_BITCOIN_LEGACY = compile_pattern(rf"\b[13]{_BASE58}{{25,34}}\b")
_BITCOIN_SEGWIT = compile_pattern(r"\b(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}\b")
_ETHEREUM = compile_pattern(r"\b0x[0-9a-fA-F]{40}\b")
_TRON = compile_pattern(rf"\bT{_BASE58}{{33}}\b")
_IBAN = compile_pattern(r"\b[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?\b")


# "A dummy IBAN in the mockup": documentation and test values are not anybody's account.
_EXAMPLE_CONTEXT = compile_pattern(
    r"(?i)\b(?:dummy|example|sample|mock-?up|placeholder|test|fake)\b"
)
_CONTEXT_CHARS = 60


def detect(draft: NormalizedDraft, context: DetectionContext) -> Iterator[Detection]:
    text = draft.original
    checks = (
        (_BITCOIN_LEGACY, "payment.bitcoin", _is_bitcoin_legacy),
        (_BITCOIN_SEGWIT, "payment.bitcoin", _is_segwit),
        (_ETHEREUM, "payment.ethereum", _is_ethereum),
        (_TRON, "payment.tron", _is_tron),
        (_IBAN, "payment.iban", _is_iban),
    )
    for pattern, kind, valid in checks:
        for match in pattern.finditer(text):
            value = match.group()
            before = text[max(0, match.start() - _CONTEXT_CHARS) : match.start()]
            if valid(value) and _EXAMPLE_CONTEXT.search(before) is None:
                yield Detection(
                    Category.OFFPLATFORM_PAYMENT,
                    kind,
                    match.start(),
                    match.end(),
                    value.replace(" ", "").upper() if kind == "payment.iban" else value,
                    0.95,
                )


def _base58check(value: str) -> bytes | None:
    try:
        decoded: bytes = base58.b58decode_check(value)
    except ValueError:
        return None
    return decoded


def _is_bitcoin_legacy(value: str) -> bool:
    decoded = _base58check(value)
    return decoded is not None and len(decoded) == 21 and decoded[0] in (0x00, 0x05)


def _is_tron(value: str) -> bool:
    decoded = _base58check(value)
    return decoded is not None and len(decoded) == 21 and decoded[0] == 0x41


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


# BIP-173 / BIP-350: the bech32 checksum, and bech32m for witness versions 1 and up.
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_CONSTANT, _BECH32M_CONSTANT = 1, 0x2BC830A3


def _polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for index in range(5):
            checksum ^= generator[index] if (top >> index) & 1 else 0
    return checksum


def _is_segwit(value: str) -> bool:
    if value.lower() != value and value.upper() != value:
        return False  # bech32 is one case or the other, never mixed
    address = value.lower()
    human, _, data_part = address.rpartition("1")
    if human != "bc" or len(data_part) < 7 or any(c not in _CHARSET for c in data_part):
        return False
    data = [_CHARSET.index(c) for c in data_part]
    expanded = [ord(c) >> 5 for c in human] + [0] + [ord(c) & 31 for c in human]
    constant = _polymod(expanded + data)
    version = data[0]
    return (version == 0 and constant == _BECH32_CONSTANT) or (
        1 <= version <= 16 and constant == _BECH32M_CONSTANT
    )


def _is_iban(value: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to 10..35, mod 97 is 1."""
    compact = value.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    return int(digits) % 97 == 1
