"""The worker supervisor with real processes on one real port: sharing, signals, restarts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from gigguard.service.workers import serve_workers

pytestmark = pytest.mark.timeout(120)

# A tiny aiohttp app that says which process answered. It is the `run_one` under test; the real
# service's own run is exercised in test_redis_service.py.
PID_APP = """
import os
from aiohttp import web


async def pid(request):
    return web.json_response({"pid": os.getpid()})


def run(port):
    app = web.Application()
    app.router.add_get("/pid", pid)
    web.run_app(app, host="127.0.0.1", port=port, reuse_port=True, print=None)


def crash(port):
    raise SystemExit(3)
"""

SUPERVISOR = """
import logging, sys
import pid_app
from gigguard.service.workers import serve_workers
logging.basicConfig(level=logging.INFO)
sys.exit(serve_workers(int(sys.argv[1]), getattr(pid_app, sys.argv[2]), int(sys.argv[3])))
"""


class Supervisor:
    def __init__(self, tmp_path: Path, port: int, run_one: str, workers: int) -> None:
        (tmp_path / "pid_app.py").write_text(textwrap.dedent(PID_APP))
        self.port = port
        self.log = tmp_path / "supervisor.log"
        env = {**os.environ, "PYTHONPATH": str(tmp_path)}
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-c", SUPERVISOR, str(port), run_one, str(workers)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def pid_answer(self) -> int | None:
        """The pid of the worker that answered one request on a new connection."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/pid", timeout=2) as answer:
                pid: int = json.load(answer)["pid"]
                return pid
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return None

    def worker_pids(self, count: int, deadline_seconds: float = 30) -> set[int]:
        """Ask on new connections until `count` different workers have answered."""
        seen: set[int] = set()
        deadline = time.monotonic() + deadline_seconds
        for _ in range(10_000):
            pid = self.pid_answer()
            if pid is not None:
                seen.add(pid)
            if len(seen) >= count:
                return seen
            assert time.monotonic() < deadline, f"saw workers {seen}; log:\n{self.output()}"
            if pid is None:
                time.sleep(0.05)
        raise AssertionError(f"saw workers {seen}")

    def wait(self, deadline_seconds: float = 30) -> int:
        return self.process.wait(timeout=deadline_seconds)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def supervisors(tmp_path: Path) -> Iterator[list[Supervisor]]:
    started: list[Supervisor] = []
    yield started
    for supervisor in started:
        supervisor.stop()


def alive(pid: int) -> bool:
    """True while the process exists and is not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def parent_of(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("PPid:"):
            return int(line.split()[1])
    raise AssertionError(f"no PPid for {pid}")


def wait_gone(pids: set[int], deadline_seconds: float = 30) -> None:
    deadline = time.monotonic() + deadline_seconds
    while any(alive(pid) for pid in pids):
        assert time.monotonic() < deadline, f"still running: {[p for p in pids if alive(p)]}"
        time.sleep(0.05)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_workers_share_one_port_and_stop_on_a_signal(
    tmp_path: Path, supervisors: list[Supervisor], unused_tcp_port: int, signum: int
) -> None:
    supervisor = Supervisor(tmp_path, unused_tcp_port, "run", workers=2)
    supervisors.append(supervisor)
    pids = supervisor.worker_pids(2)
    assert {parent_of(pid) for pid in pids} == {supervisor.process.pid}

    supervisor.process.send_signal(signum)
    assert supervisor.wait() == 0
    wait_gone(pids)
    assert "exited unexpectedly" not in supervisor.output()


def test_a_dead_worker_is_logged_and_replaced(
    tmp_path: Path, supervisors: list[Supervisor], unused_tcp_port: int
) -> None:
    supervisor = Supervisor(tmp_path, unused_tcp_port, "run", workers=2)
    supervisors.append(supervisor)
    first = supervisor.worker_pids(2)
    victim = min(first)
    os.kill(victim, signal.SIGKILL)

    deadline = time.monotonic() + 30
    while True:  # until a new worker has answered in place of the victim
        pids = supervisor.worker_pids(2)
        if victim not in pids and len(pids | first) == 3:
            break
        assert time.monotonic() < deadline, f"no replacement; log:\n{supervisor.output()}"
    assert f"(pid {victim}) exited unexpectedly (killed by SIGKILL)" in supervisor.output()

    supervisor.process.terminate()
    assert supervisor.wait() == 0


def test_a_crash_loop_stops_with_exit_status_1(
    tmp_path: Path, supervisors: list[Supervisor], unused_tcp_port: int
) -> None:
    supervisor = Supervisor(tmp_path, unused_tcp_port, "crash", workers=2)
    supervisors.append(supervisor)
    assert supervisor.wait(deadline_seconds=60) == 1
    output = supervisor.output()
    assert "exited unexpectedly (exit status 3)" in output
    assert "stopping (exit status 1)" in output


def test_workers_do_not_outlive_a_killed_supervisor(
    tmp_path: Path, supervisors: list[Supervisor], unused_tcp_port: int
) -> None:
    supervisor = Supervisor(tmp_path, unused_tcp_port, "run", workers=2)
    supervisors.append(supervisor)
    pids = supervisor.worker_pids(2)
    supervisor.process.kill()
    supervisor.process.wait(timeout=10)
    wait_gone(pids)


def test_at_least_one_worker() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        serve_workers(None, print, 0)
