"""WebSockets through the proxy: the client's upgrade is made upstream first, then accepted, and
frames are relayed both ways as they come (text, binary, ping and pong, close with its code).

On a checked route every JSON text frame from the client that holds the route's texts is
checked: a blocked frame is dropped and the client gets `{"type": "gigguard.blocked",
"findings": [...], "rewrite": ...}`, a rewritten one goes on with its texts replaced. Frames that
are not JSON, or hold no text at the route's pointers (typing notices, receipts), pass as they
are. The upstream never sees a frame the check refused.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import aiohttp
import orjson
from aiohttp import WSMsgType, web

from gigguard.proxy.checks import texts_of
from gigguard.proxy.forward import request_headers, run_check, unreachable, upstream_url
from gigguard.proxy.routes import Route
from gigguard.proxy.state import CLIENT, METRICS, PROXY_SETTINGS
from gigguard.service.problems import Problem

_HANDSHAKE = ("Sec-WebSocket-Key", "Sec-WebSocket-Version", "Sec-WebSocket-Extensions",
              "Sec-WebSocket-Protocol")  # fmt: skip
MAX_FRAME_BYTES = 16 * 1024 * 1024

Socket = web.WebSocketResponse | aiohttp.ClientWebSocketResponse


def is_upgrade(request: web.Request) -> bool:
    return request.headers.get("Upgrade", "").lower() == "websocket"


async def relay_socket(request: web.Request, route: Route | None = None) -> web.StreamResponse:
    """Proxy one WebSocket conversation; `route` checks the client's frames."""
    settings = request.app[PROXY_SETTINGS]
    metrics = request.app[METRICS]
    offered = [p.strip() for p in request.headers.get("Sec-WebSocket-Protocol", "").split(",")]
    try:
        upstream = await request.app[CLIENT].ws_connect(
            upstream_url(settings.upstream, request),
            headers=request_headers(request, drop=_HANDSHAKE),
            protocols=[p for p in offered if p],
            autoping=False,
            max_msg_size=MAX_FRAME_BYTES,
            timeout=aiohttp.ClientWSTimeout(ws_close=settings.upstream_timeout_seconds),
        )
    except aiohttp.WSServerHandshakeError as error:
        metrics.upstream_errors.labels("refused_upgrade").inc()
        raise Problem(
            502 if error.status < 400 else error.status,
            "Upstream refused the WebSocket",
            f"The chat server answered the upgrade with {error.status}.",
        ) from None
    except TimeoutError:
        metrics.upstream_errors.labels("timeout").inc()
        raise Problem(
            504, "Upstream timed out", "The chat server did not take the upgrade."
        ) from None
    except aiohttp.ClientError as error:
        raise unreachable(metrics, error) from None
    client = web.WebSocketResponse(
        protocols=(upstream.protocol,) if upstream.protocol else (),
        autoping=False,
        max_msg_size=MAX_FRAME_BYTES,
    )
    await client.prepare(request)
    async with upstream:
        pumps: dict[asyncio.Task[int], Socket] = {
            asyncio.create_task(_pump(client, upstream, request, route)): upstream,
            asyncio.create_task(_pump(upstream, client, request, None)): client,
        }
        try:
            await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        finally:  # also when aiohttp cancels this handler as the client's connection goes
            await _close_both(pumps)
    if not client.closed:
        await client.close()
    return client


async def _close_both(pumps: dict[asyncio.Task[int], Socket]) -> None:
    """Once one side closed: stop the pump still waiting on the other side, then close that
    side with the code the first one closed with (stopped first, so the close is not raced by
    its pending receive)."""
    done = {task for task in pumps if task.done()}
    if not done:
        done, _ = await asyncio.wait(pumps, timeout=1.0, return_when=asyncio.FIRST_COMPLETED)
    for task in set(pumps) - done:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    for task in done:
        failed = task.cancelled() or task.exception() is not None
        code = aiohttp.WSCloseCode.INTERNAL_ERROR if failed else task.result()
        if not pumps[task].closed:
            await pumps[task].close(code=_sendable(code))


async def _pump(source: Socket, target: Socket, request: web.Request, route: Route | None) -> int:
    """Relay `source`'s frames to `target` until `source` closes; the code it closed with."""
    while True:
        message = await source.receive()
        if message.type == WSMsgType.TEXT:
            text = (
                message.data
                if route is None
                else await _checked(request, route, source, message.data)
            )
            if text is not None:
                await target.send_str(text)
        elif message.type == WSMsgType.BINARY:
            await target.send_bytes(message.data)
        elif message.type == WSMsgType.PING:
            await target.ping(message.data)
        elif message.type == WSMsgType.PONG:
            await target.pong(message.data)
        elif message.type == WSMsgType.CLOSE and isinstance(message.data, int):
            return message.data
        else:  # closing or closed without a code, or a broken connection
            return source.close_code or aiohttp.WSCloseCode.OK


def _sendable(code: int) -> int:
    """A close code that may go on the wire: 1005, 1006 and 1015 only describe a close."""
    return aiohttp.WSCloseCode.OK if code in (1005, 1006, 1015) else code


async def _checked(request: web.Request, route: Route, sender: Socket, text: str) -> str | None:
    """The frame to send on for the client's `text`, or None when it was blocked."""
    try:
        document: Any = orjson.loads(text)
        texts_of(route, document)
    except (orjson.JSONDecodeError, Problem):
        return text  # not a message this route checks
    try:
        verdict = await run_check(request.app, route, document, request.headers)
    except Problem as problem:
        await sender.send_str(
            orjson.dumps(
                {"type": "gigguard.error", "status": problem.status, "title": problem.title,
                 "detail": problem.detail}
            ).decode()
        )  # fmt: skip
        return None
    request.app[METRICS].count(route, verdict.action)
    if verdict.action is None or verdict.action == "annotate":
        return text
    if verdict.action == "block":
        await sender.send_str(
            orjson.dumps({"type": "gigguard.blocked", **verdict.problem_body()}).decode()
        )
        return None
    return orjson.dumps(verdict.document).decode()
