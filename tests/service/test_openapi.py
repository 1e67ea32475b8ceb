"""GET /openapi.json: in step with the router, and with what the endpoints really answer."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from pydantic import BaseModel

from gigguard.service import models
from gigguard.service.app import create_app
from gigguard.service.openapi import document
from gigguard.service.settings import Settings

Client = TestClient[Any, Any]
Serve = Any  # the `serve` fixture: async (settings=None, *, store=None) -> Client


def test_the_document_and_the_router_list_the_same_operations() -> None:
    routed = {
        (route.method, route.resource.canonical)
        for route in create_app().router.routes()
        if route.resource is not None and route.method != "HEAD"  # aiohttp adds HEAD to GET
    }
    documented = {
        (method.upper(), path)
        for path, operations in document(Settings())["paths"].items()
        for method in operations
    }
    assert not routed - documented, (
        f"routes missing from server/gigguard/service/openapi.py: {sorted(routed - documented)}"
    )
    assert not documented - routed, (
        f"openapi.py documents operations no route serves: {sorted(documented - routed)}"
    )


def test_every_reference_resolves() -> None:
    doc = document(Settings())
    schemas = doc["components"]["schemas"]

    def refs(node: Any) -> list[str]:
        if isinstance(node, dict):
            own = [node["$ref"]] if "$ref" in node else []
            return own + [r for v in node.values() for r in refs(v)]
        if isinstance(node, list):
            return [r for v in node for r in refs(v)]
        return []

    found = refs(doc)
    assert found
    for ref in found:
        assert ref.startswith("#/components/schemas/") and ref.rsplit("/", 1)[1] in schemas, ref


def test_the_document_follows_the_settings() -> None:
    hosted = document(Settings(api_key_required=True, max_batch=7))
    local = document(Settings())
    assert hosted["paths"]["/v1/lint"]["post"]["security"] == [{"bearer": []}]
    assert {} in local["paths"]["/v1/lint"]["post"]["security"]
    assert local["paths"]["/v1/admin/reload"]["post"]["security"] == [{"bearer": []}]
    drafts = hosted["components"]["schemas"]["BatchRequest"]["properties"]["drafts"]
    assert drafts["maxItems"] == 7


async def test_served_as_json(serve: Serve) -> None:
    client = await serve()
    body = await (await client.get("/openapi.json")).json()
    assert body["openapi"] == "3.1.0"
    assert body == document(Settings())


def assert_described(model: type[BaseModel], body: Any) -> None:
    """The body holds exactly the fields the model documents (an undocumented one fails)."""
    described = model.model_validate(body).model_dump(mode="json", exclude_unset=True)
    assert described == body, f"{model.__name__} in models.py is out of step with the answer"


async def test_answers_are_as_documented(serve: Serve) -> None:
    client = await serve()
    for draft in [
        {"text": "mail jo at gmail dot com, pay via paypal", "platform": "upwork"},
        {"text": "what's your whatsapp?", "direction": "incoming"},
        {"text": "Thanks, the logo is ready."},
    ]:
        answer = await (await client.post("/v1/lint", json=draft)).json()
        assert_described(models.LintResponse, answer)
    email = await (await client.post("/v1/lint", json={"text": "jo at gmail dot com"})).json()
    assert set(email["findings"][0]) == set(models.FindingBody.model_fields)
    batch = await client.post("/v1/lint/batch", json={"drafts": [{"text": "jo at gmail dot com"}]})
    assert_described(models.BatchResponse, await batch.json())
    assert_described(models.PlatformsResponse, await (await client.get("/v1/platforms")).json())
    assert_described(models.RulesResponse, await (await client.get("/v1/rules")).json())
    assert_described(models.HealthResponse, await (await client.get("/healthz")).json())
    assert_described(models.ReadyResponse, await (await client.get("/readyz")).json())


@pytest.mark.parametrize(
    ("method", "path", "payload"),
    [
        ("POST", "/v1/lint", {"text": 1}),
        ("POST", "/v1/lint", {"text": "hi", "platform": "myspace"}),
        ("POST", "/v1/lint/batch", {"drafts": [{}]}),
        ("GET", "/nowhere", None),
    ],
)
async def test_problems_are_as_documented(
    serve: Serve, method: str, path: str, payload: Any
) -> None:
    client = await serve()
    response = await client.request(method, path, json=payload)
    assert_described(models.ProblemBody, await response.json(content_type=None))
