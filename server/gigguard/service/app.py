"""The aiohttp application: `create_app(settings)` builds it, `run(settings)` serves it.

Errors are JSON problem bodies (RFC 9457) that name the field at fault and never echo the draft.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import orjson
from aiohttp import web
from pydantic import ValidationError

from gigguard import __version__
from gigguard.lint import UnknownPlatformError, lint
from gigguard.service.models import MAX_TEXT_CHARS, LintRequest

log = logging.getLogger("gigguard.service")

MAX_BODY_BYTES = 4 * MAX_TEXT_CHARS + 16_384  # four UTF-8 bytes a character, plus the envelope


@dataclass(frozen=True, slots=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8765


def create_app(settings: Settings | None = None) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY_BYTES, middlewares=[_problem_middleware])
    app[SETTINGS] = settings or Settings()
    app.router.add_post("/v1/lint", lint_view)
    app.router.add_get("/healthz", health_view)
    return app


SETTINGS = web.AppKey("settings", Settings)


def problem(status: int, title: str, detail: str, **extra: Any) -> web.Response:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return web.Response(
        status=status, body=orjson.dumps(body), content_type="application/problem+json"
    )


def json_response(body: Any, status: int = 200) -> web.Response:
    return web.Response(status=status, body=orjson.dumps(body), content_type="application/json")


@web.middleware
async def _problem_middleware(request: web.Request, handler: Any) -> web.StreamResponse:
    try:
        response: web.StreamResponse = await handler(request)
        return response
    except web.HTTPRequestEntityTooLarge:
        return problem(
            413,
            "Request body too large",
            f"The body may be at most {MAX_BODY_BYTES} bytes; a draft at most "
            f"{MAX_TEXT_CHARS} characters.",
        )
    except web.HTTPException as error:
        return problem(error.status, error.reason, error.text or error.reason)
    except Exception:
        # The traceback may hold the draft in its locals' reprs: log the type only.
        log.error("internal error while serving %s %s", request.method, request.path)
        return problem(500, "Internal error", "The service failed; the draft was not kept.")


async def _read_json(request: web.Request) -> Any:
    raw = await request.read()
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise web.HTTPBadRequest(text=f"The body is not valid JSON ({error.msg}).") from None


def _validation_problem(error: ValidationError) -> web.Response:
    # pydantic's own messages can quote the input; build ours from locations and types only.
    fields = [
        {
            "field": ".".join(str(part) for part in item["loc"]) or "(body)",
            "type": item["type"],
            "message": _field_message(item),
        }
        for item in error.errors(include_input=False, include_url=False)
    ]
    names = ", ".join(f["field"] for f in fields)
    status = 413 if any(f["type"] == "string_too_long" for f in fields) else 422
    return problem(status, "Invalid request", f"Check these fields: {names}.", errors=fields)


def _field_message(item: Any) -> str:
    if item["type"] == "string_too_long":
        return f"at most {MAX_TEXT_CHARS} characters"
    if item["type"] == "missing":
        return "required"
    return str(item["msg"])


async def lint_view(request: web.Request) -> web.Response:
    body = await _read_json(request)
    if not isinstance(body, dict):
        return problem(422, "Invalid request", "The body must be a JSON object.")
    try:
        lint_request = LintRequest.model_validate(body)
    except ValidationError as error:
        return _validation_problem(error)
    try:
        result = await asyncio.to_thread(
            lint,
            lint_request.text,
            lint_request.platform,
            lint_request.phase,
            lint_request.direction,
        )
    except UnknownPlatformError as error:
        return problem(
            422,
            "Unknown platform",
            f"Unknown platform; known: {', '.join(error.known)}.",
            errors=[{"field": "platform", "type": "unknown_platform", "message": "unknown"}],
            known=error.known,
        )
    return json_response(result.to_dict())


async def health_view(request: web.Request) -> web.Response:
    return json_response({"status": "ok", "version": __version__})


def run(settings: Settings) -> None:
    web.run_app(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        access_log_format='%a "%r" %s %b %Tf',  # request line only: never bodies
        print=lambda message: log.info("%s", message),
    )
