"""The aiohttp application: `create_app(settings)` builds it, `run(settings)` serves it.

    request → metrics → CORS → problems → guard (rate limits, API keys) → view (views.py)

Errors are JSON problem bodies (RFC 9457, problems.py) that name the field at fault and never
echo the draft; nothing that was sent is logged (see AccessLog).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal
from collections.abc import AsyncIterator
from typing import Any

import orjson
from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from aiohttp.web_request import BaseRequest

from gigguard.lint import warm_up
from gigguard.rules.loader import RuleError, default_rules_dir, load_rulesets, rulesets
from gigguard.service import openapi, views
from gigguard.service.cache import LintCache
from gigguard.service.loop import new_event_loop
from gigguard.service.metrics import Metrics, method_label, route_label
from gigguard.service.problems import problem_middleware
from gigguard.service.security import cors_middleware, guard_middleware
from gigguard.service.settings import Settings
from gigguard.service.state import CACHE, METRICS, OPENAPI, SETTINGS, STORE
from gigguard.service.store import MemoryStore, Store

__all__ = ["RUNNER_OPTIONS", "AccessLog", "Settings", "create_app", "make_store", "run"]

log = logging.getLogger("gigguard.service")

ROUTES = [
    web.post("/v1/lint", views.lint_one),
    web.post("/v1/lint/batch", views.lint_batch),
    web.get("/v1/platforms", views.list_platforms),
    web.get("/v1/rules", views.list_rules),
    web.post("/v1/admin/reload", views.reload_rules),
    web.get("/healthz", views.health),
    web.get("/readyz", views.readiness),
    web.get("/metrics", views.metrics),
    web.get("/openapi.json", views.openapi),
]


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> web.Application:
    """The service; `store` shares one store between apps (else `make_store(settings)`)."""
    settings = settings or Settings()
    _quiet_server_logs()
    metrics = Metrics()
    app = web.Application(
        middlewares=[metrics.middleware(), cors_middleware, problem_middleware, guard_middleware]
    )
    store = store if store is not None else make_store(settings)
    app[SETTINGS] = settings
    app[STORE] = store
    app[METRICS] = metrics
    app[CACHE] = LintCache(store, _secret(settings), settings.cache_ttl_seconds)
    app[OPENAPI] = orjson.dumps(openapi.document(settings))
    app.router.add_routes(ROUTES)
    app.cleanup_ctx.append(_store_context)
    return app


def make_store(settings: Settings) -> Store:
    if settings.redis_url is None:
        return MemoryStore()
    from gigguard.service.redis_store import RedisStore  # redis only when asked for

    return RedisStore(settings.redis_url)


def _secret(settings: Settings) -> bytes:
    if settings.secret is not None:
        return settings.secret
    if settings.redis_url is not None:
        log.warning(
            "GIGGUARD_SECRET is not set: this process uses a random cache secret, so processes "
            "sharing Redis will not share cached answers"
        )
    return secrets.token_bytes(32)


async def _store_context(app: web.Application) -> AsyncIterator[None]:
    store = app[STORE]
    await store.start()
    store.on_reload(reload_rules)
    if app[SETTINGS].hosted and store.mode == "memory":
        log.warning(
            "API keys are required but the store is in-process: no key can be created from "
            "outside; use --redis-url (GIGGUARD_REDIS_URL) and `gigguard keys`"
        )
    await asyncio.to_thread(warm_up)  # the packs and the model now, not on the first draft
    yield
    await store.close()


async def reload_rules() -> None:
    """Reload the rule packs from disk (a store announcement, SIGHUP)."""
    await asyncio.to_thread(_reload_from_disk)


def _reload_from_disk() -> None:
    try:
        load_rulesets(default_rules_dir())  # check first: a broken file keeps the rules in use
    except RuleError as error:
        log.error("rules not reloaded: %s", error)
        return
    rulesets.cache_clear()
    loaded = rulesets()
    log.info("rules reloaded: %s", ", ".join(ruleset.name for ruleset in loaded.values()))


class AccessLog(AbstractAccessLogger):
    """One line a request: address, method, route pattern, status, size, time. Never the path as
    sent, the query string, headers or the body: any of them may carry a draft."""

    def log(self, request: BaseRequest, response: web.StreamResponse, time: float) -> None:
        try:
            route = route_label(request)  # type: ignore[arg-type]
            method = method_label(request)  # type: ignore[arg-type]
        except (AssertionError, AttributeError):  # a malformed request, answered before routing
            route, method = "(unrouted)", "-"
        self.logger.info(
            "%s %s %s %s %s %.4fs",
            request.remote,
            method,
            route,
            response.status,
            response.body_length,
            time,
        )


class ExceptionTypeOnly(logging.Filter):
    """Turns a record's exception into its type name. aiohttp logs a malformed request with an
    exception whose text quotes the request line, and that may hold a draft."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.getMessage()} ({type(record.exc_info[1]).__name__})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


_EXCEPTION_TYPE_ONLY = ExceptionTypeOnly()


def _quiet_server_logs() -> None:
    for name in ("aiohttp.server", "aiohttp.web"):
        logger = logging.getLogger(name)
        if _EXCEPTION_TYPE_ONLY not in logger.filters:
            logger.addFilter(_EXCEPTION_TYPE_ONLY)


# How the app is served, in `run` and in the tests: a test server runs what production runs.
RUNNER_OPTIONS: dict[str, Any] = {"access_log_class": AccessLog}

_background: set[asyncio.Task[None]] = set()


async def reload_on_sighup(app: web.Application) -> None:
    """On startup: reload the rule packs on SIGHUP (any app that checks with them)."""
    if not hasattr(signal, "SIGHUP"):
        return  # Windows

    def reload() -> None:
        task = asyncio.get_running_loop().create_task(reload_rules())
        _background.add(task)
        task.add_done_callback(_background.discard)

    asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, reload)


def run(settings: Settings) -> None:
    """Serve one process. With `settings.workers` > 1, each worker process calls this: the port
    is then bound with SO_REUSEPORT, so the kernel spreads connections over the workers."""
    app = create_app(settings)
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
