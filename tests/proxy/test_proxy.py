"""`gigguard proxy` on real loopback sockets, in front of a small aiohttp chat server that records
what reached it: checked messages blocked, rewritten, annotated or passed byte for byte, and
everything else (methods, paths, headers, statuses, streams, WebSockets, SSE) left untouched."""

from __future__ import annotations

import asyncio
import logging
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
import pytest
from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestClient, TestServer
from yarl import URL

from gigguard.proxy.app import create_proxy_app
from gigguard.proxy.routes import parse_routes
from gigguard.proxy.settings import ProxySettings
from gigguard.service.app import RUNNER_OPTIONS

ROUTES = {
    "routes": [
        {"method": "POST", "path": "/api/v4/posts", "text": "/message", "platform": "fiverr",
         "action": "block", "optional_text": "/props/caption"},
        {"method": "PUT", "path": "/rooms/{room}/send/{txn}", "text": "/body",
         "platform": {"header": "X-Platform"}, "action": "rewrite"},
        {"method": "POST", "path": "/notes", "text": ["/title", "/text"], "platform": "upwork",
         "phase": {"pointer": "/phase"}, "action": "annotate"},
        {"websocket": True, "path": "/ws/block", "text": "/message/text", "platform": "upwork",
         "action": "block"},
        {"websocket": True, "path": "/ws/rewrite", "text": "/message/text", "platform": "upwork",
         "action": "rewrite"},
    ]
}  # fmt: skip
VIOLATION = "add me on whatsapp +44 7700 900123 so we can talk there"
CLEAN = "Thanks! I'll send the first draft of the logo here on Friday."
MEGABYTE = 1024 * 1024


@dataclass
class Upstream:
    """What the chat server was sent."""

    requests: list[dict[str, Any]] = field(default_factory=list)
    frames: list[Any] = field(default_factory=list)
    close_codes: list[int | None] = field(default_factory=list)
    go_on: asyncio.Event = field(default_factory=asyncio.Event)
    url: URL = field(default_factory=URL)


def upstream_app(seen: Upstream) -> web.Application:
    async def record(request: web.Request) -> web.Response:
        body = await request.read()
        seen.requests.append(
            {"method": request.method, "path": request.raw_path, "headers": request.headers,
             "body": body}
        )  # fmt: skip
        return web.Response(
            status=201 if request.method == "PUT" else 200,
            body=b'{"ok":true}',
            headers={"Content-Type": "application/json", "X-Upstream": "yes"},
        )

    async def teapot(request: web.Request) -> web.Response:
        return web.Response(status=418, text="short and stout", headers={"X-Kettle": "on"})

    async def download(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
        response.content_length = 100 * MEGABYTE
        await response.prepare(request)
        chunk = b"\x00" * (64 * 1024)
        for _ in range(100 * MEGABYTE // len(chunk)):
            await response.write(chunk)
        return response

    async def upload(request: web.Request) -> web.Response:
        size = 0
        async for chunk in request.content.iter_any():
            size += len(chunk)
        return web.json_response({"size": size})

    async def events(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(b"data: first\n\n")
        await asyncio.wait_for(seen.go_on.wait(), 10)  # the test has read the first event
        await response.write(b"data: second\n\n")
        return response

    async def cut_short(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        response.content_length = 100  # one small answer, ended after 10 bytes
        await response.prepare(request)
        await response.write(b"0123456789")
        assert request.transport is not None
        request.transport.close()
        return response

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.Response(text="late")

    async def socket(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(protocols=("chat.v1",))
        await ws.prepare(request)
        while True:
            message = await ws.receive()
            if message.type == WSMsgType.TEXT:
                seen.frames.append(message.data)
                await ws.send_str(f"echo:{message.data}")
            elif message.type == WSMsgType.BINARY:
                seen.frames.append(message.data)
                await ws.send_bytes(message.data[::-1])
            else:
                seen.close_codes.append(message.data if message.type == WSMsgType.CLOSE else None)
                return ws

    app = web.Application()
    app.router.add_get("/teapot", teapot)
    app.router.add_get("/download", download)
    app.router.add_post("/upload", upload)
    app.router.add_get("/events", events)
    app.router.add_get("/slow", slow)
    app.router.add_get("/cut-short", cut_short)
    for path in ("/ws/block", "/ws/rewrite", "/ws/plain"):
        app.router.add_get(path, socket)
    app.router.add_route("*", "/{tail:.*}", record)
    return app


Client = TestClient[Any, Any]


@pytest.fixture
async def upstream() -> AsyncIterator[Upstream]:
    seen = Upstream()
    server = TestServer(upstream_app(seen))
    await server.start_server()
    seen.url = server.make_url("/")
    yield seen
    await server.close()


Proxy = Callable[..., Awaitable[Client]]


@pytest.fixture
def proxy(aiohttp_client: Any) -> Proxy:
    async def start(upstream_url: URL, **options: Any) -> Client:
        settings = ProxySettings(upstream_url, tuple(parse_routes(ROUTES)), **options)
        server = TestServer(create_proxy_app(settings))
        await server.start_server(**RUNNER_OPTIONS)
        client: Client = await aiohttp_client(server)
        return client

    return start


async def test_a_clean_message_is_forwarded_byte_for_byte(upstream: Upstream, proxy: Proxy) -> None:
    client = await proxy(upstream.url)
    raw = b'{ "message" : "' + CLEAN.encode() + b'",  "channel_id": "x1" }'
    response = await client.post("/api/v4/posts", data=raw)
    assert response.status == 200
    assert await response.read() == b'{"ok":true}'
    assert response.headers["X-Upstream"] == "yes"
    (sent,) = upstream.requests
    assert sent["body"] == raw


async def test_block_answers_422_and_nothing_reaches_the_upstream(
    upstream: Upstream, proxy: Proxy
) -> None:
    client = await proxy(upstream.url)
    response = await client.post("/api/v4/posts", json={"message": VIOLATION})
    assert response.status == 422
    assert response.content_type == "application/problem+json"
    body = await response.json()
    assert body["title"] == "Message blocked"
    categories = {finding["category"] for finding in body["findings"]}
    assert {"contact.phone", "offplatform.invite"} <= categories
    assert all(finding["pointer"] == "/message" for finding in body["findings"])
    assert body["rewrite"] and "7700" not in body["rewrite"]
    assert upstream.requests == []


async def test_rewrite_replaces_the_text_and_keeps_the_rest(
    upstream: Upstream, proxy: Proxy
) -> None:
    client = await proxy(upstream.url)
    message = {"msgtype": "m.text", "body": VIOLATION, "extra": {"n": [1, 2.5, None, "é"]}}
    response = await client.put(
        "/rooms/!r:x/send/t1", json=message, headers={"X-Platform": "fiverr"}
    )
    assert response.status == 201
    assert response.headers["X-GigGuard-Action"] == "rewritten"
    (sent,) = upstream.requests
    forwarded = orjson.loads(sent["body"])
    assert forwarded["msgtype"] == "m.text" and forwarded["extra"] == message["extra"]
    assert forwarded["body"] != VIOLATION and "7700" not in forwarded["body"]
    assert int(sent["headers"]["Content-Length"]) == len(sent["body"])


async def test_annotate_forwards_unchanged_with_findings_but_no_values(
    upstream: Upstream, proxy: Proxy
) -> None:
    client = await proxy(upstream.url)
    raw = orjson.dumps(
        {"title": "hello", "text": "write me at anna.k@gmail.com", "phase": "pre_order"}
    )
    response = await client.post("/notes", data=raw)
    assert response.status == 200
    (sent,) = upstream.requests
    assert sent["body"] == raw
    for headers in (sent["headers"], response.headers):
        annotated = orjson.loads(headers["X-GigGuard-Findings"])
        assert {f["category"] for f in annotated} >= {"contact.email"}
        assert all(f["pointer"] == "/text" for f in annotated)
        assert "anna" not in headers["X-GigGuard-Findings"]
    assert response.headers["X-GigGuard-Action"] == "annotated"


async def test_checked_routes_refuse_what_they_cannot_read(
    upstream: Upstream, proxy: Proxy
) -> None:
    client = await proxy(upstream.url)
    malformed = await client.post("/api/v4/posts", data=b'{"message": ')
    assert malformed.status == 400
    missing = await client.post("/api/v4/posts", json={"msg": CLEAN})
    assert missing.status == 422
    assert (await missing.json())["errors"][0]["field"] == "/message"
    not_text = await client.post("/api/v4/posts", json={"message": 42})
    assert not_text.status == 422
    no_header = await client.put("/rooms/r/send/t", json={"body": CLEAN})
    assert (await no_header.json())["errors"][0]["field"] == "X-Platform"
    unknown = await client.put(
        "/rooms/r/send/t", json={"body": CLEAN}, headers={"X-Platform": "ebay"}
    )
    assert unknown.status == 422 and "fiverr" in (await unknown.json())["known"]
    bad_phase = await client.post("/notes", json={"title": "a", "text": "b", "phase": "later"})
    assert (await bad_phase.json())["errors"][0]["field"] == "/phase"
    huge = await client.post("/api/v4/posts", data=b'{"message": "' + b"a" * 600_000 + b'"}')
    assert huge.status == 413
    assert upstream.requests == []


async def test_everything_else_passes_untouched(upstream: Upstream, proxy: Proxy) -> None:
    client = await proxy(upstream.url)
    response = await client.request(
        "PATCH",
        URL("/api/v4/users/me/patch?x=%2F1&y=a+b", encoded=True),
        data=b"\x00\x01binary",
        headers={
            "Connection": "keep-alive, X-Hop",
            "X-Hop": "secret",
            "Keep-Alive": "timeout=5",
            "Authorization": "Bearer abc",
            "X-Forwarded-For": "203.0.113.7",
        },
    )
    assert response.status == 200
    (sent,) = upstream.requests
    assert (sent["method"], sent["path"], sent["body"]) == (
        "PATCH", "/api/v4/users/me/patch?x=%2F1&y=a+b", b"\x00\x01binary",
    )  # fmt: skip
    headers = sent["headers"]
    assert headers["Authorization"] == "Bearer abc"
    assert "X-Hop" not in headers and "Keep-Alive" not in headers
    assert headers["X-Forwarded-For"] == "203.0.113.7, 127.0.0.1"
    assert headers["X-Forwarded-Proto"] == "http"
    assert headers["X-Forwarded-Host"] == f"{client.host}:{client.port}"
    teapot = await client.get("/teapot")
    assert (teapot.status, await teapot.text(), teapot.headers["X-Kettle"]) == (
        418, "short and stout", "on",
    )  # fmt: skip
    # A GET on a checked path is not a message: it passes.
    assert (await client.get("/api/v4/posts")).status == 200


async def _status_of(client: Client, request_line: str) -> int:
    """Send one request line as written (an HTTP client would resolve or re-parse its path)."""
    reader, writer = await asyncio.open_connection(client.host, client.port)
    writer.write(
        f"{request_line}\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode()
    )
    status = int((await reader.readline()).split()[1])
    writer.close()
    await writer.wait_closed()
    return status


async def test_a_path_never_reaches_another_host_or_resolves_past_a_route(
    upstream: Upstream, proxy: Proxy
) -> None:
    elsewhere = Upstream()
    other = TestServer(upstream_app(elsewhere))
    await other.start_server()
    try:
        client = await proxy(upstream.url)
        # should be refused: read as a URL, "//host:port/x" names another host; "." and ".."
        # segments and "//" are resolved or merged by many servers, into a checked path
        for target in (
            f"//127.0.0.1:{other.port}/teapot", "/api/v4/x/../posts", "/api/v4/./posts",
            "/api/v4/%2e%2E/v4/posts", "/api//v4/posts", "/api/v4/posts/..",
        ):  # fmt: skip
            assert await _status_of(client, f"POST {target} HTTP/1.1") == 400, target
        assert upstream.requests == [] and elsewhere.requests == []
        # should pass: a trailing slash, dots inside a segment, an encoded slash in the query
        for target in ("/api/v4/posts/", "/files/a..b/.env", "/x?next=%2F%2Fy"):
            assert await _status_of(client, f"GET {target} HTTP/1.1") == 200, target
        assert [sent["path"] for sent in upstream.requests] == [
            "/api/v4/posts/", "/files/a..b/.env", "/x?next=%2F%2Fy",
        ]  # fmt: skip
    finally:
        await other.close()


async def test_a_100_megabyte_download_streams_in_bounded_memory(
    upstream: Upstream, proxy: Proxy
) -> None:
    client = await proxy(upstream.url)
    tracemalloc.start()
    try:
        response = await client.get("/download")
        received = 0
        async for chunk in response.content.iter_chunked(256 * 1024):
            received += len(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert received == 100 * MEGABYTE
    assert response.headers["Content-Length"] == str(100 * MEGABYTE)
    # Upstream, proxy and client share this process: all three together stay far below the body.
    assert peak < 16 * MEGABYTE, f"peak {peak / MEGABYTE:.1f} MB"


async def test_an_upload_streams_through(upstream: Upstream, proxy: Proxy) -> None:
    client = await proxy(upstream.url)

    async def body() -> AsyncIterator[bytes]:
        for _ in range(20):
            yield b"x" * MEGABYTE

    response = await client.post("/upload", data=body())
    assert (await response.json()) == {"size": 20 * MEGABYTE}


async def test_server_sent_events_arrive_as_they_are_sent(upstream: Upstream, proxy: Proxy) -> None:
    client = await proxy(upstream.url)
    response = await client.get("/events")
    assert response.content_type == "text/event-stream"
    # The upstream sends the second event only once the first has reached this client: a proxy
    # that buffered the stream would never deliver the first, and this would time out.
    first = await asyncio.wait_for(response.content.readuntil(b"\n\n"), 5)
    assert first == b"data: first\n\n"
    upstream.go_on.set()
    assert await asyncio.wait_for(response.content.read(), 5) == b"data: second\n\n"


async def test_upstream_refused_is_502_and_too_slow_504_and_the_proxy_goes_on(
    upstream: Upstream, proxy: Proxy, unused_tcp_port: int
) -> None:
    down = await proxy(URL(f"http://127.0.0.1:{unused_tcp_port}"))
    refused = await down.get("/anything")
    assert refused.status == 502
    assert (await refused.json())["title"] == "Upstream unreachable"
    assert (await down.get("/_gigguard/healthz")).status == 200

    client = await proxy(upstream.url, upstream_timeout_seconds=0.3)
    late = await client.get("/slow")
    assert late.status == 504
    assert late.content_type == "application/problem+json"
    assert (await client.get("/teapot")).status == 418
    metrics = await (await client.get("/metrics")).text()
    assert 'gigguard_proxy_upstream_errors_total{kind="timeout"} 1.0' in metrics


async def test_a_small_answer_cut_off_upstream_is_502_not_a_short_body(
    upstream: Upstream, proxy: Proxy
) -> None:
    client = await proxy(upstream.url)
    cut = await client.get("/cut-short")
    assert cut.status == 502
    assert (await cut.json())["title"] == "Upstream answer cut off"
    teapot = await client.get("/teapot")  # and small answers that arrive whole, whole
    assert (teapot.status, await teapot.text()) == (418, "short and stout")
    assert teapot.headers["Content-Length"] == str(len("short and stout"))
    metrics = await (await client.get("/metrics")).text()
    assert 'gigguard_proxy_upstream_errors_total{kind="cut_off"} 1.0' in metrics


async def test_websocket_frames_are_checked_and_everything_else_relayed(
    upstream: Upstream, proxy: Proxy
) -> None:
    client = await proxy(upstream.url)
    async with client.ws_connect("/ws/block", protocols=("chat.v1",)) as ws:
        assert ws.protocol == "chat.v1"
        clean = orjson.dumps({"message": {"text": CLEAN}}).decode()
        await ws.send_str(clean)
        assert await ws.receive_str(timeout=5) == f"echo:{clean}"
        await ws.send_str(orjson.dumps({"message": {"text": VIOLATION}}).decode())
        blocked = orjson.loads(await ws.receive_str(timeout=5))
        assert blocked["type"] == "gigguard.blocked"
        assert {"contact.phone", "offplatform.invite"} <= {
            f["category"] for f in blocked["findings"]
        }
        await ws.send_str("typing…")  # not JSON: not a message this route checks
        assert await ws.receive_str(timeout=5) == "echo:typing…"
        await ws.send_bytes(b"\x01\x02\x03")
        assert await ws.receive_bytes(timeout=5) == b"\x03\x02\x01"
        await ws.close(code=4001)
    await asyncio.sleep(0.1)
    assert upstream.frames == [clean, "typing…", b"\x01\x02\x03"]  # never the violation
    assert upstream.close_codes == [4001]


async def test_websocket_rewrite_and_plain_pass_through(upstream: Upstream, proxy: Proxy) -> None:
    client = await proxy(upstream.url)
    async with client.ws_connect("/ws/rewrite") as ws:
        await ws.send_str(orjson.dumps({"message": {"text": VIOLATION}, "id": 7}).decode())
        echoed = await ws.receive_str(timeout=5)
    forwarded = orjson.loads(echoed.removeprefix("echo:"))
    assert forwarded["id"] == 7 and "7700" not in forwarded["message"]["text"]
    async with client.ws_connect("/ws/plain") as ws:
        raw = orjson.dumps({"message": {"text": VIOLATION}}).decode()
        await ws.send_str(raw)
        assert await ws.receive_str(timeout=5) == f"echo:{raw}"  # no route checks it


async def test_no_message_text_reaches_the_logs(
    upstream: Upstream, proxy: Proxy, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = await proxy(upstream.url)
    await client.post("/api/v4/posts", json={"message": VIOLATION})
    await client.post("/api/v4/posts", data=b'{"message": "' + VIOLATION.encode() + b'"')
    await client.put("/rooms/r/send/t", json={"body": VIOLATION}, headers={"X-Platform": "fiverr"})
    async with client.ws_connect("/ws/block") as ws:
        await ws.send_str(orjson.dumps({"message": {"text": VIOLATION}}).decode())
        await ws.receive_str(timeout=5)
    metrics = await (await client.get("/metrics")).text()
    assert 'action="block"' in metrics and 'action="rewrite"' in metrics
    for secret in ("7700", "whatsapp"):
        assert secret not in caplog.text
        assert secret not in metrics.lower()


async def test_the_proxy_exposes_its_own_metrics_and_health(
    upstream: Upstream, proxy: Proxy
) -> None:
    client = await proxy(upstream.url)
    await client.post("/api/v4/posts", json={"message": CLEAN})
    await client.post("/api/v4/posts", json={"message": VIOLATION})
    metrics = await (await client.get("/metrics")).text()
    assert 'gigguard_proxy_messages_total{action="clean",route="POST /api/v4/posts"} 1.0' in metrics
    assert 'gigguard_proxy_messages_total{action="block",route="POST /api/v4/posts"} 1.0' in metrics
    assert "gigguard_proxy_upstream_seconds_count 1.0" in metrics
    health = await client.get("/_gigguard/healthz")
    assert (await health.json())["status"] == "ok"


async def test_an_optional_text_is_checked_when_present(upstream: Upstream, proxy: Proxy) -> None:
    client = await proxy(upstream.url)
    plain = await client.post("/api/v4/posts", json={"message": CLEAN})
    assert plain.status == 200  # no caption: nothing to check there
    hidden = await client.post(
        "/api/v4/posts", json={"message": CLEAN, "props": {"caption": VIOLATION}}
    )
    assert hidden.status == 422
    assert {f["pointer"] for f in (await hidden.json())["findings"]} == {"/props/caption"}
    not_text = await client.post("/api/v4/posts", json={"message": CLEAN, "props": {"caption": 3}})
    assert not_text.status == 200
    assert len(upstream.requests) == 2
