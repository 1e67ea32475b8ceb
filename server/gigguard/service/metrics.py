"""Prometheus metrics of one app: requests and latency by route pattern, findings by category.

Labels are route patterns, methods, statuses, categories and cache results: a bounded set, and
never any part of a draft, a query string or a raw path.

Several worker processes: start them with PROMETHEUS_MULTIPROC_DIR set to an empty, writable
directory (before Python starts, as prometheus-client picks its storage at import). Every process
then writes its samples there and GET /metrics from any of them sums all processes.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
    values,
)

if TYPE_CHECKING:
    from aiohttp.typedefs import Handler, Middleware

UNMATCHED = "(unmatched)"
_METHODS = frozenset({"GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE"})


def route_label(request: web.Request) -> str:
    """The route's pattern ("/v1/lint"), or "(unmatched)": never the path as sent."""
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else UNMATCHED


def method_label(request: web.Request) -> str:
    return request.method if request.method in _METHODS else "OTHER"


def multiprocess_mode() -> bool:
    # prometheus-client chose its value storage when it was imported; follow that choice.
    return bool(getattr(values.ValueClass, "_multiprocess", False))


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        # Per app, not the global registry: several apps (tests, workers) never collide.
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "gigguard_http_requests",
            "HTTP requests answered, by route pattern, method and status.",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "gigguard_http_request_duration_seconds",
            "Time to answer an HTTP request, by route pattern, method and status.",
            ["route", "method", "status"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.findings = Counter(
            "gigguard_findings",
            "Findings reported to clients, by category.",
            ["category"],
            registry=self.registry,
        )
        self.cache = Counter(
            "gigguard_lint_cache_lookups",
            "Lint cache lookups, by result (hit or miss).",
            ["result"],
            registry=self.registry,
        )

    def count_findings(self, categories: Iterable[str]) -> None:
        for category in categories:
            self.findings.labels(category).inc()

    def exposition(self) -> bytes:
        if multiprocess_mode():
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)

    def middleware(self) -> Middleware:
        @web.middleware
        async def observe(request: web.Request, handler: Handler) -> web.StreamResponse:
            started = time.perf_counter()
            response = await handler(request)
            labels = (route_label(request), method_label(request), str(response.status))
            self.requests.labels(*labels).inc()
            self.latency.labels(*labels).observe(time.perf_counter() - started)
            return response

        return observe
