"""Whatever arrives, the answer is an answer or a clean problem: never a 5xx.

Arbitrary JSON (any types, nesting, odd Unicode, texts at and over the limits), JSON with lone
surrogates escaped in it, truncated JSON and raw bytes at POST /v1/lint and /v1/lint/batch, and
arbitrary query strings at GET /v1/rules.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote_from_bytes

import orjson
import pytest
from aiohttp.test_utils import TestClient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from yarl import URL

from gigguard.lint import platforms
from gigguard.service.settings import Settings

Client = TestClient[Any, Any]
Serve = Any  # the `serve` fixture: async (settings=None, *, store=None) -> Client

FUZZ = settings(
    max_examples=150,
    deadline=None,
    # One server for all examples is the point: state (cache, limits) must not break it either.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=200)
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=25,
)
# Long drafts: a short unit repeated up to, at and past 100,000 characters.
huge_texts = st.builds(
    lambda unit, length: (unit * length)[:length],
    st.text(min_size=1, max_size=3),
    st.sampled_from([5_000, 99_999, 100_000, 100_001, 140_000]),
)
texts = st.text(max_size=500) | huge_texts | st.text(alphabet=st.characters(codec="utf-8"))


def mostly(usual: st.SearchStrategy[Any], odd: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """`usual` three times in four: junk in one field must not hide what the others reach."""
    return st.integers(0, 3).flatmap(lambda n: usual if n < 3 else odd)  # shrinks to usual


def values_or(*known: str) -> st.SearchStrategy[Any]:
    return mostly(st.sampled_from(known), json_values)


lint_bodies = st.fixed_dictionaries(
    {"text": mostly(texts, json_values)},
    optional={
        "platform": values_or(*platforms(), *platforms(), "", "FIVERR", "myspace"),
        "phase": values_or("pre_order", "in_order", "in_order", "later"),
        "direction": values_or("outgoing", "incoming", "incoming", "sideways"),
        "extra": json_values,
    },
)
batches = st.fixed_dictionaries(
    {"drafts": mostly(st.lists(lint_bodies, max_size=4), json_values)},
    optional={"extra": json_values},
) | st.builds(lambda n: {"drafts": [{"text": "hi"}] * n}, st.sampled_from([100, 101, 500]))


def encode(value: Any, ascii_only: bool) -> bytes:
    # The standard library's encoder: integers of any size, and \uXXXX escapes when ascii_only.
    return json.dumps(value, ensure_ascii=ascii_only).encode()


def json_bodies(objects: st.SearchStrategy[Any]) -> st.SearchStrategy[bytes]:
    return st.builds(encode, mostly(objects, json_values), st.booleans())


# Escapes orjson must reject or decode: lone and paired surrogates, NUL, quotes, stray bytes.
escapes = st.lists(
    st.sampled_from(
        [b"\\ud800", b"\\udfff", b"\\ud83d\\ude00", b"\\ude00\\ud83d", b"\\u0000", b"\\\\",
         b'\\"', b"\xff", b"\xc3\xa9", b"\xed\xa0\x80", b"a", b" at ", b"gmail dot com"]
    ),
    max_size=20,
).map(lambda parts: b'{"text": "' + b"".join(parts) + b'"}')  # fmt: skip


def truncated(body: bytes, cut: int) -> bytes:
    return body[: cut % (len(body) + 1)]


def raw_bodies(objects: st.SearchStrategy[Any]) -> st.SearchStrategy[bytes]:
    return (
        escapes
        | st.builds(truncated, json_bodies(objects), st.integers(min_value=0))
        | st.binary(max_size=2_000)
        | json_bodies(objects)
    )


content_types = mostly(
    st.sampled_from(["application/json", None, "text/plain"]),
    st.sampled_from(["application/json; charset=latin-1", "multipart/form-data",
                     "application/octet-stream", ";;;", "application/json;q=é"]),
)  # fmt: skip


@pytest.fixture
async def client(serve: Serve) -> Client:
    # Time enough for any draft: a 503 from the clock is not what this looks for.
    client: Client = await serve(
        Settings(request_timeout_seconds=120, rate_limit_per_client=0, cache_ttl_seconds=5)
    )
    return client


async def post(client: Client, path: str, body: bytes, content_type: str | None) -> None:
    headers = {} if content_type is None else {"Content-Type": content_type}
    response = await client.post(path, data=body, headers=headers)
    answer = await response.read()
    event(f"{response.status}{' (over 100 kB)' if len(body) > 100_000 else ''}")
    assert response.status < 500, answer[:300]
    parsed = orjson.loads(answer)
    if response.status >= 400:
        assert response.content_type == "application/problem+json"
        assert parsed["status"] == response.status


@FUZZ
@given(body=json_bodies(lint_bodies))
async def test_lint_never_fails_on_json(client: Client, body: bytes) -> None:
    await post(client, "/v1/lint", body, "application/json")


@FUZZ
@given(body=raw_bodies(lint_bodies), content_type=content_types)
async def test_lint_never_fails_on_bytes(
    client: Client, body: bytes, content_type: str | None
) -> None:
    await post(client, "/v1/lint", body, content_type)


@FUZZ
@given(body=json_bodies(batches))
async def test_batch_never_fails_on_json(client: Client, body: bytes) -> None:
    await post(client, "/v1/lint/batch", body, "application/json")


@FUZZ
@given(body=raw_bodies(batches), content_type=content_types)
async def test_batch_never_fails_on_bytes(
    client: Client, body: bytes, content_type: str | None
) -> None:
    await post(client, "/v1/lint/batch", body, content_type)


query_keys = st.sampled_from(["platform", "phase", "Platform", ""]) | st.text(max_size=10)
query_values = values_or(*platforms(), "pre_order", "in_order").map(str) | st.text(max_size=50)


@FUZZ
@given(
    pairs=st.lists(st.tuples(query_keys, query_values), max_size=5),
    raw=st.binary(max_size=200),
)
async def test_rules_queries_never_fail(
    client: Client, pairs: list[tuple[str, str]], raw: bytes
) -> None:
    for url in (
        URL("/v1/rules").with_query(pairs),
        URL("/v1/rules?" + quote_from_bytes(raw, safe="=&;+%"), encoded=True),
    ):
        response = await client.get(url)
        event(f"{response.status}")
        assert response.status < 500, await response.text()
        orjson.loads(await response.read())
