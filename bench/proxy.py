"""What `gigguard proxy` adds to a message's trip, beside going to the chat server directly.

    python bench/proxy.py [--requests N]

A small aiohttp chat server and `gigguard proxy` run as their own processes on 127.0.0.1; this
process is the client, with one kept-alive connection each way. Workload: a clean 1 KB message
(benign drafts of the training data joined, checked to lint clean) POSTed as JSON. Rows:

- direct: to the chat server itself;
- proxy, pass-through: through the proxy on a path no route checks;
- proxy, checked: through the proxy on a route that lints the message (clean: forwarded as is);
- lint alone: `lint()` of the same text in this process, what the check costs by itself.

The rows are timed in turns, one request of each after the other, so that a change in the
machine's load falls on all of them alike. Reported: p50 / p99 latency and requests per second. Issue 10's budget: the proxy adds at most
1 ms at p50 to a clean 1 KB message beyond the lint itself, i.e. checked − direct − lint alone.
Numbers depend on the machine; compare rows of one run.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
import orjson

from gigguard.evaluation import load_corpus
from gigguard.lint import lint

ROOT = Path(__file__).resolve().parents[1]
SIZE = 1024
UPSTREAM = """
import sys
from aiohttp import web
async def take(request):
    await request.read()
    return web.Response(body=b'{"ok":true}', content_type="application/json")
app = web.Application()
app.router.add_route("*", "/{tail:.*}", take)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
"""
ROUTES = """
routes:
  - {method: POST, path: /api/v4/posts, text: /message, platform: fiverr, action: block}
"""


def clean_message() -> str:
    """About 1 KB of ordinary chat that lints clean."""
    drafts = load_corpus([ROOT / "data" / "intents" / "drafts"])
    text = ""
    for draft in drafts:
        if draft.labels or len(draft.text) > 300:
            continue
        if not lint(draft.text, "fiverr").findings:
            text += draft.text + "\n"
        if len(text) >= SIZE:
            break
    text = text[:SIZE]
    if lint(text, "fiverr").findings:
        raise SystemExit("the workload is not clean; pick other drafts")
    return text


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def wait_until_up(url: str, session: aiohttp.ClientSession) -> None:
    for _ in range(200):
        try:
            async with session.get(url) as response:
                await response.read()
                return
        except aiohttp.ClientError:
            await asyncio.sleep(0.05)
    raise SystemExit(f"{url} did not come up")


async def interleaved(
    calls: dict[str, Callable[[], Awaitable[object]]], count: int
) -> dict[str, list[float]]:
    """`count` timings of each call, taken in turns so that a change in the machine's load
    falls on every row alike (the budget is a difference of rows)."""
    for call in calls.values():
        for _ in range(50):
            await call()
    latencies: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(count):
        for name, call in calls.items():
            started = time.perf_counter()
            await call()
            latencies[name].append(time.perf_counter() - started)
    return latencies


def row(name: str, latencies: list[float]) -> tuple[str, float, float, float]:
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) * 1000
    p99 = ordered[int(len(ordered) * 0.99)] * 1000
    return name, p50, p99, len(ordered) / sum(ordered)


async def run(requests: int) -> None:
    message = clean_message()
    body = orjson.dumps({"message": message, "channel_id": "bench"})
    upstream_port, proxy_port = free_port(), free_port()
    with tempfile.TemporaryDirectory() as scratch:
        routes = Path(scratch) / "routes.yml"
        routes.write_text(ROUTES, "utf-8")
        upstream = subprocess.Popen([sys.executable, "-c", UPSTREAM, str(upstream_port)])
        proxy = subprocess.Popen(
            [sys.executable, "-m", "gigguard", "proxy", "--upstream",
             f"http://127.0.0.1:{upstream_port}", "--routes", str(routes),
             "--port", str(proxy_port)],
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            connector = aiohttp.TCPConnector(limit_per_host=1)
            async with aiohttp.ClientSession(connector=connector) as session:
                direct_url = f"http://127.0.0.1:{upstream_port}"
                proxy_url = f"http://127.0.0.1:{proxy_port}"
                await wait_until_up(direct_url + "/", session)
                await wait_until_up(proxy_url + "/_gigguard/healthz", session)

                def post(url: str) -> Callable[[], Awaitable[object]]:
                    async def call() -> object:
                        async with session.post(url, data=body) as response:
                            if response.status != 200:
                                raise SystemExit(f"{url}: {response.status}")
                            return await response.read()

                    return call

                async def lint_alone() -> object:
                    return lint(message, "fiverr")

                latencies = await interleaved(
                    {
                        "direct": post(direct_url + "/api/v4/posts"),
                        "proxy, pass-through": post(proxy_url + "/other"),
                        "proxy, checked": post(proxy_url + "/api/v4/posts"),
                        "lint alone": lint_alone,
                    },
                    requests,
                )
        finally:
            for process in (proxy, upstream):
                process.terminate()
                process.wait(10)
    rows = [row(name, values) for name, values in latencies.items()]
    print(f"a clean {len(message)}-character message, {requests} requests each, in turns")
    print(f"{'path':<22}{'p50 ms':>10}{'p99 ms':>10}{'req/s':>10}")
    for name, p50, p99, rate in rows:
        print(f"{name:<22}{p50:>10.3f}{p99:>10.3f}{rate:>10.0f}")
    p50 = {name: value for name, value, _, _ in rows}
    added = p50["proxy, checked"] - p50["direct"] - p50["lint alone"]
    passing = p50["proxy, pass-through"] - p50["direct"]
    print(f"proxy adds {passing:.3f} ms passing through, {added:.3f} ms beyond the lint when "
          f"checking (goal ≤ 1 ms)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    arguments = parser.parse_args()
    asyncio.run(run(arguments.requests))


if __name__ == "__main__":
    main()
