"""Shared state of the service: lint cache, rate limits, API keys, rule-reload announcements.

    Store (protocol)
     ├── MemoryStore   in-process; the embedded default (`gigguard serve` with no options)
     └── RedisStore    shared by every worker and instance (`--redis-url`), see redis_store.py

Nothing here ever holds draft text: cache keys are HMACs of the request, cache values are
encrypted with a key derived from the draft itself (so only someone holding the draft can read
them), API keys are stored as SHA-256 hashes.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class RateDecision:
    allowed: bool
    retry_after: float  # seconds until a request would be allowed again (0 when allowed)
    remaining: int


@dataclass(frozen=True, slots=True)
class ApiKey:
    id: str  # short public id, e.g. "k_3f9a1c"
    name: str
    created: float  # unix time
    revoked: bool = False


def hash_key(plain: str) -> str:
    return hashlib.sha256(plain.encode()).hexdigest()


def new_plain_key() -> str:
    return "gg_" + secrets.token_urlsafe(32)


ReloadListener = Callable[[], Awaitable[None]]


class Store(Protocol):
    mode: str  # "memory" or "redis"

    async def start(self) -> None: ...
    async def close(self) -> None: ...
    async def ready(self) -> bool: ...  # False while a configured Redis is unreachable

    async def cache_get(self, key: str) -> bytes | None: ...
    async def cache_set(self, key: str, value: bytes, ttl_seconds: int) -> None: ...

    async def hit(self, bucket: str, limit: int, window_seconds: float) -> RateDecision: ...

    async def key_create(self, name: str) -> tuple[str, ApiKey]: ...  # (plain key, record)
    async def key_lookup(self, plain: str) -> ApiKey | None: ...
    async def key_list(self) -> list[ApiKey]: ...
    async def key_revoke(self, key_id: str) -> bool: ...

    async def announce_reload(self) -> None: ...
    def on_reload(self, listener: ReloadListener) -> None: ...


@dataclass
class MemoryStore:
    """One process's state. Rate limits use a fixed window per bucket."""

    mode: str = "memory"
    _cache: dict[str, tuple[float, bytes]] = field(default_factory=dict)
    _windows: dict[str, tuple[float, int]] = field(default_factory=dict)
    _keys: dict[str, tuple[str, ApiKey]] = field(default_factory=dict)  # id -> (hash, record)
    _listeners: list[ReloadListener] = field(default_factory=list)
    max_cache_entries: int = 10_000

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def ready(self) -> bool:
        return True

    async def cache_get(self, key: str) -> bytes | None:
        entry = self._cache.get(key)
        if entry is None or entry[0] < time.monotonic():
            self._cache.pop(key, None)
            return None
        return entry[1]

    async def cache_set(self, key: str, value: bytes, ttl_seconds: int) -> None:
        if len(self._cache) >= self.max_cache_entries:
            self._cache.pop(next(iter(self._cache)))  # oldest first: dicts keep insertion order
        self._cache[key] = (time.monotonic() + ttl_seconds, value)

    async def hit(self, bucket: str, limit: int, window_seconds: float) -> RateDecision:
        now = time.monotonic()
        started, count = self._windows.get(bucket, (now, 0))
        if now - started >= window_seconds:
            started, count = now, 0
        if count >= limit:
            return RateDecision(False, window_seconds - (now - started), 0)
        self._windows[bucket] = (started, count + 1)
        return RateDecision(True, 0.0, limit - count - 1)

    async def key_create(self, name: str) -> tuple[str, ApiKey]:
        plain = new_plain_key()
        record = ApiKey(id="k_" + secrets.token_hex(4), name=name, created=time.time())
        self._keys[record.id] = (hash_key(plain), record)
        return plain, record

    async def key_lookup(self, plain: str) -> ApiKey | None:
        digest = hash_key(plain)
        for stored, record in self._keys.values():
            if secrets.compare_digest(stored, digest):
                return record
        return None

    async def key_list(self) -> list[ApiKey]:
        return [record for _, record in self._keys.values()]

    async def key_revoke(self, key_id: str) -> bool:
        if key_id not in self._keys:
            return False
        stored, record = self._keys[key_id]
        self._keys[key_id] = (stored, ApiKey(record.id, record.name, record.created, True))
        return True

    async def announce_reload(self) -> None:
        for listener in list(self._listeners):
            await listener()

    def on_reload(self, listener: ReloadListener) -> None:
        self._listeners.append(listener)
