"""Rule reloads: POST /v1/admin/reload announces one; every app listening reloads from disk."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from gigguard.rules.loader import default_rules_dir, rulesets
from gigguard.service.store import MemoryStore

Client = TestClient[Any, Any]
Serve = Any  # the `serve` fixture: async (settings=None, *, store=None) -> Client


@pytest.fixture
def rules_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of rules/ that the service loads from, and may be edited."""
    copy = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), copy)
    monkeypatch.setenv("GIGGUARD_RULES_DIR", str(copy))
    rulesets.cache_clear()
    yield copy
    rulesets.cache_clear()  # the next test loads rules/ again


def retitle(rules: Path, platform: str, title: str) -> None:
    pack = rules / platform / "pack.yml"
    lines = pack.read_text(encoding="utf-8").splitlines(keepends=True)
    pack.write_text(
        "".join(f"title: {title}\n" if line.startswith("title:") else line for line in lines),
        encoding="utf-8",
    )


async def fiverr(client: Client) -> dict[str, Any]:
    listed = (await (await client.get("/v1/platforms")).json())["platforms"]
    entry: dict[str, Any] = next(p for p in listed if p["id"] == "fiverr")
    return entry


async def test_a_reload_serves_the_changed_packs_and_no_stale_answers(
    serve: Serve, rules_dir: Path
) -> None:
    store = MemoryStore()
    client = await serve(store=store)
    key, _ = await store.key_create("ops")
    before = await fiverr(client)
    draft = {"text": "mail jo at gmail dot com", "platform": "fiverr"}
    await client.post("/v1/lint", json=draft)
    assert (await client.post("/v1/lint", json=draft)).headers["X-GigGuard-Cache"] == "hit"

    retitle(rules_dir, "fiverr", "Fiverr (edited)")
    assert (await fiverr(client))["title"] == before["title"]  # nothing changes by itself
    response = await client.post("/v1/admin/reload", headers={"Authorization": f"Bearer {key}"})
    assert response.status == 202

    after = await fiverr(client)
    assert after["title"] == "Fiverr (edited)"
    assert after["version"] != before["version"]
    linted = await client.post("/v1/lint", json=draft)
    assert linted.headers["X-GigGuard-Cache"] == "miss"
    assert (await linted.json())["ruleset"] == after["ruleset"]


async def test_every_app_on_the_store_reloads(serve: Serve, rules_dir: Path) -> None:
    store = MemoryStore()
    first = await serve(store=store)
    second = await serve(store=store)
    key, _ = await store.key_create("ops")
    retitle(rules_dir, "guru", "Guru (edited)")
    await first.post("/v1/admin/reload", headers={"Authorization": f"Bearer {key}"})
    assert len(store._listeners) == 2
    listed = (await (await second.get("/v1/platforms")).json())["platforms"]
    assert next(p for p in listed if p["id"] == "guru")["title"] == "Guru (edited)"


async def test_a_broken_pack_keeps_the_rules_in_use(
    serve: Serve, rules_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = MemoryStore()
    client = await serve(store=store)
    key, _ = await store.key_create("ops")
    before = await fiverr(client)
    (rules_dir / "fiverr" / "pack.yml").write_text("title: [unclosed\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="gigguard"):
        response = await client.post("/v1/admin/reload", headers={"Authorization": f"Bearer {key}"})
    assert response.status == 202
    assert await fiverr(client) == before
    assert any("rules not reloaded" in r.getMessage() and "pack.yml" in r.getMessage()
               for r in caplog.records)  # fmt: skip
    linted = await client.post("/v1/lint", json={"text": "jo at gmail dot com"})
    assert linted.status == 200
