"""Who may call and how often: CORS for the extension and localhost pages, API keys in hosted
mode, rate limits per client address and per key.

    request → cors_middleware (answers preflights) → … → guard_middleware:
        open route (/healthz, /readyz, /metrics, /openapi.json) → view
        else: limit "client:<address>" → API key (hosted mode; /v1/admin/* always) → limit "key:<id>"
"""

from __future__ import annotations

import logging
import math

from aiohttp import web
from aiohttp.typedefs import Handler

from gigguard.engine.patterns import compile_pattern
from gigguard.service.metrics import route_label
from gigguard.service.problems import Problem, problem_response
from gigguard.service.settings import Settings
from gigguard.service.state import SETTINGS, STORE
from gigguard.service.store import ApiKey, Store

log = logging.getLogger("gigguard.service")

OPEN_ROUTES = frozenset({"/healthz", "/readyz", "/metrics", "/openapi.json"})
ADMIN_PREFIX = "/v1/admin/"

# Pages served from this machine (a developer's tools, the e2e fixtures), on any port.
LOCAL_ORIGIN = compile_pattern(r"https?://(localhost|127\.0\.0\.1)(:[0-9]{1,5})?")
ALLOW_METHODS = "GET, POST, OPTIONS"
ALLOW_HEADERS = "Content-Type, Authorization"
# Beyond the CORS-safelisted response headers (Fetch standard), what the extension reads.
EXPOSE_HEADERS = "Retry-After, WWW-Authenticate, X-GigGuard-Cache"
PREFLIGHT_MAX_AGE = "600"
WWW_AUTHENTICATE = 'Bearer realm="gigguard"'


def origin_allowed(origin: str, settings: Settings) -> bool:
    return origin in settings.cors_origins or LOCAL_ORIGIN.fullmatch(origin) is not None


@web.middleware
async def cors_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    origin = request.headers.get("Origin")
    allowed = origin is not None and origin_allowed(origin, request.app[SETTINGS])
    preflight = request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers
    if origin is not None and preflight:
        if not allowed:
            return problem_response(
                403, "Origin not allowed", "This origin may not call the service from a browser."
            )
        headers = {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Methods": ALLOW_METHODS,
            "Access-Control-Allow-Headers": ALLOW_HEADERS,
            "Access-Control-Max-Age": PREFLIGHT_MAX_AGE,
            "Vary": "Origin",
        }
        # Chrome asks before a public page reaches a local address (Private Network Access).
        if request.headers.get("Access-Control-Request-Private-Network") == "true":
            headers["Access-Control-Allow-Private-Network"] = "true"
        return web.Response(status=204, headers=headers)
    response = await handler(request)
    if origin is not None and allowed:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Expose-Headers"] = EXPOSE_HEADERS
    # Every answer may differ by Origin, also one to a request without it (Fetch standard,
    # "CORS protocol and HTTP caches").
    vary = response.headers.get("Vary")
    response.headers["Vary"] = f"{vary}, Origin" if vary else "Origin"
    return response


@web.middleware
async def guard_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    route = route_label(request)
    if route in OPEN_ROUTES:
        return await handler(request)
    settings = request.app[SETTINGS]
    store = request.app[STORE]
    await _limit(store, f"client:{request.remote or 'unknown'}", settings.client_limit, settings)
    admin = route.startswith(ADMIN_PREFIX)
    if settings.hosted or admin:
        key = await _authenticate(request, store, admin=admin)
        await _limit(store, f"key:{key.id}", settings.rate_limit_per_key, settings)
    return await handler(request)


async def _limit(store: Store, bucket: str, limit: int, settings: Settings) -> None:
    if limit <= 0:
        return
    window = settings.rate_limit_window_seconds
    try:
        decision = await store.hit(bucket, limit, window)
    except Exception as error:  # the backend's errors are not part of the Store protocol
        # Open, not closed: limits protect capacity, and an unreachable store must not stop linting.
        log.warning("rate limits unavailable (%s): request let through", type(error).__name__)
        return
    if not decision.allowed:
        retry = max(1, math.ceil(decision.retry_after))
        raise Problem(
            429,
            "Too many requests",
            f"At most {limit} requests per {window:g} seconds; retry in {retry} s.",
            headers={"Retry-After": str(retry)},
        )


async def _authenticate(request: web.Request, store: Store, *, admin: bool) -> ApiKey:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or " " in token:
        if admin and not await _any_key(store):
            raise Problem(
                403,
                "No API key configured",
                "Admin endpoints need an API key, and none exists: create one with "
                "`gigguard keys` (with a shared store: --redis-url).",
            )
        raise Problem(
            401,
            "API key required",
            "Send the key as: Authorization: Bearer <key>.",
            headers={"WWW-Authenticate": WWW_AUTHENTICATE},
        )
    try:
        record = await store.key_lookup(token)
    except Exception as error:  # as in _limit(); here closed: an unchecked key is no key
        log.warning("API keys unavailable (%s): request refused", type(error).__name__)
        raise Problem(
            503,
            "Key store unavailable",
            "API keys cannot be checked right now; retry shortly.",
            headers={"Retry-After": "5"},
        ) from None
    if record is None or record.revoked:
        raise Problem(403, "API key not accepted", "This API key is unknown or revoked.")
    return record


async def _any_key(store: Store) -> bool:
    try:
        return any(not key.revoked for key in await store.key_list())
    except Exception:  # as in _authenticate(): unknown, so answer as if keys existed
        return True
