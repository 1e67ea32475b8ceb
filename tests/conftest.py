"""Shared fixtures: a real redis-server on a free loopback port, started and stopped by its pid."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.ports import free_port

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def redis_command(port: int, *words: str, timeout: float = 0.5) -> bytes:
    """Send one command in RESP and return the first reply line, raw (b"+PONG", b"+OK", …)."""
    request = f"*{len(words)}\r\n".encode() + b"".join(
        f"${len(word.encode())}\r\n{word}\r\n".encode() for word in words
    )
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(request)
        reply = b""
        while not reply.endswith(b"\r\n"):
            chunk = connection.recv(4096)
            if not chunk:
                break
            reply += chunk
    return reply.strip()


class RedisServer:
    """One redis-server process; stop() and start() kill it and bring it back on the same port."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.workdir = workdir
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, deadline_seconds: float = 10.0) -> None:
        if self.running:
            return
        log = (self.workdir / "redis.log").open("ab")
        options = {
            "--port": str(self.port),
            "--bind": "127.0.0.1",
            "--save": "",  # no automatic snapshots, no append-only file (see stop())
            "--appendonly": "no",
            "--dir": str(self.workdir),
        }
        command = [REDIS_SERVER, *(word for pair in options.items() for word in pair)]
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + deadline_seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"redis-server exited with {self.process.returncode}; "
                    f"see {self.workdir / 'redis.log'}"
                )
            if self.answers():
                return
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"redis-server did not answer PING within {deadline_seconds} s")

    def answers(self) -> bool:
        try:
            return redis_command(self.port, "PING") == b"+PONG"
        except OSError:
            return False

    def stop(self, *, keep_data: bool = False) -> None:
        """Kill the server (SIGKILL: an outage, not a clean shutdown) and wait for it to go.

        keep_data: snapshot first, so the next start loads the data back, as a Redis run with
        persistence would; otherwise the next start begins empty.
        """
        if self.process is None:
            return
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGCONT)  # in case a test left it paused
            if keep_data:
                assert redis_command(self.port, "SAVE", timeout=10) == b"+OK"
            self.process.kill()
        self.process.wait(timeout=10)
        self.process = None
        if not keep_data:
            (self.workdir / "dump.rdb").unlink(missing_ok=True)

    def pause(self) -> None:
        """Freeze the server (SIGSTOP): connections are accepted, nothing answers — a hung Redis."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGCONT)

    def flushall(self) -> None:
        assert redis_command(self.port, "FLUSHALL") == b"+OK"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    if not os.access(REDIS_SERVER, os.X_OK):
        pytest.skip("redis-server is not installed (scripts/test installs it with apt)")
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_db(redis_server: RedisServer) -> RedisServer:
    """The session's redis-server, running (restarted if a test left it down) and empty."""
    if redis_server.running:
        redis_server.resume()  # a no-op unless a failed test left it paused
    redis_server.start()
    redis_server.flushall()
    return redis_server
