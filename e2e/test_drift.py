"""Things that must stay in step, checked without a browser: the extension's built-in adapters
and the rule packs' `adapter:` sections; the manifest's hosts and scripts; the packed zip."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
EXTENSION = REPO / "extension"


def extension_defaults() -> list[dict[str, Any]]:
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed")
    script = "console.log(JSON.stringify(require('./extension/src/adapters.js').DEFAULT_PLATFORMS))"
    output = subprocess.run(
        [node, "-e", script], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout
    platforms: list[dict[str, Any]] = json.loads(output)
    return platforms


def pack_adapters() -> dict[str, dict[str, Any]]:
    packs = {}
    for pack in sorted((REPO / "rules").glob("*/pack.yml")):
        data = yaml.safe_load(pack.read_text(encoding="utf-8"))
        if "adapter" in data:
            packs[pack.parent.name] = {"title": data["title"], "adapter": data["adapter"]}
    return packs


def test_built_in_adapters_match_the_rule_packs() -> None:
    defaults = {
        p["id"]: {"title": p["title"], "adapter": p["adapter"]} for p in extension_defaults()
    }
    packs = pack_adapters()
    assert defaults == packs, (
        "extension/src/adapters.js DEFAULT_PLATFORMS is out of step with rules/*/pack.yml "
        "`adapter:`; copy the pack's selectors into the extension"
    )


def test_manifest_covers_every_adapter_host() -> None:
    manifest = json.loads((EXTENSION / "manifest.json").read_text())
    content_matches = set(manifest["content_scripts"][0]["matches"])
    hosts = {m.split("/")[2] for p in extension_defaults() for m in p["adapter"]["matches"]}
    assert {f"https://{host}/*" for host in hosts} == content_matches
    assert content_matches <= set(manifest["host_permissions"])
    assert {"http://127.0.0.1/*", "http://localhost/*"} <= set(manifest["host_permissions"])
    assert manifest["permissions"] == ["storage"]


def test_every_module_is_loaded_by_the_content_script() -> None:
    manifest = json.loads((EXTENSION / "manifest.json").read_text())
    listed = manifest["content_scripts"][0]["js"]
    modules = sorted(f"src/{path.name}" for path in (EXTENSION / "src").glob("*.js"))
    assert sorted(listed) == modules
    assert listed[0] == "src/messages.js" and listed[-1] == "src/content.js"


def test_pack_extension_makes_a_store_ready_zip(tmp_path: Path) -> None:
    output = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "pack-extension"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    version = json.loads((EXTENSION / "manifest.json").read_text())["version"]
    assert output == str(tmp_path / f"gigguard-extension-{version}.zip")
    with zipfile.ZipFile(output) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["version"] == version
    assert not [n for n in names if n.startswith("test/") or "/test/" in n]
    assert "background.js" in names and "src/content.js" in names and "icons/icon-128.png" in names


def test_service_adapters_match_the_built_in_ones(service: Any) -> None:
    """GET /v1/platforms (when the service has it) serves the same adapters as the extension's
    built-in defaults: both come from the rule packs. A QA deployment may be newer: not checked."""
    if service.external:
        pytest.skip("a deployment may serve newer adapters than this checkout")
    try:
        with urllib.request.urlopen(f"{service.url}/v1/platforms", timeout=10) as response:
            body = json.loads(response.read())
    except urllib.error.HTTPError as error:
        if error.code == 404:
            pytest.skip("this service predates GET /v1/platforms: the extension uses its defaults")
        raise
    served = {p["id"]: p["adapter"] for p in body["platforms"]}
    defaults = {p["id"]: p["adapter"] for p in extension_defaults()}
    assert served == defaults
