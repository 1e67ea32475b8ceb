"""The lint API through aiohttp's test client on the real app factory."""

from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from gigguard.service.app import create_app

Client = TestClient[Any, Any]


@pytest.fixture
async def client(aiohttp_client: Any) -> Client:
    result: Client = await aiohttp_client(create_app())
    return result


async def test_lint_returns_the_finding_format(client: Client) -> None:
    response = await client.post(
        "/v1/lint", json={"text": "😀 john at gmail dot com", "platform": "fiverr"}
    )
    assert response.status == 200
    body = await response.json()
    (finding,) = body["findings"]
    assert (finding["category"], finding["start"], finding["end"]) == ("contact.email", 3, 24)
    assert finding["value"] == "john@gmail.com"
    assert body["ruleset"]


@pytest.mark.parametrize(
    ("payload", "status", "field"),
    [
        (b"{not json", 400, None),
        (b"[1, 2]", 422, None),
        (b'{"platform": "fiverr"}', 422, "text"),
        (b'{"text": 42}', 422, "text"),
        (b'{"text": "hi", "phase": "later"}', 422, "phase"),
        (b'{"text": "SECRET-DRAFT", "platform": "myspace"}', 422, None),
    ],
)
async def test_bad_input_gets_a_clear_problem(
    client: Client, payload: bytes, status: int, field: str | None
) -> None:
    response = await client.post(
        "/v1/lint", data=payload, headers={"Content-Type": "application/json"}
    )
    assert response.status == status
    body = await response.json()
    assert body["status"] == status and body["detail"]
    assert "SECRET-DRAFT" not in str(body)
    if field:
        assert field in [error["field"] for error in body["errors"]]


async def test_unknown_platform_lists_the_known_ones(client: Client) -> None:
    response = await client.post("/v1/lint", json={"text": "hi", "platform": "myspace"})
    assert response.status == 422
    assert "fiverr" in (await response.json())["known"]


async def test_too_long_text_is_413_with_the_limit(client: Client) -> None:
    response = await client.post("/v1/lint", json={"text": "a" * 100_001})
    assert response.status == 413
    assert "100000" in (await response.json())["errors"][0]["message"]


async def test_huge_body_is_413(client: Client) -> None:
    response = await client.post("/v1/lint", data=b"x" * 1_000_000)
    assert response.status == 413
    assert "bytes" in (await response.json())["detail"]


async def test_health(client: Client) -> None:
    response = await client.get("/healthz")
    assert response.status == 200
    assert (await response.json())["status"] == "ok"
