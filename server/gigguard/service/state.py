"""The typed keys under which the app holds its parts (settings, store, cache, metrics, docs)."""

from __future__ import annotations

from aiohttp import web

from gigguard.service.cache import LintCache
from gigguard.service.metrics import Metrics
from gigguard.service.settings import Settings
from gigguard.service.store import Store

SETTINGS = web.AppKey("settings", Settings)
STORE = web.AppKey("store", Store)
CACHE = web.AppKey("cache", LintCache)
METRICS = web.AppKey("metrics", Metrics)
OPENAPI = web.AppKey("openapi", bytes)  # the document, serialised once per app
