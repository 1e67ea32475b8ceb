"""API keys in hosted mode, rate limits, and CORS, through the real app and MemoryStore."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from gigguard.service.settings import Settings
from gigguard.service.store import MemoryStore

Client = TestClient[Any, Any]
Serve = Any  # the `serve` fixture: async (settings=None, *, store=None) -> Client

EXTENSION = "chrome-extension://" + "abcdefghijklmnopabcdefghijklmnop"
OTHER_EXTENSION = "chrome-extension://" + "p" * 32
DRAFT = {"text": "hello there"}
OPEN = ["/healthz", "/readyz", "/metrics", "/openapi.json"]


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


# Hosted mode: API keys


@pytest.fixture
async def hosted(serve: Serve) -> tuple[Client, MemoryStore]:
    store = MemoryStore()
    client = await serve(Settings(api_key_required=True), store=store)
    return client, store


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": ""},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer "},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer two words"},
    ],
)
async def test_hosted_mode_without_a_key_is_401(
    hosted: tuple[Client, MemoryStore], headers: dict[str, str]
) -> None:
    client, _ = hosted
    for method, path in [("POST", "/v1/lint"), ("GET", "/v1/platforms"), ("GET", "/v1/rules")]:
        response = await client.request(method, path, json=DRAFT, headers=headers)
        assert response.status == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert (await response.json(content_type=None))["status"] == 401


async def test_hosted_mode_refuses_unknown_and_revoked_keys(
    hosted: tuple[Client, MemoryStore],
) -> None:
    client, store = hosted
    plain, record = await store.key_create("team a")
    unknown = await client.post("/v1/lint", json=DRAFT, headers=bearer("gg_not-a-key"))
    assert unknown.status == 403
    accepted = await client.post("/v1/lint", json=DRAFT, headers=bearer(plain))
    assert accepted.status == 200
    lower_case_scheme = await client.post(
        "/v1/lint", json=DRAFT, headers={"Authorization": f"bearer {plain}"}
    )
    assert lower_case_scheme.status == 200
    await store.key_revoke(record.id)
    revoked = await client.post("/v1/lint", json=DRAFT, headers=bearer(plain))
    assert revoked.status == 403
    assert plain not in await revoked.text()


async def test_hosted_mode_keeps_operations_endpoints_open(
    hosted: tuple[Client, MemoryStore],
) -> None:
    client, _ = hosted
    for path in OPEN:
        assert (await client.get(path)).status == 200, path


async def test_hosted_is_the_default_off_loopback() -> None:
    assert Settings(host="0.0.0.0").hosted
    assert not Settings(host="127.0.0.1").hosted


async def test_loopback_needs_no_key(serve: Serve) -> None:
    client = await serve()
    assert (await client.post("/v1/lint", json=DRAFT)).status == 200


# Admin: a key always


async def test_reload_needs_a_key_even_on_loopback(serve: Serve) -> None:
    store = MemoryStore()
    client = await serve(store=store)
    none_exists = await client.post("/v1/admin/reload")
    assert none_exists.status == 403
    assert "gigguard keys" in (await none_exists.json(content_type=None))["detail"]
    plain, _ = await store.key_create("ops")
    missing = await client.post("/v1/admin/reload")
    assert missing.status == 401
    wrong = await client.post("/v1/admin/reload", headers=bearer("gg_wrong"))
    assert wrong.status == 403
    done = await client.post("/v1/admin/reload", headers=bearer(plain))
    assert (done.status, await done.json()) == (202, {"status": "announced"})


# Rate limits


async def test_clients_over_their_limit_get_429_with_retry_after(serve: Serve) -> None:
    client = await serve(Settings(rate_limit_per_client=3, rate_limit_window_seconds=30))
    statuses = [(await client.post("/v1/lint", json=DRAFT)).status for _ in range(3)]
    assert statuses == [200, 200, 200]
    limited = await client.post("/v1/lint", json=DRAFT)
    assert limited.status == 429
    retry_after = limited.headers["Retry-After"]
    assert retry_after.isdigit() and 1 <= int(retry_after) <= 30
    body = await limited.json(content_type=None)
    assert (body["status"], body["title"]) == (429, "Too many requests")
    assert "3 requests per 30 seconds" in body["detail"]
    # Operations endpoints stay reachable: probes must not be starved by clients.
    for path in OPEN:
        assert (await client.get(path)).status == 200


async def test_each_key_has_its_own_limit(serve: Serve) -> None:
    store = MemoryStore()
    settings = Settings(api_key_required=True, rate_limit_per_key=2, rate_limit_per_client=0)
    client = await serve(settings, store=store)
    first, _ = await store.key_create("first")
    second, _ = await store.key_create("second")
    for _ in range(2):
        assert (await client.post("/v1/lint", json=DRAFT, headers=bearer(first))).status == 200
    limited = await client.post("/v1/lint", json=DRAFT, headers=bearer(first))
    assert limited.status == 429 and int(limited.headers["Retry-After"]) >= 1
    assert (await client.post("/v1/lint", json=DRAFT, headers=bearer(second))).status == 200


async def test_a_limit_of_0_is_no_limit(serve: Serve) -> None:
    client = await serve(Settings(rate_limit_per_client=0))
    statuses = {(await client.get("/v1/platforms")).status for _ in range(20)}
    assert statuses == {200}


# CORS


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        # should be allowed: the configured extension, pages on this machine on any port
        (EXTENSION, True),
        ("http://localhost", True),
        ("http://localhost:3000", True),
        ("https://localhost:8443", True),
        ("http://127.0.0.1:8765", True),
        ("https://127.0.0.1", True),
        # should not be allowed
        (OTHER_EXTENSION, False),
        ("https://www.fiverr.com", False),
        ("https://evil.example", False),
        ("http://localhost.evil.example", False),
        ("http://127.0.0.1.nip.io", False),
        ("http://evil.example/http://localhost", False),
        ("ftp://localhost", False),
        ("null", False),
    ],
)
async def test_cors(serve: Serve, origin: str, allowed: bool) -> None:
    client = await serve(Settings(cors_origins=(EXTENSION,)))
    preflight = await client.options(
        "/v1/lint",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, authorization",
        },
    )
    actual = await client.post("/v1/lint", json=DRAFT, headers={"Origin": origin})
    assert actual.status == 200
    assert "Origin" in actual.headers["Vary"]
    if allowed:
        assert preflight.status == 204
        assert preflight.headers["Access-Control-Allow-Origin"] == origin
        assert preflight.headers["Access-Control-Allow-Methods"] == "GET, POST, OPTIONS"
        assert preflight.headers["Access-Control-Allow-Headers"] == "Content-Type, Authorization"
        assert actual.headers["Access-Control-Allow-Origin"] == origin
        assert "X-GigGuard-Cache" in actual.headers["Access-Control-Expose-Headers"]
    else:
        assert preflight.status == 403
        assert "Access-Control-Allow-Origin" not in preflight.headers
        assert "Access-Control-Allow-Origin" not in actual.headers


async def test_errors_carry_cors_headers_so_the_extension_can_read_them(serve: Serve) -> None:
    client = await serve(Settings(api_key_required=True, cors_origins=(EXTENSION,)))
    response = await client.post("/v1/lint", json=DRAFT, headers={"Origin": EXTENSION})
    assert response.status == 401
    assert response.headers["Access-Control-Allow-Origin"] == EXTENSION
    assert "WWW-Authenticate" in response.headers["Access-Control-Expose-Headers"]


async def test_a_preflight_needs_no_key(serve: Serve) -> None:
    client = await serve(Settings(api_key_required=True))
    preflight = await client.options(
        "/v1/lint",
        headers={"Origin": "http://localhost:5173", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status == 204


async def test_private_network_access_preflight(serve: Serve) -> None:
    client = await serve()
    preflight = await client.options(
        "/v1/lint",
        headers={
            "Origin": "http://localhost:5173",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Private-Network": "true",
        },
    )
    assert preflight.headers["Access-Control-Allow-Private-Network"] == "true"


async def test_options_without_cors_is_405(serve: Serve) -> None:
    client = await serve()
    assert (await client.options("/v1/lint")).status == 405
