"""The OpenAPI 3.1 document of the service (GET /openapi.json), with schemas from models.py.

Written by hand per operation, not derived from the router: tests/service/test_openapi.py fails
when a route and this document disagree.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from gigguard import __version__
from gigguard.lint import DEFAULT_PLATFORM
from gigguard.service import models
from gigguard.service.models import MAX_BODY_BYTES, MAX_TEXT_CHARS
from gigguard.service.settings import Settings

_REQUESTS: tuple[type[BaseModel], ...] = (models.LintRequest, models.BatchRequest)
_RESPONSES: tuple[type[BaseModel], ...] = (
    models.LintResponse,
    models.BatchResponse,
    models.PlatformsResponse,
    models.RulesResponse,
    models.HealthResponse,
    models.ReadyResponse,
    models.ReloadResponse,
    models.ProblemBody,
)
_REF = "#/components/schemas/{model}"


def _ref(model: type[BaseModel]) -> dict[str, str]:
    return {"$ref": _REF.format(model=model.__name__)}


def _json(model: type[BaseModel], media: str = "application/json") -> dict[str, Any]:
    return {"content": {media: {"schema": _ref(model)}}}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, **_json(models.ProblemBody, "application/problem+json")}


def _ok(description: str, model: type[BaseModel]) -> dict[str, Any]:
    return {"description": description, **_json(model)}


def document(settings: Settings) -> dict[str, Any]:
    _, schemas = models_json_schema(
        [(model, "validation") for model in _REQUESTS]
        + [(model, "serialization") for model in _RESPONSES],
        ref_template=_REF,
    )
    schemas["$defs"]["BatchRequest"]["properties"]["drafts"]["maxItems"] = settings.max_batch
    keyed: list[dict[str, list[str]]] = [{"bearer": []}]
    # Without hosted mode a key is optional on /v1/*: {} is "no requirement" (OpenAPI 3.1,
    # Security Requirement Object).
    v1_security = keyed if settings.hosted else [{}, *keyed]
    limited = {
        "429": _problem("Rate limit exceeded; see the Retry-After header (seconds)"),
    }
    guarded = {
        "401": _problem("No API key, or a malformed Authorization header"),
        "403": _problem("Unknown or revoked API key"),
        **limited,
    }
    cache_header = {
        "X-GigGuard-Cache": {
            "description": "hit when every answer came from the cache, else miss",
            "schema": {"type": "string", "enum": ["hit", "miss"]},
        }
    }
    lint_errors = {
        "400": _problem("The body is not JSON"),
        "413": _problem(
            f"Body over {MAX_BODY_BYTES} bytes (batch: {settings.max_batch_bytes} bytes, "
            f"{settings.max_batch} drafts), or a text over {MAX_TEXT_CHARS} characters"
        ),
        "415": _problem("A Content-Type other than JSON"),
        "422": _problem("A field of the wrong type or value, or an unknown platform"),
        "503": _problem(f"Linting took over {settings.request_timeout_seconds:g} seconds"),
        **guarded,
    }
    paths: dict[str, dict[str, Any]] = {
        "/v1/lint": {
            "post": {
                "operationId": "lint",
                "summary": "Lint one draft",
                "tags": ["lint"],
                "security": v1_security,
                "requestBody": {"required": True, **_json(models.LintRequest)},
                "responses": {
                    "200": {
                        **_ok("Findings, rewrite, ruleset", models.LintResponse),
                        "headers": cache_header,
                    },
                    **lint_errors,
                },
            }
        },
        "/v1/lint/batch": {
            "post": {
                "operationId": "lintBatch",
                "summary": f"Lint up to {settings.max_batch} drafts; answers in the order sent",
                "tags": ["lint"],
                "security": v1_security,
                "requestBody": {"required": True, **_json(models.BatchRequest)},
                "responses": {
                    "200": {
                        **_ok("One answer per draft", models.BatchResponse),
                        "headers": cache_header,
                    },
                    **lint_errors,
                },
            }
        },
        "/v1/platforms": {
            "get": {
                "operationId": "platforms",
                "summary": "Platforms, their ruleset versions and the extension's page adapters",
                "tags": ["rules"],
                "security": v1_security,
                "responses": {"200": _ok("Every platform", models.PlatformsResponse), **guarded},
            }
        },
        "/v1/rules": {
            "get": {
                "operationId": "rules",
                "summary": "A platform's rules with their severity in a phase",
                "tags": ["rules"],
                "security": v1_security,
                "parameters": [
                    {
                        "name": "platform",
                        "in": "query",
                        "schema": {"type": "string", "default": DEFAULT_PLATFORM},
                    },
                    {
                        "name": "phase",
                        "in": "query",
                        "schema": {
                            "type": "string",
                            "enum": ["pre_order", "in_order"],
                            "default": "pre_order",
                        },
                    },
                ],
                "responses": {
                    "200": _ok("The rules", models.RulesResponse),
                    "422": _problem("Unknown platform (`known` lists them) or phase"),
                    **guarded,
                },
            }
        },
        "/v1/admin/reload": {
            "post": {
                "operationId": "reloadRules",
                "summary": "Reload the rule packs from disk in every process sharing the store",
                "tags": ["admin"],
                "security": keyed,  # always, also on a loopback address
                "responses": {
                    "202": _ok("Reload announced", models.ReloadResponse),
                    "401": _problem("No API key"),
                    "403": _problem("Unknown or revoked key, or no key exists at all"),
                    "503": _problem("The store could not announce the reload"),
                    **limited,
                },
            }
        },
        "/healthz": {
            "get": {
                "operationId": "health",
                "summary": "Liveness",
                "tags": ["operations"],
                "responses": {"200": _ok("Alive", models.HealthResponse)},
            }
        },
        "/readyz": {
            "get": {
                "operationId": "ready",
                "summary": "Readiness: is the shared store reachable?",
                "tags": ["operations"],
                "responses": {
                    "200": _ok("Ready", models.ReadyResponse),
                    "503": _ok(
                        "Degraded: linting works, without the shared store", models.ReadyResponse
                    ),
                },
            }
        },
        "/metrics": {
            "get": {
                "operationId": "metrics",
                "summary": "Prometheus metrics: requests by route and status, findings by category",
                "tags": ["operations"],
                "responses": {
                    "200": {
                        "description": "Prometheus text exposition format",
                        "content": {"text/plain": {"schema": {"type": "string"}}},
                    }
                },
            }
        },
        "/openapi.json": {
            "get": {
                "operationId": "openapi",
                "summary": "This document",
                "tags": ["operations"],
                "responses": {
                    "200": {
                        "description": "OpenAPI 3.1",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                },
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "GigGuard",
            "version": __version__,
            "description": "Lints marketplace chat drafts for contact details, off-platform "
            "deals and review manipulation. Offsets are UTF-16 code units.",
        },
        "paths": paths,
        "components": {
            "schemas": schemas["$defs"],
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
