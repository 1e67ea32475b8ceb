"""The event loop the servers run on: uvloop where it is installed (Linux and macOS).

uvloop runs aiohttp's sockets and timers in libuv instead of Python: in `bench/proxy.py`, what
the proxy adds passing a message through fell by about a third with it (0.34 to 0.22 ms p50).
On a platform without it (Windows), asyncio's own loop serves the same code.
"""

from __future__ import annotations

import asyncio
from types import ModuleType

uvloop: ModuleType | None
try:
    import uvloop
except ImportError:  # pragma: no cover - no wheel for this platform
    uvloop = None


def new_event_loop() -> asyncio.AbstractEventLoop:
    """A new event loop, for `web.run_app(loop=...)` or `asyncio.Runner(loop_factory=...)`."""
    return uvloop.new_event_loop() if uvloop is not None else asyncio.new_event_loop()
