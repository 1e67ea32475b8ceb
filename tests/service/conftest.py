"""`serve`: the real app factory on a real loopback socket, served as `gigguard serve` serves it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from gigguard.service.app import RUNNER_OPTIONS, create_app
from gigguard.service.settings import Settings
from gigguard.service.store import Store

Client = TestClient[Any, Any]
Serve = Callable[..., Awaitable[Client]]


@pytest.fixture
def serve(aiohttp_client: Any) -> Serve:
    async def start(settings: Settings | None = None, *, store: Store | None = None) -> Client:
        server = TestServer(create_app(settings, store=store))
        await server.start_server(**RUNNER_OPTIONS)  # the production access log, among others
        client: Client = await aiohttp_client(server)
        return client

    return start
