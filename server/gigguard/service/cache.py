"""The lint cache: answers kept in the store under keys and values that do not reveal the draft.

    key   = "lint:" + hex HMAC-SHA256(secret, canonical JSON of the request + ruleset name)
    value = nonce ‖ tag ‖ AES-256-GCM(answer), keyed by HMAC-SHA256(secret, b"value-key" + draft)

Reading a value needs the draft itself, so the store (Redis, a dump of it) holds nothing a
reader without the draft can use. The key is the GCM associated data: a value moved under
another key fails to decrypt. A new ruleset version changes every key, so a rules reload
never serves answers of the old rules.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets

import orjson
from Crypto.Cipher import AES

from gigguard.service.models import LintRequest
from gigguard.service.store import Store

log = logging.getLogger("gigguard.service")

_NONCE_BYTES = 12  # 96 bits, GCM's native nonce size (NIST SP 800-38D)
_TAG_BYTES = 16


class LintCache:
    def __init__(self, store: Store, secret: bytes, ttl_seconds: int) -> None:
        self._store = store
        self._secret = secret
        self._ttl = ttl_seconds

    @property
    def enabled(self) -> bool:
        return self._ttl > 0

    def key(self, request: LintRequest, ruleset: str) -> str:
        canonical = orjson.dumps(
            {
                "text": request.text,
                "platform": request.platform,
                "phase": request.phase,
                "direction": request.direction,
                "ruleset": ruleset,
            },
            option=orjson.OPT_SORT_KEYS,
        )
        return "lint:" + hmac.new(self._secret, canonical, hashlib.sha256).hexdigest()

    async def get(self, request: LintRequest, ruleset: str) -> bytes | None:
        if not self.enabled:
            return None
        key = self.key(request, ruleset)
        try:
            sealed = await self._store.cache_get(key)
        except Exception as error:  # the backend's errors are not part of the Store protocol
            log.warning("lint cache unavailable (%s): linting without it", type(error).__name__)
            return None
        if sealed is None:
            return None
        return self._open(request.text, key, sealed)

    async def put(self, request: LintRequest, ruleset: str, answer: bytes) -> None:
        if not self.enabled:
            return
        key = self.key(request, ruleset)
        try:
            await self._store.cache_set(key, self._seal(request.text, key, answer), self._ttl)
        except Exception as error:  # as in get(): a cache that cannot store is only slower
            log.warning("lint cache unavailable (%s): answer not kept", type(error).__name__)

    def _value_key(self, text: str) -> bytes:
        draft = text.encode("utf-8", "surrogatepass")
        return hmac.new(self._secret, b"value-key" + draft, hashlib.sha256).digest()

    def _seal(self, text: str, key: str, answer: bytes) -> bytes:
        cipher = AES.new(
            self._value_key(text), AES.MODE_GCM, nonce=secrets.token_bytes(_NONCE_BYTES)
        )
        cipher.update(key.encode())
        ciphertext, tag = cipher.encrypt_and_digest(answer)
        return bytes(cipher.nonce) + bytes(tag) + bytes(ciphertext)

    def _open(self, text: str, key: str, sealed: bytes) -> bytes | None:
        nonce = sealed[:_NONCE_BYTES]
        tag = sealed[_NONCE_BYTES : _NONCE_BYTES + _TAG_BYTES]
        ciphertext = sealed[_NONCE_BYTES + _TAG_BYTES :]
        cipher = AES.new(self._value_key(text), AES.MODE_GCM, nonce=nonce)
        cipher.update(key.encode())
        try:
            answer: bytes = cipher.decrypt_and_verify(ciphertext, tag)
        except ValueError:  # tampered, truncated, or sealed under another secret: a miss
            return None
        return answer
