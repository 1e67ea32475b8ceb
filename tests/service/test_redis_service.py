"""`gigguard serve` and `gigguard keys` as people run them, sharing one real redis-server.

Two service instances (one of them with two workers) on two loopback ports share the lint cache,
rate limits and API keys; a Redis outage in the middle of traffic loses no request.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import RedisServer

pytestmark = pytest.mark.timeout(180)

SECRET = "test-secret-shared-by-every-instance"
DRAFT = {"text": "ping me at john at gmail dot com", "platform": "fiverr"}

# `gigguard serve` options these tests rely on, one per Settings field they set.
API_KEY_REQUIRED = "--api-key-required"
RATE_LIMIT_PER_CLIENT = "--rate-limit-per-client"
RATE_LIMIT_PER_KEY = "--rate-limit-per-key"


def gigguard(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gigguard", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env if env is not None else clean_env(),
    )


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIGGUARD_")}
    return {**env, **extra}


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict[str, object]:
        loaded: dict[str, object] = json.loads(self.body)
        return loaded


def request(
    port: int, path: str, body: object | None = None, key: str | None = None, timeout: float = 10
) -> Answer:
    """One request on a new connection (so a multi-worker instance may answer from any worker)."""
    headers = {"Content-Type": "application/json"}
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    data = None if body is None else json.dumps(body).encode()
    sent = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, headers=headers)
    try:
        with urllib.request.urlopen(sent, timeout=timeout) as answer:
            return Answer(answer.status, dict(answer.headers), answer.read())
    except urllib.error.HTTPError as error:
        return Answer(error.code, dict(error.headers), error.read())


class Service:
    """`python -m gigguard serve` in a subprocess, stopped by its pid."""

    def __init__(self, log: Path, port: int, redis_url: str, workers: int, *options: str) -> None:
        self.port = port
        self.log = log
        command = [sys.executable, "-m", "gigguard", "serve", "--port", str(port)]
        command += ["--redis-url", redis_url, "--workers", str(workers), *options]
        with log.open("wb") as output:
            self.process = subprocess.Popen(
                command,
                env=clean_env(GIGGUARD_SECRET=SECRET),
                stdout=output,
                stderr=subprocess.STDOUT,
            )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_healthy(self, deadline_seconds: float = 60) -> None:
        deadline = time.monotonic() + deadline_seconds
        while True:
            assert self.process.poll() is None, f"gigguard serve exited:\n{self.output()}"
            try:
                if request(self.port, "/healthz", timeout=1).status == 200:
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            assert time.monotonic() < deadline, f"no /healthz answer:\n{self.output()}"
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[list[Service]]:
    started: list[Service] = []
    yield started
    for service in started:
        service.stop()


def start_services(
    services: list[Service], tmp_path: Path, ports: list[int], redis_url: str, *options: str
) -> list[Service]:
    """The first instance with two workers, the others with one; all healthy."""
    new = [
        Service(tmp_path / f"serve-{port}.log", port, redis_url, 2 if i == 0 else 1, *options)
        for i, port in enumerate(ports)
    ]
    services.extend(new)
    for service in new:
        service.wait_healthy()
    return new


def create_key(redis_url: str, name: str) -> str:
    created = gigguard("keys", "create", "--name", name, "--redis-url", redis_url)
    assert created.returncode == 0, created.stderr
    return created.stdout.strip()


# -- gigguard keys --------------------------------------------------------------------------------


def test_keys_need_a_shared_store() -> None:
    result = gigguard("keys", "list")
    assert result.returncode == 2
    assert "--redis-url" in result.stderr and "GIGGUARD_REDIS_URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_keys_create_list_revoke(redis_db: RedisServer) -> None:
    created = gigguard("keys", "create", "--name", "ci runner", "--redis-url", redis_db.url)
    assert created.returncode == 0, created.stderr
    plain = created.stdout.strip()
    assert plain.startswith("gg_") and "\n" not in plain
    assert "will not be shown again" in created.stderr

    env = clean_env(GIGGUARD_REDIS_URL=redis_db.url)  # the environment works as the flag does
    listed = gigguard("keys", "list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert (row["name"], row["revoked"]) == ("ci runner", False)
    assert set(row) == {"id", "name", "created", "revoked"}

    table = gigguard("keys", "list", env=env)
    assert row["id"] in table.stdout and "ci runner" in table.stdout
    assert plain not in table.stdout + listed.stdout

    revoked = gigguard("keys", "revoke", row["id"], env=env)
    assert revoked.returncode == 0, revoked.stderr
    assert json.loads(gigguard("keys", "list", "--json", env=env).stdout)[0]["revoked"] is True

    unknown = gigguard("keys", "revoke", "k_00000000", env=env)
    assert unknown.returncode == 1 and "no key with id" in unknown.stderr


def test_keys_say_clearly_when_redis_is_unreachable(unused_tcp_port: int) -> None:
    url = f"redis://:hunter2@127.0.0.1:{unused_tcp_port}/0"
    started = time.monotonic()
    result = gigguard("keys", "create", "--name", "x", "--redis-url", url)
    assert result.returncode == 2
    assert f"cannot reach Redis at redis://:***@127.0.0.1:{unused_tcp_port}/0" in result.stderr
    assert "hunter2" not in result.stderr and "Traceback" not in result.stderr
    assert time.monotonic() - started < 30


# -- instances sharing Redis ----------------------------------------------------------------------


def test_instances_share_the_cache_keys_and_rate_limits(
    redis_db: RedisServer,
    services: list[Service],
    tmp_path: Path,
    unused_tcp_port_factory: Callable[[], int],
) -> None:
    ports = [unused_tcp_port_factory(), unused_tcp_port_factory()]
    plain = create_key(redis_db.url, "shared")  # before the services start: loaded at start
    limit = 12
    first, second = start_services(
        services,
        tmp_path,
        ports,
        redis_db.url,
        API_KEY_REQUIRED,
        RATE_LIMIT_PER_CLIENT,
        str(limit),
    )
    counted = 0  # requests that count against the client limit (every one but /healthz)

    # (c) keys: a key made by `gigguard keys` opens both; none and an unknown one open neither.
    for service in (first, second):
        assert request(service.port, "/v1/lint", DRAFT).status == 401
        assert request(service.port, "/v1/lint", DRAFT, key=plain + "x").status == 403
        counted += 2
    late = create_key(redis_db.url, "made while the services run")

    # (a) cache: answered fresh on one port, from the shared cache on the other.
    fresh = request(first.port, "/v1/lint", DRAFT, key=plain)
    cached = request(second.port, "/v1/lint", DRAFT, key=late)
    counted += 2
    assert (fresh.status, cached.status) == (200, 200)
    assert fresh.headers["X-GigGuard-Cache"] == "miss"
    assert cached.headers["X-GigGuard-Cache"] == "hit"
    assert cached.json() == fresh.json()

    # (b) rate limits: one budget for the client across both ports and all workers.
    statuses = []
    for i in range(limit - counted + 4):
        port = ports[i % 2]
        statuses.append(request(port, "/v1/lint", DRAFT, key=plain).status)
    assert statuses == [200] * (limit - counted) + [429] * 4
    refused = request(first.port, "/v1/lint", DRAFT, key=plain)
    assert refused.status == 429 and int(refused.headers["Retry-After"]) >= 1


def test_a_redis_outage_loses_no_request(
    redis_db: RedisServer, services: list[Service], tmp_path: Path, unused_tcp_port: int
) -> None:
    plain = create_key(redis_db.url, "outage")
    (service,) = start_services(
        services,
        tmp_path,
        [unused_tcp_port],
        redis_db.url,
        API_KEY_REQUIRED,
        RATE_LIMIT_PER_CLIENT,
        "0",
        RATE_LIMIT_PER_KEY,
        "0",
    )
    assert request(service.port, "/readyz").status == 200

    answers: list[tuple[str, int]] = []  # (phase, status) of every lint request
    phase = "before"
    stop = threading.Event()
    errors: list[BaseException] = []

    def traffic() -> None:
        deadline = time.monotonic() + 120
        try:
            while not stop.is_set() and time.monotonic() < deadline and len(answers) < 20_000:
                sent_in = phase
                answer = request(service.port, "/v1/lint", DRAFT, key=plain, timeout=10)
                answers.append((sent_in, answer.status))
        except BaseException as error:  # a lost request: refused, reset, timed out
            errors.append(error)

    def count(in_phase: str) -> int:
        return sum(1 for sent_in, _ in answers if sent_in == in_phase)

    def wait_for(condition: str, check: Callable[[], bool], deadline_seconds: float = 30) -> None:
        deadline = time.monotonic() + deadline_seconds
        while not check():
            assert not errors, errors
            assert time.monotonic() < deadline, f"timed out waiting for {condition}"
            time.sleep(0.05)

    def readiness(expected: str, times: int) -> bool:
        # New connections reach either worker: every one of `times` answers must agree.
        return all(
            request(service.port, "/readyz").json()["status"] == expected for _ in range(times)
        )

    client = threading.Thread(target=traffic, name="lint traffic")
    client.start()
    try:
        wait_for("traffic", lambda: count("before") >= 20)
        redis_db.stop(keep_data=True)  # it comes back with its data, as a persistent Redis does
        phase = "down"
        wait_for("/readyz to report degraded", lambda: readiness("degraded", 4))
        wait_for("traffic while Redis is down", lambda: count("down") >= 50)
        redis_db.start()
        phase = "after"
        wait_for("/readyz to report ready", lambda: readiness("ready", 6))
        wait_for("traffic after Redis is back", lambda: count("after") >= 20)
    finally:
        stop.set()
        client.join(timeout=30)
        redis_db.start()

    assert not errors, errors
    assert {status for _, status in answers} == {200}, [a for a in answers if a[1] != 200][:5]
    ready = request(service.port, "/readyz")
    assert ready.status == 200 and ready.json() == {"status": "ready", "store": "redis"}
