"""`gigguard proxy` as its own process, streaming: a 100 MB download passes through while the
proxy's resident memory stays bounded (its high-water mark, read from /proc), and a slow
upstream gets a 504 while the proxy keeps serving.

    this test ─▶ gigguard proxy (a process) ─▶ a small aiohttp server (a process): 100 MB, slow
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

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

    app = web.Application()
    app.router.add_get("/download", download)
    app.router.add_get("/slow", slow)
    app.router.add_get("/hello", hello)
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
    """
)
ROUTES = (
    "routes:\n  - {method: POST, path: /posts, text: /message, platform: fiverr, action: block}\n"
)


def wait_for(url: str) -> None:
    for _ in range(200):
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
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
    scratch = tmp_path_factory.mktemp("proxy")
    (scratch / "routes.yml").write_text(ROUTES)
    upstream_port, proxy_port = free_port(), free_port()
    upstream = subprocess.Popen([sys.executable, "-c", UPSTREAM, str(upstream_port)])
    proxy = subprocess.Popen(
        [sys.executable, "-m", "gigguard", "proxy", "--routes", str(scratch / "routes.yml"),
         "--upstream", f"http://127.0.0.1:{upstream_port}", "--port", str(proxy_port),
         "--upstream-timeout-seconds", "1"],
        stderr=subprocess.DEVNULL,
        cwd=REPO,
    )  # fmt: skip
    try:
        wait_for(f"http://127.0.0.1:{upstream_port}/hello")
        wait_for(f"http://127.0.0.1:{proxy_port}/_gigguard/healthz")
        yield f"http://127.0.0.1:{proxy_port}", proxy.pid
    finally:
        for process in (proxy, upstream):
            process.terminate()
            process.wait(10)


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
