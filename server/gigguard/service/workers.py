"""`gigguard serve --workers N`: N worker processes serving one port, and the supervisor over them.

    supervisor (this process: serves nothing, runs no event loop)
     ├── worker 1   run_one(settings): binds HOST:PORT with SO_REUSEPORT
     ├── worker 2   the kernel spreads new connections across the workers' sockets
     └── …

- Workers start from the spawn context: fresh interpreters, with no event loop, threads or sockets
  inherited from the supervisor. `run_one` and `settings` are pickled to them, so `run_one` must be
  a module-level function and must bind with `reuse_port=True` (aiohttp `web.run_app(...,
  reuse_port=True)`); otherwise the second worker cannot bind.
- Signals: SIGTERM or SIGINT to the supervisor sends one SIGTERM to every worker (aiohttp shuts
  down gracefully on it); the supervisor exits once they all have. A worker still running after
  `grace_seconds` is killed, and so is every worker at a second signal. Workers leave the
  supervisor's process group, so a Ctrl-C at a terminal reaches the supervisor alone and each
  worker gets exactly one signal. Under systemd, use KillMode=mixed for the same reason.
- On Linux a worker asks the kernel for SIGTERM when the supervisor dies (PR_SET_PDEATHSIG): no
  worker outlives a supervisor that was killed outright.
- A worker that exits unasked is logged with its exit status and restarted. More than
  `max_restarts` restarts within `restart_window` seconds is a crash loop that restarting will not
  fix (a port taken, a bad configuration): the supervisor stops every worker and exits 1, so the
  process manager above it (systemd, Docker) sees the failure.
- Exit status: 0 after a requested shutdown, 1 after a crash loop.

Workers share nothing but the port: the lint cache, rate limits and API keys are shared only
through Redis (`--redis-url`); with the in-memory store each worker would keep its own.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable
from multiprocessing import get_context
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Generic, TypeVar

log = logging.getLogger("gigguard.service.workers")

S = TypeVar("S")

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s[%(process)d] %(message)s"
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def serve_workers(
    settings: S,
    run_one: Callable[[S], object],
    workers: int,
    *,
    grace_seconds: float = 30.0,
    max_restarts: int = 5,
    restart_window: float = 60.0,
) -> int:
    """Run `run_one(settings)` in `workers` processes until told to stop; return the exit status."""
    if workers < 1:
        raise ValueError("workers must be at least 1")
    supervisor = _Supervisor(
        settings, run_one, workers, grace_seconds, max_restarts, restart_window
    )
    return supervisor.run()


def _worker_main(run_one: Callable[[S], object], settings: S, log_level: int) -> None:
    """A worker's first code: detach from the terminal's signals, then serve."""
    supervisor = os.getppid()
    os.setpgid(0, 0)
    if sys.platform == "linux":
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != supervisor:  # it died before prctl took effect
            return
    logging.basicConfig(level=log_level, format=LOG_FORMAT)
    run_one(settings)


class _Supervisor(Generic[S]):
    def __init__(
        self,
        settings: S,
        run_one: Callable[[S], object],
        workers: int,
        grace_seconds: float,
        max_restarts: int,
        restart_window: float,
    ) -> None:
        self.settings = settings
        self.run_one = run_one
        self.workers = workers
        self.grace_seconds = grace_seconds
        self.max_restarts = max_restarts
        self.restart_window = restart_window
        self.context = get_context("spawn")
        self.running: dict[int, BaseProcess] = {}  # slot → process
        self.restarts: deque[float] = deque()
        self.stopping = False
        self.kill_at = float("inf")
        self.status = 0

    def run(self) -> int:
        previous = {
            signum: signal.signal(signum, self._on_signal)
            for signum in (signal.SIGTERM, signal.SIGINT)
        }
        try:
            log.info("starting %d workers (supervisor pid %d)", self.workers, os.getpid())
            for slot in range(self.workers):
                self._spawn(slot)
            while self.running:
                self._wait_once()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            for process in self.running.values():  # only after an error in this very loop
                process.kill()
        return self.status

    def _spawn(self, slot: int) -> None:
        process = self.context.Process(
            target=_worker_main,
            args=(self.run_one, self.settings, logging.getLogger().getEffectiveLevel()),
            name=f"gigguard-worker-{slot + 1}",
        )
        process.start()
        self.running[slot] = process
        log.info("worker %d started (pid %s)", slot + 1, process.pid)
        if self.stopping and process.pid is not None:  # a signal came while it was starting
            os.kill(process.pid, signal.SIGTERM)

    def _wait_once(self) -> None:
        wait([process.sentinel for process in self.running.values()], timeout=0.5)
        for slot, process in list(self.running.items()):
            if process.exitcode is None:
                continue
            del self.running[slot]
            process.join()
            if self.stopping:
                log.info("worker %d (pid %s) stopped", slot + 1, process.pid)
            else:
                log.error(
                    "worker %d (pid %s) exited unexpectedly (%s)",
                    slot + 1,
                    process.pid,
                    _describe(process.exitcode),
                )
                self._restart(slot)
        if self.stopping and time.monotonic() >= self.kill_at:
            for process in self.running.values():
                log.warning("worker pid %s did not stop in time; killing it", process.pid)
                process.kill()
            self.kill_at = float("inf")

    def _restart(self, slot: int) -> None:
        now = time.monotonic()
        while self.restarts and now - self.restarts[0] > self.restart_window:
            self.restarts.popleft()
        if len(self.restarts) >= self.max_restarts:
            log.error(
                "workers exited %d times within %.0f s; stopping (exit status 1)",
                len(self.restarts) + 1,
                self.restart_window,
            )
            self.status = 1
            self._stop()
            return
        self.restarts.append(now)
        self._spawn(slot)

    def _stop(self) -> None:
        self.stopping = True
        self.kill_at = time.monotonic() + self.grace_seconds
        for process in list(self.running.values()):
            if process.pid is not None and process.exitcode is None:
                os.kill(process.pid, signal.SIGTERM)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        if self.stopping:
            log.warning("second %s: killing the workers", signal.Signals(signum).name)
            self.kill_at = time.monotonic()
            return
        log.info("%s: stopping the workers", signal.Signals(signum).name)
        self._stop()


def _describe(exitcode: int | None) -> str:
    if exitcode is None:
        return "still running"
    if exitcode < 0:
        return f"killed by {signal.Signals(-exitcode).name}"
    return f"exit status {exitcode}"
