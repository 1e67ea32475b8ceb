"""HTTP through the proxy: a request passed to the upstream as it came, the answer streamed
back, and the checked routes' messages read, linted and blocked, rewritten or annotated.

    client ─ request ─ [checked route: read ≤ limit, parse, check] ─ upstream
           ◀─ response streamed chunk by chunk (bounded memory) ───────┘

Headers pass both ways except the hop-by-hop ones (RFC 9110 §7.6.1, and any the Connection
header names); the upstream hears X-Forwarded-For, -Proto and -Host. Bodies are streamed both
ways, so a 100 MB upload or download never sits in memory; only a checked message is read
whole, up to the service's body limit. The upstream refusing is a 502 and the upstream too slow
a 504, both JSON problems, and the proxy goes on serving.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote

import aiohttp
import orjson
from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from gigguard.proxy.checks import Verdict, check
from gigguard.proxy.metrics import ProxyMetrics
from gigguard.proxy.routes import Route
from gigguard.proxy.state import CLIENT, METRICS, PROXY_SETTINGS
from gigguard.service.models import MAX_BODY_BYTES
from gigguard.service.problems import Problem
from gigguard.service.views import read_body

ACTION_HEADER = "X-GigGuard-Action"
FINDINGS_HEADER = "X-GigGuard-Findings"
_HOP_BY_HOP = frozenset(
    name.lower()
    for name in (
        "Connection", "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization", "Proxy-Connection",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade",
    )
)  # fmt: skip
_CHUNK = 64 * 1024


def upstream_url(base: URL, request: web.Request) -> URL:
    """The upstream's URL for `request`: its base, then the path and query exactly as sent.

    The path is appended as a string, never parsed as a reference: `//host/x` stays a path on
    the upstream (parsed, it would name another host). A path with a `.` or `..` segment, or an
    empty one inside it (`//`), is refused: the proxy routed it as written, and an upstream (or
    a server in front of it) that resolves dot segments (RFC 3986 §5.2.4) or merges slashes
    would read another path — perhaps one that a route checks."""
    path, _, query = request.raw_path.partition("?")
    if _ambiguous(path):
        raise Problem(
            400,
            "Ambiguous path",
            "The path has an empty, '.' or '..' segment; send the path it stands for.",
        )
    return URL.build(
        scheme=base.scheme,
        authority=base.raw_authority,
        path=base.raw_path.rstrip("/") + path,
        query_string=query,
        encoded=True,
    )


def _ambiguous(path: str) -> bool:
    segments = path.split("/")[1:]  # a trailing "/" leaves an empty last segment: that is fine
    return "" in segments[:-1] or any(unquote(part) in (".", "..") for part in segments)


def request_headers(request: web.Request, drop: Iterable[str] = ()) -> CIMultiDict[str]:
    """The headers the upstream hears: the client's, less hop-by-hop ones and `drop`, plus
    X-Forwarded-For/-Proto/-Host."""
    headers = end_to_end(request.headers, drop=("Host", *drop))
    peer = request.remote or ""
    earlier = request.headers.get("X-Forwarded-For")
    headers["X-Forwarded-For"] = f"{earlier}, {peer}" if earlier else peer
    headers["X-Forwarded-Proto"] = request.headers.get("X-Forwarded-Proto", request.scheme)
    headers["X-Forwarded-Host"] = request.headers.get("X-Forwarded-Host", request.host)
    return headers


def end_to_end(headers: CIMultiDictProxy[str], drop: Iterable[str] = ()) -> CIMultiDict[str]:
    named = {part.strip().lower() for part in headers.get("Connection", "").split(",")}
    dropped = _HOP_BY_HOP | named | {name.lower() for name in drop}
    return CIMultiDict(
        (name, value) for name, value in headers.items() if name.lower() not in dropped
    )


async def pass_through(request: web.Request) -> web.StreamResponse:
    """Any request no route checks: to the upstream and back, untouched."""
    body = request.content if request.body_exists else None
    return await relay(request, body, request_headers(request))


async def checked(request: web.Request, route: Route) -> web.StreamResponse:
    """A request on a checked HTTP route."""
    raw = await _read_body(request)
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise Problem(
            400, "Malformed JSON", f"The message is not valid JSON ({error.msg})."
        ) from None
    verdict = await run_check(request.app, route, document, request.headers)
    request.app[METRICS].count(route, verdict.action)
    headers = request_headers(request)
    if verdict.action is None:
        return await relay(request, raw, headers)  # byte for byte
    if verdict.action == "block":
        raise Problem(
            422,
            "Message blocked",
            "The message breaks the platform's rules and was not sent; see findings and rewrite.",
            **verdict.problem_body(),
        )
    extra: dict[str, str] = {}
    if verdict.action == "rewrite":
        raw = orjson.dumps(verdict.document)
        headers.popall("Content-Length", None)
        extra[ACTION_HEADER] = "rewritten"
    else:
        summary = verdict.summary().decode("ascii")
        headers[FINDINGS_HEADER] = summary
        extra = {ACTION_HEADER: "annotated", FINDINGS_HEADER: summary}
    return await relay(request, raw, headers, extra)


async def run_check(
    app: web.Application, route: Route, document: Any, headers: Mapping[str, str]
) -> Verdict:
    timeout = app[PROXY_SETTINGS].lint_timeout_seconds
    try:
        async with asyncio.timeout(timeout):
            return await asyncio.to_thread(check, route, document, headers)
    except TimeoutError:
        raise Problem(
            503,
            "Checking timed out",
            f"Checking the message took longer than {timeout:g} seconds; it was not sent.",
            headers={"Retry-After": "1"},
        ) from None


async def relay(
    request: web.Request,
    body: Any,
    headers: CIMultiDict[str],
    extra: Mapping[str, str] | None = None,
) -> web.StreamResponse:
    """Send the request upstream and stream the answer back (`extra` headers added to it)."""
    settings = request.app[PROXY_SETTINGS]
    metrics = request.app[METRICS]
    started = time.perf_counter()
    try:
        upstream = await request.app[CLIENT].request(
            request.method,
            upstream_url(settings.upstream, request),
            headers=headers,
            data=body,
            allow_redirects=False,
            timeout=aiohttp.ClientTimeout(
                total=None,
                connect=settings.connect_timeout_seconds,
                sock_read=settings.upstream_timeout_seconds,
            ),
        )
    except (TimeoutError, aiohttp.ServerTimeoutError):
        metrics.upstream_errors.labels("timeout").inc()
        raise Problem(
            504,
            "Upstream timed out",
            f"The chat server did not answer within {settings.upstream_timeout_seconds:g} seconds.",
        ) from None
    except aiohttp.ClientError as error:
        raise unreachable(metrics, error) from None
    metrics.upstream_latency.observe(time.perf_counter() - started)
    async with upstream:
        if request.method != "HEAD" and 0 < (upstream.content_length or 0) <= _CHUNK:
            return await _small_answer(request, upstream, extra)
        response = web.StreamResponse(status=upstream.status, reason=upstream.reason)
        response.headers.extend(end_to_end(upstream.headers))
        response.headers.update(extra or {})
        await response.prepare(request)  # chunked when the upstream gave no Content-Length
        try:
            async for chunk in upstream.content.iter_chunked(_CHUNK):
                await response.write(chunk)
        except (TimeoutError, aiohttp.ClientError):
            # The answer was cut off upstream after it began: nothing can be said now but to
            # end this connection, so the client sees a truncated body, not a complete one.
            metrics.upstream_errors.labels("cut_off").inc()
            if request.transport is not None:
                request.transport.close()
            return response
        await response.write_eof()
    return response


async def _small_answer(
    request: web.Request, upstream: aiohttp.ClientResponse, extra: Mapping[str, str] | None
) -> web.StreamResponse:
    """An answer of at most one chunk, read whole and sent in one write (most chat API answers:
    streaming them costs a write per part for nothing)."""
    try:
        body = await upstream.read()
    except (TimeoutError, aiohttp.ClientError):
        request.app[METRICS].upstream_errors.labels("cut_off").inc()
        raise Problem(
            502, "Upstream answer cut off", "The chat server's answer ended before its end."
        ) from None
    response = web.Response(status=upstream.status, reason=upstream.reason, body=body)
    response.headers.extend(end_to_end(upstream.headers, drop=("Content-Length",)))
    response.headers.update(extra or {})
    return response


async def _read_body(request: web.Request) -> bytes:
    too_large = Problem(
        413, "Message too large", f"A checked message's body may be at most {MAX_BODY_BYTES} bytes."
    )
    return await read_body(request, MAX_BODY_BYTES, too_large)


def unreachable(metrics: ProxyMetrics, error: Exception) -> Problem:
    """The 502 for an upstream that could not be reached, counted."""
    metrics.upstream_errors.labels("unreachable").inc()
    return Problem(
        502,
        "Upstream unreachable",
        f"The chat server could not be reached ({type(error).__name__}).",
    )
