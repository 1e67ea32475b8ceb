"""`gigguard proxy`: a reverse proxy that checks chat messages in transit with the engine.

    client ─▶ proxy ─┬─ a route of routes.yml matches ─ check ─ block (422 / error frame)
                     │                                        ├ rewrite (text replaced) ─▶ upstream
                     │                                        └ annotate (X-GigGuard-Findings) ─▶
                     └─ anything else: streamed through untouched ──────────────────────────▶ upstream

`create_proxy_app(settings)` builds it; `run_proxy(settings)` serves it (one process per worker,
as `gigguard serve`). The proxy answers two paths of its own, `/metrics` and
`/_gigguard/healthz`; every other path belongs to the upstream.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from functools import partial

import aiohttp
from aiohttp import web

from gigguard import __version__
from gigguard.proxy.forward import checked, pass_through
from gigguard.proxy.metrics import ProxyMetrics
from gigguard.proxy.routes import Route
from gigguard.proxy.settings import ProxySettings
from gigguard.proxy.sockets import is_upgrade, relay_socket
from gigguard.proxy.state import CLIENT, METRICS, PROXY_SETTINGS
from gigguard.rules.loader import rulesets
from gigguard.service.app import RUNNER_OPTIONS
from gigguard.service.problems import problem_middleware

log = logging.getLogger("gigguard.proxy")

HEALTH_PATH = "/_gigguard/healthz"
METRICS_PATH = "/metrics"


def create_proxy_app(settings: ProxySettings) -> web.Application:
    metrics = ProxyMetrics()
    app = web.Application(middlewares=[metrics.middleware(), problem_middleware])
    app[PROXY_SETTINGS] = settings
    app[METRICS] = metrics
    app.router.add_get(HEALTH_PATH, _health)
    app.router.add_get(METRICS_PATH, _metrics)
    for route in settings.routes:
        if route.websocket:
            app.router.add_get(route.path, partial(_socket_route, route=route))
        else:
            assert route.method is not None  # validated: an HTTP route has one
            app.router.add_route(route.method, route.path, partial(_http_route, route=route))
    app.router.add_route("*", "/{tail:.*}", _anything_else)
    app.cleanup_ctx.append(_client_context)
    return app


async def _http_route(request: web.Request, route: Route) -> web.StreamResponse:
    return await checked(request, route)


async def _socket_route(request: web.Request, route: Route) -> web.StreamResponse:
    if not is_upgrade(request):
        return await pass_through(request)
    return await relay_socket(request, route)


async def _anything_else(request: web.Request) -> web.StreamResponse:
    if is_upgrade(request):
        return await relay_socket(request)
    return await pass_through(request)


async def _health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok", "version": __version__})


async def _metrics(request: web.Request) -> web.Response:
    exposition = request.app[METRICS]
    return web.Response(
        body=exposition.exposition(), headers={"Content-Type": exposition.content_type}
    )


async def _client_context(app: web.Application) -> AsyncIterator[None]:
    """One client session to the upstream per process: pooled connections, no cookie jar (the
    proxy must never mix one user's cookies into another's requests), bodies passed as they are
    encoded, and no headers of its own."""
    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=1024),
        cookie_jar=aiohttp.DummyCookieJar(),
        auto_decompress=False,
        skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
        trust_env=False,
    )
    app[CLIENT] = session
    await asyncio.to_thread(rulesets)  # load the packs now, not on the first message
    yield
    await session.close()


def run_proxy(settings: ProxySettings) -> None:
    """Serve one process (each worker of `--workers N` calls this)."""
    web.run_app(
        create_proxy_app(settings),
        host=settings.host,
        port=settings.port,
        reuse_port=settings.workers > 1,
        print=lambda message: log.info("%s", message),
        **RUNNER_OPTIONS,
    )
