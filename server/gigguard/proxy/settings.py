"""The proxy's configuration: one frozen `ProxySettings`, from `gigguard proxy` flags."""

from __future__ import annotations

from dataclasses import dataclass

from yarl import URL

from gigguard.proxy.routes import Route


@dataclass(frozen=True, slots=True)
class ProxySettings:
    upstream: URL
    routes: tuple[Route, ...]
    host: str = "127.0.0.1"
    port: int = 8766
    workers: int = 1
    upstream_timeout_seconds: float = 30.0  # waiting for the upstream's answer (or next chunk)
    connect_timeout_seconds: float = 10.0
    lint_timeout_seconds: float = 10.0  # checking one message
    # Rule reloads announced through Redis (`POST /v1/admin/reload` of any `serve`) reach the
    # proxy too; None: reloads by SIGHUP only.
    redis_url: str | None = None
    # Also serve the lint API (`gigguard serve`) on this port, in the same process.
    service_port: int | None = None

    def __post_init__(self) -> None:
        if self.upstream.scheme not in ("http", "https") or not self.upstream.host:
            raise ValueError(
                f"the upstream must be an http:// or https:// URL, not {self.upstream}"
            )
        if self.upstream.query_string or self.upstream.fragment:
            raise ValueError("the upstream URL takes no query string or fragment")
        if self.service_port is not None and self.service_port == self.port:
            raise ValueError(f"the proxy and the lint API cannot share port {self.port}")
