"""GET /metrics: requests by route pattern and status, findings by category, nothing sent."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient
from prometheus_client.parser import text_string_to_metric_families

Client = TestClient[Any, Any]
Serve = Any  # the `serve` fixture: async (settings=None, *, store=None) -> Client


def samples(exposition: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(exposition)
        for sample in family.samples
    }


async def test_requests_latency_and_findings_are_counted(serve: Serve) -> None:
    client = await serve()
    draft = {"text": "mail jo at gmail dot com or call 415 555 0123"}
    for _ in range(2):
        assert (await client.post("/v1/lint", json=draft)).status == 200
    await client.post("/v1/lint", json={"text": 1})
    await client.get("/v1/rules", params={"platform": "fiverr"})
    response = await client.get("/metrics")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    found = samples(await response.text())

    def lint_requests(status: str) -> float:
        labels = (("method", "POST"), ("route", "/v1/lint"), ("status", status))
        return found[("gigguard_http_requests_total", labels)]

    assert (lint_requests("200"), lint_requests("422")) == (2, 1)
    latency = (("method", "POST"), ("route", "/v1/lint"), ("status", "200"))
    assert found[("gigguard_http_request_duration_seconds_count", latency)] == 2
    assert found[("gigguard_findings_total", (("category", "contact.email"),))] == 2
    assert found[("gigguard_findings_total", (("category", "contact.phone"),))] == 2
    assert found[("gigguard_lint_cache_lookups_total", (("result", "hit"),))] == 1
    assert found[("gigguard_lint_cache_lookups_total", (("result", "miss"),))] == 1


async def test_routes_are_patterns_never_raw_paths(serve: Serve) -> None:
    client = await serve()
    await client.get("/v1/rules", params={"platform": "QUERY-MARKER"})
    await client.get("/PATH-MARKER/../x", allow_redirects=False)
    await client.request("PROPFIND", "/v1/lint")
    text = await (await client.get("/metrics")).text()
    assert "MARKER" not in text
    assert 'route="(unmatched)"' in text
    assert 'method="OTHER"' in text
    assert "PROPFIND" not in text


async def test_each_app_has_its_own_registry(serve: Serve) -> None:
    first = await serve()
    second = await serve()
    await first.get("/healthz")
    second_text = await (await second.get("/metrics")).text()
    assert 'route="/healthz"' not in second_text
