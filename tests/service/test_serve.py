"""`gigguard serve` as people run it: a real process on a real port, its flags, SIGHUP."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.ports import free_port

from gigguard.rules.loader import default_rules_dir

Start = Callable[..., tuple[subprocess.Popen[bytes], str]]


def call(url: str, body: Any = None, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def wait_for(condition: Callable[[], bool], what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def answers(url: str) -> bool:
    try:
        return call(url + "/healthz")[0] == 200
    except OSError:
        return False


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), copy)
    return copy


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Start]:
    started: list[subprocess.Popen[bytes]] = []

    def run(*flags: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], str]:
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "gigguard", "serve", "--port", str(port), *flags],
            env={**os.environ, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=(tmp_path / f"serve-{port}.log").open("wb"),
        )
        started.append(process)
        url = f"http://127.0.0.1:{port}"
        wait_for(lambda: process.poll() is not None or answers(url), "the service to answer")
        assert process.poll() is None, (tmp_path / f"serve-{port}.log").read_text()
        return process, url

    yield run
    for process in started:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def fiverr_title(url: str) -> str:
    platforms = call(url + "/v1/platforms")[1]["platforms"]
    title: str = next(p for p in platforms if p["id"] == "fiverr")["title"]
    return title


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="no SIGHUP on this platform")
def test_sighup_reloads_the_rules(start: Start, rules_copy: Path) -> None:
    process, url = start(env={"GIGGUARD_RULES_DIR": str(rules_copy)})
    pack = rules_copy / "fiverr" / "pack.yml"
    lines = pack.read_text(encoding="utf-8").splitlines(keepends=True)
    pack.write_text(
        "".join(
            "title: Fiverr via SIGHUP\n" if line.startswith("title:") else line for line in lines
        ),
        encoding="utf-8",
    )
    assert fiverr_title(url) != "Fiverr via SIGHUP"
    process.send_signal(signal.SIGHUP)
    wait_for(lambda: fiverr_title(url) == "Fiverr via SIGHUP", "the reload")
    assert process.poll() is None


def test_flags_reach_the_service(start: Start) -> None:
    extension = "chrome-extension://" + "c" * 32
    _, url = start(
        "--api-key-required",
        "--cors-origin",
        extension,
        "--max-batch",
        "2",
        "--cache-ttl-seconds",
        "0",
    )
    assert call(url + "/v1/lint", {"text": "hi"})[0] == 401
    document = call(url + "/openapi.json")[1]
    assert (
        document["components"]["schemas"]["BatchRequest"]["properties"]["drafts"]["maxItems"] == 2
    )
    request = urllib.request.Request(
        url + "/v1/lint",
        method="OPTIONS",
        headers={"Origin": extension, "Access-Control-Request-Method": "POST"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Access-Control-Allow-Origin"] == extension


def test_bad_flags_are_refused_with_a_reason() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gigguard", "serve", "--cors-origin", "https://evil.example"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "chrome-extension://" in result.stderr
