"""One message through a route's check: its texts found by JSON pointer, linted with the engine,
and the verdict the route's action makes of the findings.

    JSON document ─ pointers ─ texts ─ lint (platform, phase, direction) ─ findings ≥ min_severity
                                                                          └─ Verdict: clean | block
                                                                             | rewrite | annotate

Nothing here reads sockets: the HTTP and WebSocket sides (forward.py, sockets.py) hand in the
parsed document and the request's headers, and turn the verdict into bytes. Errors are
`Problem`s that name the pointer or header at fault and never quote the message.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson
from jsonpointer import JsonPointer, JsonPointerException

from gigguard.findings import Severity
from gigguard.lint import UnknownPlatformError, lint
from gigguard.proxy.routes import Action, FromHeader, FromPointer, Route
from gigguard.service.models import MAX_TEXT_CHARS
from gigguard.service.problems import Problem, field_error

_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
_PHASES = ("pre_order", "in_order")
_DIRECTIONS = ("outgoing", "incoming")


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a route does with one message. `action` is None for a clean message (no finding
    at or above the route's `min_severity`), which is forwarded byte for byte."""

    action: Action | None
    findings: list[dict[str, Any]] = field(default_factory=list)  # each with its "pointer"
    rewrite: dict[str, str] = field(default_factory=dict)  # pointer → the text's rewrite
    document: Any = None  # the message with its texts rewritten (action "rewrite")

    def summary(self) -> bytes:
        """The findings as X-GigGuard-Findings carries them: rule, category, severity and where,
        never a value, message or rewrite (a header is logged more often than a body)."""
        keys = ("pointer", "rule", "category", "severity", "start", "end")
        return orjson.dumps([{key: found[key] for key in keys} for found in self.findings])

    def problem_body(self) -> dict[str, Any]:
        """The findings and rewrite a blocked sender is told (their own message, to them)."""
        rewrite: str | dict[str, str] | None = self.rewrite or None
        if self.rewrite and len(self.rewrite) == 1:
            (rewrite,) = self.rewrite.values()
        return {"findings": self.findings, "rewrite": rewrite}


def check(route: Route, document: Any, headers: Mapping[str, str]) -> Verdict:
    """The verdict on one parsed message (blocking: run it in a thread)."""
    platform = _value(route.platform, "platform", document, headers)
    phase = _value(route.phase, "phase", document, headers)
    direction = _value(route.direction, "direction", document, headers)
    _one_of(phase, _PHASES, "phase", route.phase)
    _one_of(direction, _DIRECTIONS, "direction", route.direction)
    findings: list[dict[str, Any]] = []
    rewrites: dict[str, str] = {}
    present = [p for p in route.optional_text if _has_string(document, p)]
    for pointer in [*route.text, *present]:
        text = _text_at(document, pointer)
        try:
            result = lint(text, platform, phase, direction)  # type: ignore[arg-type]
        except UnknownPlatformError as error:
            raise Problem(
                422,
                "Unknown platform",
                f"The route's platform is not one GigGuard knows; known: {', '.join(error.known)}.",
                errors=[
                    field_error(
                        _source_name(route.platform, "platform"),
                        "unknown_platform",
                        "unknown; see `known`",
                    )
                ],
                known=error.known,
            ) from None
        kept = [f for f in result.findings if _RANK[f.severity] >= _RANK[route.min_severity]]
        findings += [{"pointer": pointer, **found.to_dict()} for found in kept]
        if kept and result.rewrite is not None:
            rewrites[pointer] = result.rewrite
    if not findings:
        return Verdict(None)
    action: Action = route.action
    if action == "rewrite" and len(rewrites) < len({f["pointer"] for f in findings}):
        action = "block"  # nothing safe to send instead (an incoming message has no rewrite)
    rewritten = _rewritten(document, rewrites) if action == "rewrite" else None
    return Verdict(action, findings, rewrites, rewritten)


def texts_of(route: Route, document: Any) -> None:
    """Check that every pointer of `route` finds a string in `document` (422 otherwise)."""
    for pointer in route.text:
        _text_at(document, pointer)


def _has_string(document: Any, pointer: str) -> bool:
    return isinstance(_string_at(document, pointer), str)


def _string_at(document: Any, pointer: str) -> str | None:
    """The string at `pointer`, or None when there is nothing there or it is not a string."""
    try:
        found = JsonPointer(pointer).resolve(document)
    except JsonPointerException:
        return None
    return found if isinstance(found, str) else None


def _text_at(document: Any, pointer: str) -> str:
    try:
        value = JsonPointer(pointer).resolve(document)
    except JsonPointerException:
        raise Problem(
            422,
            "Message text not found",
            f"The message has nothing at the route's JSON pointer {pointer}.",
            errors=[field_error(pointer, "missing", "required: the message text")],
        ) from None
    if not isinstance(value, str):
        raise Problem(
            422,
            "Message text is not a string",
            f"The value at the route's JSON pointer {pointer} is not a string.",
            errors=[field_error(pointer, "string_type", "a string")],
        )
    if len(value) > MAX_TEXT_CHARS:
        raise Problem(
            413,
            "Message too long",
            f"A checked text holds at most {MAX_TEXT_CHARS} characters.",
            errors=[
                field_error(pointer, "string_too_long", f"at most {MAX_TEXT_CHARS} characters")
            ],
        )
    return value


def _value(
    source: str | FromHeader | FromPointer, name: str, document: Any, headers: Mapping[str, str]
) -> str:
    if isinstance(source, str):
        return source
    if isinstance(source, FromHeader):
        value = headers.get(source.header)
        if value is None:
            raise Problem(
                422,
                f"No {name}",
                f"The route reads the {name} from the {source.header} header, and it is missing.",
                errors=[field_error(source.header, "missing", f"required: the {name}")],
            )
        return value.strip()
    found = _string_at(document, source.pointer)
    if found is None:
        raise Problem(
            422,
            f"No {name}",
            f"The route reads the {name} at {source.pointer}, and the message has no string there.",
            errors=[field_error(source.pointer, "missing", f"required: the {name} as a string")],
        )
    return found


def _one_of(
    value: str, allowed: tuple[str, ...], name: str, source: str | FromHeader | FromPointer
) -> None:
    if value not in allowed:
        raise Problem(
            422,
            f"Unknown {name}",
            f"The {name} must be one of {', '.join(allowed)}.",
            errors=[field_error(_source_name(source, name), "literal_error", " or ".join(allowed))],
        )


def _source_name(source: str | FromHeader | FromPointer, name: str) -> str:
    if isinstance(source, FromHeader):
        return source.header
    if isinstance(source, FromPointer):
        return source.pointer
    return name


def _rewritten(document: Any, rewrites: Mapping[str, str]) -> Any:
    result = copy.deepcopy(document)
    for pointer, text in rewrites.items():
        result = JsonPointer(pointer).set(result, text, inplace=True)
    return result
