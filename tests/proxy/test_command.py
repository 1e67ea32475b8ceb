"""`gigguard proxy` as a real process: the lint API beside it with --serve-port, rule reloads
announced through a real Redis with --redis-url, and a clean exit on SIGTERM."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import RedisServer, free_port, redis_command

ROOT = Path(__file__).resolve().parents[2]
ROUTES = ROOT / "examples" / "proxy" / "mattermost.yml"


def get(url: str, body: bytes | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_for(url: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(150):
        if process.poll() is not None:
            raise AssertionError(f"the proxy exited with {process.returncode}")
        try:
            if get(url)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} did not come up")


def start(*flags: str, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "gigguard", "proxy", "--routes", str(ROUTES), *flags],
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
        cwd=ROOT,
    )


@pytest.fixture
def stopped() -> Iterator[list[subprocess.Popen[bytes]]]:
    processes: list[subprocess.Popen[bytes]] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_the_lint_api_beside_the_proxy_in_one_process(
    tmp_path: Path, stopped: list[subprocess.Popen[bytes]]
) -> None:
    proxy_port, service_port = free_port(), free_port()
    upstream = f"http://127.0.0.1:{free_port()}"  # nothing listens: the proxy answers 502
    process = start(
        "--upstream", upstream, "--port", str(proxy_port), "--serve-port", str(service_port),
        log=tmp_path / "proxy.log",
    )  # fmt: skip
    stopped.append(process)
    wait_for(f"http://127.0.0.1:{proxy_port}/_gigguard/healthz", process)
    wait_for(f"http://127.0.0.1:{service_port}/healthz", process)
    status, body = get(
        f"http://127.0.0.1:{service_port}/v1/lint",
        json.dumps({"text": "add me on whatsapp +44 7700 900123", "platform": "fiverr"}).encode(),
    )
    assert status == 200
    assert {f["category"] for f in json.loads(body)["findings"]} >= {"contact.phone"}
    status, _ = get(f"http://127.0.0.1:{proxy_port}/api/v4/users/me")
    assert status == 502
    process.send_signal(signal.SIGTERM)
    assert process.wait(15) == 0


def test_the_same_port_twice_is_refused(tmp_path: Path) -> None:
    port = str(free_port())
    process = start(
        "--upstream", "http://127.0.0.1:9", "--port", port, "--serve-port", port,
        log=tmp_path / "proxy.log",
    )  # fmt: skip
    assert process.wait(30) == 2
    assert "cannot share port" in (tmp_path / "proxy.log").read_text()


def test_a_reload_announced_through_redis_reaches_the_proxy(
    tmp_path: Path, redis_db: RedisServer, stopped: list[subprocess.Popen[bytes]]
) -> None:
    port = free_port()
    log = tmp_path / "proxy.log"
    process = start(
        "--upstream", "http://127.0.0.1:9", "--port", str(port),
        "--redis-url", f"redis://127.0.0.1:{redis_db.port}/0", log=log,
    )  # fmt: skip
    stopped.append(process)
    wait_for(f"http://127.0.0.1:{port}/_gigguard/healthz", process)
    for _ in range(50):  # the subscription comes up just after the port
        subscribers = redis_command(redis_db.port, "PUBLISH", "gigguard:reload", "reload")
        if subscribers == b":1":
            break
        time.sleep(0.1)
    assert subscribers == b":1"
    for _ in range(100):
        if "rules reloaded" in log.read_text():
            break
        time.sleep(0.1)
    assert "rules reloaded" in log.read_text()
