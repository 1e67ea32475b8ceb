"""Errors as JSON problem bodies (RFC 9457) that name the field at fault and never echo the draft.

Problem              raised by views and middlewares → its own status, headers and body
web.HTTPException    aiohttp's (404, 405) → the same format; Allow and similar headers kept
any other Exception  → 500, logged by type only: a message or traceback may hold the draft
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import orjson
from aiohttp import web
from aiohttp.typedefs import Handler
from pydantic import ValidationError

from gigguard.service.metrics import method_label, route_label
from gigguard.service.models import MAX_TEXT_CHARS

log = logging.getLogger("gigguard.service")

# aiohttp's headers worth keeping on its errors; the rest describe its plain-text body.
_KEPT_HEADERS = ("Allow",)


class Problem(Exception):
    """An answer other than 2xx, raised so views and middlewares stay straight-line code."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str,
        *,
        headers: Mapping[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(status, title)  # never the detail: keep reprs free of anything sent
        self.status = status
        self.title = title
        self.detail = detail
        self.headers = dict(headers or {})
        self.extra = extra

    def response(self) -> web.Response:
        return problem_response(self.status, self.title, self.detail, self.headers, **self.extra)


def problem_response(
    status: int,
    title: str,
    detail: str,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> web.Response:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return web.Response(
        status=status,
        body=orjson.dumps(body),
        content_type="application/problem+json",
        headers=headers,
    )


def field_error(field: str, type_: str, message: str) -> dict[str, str]:
    return {"field": field, "type": type_, "message": message}


def invalid(error: ValidationError) -> Problem:
    """422 naming each field at fault (413 when a draft is too long), built from locations and
    error types only: pydantic's messages and inputs can quote what was sent."""
    fields = [
        field_error(
            ".".join(str(part) for part in item["loc"]) or "(body)",
            item["type"],
            _field_message(item),
        )
        for item in error.errors(include_input=False, include_url=False, include_context=False)
    ]
    names = ", ".join(dict.fromkeys(f["field"] for f in fields))
    if any(f["type"] == "string_too_long" for f in fields):
        return Problem(413, "Draft too long", f"Check these fields: {names}.", errors=fields)
    return Problem(422, "Invalid request", f"Check these fields: {names}.", errors=fields)


def _field_message(item: Any) -> str:
    if item["type"] == "string_too_long":
        return f"at most {MAX_TEXT_CHARS} characters"
    if item["type"] == "missing":
        return "required"
    return str(item["msg"])


@web.middleware
async def problem_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except Problem as problem:
        return problem.response()
    except web.HTTPException as error:
        if error.status < 400:
            raise
        headers = {name: error.headers[name] for name in _KEPT_HEADERS if name in error.headers}
        return problem_response(error.status, error.reason, _detail(error), headers)
    except Exception as error:
        # The type only: an exception's message, locals or traceback may carry the draft.
        log.error(
            "internal error (%s) while serving %s %s",
            type(error).__name__,
            method_label(request),
            route_label(request),
        )
        return problem_response(
            500, "Internal error", "The service failed; the draft was not kept."
        )


def _detail(error: web.HTTPException) -> str:
    if isinstance(error, web.HTTPMethodNotAllowed):
        allowed = ", ".join(sorted(error.allowed_methods))
        return f"This endpoint takes {allowed}; see /openapi.json."
    if isinstance(error, web.HTTPNotFound):
        return "No such endpoint; see /openapi.json."
    return error.reason
