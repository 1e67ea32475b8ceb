"""Free loopback ports for the servers the tests start, taken from below the kernel's ephemeral
range.

A port from `bind(("127.0.0.1", 0))` is an ephemeral one: once the probe closes, any outgoing
connection on the machine may take it as its local port before the server under test binds it
(Synapse once failed to start with "Address already in use" that way, in a full run). The kernel
never hands out a port below its ephemeral range on its own, so one picked there stays free
unless someone binds it by number; the probe checks that nobody has.
"""

from __future__ import annotations

import random
import socket
from pathlib import Path

_EPHEMERAL = Path("/proc/sys/net/ipv4/ip_local_port_range")
_LOWEST = 10_000  # below are the well-known and registered ports people run services on
_given: set[int] = set()


def free_port() -> int:
    """A loopback port nothing listens on and the kernel will not give to a connection."""
    below = _ephemeral_start()
    if below - _LOWEST < 1_000:  # a machine with an unusual range: let the kernel choose
        return _probe(0)
    for _ in range(100):
        port = random.randrange(_LOWEST, below)
        if port in _given:
            continue
        try:
            _given.add(_probe(port))
        except OSError:
            continue
        return port
    raise RuntimeError(f"no free loopback port between {_LOWEST} and {below}")


def _ephemeral_start() -> int:
    try:
        return int(_EPHEMERAL.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768  # Linux's default


def _probe(port: int) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", port))
        found: int = probe.getsockname()[1]
        return found
