"""Every endpoint answers the same on the embedded store and on a real Redis, and after a run
through both, Redis holds no trace of the draft (keys and values, in any encoding)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis

from gigguard.service.redis_store import RedisStore
from gigguard.service.settings import Settings
from gigguard.service.store import MemoryStore, Store

Serve = Any  # the `serve` fixture from tests/service/conftest.py
MARKER = "QZV-STORE-MARKER-4417"
DRAFT = f"{MARKER} write me at john.marker at gmail dot com or call 415 555 0199"
SECRETS = (MARKER, "john.marker@gmail.com", "4155550199")


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[Store]:
    if request.param == "memory":
        yield MemoryStore()
        return
    server = request.getfixturevalue("redis_db")
    yield RedisStore(server.url)


async def test_every_endpoint_answers_on_either_store(serve: Serve, store: Store) -> None:
    client = await serve(Settings(api_key_required=True), store=store)
    key, _ = await store.key_create("endpoints")
    auth = {"Authorization": f"Bearer {key}"}
    lint = await client.post("/v1/lint", json={"text": DRAFT, "platform": "upwork"}, headers=auth)
    assert lint.status == 200
    assert {f["category"] for f in (await lint.json())["findings"]} >= {"contact.email"}
    again = await client.post("/v1/lint", json={"text": DRAFT, "platform": "upwork"}, headers=auth)
    assert again.headers["X-GigGuard-Cache"] == "hit"
    batch = await client.post(
        "/v1/lint/batch", json={"drafts": [{"text": DRAFT}, {"text": "hi"}]}, headers=auth
    )
    assert [len(r["findings"]) > 0 for r in (await batch.json())["results"]] == [True, False]
    platforms = await (await client.get("/v1/platforms", headers=auth)).json()
    assert {p["id"] for p in platforms["platforms"]} >= {"fiverr", "upwork"}
    rules = await client.get("/v1/rules", params={"platform": "guru"}, headers=auth)
    assert (await rules.json())["rules"]
    assert (await client.get("/healthz")).status == 200
    ready = await (await client.get("/readyz")).json()
    assert ready["store"] == store.mode
    assert "gigguard_http_requests_total" in await (await client.get("/metrics")).text()
    assert (await client.get("/openapi.json")).status == 200
    assert (await client.post("/v1/admin/reload", headers=auth)).status == 202
    assert (await client.post("/v1/lint", json={"text": DRAFT})).status == 401


async def test_redis_keeps_no_trace_of_the_draft(serve: Serve, redis_db: Any) -> None:
    store = RedisStore(redis_db.url)
    client = await serve(Settings(api_key_required=True), store=store)
    key, _ = await store.key_create("privacy")
    auth = {"Authorization": f"Bearer {key}"}
    for body in (
        {"text": DRAFT},
        {"text": DRAFT, "direction": "incoming"},
        {"text": DRAFT, "platform": "myspace"},
        {"text": [DRAFT]},
    ):
        response = await client.post("/v1/lint", json=body, headers=auth)
        assert response.status < 500
    await client.post("/v1/lint/batch", json={"drafts": [{"text": DRAFT}]}, headers=auth)

    raw = redis.Redis.from_url(redis_db.url)
    dump = b""
    for name in raw.scan_iter(count=1000):
        dump += name
        kind = raw.type(name)
        if kind == b"string":
            dump += raw.get(name) or b""
        elif kind == b"hash":
            for field, value in raw.hgetall(name).items():
                dump += field + value
    raw.close()
    assert b":cache:" in dump, "nothing was cached: the test would prove nothing"
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert secret.encode(encoding) not in dump, secret
