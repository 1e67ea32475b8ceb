"""A draft never leaves the answer it was sent for: not into a log record, a metric, an error
body or the store. One marker goes through every endpoint and every error path."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import orjson
import pytest
from aiohttp.test_utils import TestClient

from gigguard.service.settings import Settings
from gigguard.service.store import MemoryStore

Client = TestClient[Any, Any]
Serve = Any  # the `serve` fixture: async (settings=None, *, store=None) -> Client

MARKER = "ZQX-MARKER-7731"
DRAFT = f"{MARKER} john at gmail dot com"
# What would also give the draft away: its decoded e-mail address, and the marker as UTF-16.
SECRETS = (MARKER, "john@gmail.com")


def requests(key: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, client options): answers, and every kind of error, each carrying MARKER."""
    auth = {"Authorization": f"Bearer {key}"}
    json = "application/json"
    return [
        # answers (the marker is in them, as it must be; never anywhere else)
        ("POST", "/v1/lint", {"json": {"text": DRAFT}, "headers": auth}),
        ("POST", "/v1/lint", {"json": {"text": DRAFT}, "headers": auth}),  # from the cache
        ("POST", "/v1/lint", {"json": {"text": DRAFT, "direction": "incoming", "platform": "upwork"}, "headers": auth}),
        ("POST", "/v1/lint/batch", {"json": {"drafts": [{"text": DRAFT}, {"text": DRAFT, "phase": "in_order"}]}, "headers": auth}),
        # unknown platform, as the draft and as the platform
        ("POST", "/v1/lint", {"json": {"text": DRAFT, "platform": "myspace"}, "headers": auth}),
        ("POST", "/v1/lint", {"json": {"text": DRAFT, "platform": MARKER}, "headers": auth}),
        ("POST", "/v1/lint/batch", {"json": {"drafts": [{"text": DRAFT}, {"text": DRAFT, "platform": MARKER}]}, "headers": auth}),
        ("GET", "/v1/rules", {"params": {"platform": MARKER, "phase": "pre_order"}, "headers": auth}),
        ("GET", "/v1/rules", {"params": {"platform": "fiverr", "phase": MARKER}, "headers": auth}),
        # too long
        ("POST", "/v1/lint", {"json": {"text": DRAFT + "a" * 100_000}, "headers": auth}),
        ("POST", "/v1/lint", {"data": DRAFT.encode() * 30_000, "headers": {**auth, "Content-Type": json}}),
        ("POST", "/v1/lint/batch", {"json": {"drafts": [{"text": DRAFT}] * 101}, "headers": auth}),
        # wrong types and shapes
        ("POST", "/v1/lint", {"json": {"text": [DRAFT]}, "headers": auth}),
        ("POST", "/v1/lint", {"json": {"text": {DRAFT: DRAFT}}, "headers": auth}),
        ("POST", "/v1/lint", {"json": {"text": DRAFT, "phase": DRAFT, "direction": DRAFT}, "headers": auth}),
        ("POST", "/v1/lint", {"json": {DRAFT: DRAFT}, "headers": auth}),
        ("POST", "/v1/lint", {"json": [DRAFT], "headers": auth}),
        ("POST", "/v1/lint/batch", {"json": {"drafts": [DRAFT, {"text": 1, "platform": DRAFT}]}, "headers": auth}),
        # not JSON, not the right content type, not the right method or path
        ("POST", "/v1/lint", {"data": b'{"text": "' + DRAFT.encode(), "headers": {**auth, "Content-Type": json}}),
        ("POST", "/v1/lint", {"data": DRAFT.encode(), "headers": {**auth, "Content-Type": json}}),
        ("POST", "/v1/lint", {"data": b'{"text": "\\udead' + DRAFT.encode() + b'"}', "headers": {**auth, "Content-Type": json}}),
        ("POST", "/v1/lint", {"data": orjson.dumps({"text": DRAFT}), "headers": {**auth, "Content-Type": "application/xml"}}),
        ("GET", f"/v1/lint?text={MARKER}", {"headers": auth}),
        ("GET", f"/{MARKER}/john@gmail.com", {"headers": auth}),
        # a key that is not one, and no key
        ("POST", "/v1/lint", {"json": {"text": DRAFT}, "headers": {"Authorization": f"Bearer {MARKER}"}}),
        ("POST", "/v1/lint", {"json": {"text": DRAFT}, "headers": {"Authorization": f"Basic {MARKER}"}}),
        ("POST", "/v1/lint", {"json": {"text": DRAFT}}),
        # preflights
        ("OPTIONS", "/v1/lint", {"headers": {"Origin": f"https://{MARKER}.example", "Access-Control-Request-Method": "POST"}}),
    ]  # fmt: skip


@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in ("gigguard", "aiohttp", "aiohttp.access", "aiohttp.server", "aiohttp.web"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def rendered(record: logging.LogRecord) -> str:
    text = record.getMessage()
    if record.exc_info:
        text += logging.Formatter().formatException(record.exc_info)
    return text + (record.exc_text or "") + (record.stack_info or "")


async def test_the_draft_goes_nowhere_but_its_answer(
    serve: Serve, everything_logged: pytest.LogCaptureFixture
) -> None:
    store = MemoryStore()
    client = await serve(Settings(api_key_required=True, rate_limit_per_client=0), store=store)
    key, _ = await store.key_create("privacy")
    statuses = []
    for method, path, options in requests(key):
        response = await client.request(method, path, **options)
        body = await response.read()
        statuses.append(response.status)
        assert response.status < 500, (method, path, body[:200])
        if response.status >= 300:
            for secret in SECRETS:
                assert secret.encode() not in body, (method, path, body[:300])
        for name, value in response.headers.items():
            assert MARKER not in name + value
    assert {200, 400, 401, 403, 404, 405, 413, 415, 422} <= set(statuses)

    metrics = await (await client.get("/metrics")).text()
    assert "gigguard_findings_total" in metrics
    for secret in SECRETS:
        assert secret not in metrics

    assert store._cache, "the cache was not used: nothing to inspect"
    for cache_key, (_, value) in store._cache.items():
        for secret in SECRETS:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert secret.encode(encoding) not in cache_key.encode() + value

    records = everything_logged.records
    assert any(record.name == "aiohttp.access" for record in records), "no access log captured"
    for record in records:
        for secret in SECRETS:
            assert secret not in rendered(record), (record.name, record.levelname)


async def test_a_malformed_request_line_is_logged_by_type(
    serve: Serve, everything_logged: pytest.LogCaptureFixture
) -> None:
    client = await serve()
    host, port = client.host, client.port
    for request in (
        f"BREW /v1/rules?platform={MARKER} HTTP/1.1\r\nHost: x\r\n\r\n",
        f"GET /v1/rules?platform={MARKER} HTTP/1.1\r\nHost: x\r\n\r\n"
        f"GET /{MARKER} HTTP/9.9\r\n\r\n",
    ):
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(request.encode())
        await writer.drain()
        await reader.read()
        writer.close()
        await writer.wait_closed()
    records = everything_logged.records
    assert any("Error handling request" in record.getMessage() for record in records)
    for record in records:
        assert MARKER not in rendered(record), (record.name, record.levelname)
