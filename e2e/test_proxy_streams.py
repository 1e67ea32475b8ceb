"""`gigguard proxy` as its own process, streaming: a 100 MB download passes through while the
proxy's resident memory stays bounded (its high-water mark, read from /proc), a WebSocket
conversation has a frame blocked and one rewritten, Server-Sent Events arrive as they are sent,
and a slow upstream gets a 504 and an unreachable one a 502 while the proxy keeps serving.

    this test ─▶ gigguard proxy (a process) ─▶ a small aiohttp server (a process): 100 MB,
                                              WebSocket echo, SSE, slow
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import aiohttp
import pytest
from tests.ports import free_port

REPO = Path(__file__).resolve().parent.parent
MEGABYTE = 1024 * 1024
pytestmark = pytest.mark.timeout(120)

UPSTREAM = textwrap.dedent(
    """
    import asyncio, sys
    from aiohttp import web

    async def download(request):
        response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
        response.content_length = 100 * 1024 * 1024
        await response.prepare(request)
        chunk = bytes(64 * 1024)
        for _ in range(1600):
            await response.write(chunk)
        return response

    async def slow(request):
        await asyncio.sleep(10)
        return web.Response(text="late")

    async def hello(request):
        return web.Response(text="hello")

    async def events(request):
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(b"data: first\\n\\n")
        await asyncio.sleep(0.6)  # within the proxy's --upstream-timeout-seconds 1
        await response.write(b"data: second\\n\\n")
        return response

    async def echo(request):
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for message in ws:
            await ws.send_str("echo:" + message.data)
        return ws

    app = web.Application()
    app.router.add_get("/download", download)
    app.router.add_get("/slow", slow)
    app.router.add_get("/hello", hello)
    app.router.add_get("/events", events)
    app.router.add_get("/ws/{action}", echo)
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
    """
)
ROUTES = """
routes:
  - {method: POST, path: /posts, text: /message, platform: fiverr, action: block}
  - {websocket: true, path: /ws/block, text: /text, platform: upwork, action: block}
  - {websocket: true, path: /ws/rewrite, text: /text, platform: upwork, action: rewrite}
"""
VIOLATION = "add me on whatsapp +44 7700 900123 so we can talk there"
CLEAN = "Thanks! I'll send the first draft of the logo here on Friday."
T = TypeVar("T")


def in_own_loop(main: Callable[[], Awaitable[T]]) -> T:
    """Run `main()` in an event loop on a thread of its own: in the e2e suite, Playwright's sync
    API keeps an event loop running on the main thread."""

    async def wrapped() -> T:
        return await main()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, wrapped()).result()


def wait_for(url: str, process: subprocess.Popen[bytes]) -> None:
    """Poll `url` until it answers; waiting on the process is the pause between polls, so a
    server that crashes at start fails the test at once."""
    for _ in range(200):
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            with contextlib.suppress(subprocess.TimeoutExpired):
                code = process.wait(timeout=0.1)
                raise AssertionError(f"{process.args!r} exited with {code}") from None
    raise AssertionError(f"{url} did not come up")


def high_water_kib(pid: int) -> int:
    """The process's peak resident set (VmHWM), in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM in /proc")


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """(the proxy's URL, its pid), in front of the upstream above."""
    routes = tmp_path_factory.mktemp("proxy") / "routes.yml"
    routes.write_text(ROUTES)
    upstream_port = free_port()
    upstream = subprocess.Popen([sys.executable, "-c", UPSTREAM, str(upstream_port)])
    try:
        wait_for(f"http://127.0.0.1:{upstream_port}/hello", upstream)
        with proxy_process(routes, f"http://127.0.0.1:{upstream_port}") as proxy:
            yield proxy
    finally:
        upstream.terminate()
        upstream.wait(10)


@contextlib.contextmanager
def proxy_process(routes: Path, upstream: str) -> Iterator[tuple[str, int]]:
    port = free_port()
    proxy = subprocess.Popen(
        [sys.executable, "-m", "gigguard", "proxy", "--routes", str(routes),
         "--upstream", upstream, "--port", str(port), "--upstream-timeout-seconds", "1"],
        stderr=subprocess.DEVNULL,
        cwd=REPO,
    )  # fmt: skip
    try:
        wait_for(f"http://127.0.0.1:{port}/_gigguard/healthz", proxy)
        yield f"http://127.0.0.1:{port}", proxy.pid
    finally:
        proxy.terminate()
        proxy.wait(10)


def test_a_100_megabyte_download_streams_through_in_bounded_memory(
    proxied: tuple[str, int],
) -> None:
    url, pid = proxied
    with urllib.request.urlopen(url + "/hello", timeout=5) as warm:  # imports and pools settle
        assert warm.read() == b"hello"
    before = high_water_kib(pid)
    received = 0
    with urllib.request.urlopen(url + "/download", timeout=30) as response:
        assert response.headers["Content-Length"] == str(100 * MEGABYTE)
        while chunk := response.read(256 * 1024):
            received += len(chunk)
    assert received == 100 * MEGABYTE
    grown = (high_water_kib(pid) - before) / 1024
    # A proxy that held the body would grow by 100 MB; streaming keeps a few chunks in flight.
    assert grown < 16, f"the proxy's peak memory grew by {grown:.1f} MB"


def test_a_slow_upstream_is_a_504_and_the_proxy_goes_on(proxied: tuple[str, int]) -> None:
    url, _ = proxied
    with pytest.raises(urllib.error.HTTPError) as late:
        urllib.request.urlopen(url + "/slow", timeout=10)
    assert late.value.code == 504
    assert late.value.headers["Content-Type"] == "application/problem+json"
    with urllib.request.urlopen(url + "/hello", timeout=5) as after:
        assert after.read() == b"hello"


def test_a_websocket_conversation_has_frames_blocked_and_rewritten(
    proxied: tuple[str, int],
) -> None:
    url, _ = proxied

    async def converse() -> tuple[list[str], list[str]]:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(url + "/ws/block") as ws:
                heard = []
                for text in (CLEAN, VIOLATION, "and again, here"):
                    await ws.send_str(json.dumps({"text": text}))
                    heard.append(await ws.receive_str(timeout=10))
            async with session.ws_connect(url + "/ws/rewrite") as ws:
                await ws.send_str(json.dumps({"text": VIOLATION, "room": "r1"}))
                rewritten = [await ws.receive_str(timeout=10)]
        return heard, rewritten

    heard, rewritten = in_own_loop(converse)
    assert heard[0] == "echo:" + json.dumps({"text": CLEAN})
    blocked = json.loads(heard[1])  # from the proxy: the upstream never saw the frame
    assert blocked["type"] == "gigguard.blocked"
    assert "contact.phone" in {found["category"] for found in blocked["findings"]}
    assert heard[2] == "echo:" + json.dumps({"text": "and again, here"})  # the socket goes on
    assert rewritten[0].startswith("echo:")
    sent = json.loads(rewritten[0].removeprefix("echo:"))
    assert sent["room"] == "r1"
    assert "7700" not in sent["text"] and "whatsapp" not in sent["text"].lower()


def test_server_sent_events_arrive_as_they_are_sent(proxied: tuple[str, int]) -> None:
    url, _ = proxied

    async def listen() -> list[tuple[float, bytes]]:
        arrived = []
        async with aiohttp.ClientSession() as session, session.get(url + "/events") as response:
            assert response.headers["Content-Type"] == "text/event-stream"
            async for line in response.content:
                if line.strip():
                    arrived.append((time.monotonic(), line.strip()))
        return arrived

    (first_at, first), (second_at, second) = in_own_loop(listen)
    assert (first, second) == (b"data: first", b"data: second")
    # The upstream waits 0.6 s between the two; a proxy that buffered would deliver them together.
    assert second_at - first_at > 0.4


def test_an_unreachable_upstream_is_a_502_and_the_proxy_goes_on(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    routes = tmp_path_factory.mktemp("down") / "routes.yml"
    routes.write_text(ROUTES)
    with proxy_process(routes, f"http://127.0.0.1:{free_port()}") as (url, _):  # nobody there
        for _ in range(2):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(url + "/hello", timeout=10)
            assert refused.value.code == 502
            assert refused.value.headers["Content-Type"] == "application/problem+json"
        with urllib.request.urlopen(url + "/_gigguard/healthz", timeout=5) as health:
            assert health.status == 200
