"""The proxy app's keys: what every handler reads from `request.app`."""

from __future__ import annotations

import aiohttp
from aiohttp import web

from gigguard.proxy.metrics import ProxyMetrics
from gigguard.proxy.settings import ProxySettings

PROXY_SETTINGS = web.AppKey("proxy_settings", ProxySettings)
CLIENT = web.AppKey("client", aiohttp.ClientSession)
METRICS = web.AppKey("proxy_metrics", ProxyMetrics)
