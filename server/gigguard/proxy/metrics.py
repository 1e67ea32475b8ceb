"""The proxy's Prometheus metrics: messages checked by route and action, the upstream's latency
and its errors. Labels are route patterns, actions and error kinds: never a message, a path as
sent or a header's value."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

from gigguard.proxy.routes import Route
from gigguard.service.metrics import Metrics

CLEAN = "clean"


class ProxyMetrics(Metrics):
    """The service's request metrics, and the proxy's own."""

    def __init__(self) -> None:
        super().__init__()
        registry: CollectorRegistry = self.registry
        self.messages = Counter(
            "gigguard_proxy_messages",
            "Messages checked on a route, by route pattern and action taken (clean: none).",
            ["route", "action"],
            registry=registry,
        )
        self.upstream_latency = Histogram(
            "gigguard_proxy_upstream_seconds",
            "Time from sending a request upstream to its response headers.",
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=registry,
        )
        self.upstream_errors = Counter(
            "gigguard_proxy_upstream_errors",
            "Requests the upstream failed, by kind (unreachable, timeout, cut_off).",
            ["kind"],
            registry=registry,
        )

    def count(self, route: Route, action: str | None) -> None:
        pattern = ("ws " if route.websocket else f"{route.method} ") + route.path
        self.messages.labels(pattern, action or CLEAN).inc()
