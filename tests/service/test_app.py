"""The endpoints through a real socket on the real app factory: answers, and clean problems for
every kind of bad input."""

from __future__ import annotations

import socket
from typing import Any

import orjson
import pytest
from aiohttp.test_utils import TestClient

from gigguard import __version__
from gigguard.lint import lint, platforms, ruleset_for
from gigguard.service.settings import Settings

Client = TestClient[Any, Any]
Serve = Any  # the `serve` fixture: async (settings=None, *, store=None) -> Client

MARKER = "SECRET-DRAFT"


@pytest.fixture
async def client(serve: Serve) -> Client:
    return await serve()


async def problem_of(response: Any, status: int) -> dict[str, Any]:
    assert response.status == status, await response.text()
    assert response.content_type == "application/problem+json"
    body: dict[str, Any] = await response.json(content_type=None)
    assert body["status"] == status and body["title"] and body["detail"]
    assert MARKER not in str(body)
    return body


def fields_of(body: dict[str, Any]) -> list[str]:
    return [error["field"] for error in body.get("errors", [])]


# POST /v1/lint


async def test_lint_returns_the_finding_format(client: Client) -> None:
    response = await client.post(
        "/v1/lint", json={"text": "😀 john at gmail dot com", "platform": "fiverr"}
    )
    assert response.status == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = await response.json()
    (finding,) = [f for f in body["findings"] if f["category"] == "contact.email"]
    assert (finding["category"], finding["start"], finding["end"]) == ("contact.email", 3, 24)
    assert finding["value"] == "john@gmail.com"
    assert body["ruleset"] == ruleset_for("fiverr").name


async def test_lint_answers_as_the_engine_does(client: Client) -> None:
    draft = {"text": "can you send your whatsapp?", "platform": "upwork", "direction": "incoming"}
    response = await client.post("/v1/lint", json=draft)
    assert await response.json() == lint(draft["text"], "upwork", "pre_order", "incoming").to_dict()


async def test_a_repeated_draft_comes_from_the_cache(client: Client) -> None:
    draft = {"text": "mail me at jo at example dot org", "platform": "guru"}
    first = await client.post("/v1/lint", json=draft)
    second = await client.post("/v1/lint", json=draft)
    other_phase = await client.post("/v1/lint", json={**draft, "phase": "in_order"})
    assert [r.headers["X-GigGuard-Cache"] for r in (first, second, other_phase)] == [
        "miss",
        "hit",
        "miss",
    ]
    assert await first.read() == await second.read()


async def test_a_draft_that_takes_too_long_is_503(serve: Serve) -> None:
    client = await serve(Settings(request_timeout_seconds=1e-9))
    response = await client.post("/v1/lint", json={"text": "call me on 415 555 0123 " * 2000})
    body = await problem_of(response, 503)
    assert "seconds" in body["detail"]
    assert response.headers["Retry-After"] == "1"


@pytest.mark.parametrize(
    ("payload", "status", "field"),
    [
        # should be 400: not JSON
        (b"{not json", 400, None),
        (b"", 400, None),
        (b'{"text": "SECRET-DRAFT"', 400, None),
        (b'{"text": "\\ud83d SECRET-DRAFT"}', 400, None),  # a lone surrogate
        # should be 422: JSON of the wrong shape, naming the field
        (b"[1, 2]", 422, "(body)"),
        (b'"SECRET-DRAFT"', 422, "(body)"),
        (b'{"platform": "fiverr"}', 422, "text"),
        (b'{"text": 42}', 422, "text"),
        (b'{"text": ["SECRET-DRAFT"]}', 422, "text"),
        (b'{"text": "hi", "phase": "later"}', 422, "phase"),
        (b'{"text": "hi", "direction": "SECRET-DRAFT"}', 422, "direction"),
        (b'{"text": "hi", "platform": null}', 422, "platform"),
        (b'{"text": "SECRET-DRAFT", "platform": "myspace"}', 422, "platform"),
        # should be 413: over a limit, naming it
        (orjson.dumps({"text": "a" * 100_001}), 413, "text"),
    ],
)
async def test_bad_input_gets_a_clear_problem(
    client: Client, payload: bytes, status: int, field: str | None
) -> None:
    response = await client.post(
        "/v1/lint", data=payload, headers={"Content-Type": "application/json"}
    )
    body = await problem_of(response, status)
    if field:
        assert field in fields_of(body)


async def test_unknown_platform_lists_the_known_ones(client: Client) -> None:
    response = await client.post("/v1/lint", json={"text": "hi", "platform": "myspace"})
    body = await problem_of(response, 422)
    assert body["known"] == platforms()


async def test_too_long_text_is_413_with_the_limit(client: Client) -> None:
    response = await client.post("/v1/lint", json={"text": "a" * 100_001})
    body = await problem_of(response, 413)
    assert "100000" in body["errors"][0]["message"]


async def test_huge_body_is_413_with_the_limit(client: Client) -> None:
    response = await client.post("/v1/lint", data=b"x" * 1_000_000)
    body = await problem_of(response, 413)
    assert "416384 bytes" in body["detail"]


@pytest.mark.parametrize(
    ("content_type", "status"),
    [
        # should be accepted: JSON, and what curl -d and a no-preflight fetch() send
        ("application/json", 200),
        ("application/json; charset=utf-8", 200),
        ("application/vnd.gigguard+json", 200),
        ("text/plain;charset=UTF-8", 200),
        ("application/x-www-form-urlencoded", 200),
        # should be 415
        ("multipart/form-data; boundary=x", 415),
        ("application/octet-stream", 415),
        ("application/xml", 415),
    ],
)
async def test_content_types(client: Client, content_type: str, status: int) -> None:
    response = await client.post(
        "/v1/lint", data=b'{"text": "hello"}', headers={"Content-Type": content_type}
    )
    assert response.status == status
    if status != 200:
        await problem_of(response, status)


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/v1/lint", 405),
        ("PUT", "/v1/lint/batch", 405),
        ("DELETE", "/healthz", 405),
        ("POST", "/v1/platforms", 405),
        ("GET", "/v1/nothing-here", 404),
        ("GET", "/", 404),
    ],
)
async def test_wrong_method_or_path_is_a_clean_problem(
    client: Client, method: str, path: str, status: int
) -> None:
    response = await client.request(method, path)
    body = await problem_of(response, status)
    assert "/openapi.json" in body["detail"]
    if status == 405:
        assert response.headers["Allow"]


# POST /v1/lint/batch


async def test_batch_answers_each_draft_in_order(client: Client) -> None:
    drafts = [
        {"text": "email me: jo at gmail dot com"},
        {"text": "The logo is ready.", "platform": "upwork"},
        {"text": "pay me via paypal, it saves the fee", "phase": "in_order"},
        {"text": "what's your telegram?", "direction": "incoming", "platform": "freelancer"},
    ]
    response = await client.post("/v1/lint/batch", json={"drafts": drafts})
    assert response.status == 200, await response.text()
    expected = [
        lint(
            d["text"],
            d.get("platform", "fiverr"),
            d.get("phase", "pre_order"),
            d.get("direction", "outgoing"),
        ).to_dict()
        for d in drafts
    ]
    assert (await response.json())["results"] == expected
    assert response.headers["X-GigGuard-Cache"] == "miss"
    again = await client.post("/v1/lint/batch", json={"drafts": drafts})
    assert again.headers["X-GigGuard-Cache"] == "hit"
    assert (await again.json())["results"] == expected


async def test_an_empty_batch_is_an_empty_answer(client: Client) -> None:
    response = await client.post("/v1/lint/batch", json={"drafts": []})
    assert await response.json() == {"results": []}


@pytest.mark.parametrize(
    ("payload", "status", "field"),
    [
        # should be 422, naming the index and field
        ({}, 422, "drafts"),
        ({"drafts": "SECRET-DRAFT"}, 422, "drafts"),
        ({"drafts": [{"text": "ok"}, 5]}, 422, "drafts.1"),
        ({"drafts": [{"text": "ok"}] * 3 + [{"text": 3}]}, 422, "drafts.3.text"),
        ({"drafts": [{"text": "ok", "phase": "SECRET-DRAFT"}]}, 422, "drafts.0.phase"),
        ({"drafts": [{"text": "ok"}, {"text": "SECRET-DRAFT", "platform": "x"}]}, 422, "drafts.1.platform"),
        # should be 413: over a limit, naming it
        ({"drafts": [{"text": "ok"}] * 101}, 413, "drafts"),
        ({"drafts": [{"text": "ok"}, {"text": "a" * 100_001}]}, 413, "drafts.1.text"),
    ],
)  # fmt: skip
async def test_bad_batches_get_a_clear_problem(
    client: Client, payload: Any, status: int, field: str
) -> None:
    response = await client.post("/v1/lint/batch", json=payload)
    body = await problem_of(response, status)
    assert field in fields_of(body)


async def test_batch_limits_are_settings(serve: Serve) -> None:
    client = await serve(Settings(max_batch=2, max_batch_bytes=1000))
    too_many = await client.post("/v1/lint/batch", json={"drafts": [{"text": "a"}] * 3})
    assert "at most 2 drafts" in (await problem_of(too_many, 413))["detail"]
    too_big = await client.post("/v1/lint/batch", json={"drafts": [{"text": "a" * 2000}]})
    assert "1000 bytes" in (await problem_of(too_big, 413))["detail"]


# GET /v1/platforms, /v1/rules


async def test_platforms_list_rulesets_and_adapters(client: Client) -> None:
    response = await client.get("/v1/platforms")
    listed = (await response.json())["platforms"]
    assert [p["id"] for p in listed] == platforms()
    for entry in listed:
        ruleset = ruleset_for(entry["id"])
        assert (entry["title"], entry["ruleset"], entry["version"]) == (
            ruleset.pack.title,
            ruleset.name,
            ruleset.version,
        )
        assert ruleset.pack.adapter is not None
        assert entry["adapter"] == ruleset.pack.adapter.model_dump()


@pytest.mark.parametrize("phase", ["pre_order", "in_order"])
async def test_rules_with_their_severity_in_a_phase(client: Client, phase: str) -> None:
    response = await client.get("/v1/rules", params={"platform": "fiverr", "phase": phase})
    body = await response.json()
    ruleset = ruleset_for("fiverr")
    assert (body["platform"], body["ruleset"], body["phase"]) == ("fiverr", ruleset.name, phase)
    assert [rule["id"] for rule in body["rules"]] == [c.rule.id for c in ruleset.rules]
    for rule, compiled in zip(body["rules"], ruleset.rules, strict=True):
        assert rule["severity"] == compiled.rule.severity_in(phase)  # type: ignore[arg-type]
        assert rule["category"] == compiled.rule.category
        policy = ruleset.policy(compiled.rule.policy)
        assert rule["policy"] == ({"title": policy.title, "url": policy.url} if policy else None)


async def test_rules_default_to_fiverr_before_an_order(client: Client) -> None:
    body = await (await client.get("/v1/rules")).json()
    assert (body["platform"], body["phase"]) == ("fiverr", "pre_order")


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"platform": "myspace"}, "platform"),
        ({"platform": ""}, "platform"),
        ({"phase": "later"}, "phase"),
        ({"platform": "fiverr", "phase": "SECRET-DRAFT"}, "phase"),
    ],
)
async def test_bad_rules_queries_are_422(client: Client, query: dict[str, str], field: str) -> None:
    body = await problem_of(await client.get("/v1/rules", params=query), 422)
    assert field in fields_of(body)


# GET /healthz, /readyz


async def test_health(client: Client) -> None:
    response = await client.get("/healthz")
    assert await response.json() == {"status": "ok", "version": __version__}


async def test_ready_with_the_embedded_store(client: Client) -> None:
    response = await client.get("/readyz")
    assert (response.status, await response.json()) == (200, {"status": "ready", "store": "memory"})


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def test_degraded_without_redis_but_linting_goes_on(serve: Serve) -> None:
    client = await serve(Settings(redis_url=f"redis://127.0.0.1:{unused_port()}/0"))
    ready = await client.get("/readyz")
    assert ready.status == 503
    body = await ready.json()
    assert (body["status"], body["store"]) == ("degraded", "redis")
    linted = await client.post("/v1/lint", json={"text": "jo at gmail dot com"})
    assert linted.status == 200
    assert (await linted.json())["findings"][0]["value"] == "jo@gmail.com"
