"""`gigguard proxy`: a reverse proxy that checks chat messages in transit with the engine.

    client ─▶ proxy ─┬─ a route of routes.yml matches ─ check ─ block (422 / error frame)
                     │                                        ├ rewrite (text replaced) ─▶ upstream
                     │                                        └ annotate (X-GigGuard-Findings) ─▶
                     └─ anything else: streamed through untouched ──────────────────────────▶ upstream

`create_proxy_app(settings)` builds it; `run_proxy(settings)` serves it (one process per worker,
as `gigguard serve`), with the lint API beside it on `service_port` when one is set, sharing
one store. The proxy answers two paths of its own, `/metrics` and `/_gigguard/healthz`; every
other path belongs to the upstream. Rule packs reload on SIGHUP and, with `redis_url`, when any
process sharing that Redis announces a reload.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator
from functools import partial

import aiohttp
from aiohttp import web

from gigguard import __version__
from gigguard.lint import warm_up
from gigguard.proxy.forward import checked, pass_through
from gigguard.proxy.metrics import ProxyMetrics
from gigguard.proxy.routes import Route
from gigguard.proxy.settings import ProxySettings
from gigguard.proxy.sockets import is_upgrade, relay_socket
from gigguard.proxy.state import CLIENT, METRICS, PROXY_SETTINGS
from gigguard.service.app import (
    RUNNER_OPTIONS,
    create_app,
    make_store,
    reload_on_sighup,
    reload_rules,
)
from gigguard.service.loop import new_event_loop
from gigguard.service.problems import problem_middleware
from gigguard.service.settings import Settings
from gigguard.service.store import Store

log = logging.getLogger("gigguard.proxy")

HEALTH_PATH = "/_gigguard/healthz"
METRICS_PATH = "/metrics"


def create_proxy_app(settings: ProxySettings, *, store: Store | None = None) -> web.Application:
    """The proxy; `store` is shared with a lint API in the same process (else its own, from
    `settings.redis_url`), and announces rule reloads."""
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
    app.cleanup_ctx.append(partial(_store_context, store=store))
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
    await asyncio.to_thread(warm_up)  # the packs and the model now, not on the first message
    yield
    await session.close()


async def _store_context(app: web.Application, store: Store | None) -> AsyncIterator[None]:
    """Listen for rule reloads: the shared store's own (already started by the lint API's
    app), or one of the proxy's when it has a Redis to listen on."""
    settings = app[PROXY_SETTINGS]
    if store is not None:
        yield  # the lint API's app owns it and listens already
        return
    if settings.redis_url is None:
        yield
        return
    own = make_store(Settings(redis_url=settings.redis_url))
    await own.start()
    own.on_reload(reload_rules)
    yield
    await own.close()


def run_proxy(settings: ProxySettings) -> None:
    """Serve one process (each worker of `--workers N` calls this)."""
    if settings.service_port is not None:
        with asyncio.Runner(loop_factory=new_event_loop) as runner:
            runner.run(_serve_with_service(settings))
        return
    app = create_proxy_app(settings)
    app.on_startup.append(reload_on_sighup)
    web.run_app(
        app,
        host=settings.host,
        port=settings.port,
        reuse_port=settings.workers > 1,
        print=lambda message: log.info("%s", message),
        loop=new_event_loop(),
        **RUNNER_OPTIONS,
    )


async def _serve_with_service(settings: ProxySettings) -> None:
    """The proxy and the lint API in one event loop, sharing one store, until SIGTERM/SIGINT."""
    service_settings = Settings.from_env(
        host=settings.host,
        port=settings.service_port,
        redis_url=settings.redis_url,
        workers=settings.workers,
    )
    store = make_store(service_settings)
    service = create_app(service_settings, store=store)
    proxy = create_proxy_app(settings, store=store)
    proxy.on_startup.append(reload_on_sighup)
    runners = [web.AppRunner(app, **RUNNER_OPTIONS) for app in (service, proxy)]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, stop.set)
    try:
        named = zip(
            runners, (settings.service_port, settings.port), ("lint API", "proxy"), strict=True
        )
        for runner, port, name in named:
            await runner.setup()
            site = web.TCPSite(runner, settings.host, port, reuse_port=settings.workers > 1)
            await site.start()
            log.info("the %s is serving on http://%s:%s", name, settings.host, port)
        await stop.wait()
    finally:
        for runner in reversed(runners):
            await runner.cleanup()
