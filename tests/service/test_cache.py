"""The lint cache: keys and values that do not reveal the draft, and answers that come back."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from aiohttp.test_utils import TestClient

from gigguard.service.cache import LintCache
from gigguard.service.models import LintRequest
from gigguard.service.settings import Settings
from gigguard.service.store import MemoryStore

Client = TestClient[Any, Any]
Serve = Any  # the `serve` fixture: async (settings=None, *, store=None) -> Client

SECRET = b"s" * 32
DRAFT = LintRequest(text="reach me at jo.smith at gmail dot com", platform="upwork")
ANSWER = orjson.dumps({"findings": [{"value": "jo.smith@gmail.com"}], "rewrite": "reach me"})


async def test_an_answer_comes_back_for_the_same_request_only() -> None:
    cache = LintCache(MemoryStore(), SECRET, 60)
    await cache.put(DRAFT, "upwork@1", ANSWER)
    assert await cache.get(DRAFT, "upwork@1") == ANSWER
    misses = [
        (DRAFT.model_copy(update={"text": DRAFT.text + " "}), "upwork@1"),
        (DRAFT.model_copy(update={"phase": "in_order"}), "upwork@1"),
        (DRAFT.model_copy(update={"direction": "incoming"}), "upwork@1"),
        (DRAFT.model_copy(update={"platform": "guru"}), "upwork@1"),
        (DRAFT, "upwork@2"),  # new rules: never the old rules' answer
    ]
    for request, ruleset in misses:
        assert await cache.get(request, ruleset) is None


async def test_neither_key_nor_value_reveals_the_draft_or_the_answer() -> None:
    store = MemoryStore()
    await LintCache(store, SECRET, 60).put(DRAFT, "upwork@1", ANSWER)
    ((key, (_, value)),) = store._cache.items()
    assert key.startswith("lint:") and len(key) == len("lint:") + 64
    for secret_part in (b"jo.smith", b"gmail", b"reach me", b"upwork"):
        assert secret_part not in key.encode()
        assert secret_part not in value
    assert len(value) == 12 + 16 + len(ANSWER)  # nonce, tag, ciphertext


async def test_another_secret_reads_nothing() -> None:
    store = MemoryStore()
    await LintCache(store, SECRET, 60).put(DRAFT, "upwork@1", ANSWER)
    assert await LintCache(store, b"t" * 32, 60).get(DRAFT, "upwork@1") is None


@pytest.mark.parametrize("damage", ["flip", "truncate", "move"])
async def test_a_damaged_or_moved_value_is_a_miss(damage: str) -> None:
    store = MemoryStore()
    cache = LintCache(store, SECRET, 60)
    await cache.put(DRAFT, "upwork@1", ANSWER)
    key = cache.key(DRAFT, "upwork@1")
    value = await store.cache_get(key)
    assert value is not None
    if damage == "flip":
        await store.cache_set(key, value[:-1] + bytes([value[-1] ^ 1]), 60)
    elif damage == "truncate":
        await store.cache_set(key, value[:20], 60)
    else:  # the same draft's value, under the key of another request of that draft
        other = DRAFT.model_copy(update={"phase": "in_order"})
        await store.cache_set(cache.key(other, "upwork@1"), value, 60)
        assert await cache.get(other, "upwork@1") is None
        return
    assert await cache.get(DRAFT, "upwork@1") is None


async def test_a_ttl_of_0_turns_the_cache_off(serve: Serve) -> None:
    store = MemoryStore()
    client = await serve(Settings(cache_ttl_seconds=0), store=store)
    for _ in range(2):
        response = await client.post("/v1/lint", json={"text": "jo at gmail dot com"})
        assert response.headers["X-GigGuard-Cache"] == "miss"
    assert store._cache == {}


async def test_processes_sharing_a_store_and_secret_share_answers(serve: Serve) -> None:
    store = MemoryStore()
    draft = {"text": "my number is 415 555 0123", "platform": "freelancer"}
    first = await serve(Settings(secret=SECRET), store=store)
    second = await serve(Settings(secret=SECRET), store=store)
    stranger = await serve(Settings(), store=store)  # a random secret of its own
    assert (await first.post("/v1/lint", json=draft)).headers["X-GigGuard-Cache"] == "miss"
    assert (await second.post("/v1/lint", json=draft)).headers["X-GigGuard-Cache"] == "hit"
    assert (await stranger.post("/v1/lint", json=draft)).headers["X-GigGuard-Cache"] == "miss"
