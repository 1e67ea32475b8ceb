"""The service's configuration: one frozen `Settings`, from `gigguard serve` flags and the environment.

GIGGUARD_REDIS_URL      redis://… — share cache, rate limits, keys and reloads (else in-process)
GIGGUARD_SECRET         HMAC secret of the lint cache; the same in every process that shares one
GIGGUARD_CORS_ORIGINS   chrome-extension://<id>,… — extension origins allowed besides localhost
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gigguard.engine.patterns import compile_pattern

# Chrome (and Edge) extension ids are 32 letters a-p: a SHA-256 prefix written in base 16 with
# the digits a…p (https://developer.chrome.com/docs/extensions/reference/manifest/key).
EXTENSION_ORIGIN = compile_pattern(r"chrome-extension://[a-p]{32}")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


HOSTED_CLIENT_LIMIT = 120  # requests a minute per client address when others can connect


@dataclass(frozen=True, slots=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8765
    redis_url: str | None = None  # None: the embedded in-process store
    workers: int = 1
    # None: required unless `host` is a loopback address (see `hosted`).
    api_key_required: bool | None = None
    # Allowed browser-extension origins; http(s)://localhost and 127.0.0.1 pages always are.
    cors_origins: tuple[str, ...] = ()
    # HMAC secret of the lint cache. None: a random one per process (caches stay per process).
    secret: bytes | None = None
    cache_ttl_seconds: int = 60  # 0 turns the lint cache off
    rate_limit_per_key: int = 600  # requests per window per API key; 0: no limit
    # Requests per window per client address; 0: no limit. None: 120 in hosted mode, none on
    # loopback, where the only client is the seller's own extension typing.
    rate_limit_per_client: int | None = None
    rate_limit_window_seconds: float = 60.0
    request_timeout_seconds: float = 10.0
    max_batch: int = 100  # drafts in one POST /v1/lint/batch
    max_batch_bytes: int = 4 * 1024 * 1024  # body of one POST /v1/lint/batch

    def __post_init__(self) -> None:
        for origin in self.cors_origins:
            if not EXTENSION_ORIGIN.fullmatch(origin):
                raise ValueError(
                    f"CORS origin {origin!r} is not chrome-extension://<32-letter id>; "
                    "localhost pages are always allowed and need no entry"
                )
        positive = {
            "port": self.port,
            "workers": self.workers,
            "rate_limit_window_seconds": self.rate_limit_window_seconds,
            "request_timeout_seconds": self.request_timeout_seconds,
            "max_batch": self.max_batch,
            "max_batch_bytes": self.max_batch_bytes,
        }
        for name, value in positive.items():
            if value <= 0:
                raise ValueError(f"{name} must be positive, not {value}")
        optional: dict[str, int | None] = {
            "cache_ttl_seconds": self.cache_ttl_seconds,
            "rate_limit_per_key": self.rate_limit_per_key,
            "rate_limit_per_client": self.rate_limit_per_client,
        }
        for name, limit in optional.items():
            if limit is not None and limit < 0:
                raise ValueError(f"{name} must be 0 (off) or more, not {limit}")

    @property
    def hosted(self) -> bool:
        """True when /v1/* needs an API key: by default whenever others can reach the port."""
        if self.api_key_required is not None:
            return self.api_key_required
        return not is_loopback(self.host)

    @property
    def client_limit(self) -> int:
        """The per-client rate limit in force (see `rate_limit_per_client`)."""
        if self.rate_limit_per_client is not None:
            return self.rate_limit_per_client
        return HOSTED_CLIENT_LIMIT if self.hosted else 0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from the environment; `overrides` (flags) win, and None means "not given"."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        if env.get("GIGGUARD_REDIS_URL"):
            values["redis_url"] = env["GIGGUARD_REDIS_URL"]
        if env.get("GIGGUARD_SECRET"):
            values["secret"] = env["GIGGUARD_SECRET"].encode()
        if env.get("GIGGUARD_CORS_ORIGINS"):
            values["cors_origins"] = tuple(
                origin.strip()
                for origin in env["GIGGUARD_CORS_ORIGINS"].split(",")
                if origin.strip()
            )
        values.update({name: value for name, value in overrides.items() if value is not None})
        if isinstance(values.get("cors_origins"), list):
            values["cors_origins"] = tuple(values["cors_origins"])
        return cls(**values)
