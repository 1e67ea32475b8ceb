"""The routes file of `gigguard proxy`: which messages are checked, where their text is, and what
happens to one that breaks a rule.

    routes:
      - method: PUT
        path: /_matrix/client/v3/rooms/{room}/send/m.room.message/{txn}
        text: /body                 # JSON pointer(s) to the message text
        optional_text: [/formatted_body, /m.new_content/body]   # checked when present
        platform: fiverr            # a name, {header: X-Platform} or {pointer: /meta/platform}
        phase: pre_order            # optional, same forms; direction likewise
        action: block               # block | rewrite | annotate
        min_severity: error         # findings below it do not trigger the action
      - websocket: true
        path: /ws/chat
        text: /message/text         # every JSON text frame from the client
        platform: upwork
        action: rewrite

The file is validated once, at start: `load_routes` raises `RoutesError` naming the file, the
route (by its position and path) and the field, and `gigguard proxy` exits 2 with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from jsonpointer import JsonPointer, JsonPointerException
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from gigguard.findings import Severity

Action = Literal["block", "rewrite", "annotate"]
Phase = Literal["pre_order", "in_order"]
Direction = Literal["outgoing", "incoming"]
HTTP_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


class RoutesError(ValueError):
    """A routes file that cannot be used; the message names the file, route and field."""


def _pointer(value: str) -> str:
    try:
        JsonPointer(value)
    except JsonPointerException as error:
        raise ValueError(f"not a JSON pointer ({error})") from None
    if value == "":
        raise ValueError("the whole document is not a message text: point into it, e.g. /body")
    return value


Pointer = Annotated[str, AfterValidator(_pointer)]


class FromHeader(BaseModel):
    """A value read from a request header (`{header: X-Platform}`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    header: str = Field(min_length=1)


class FromPointer(BaseModel):
    """A value read from the message's JSON (`{pointer: /meta/platform}`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    pointer: Pointer


class Route(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str
    method: str | None = None
    websocket: bool = False
    text: list[Pointer]
    # Texts a message may leave out (an HTML copy, an edit's new text): checked when present.
    optional_text: list[Pointer] = Field(default_factory=list)
    platform: str | FromHeader | FromPointer
    phase: Phase | FromHeader | FromPointer = "pre_order"
    direction: Direction | FromHeader | FromPointer = "outgoing"
    action: Action
    min_severity: Severity = Severity.ERROR

    @field_validator("text", "optional_text", mode="before")
    @classmethod
    def _one_or_more(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("text")
    @classmethod
    def _not_empty(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("name at least one JSON pointer to a message text")
        return value

    @field_validator("path")
    @classmethod
    def _plain_pattern(cls, value: str) -> str:
        """An aiohttp path pattern with `{name}` segments only: a `{name:regex}` would be
        matched by Python's backtracking regex engine, and every pattern here must be linear."""
        if not value.startswith("/"):
            raise ValueError("a path starts with '/'")
        depth = 0
        for char in value:
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
            elif char == ":" and depth:
                raise ValueError("use plain {name} segments; {name:regex} patterns are not allowed")
            if depth not in (0, 1):
                raise ValueError("unbalanced braces in the path pattern")
        if depth:
            raise ValueError("unbalanced braces in the path pattern")
        return value

    @field_validator("method")
    @classmethod
    def _known_method(cls, value: str | None) -> str | None:
        if value is None:
            return None
        upper = value.upper()
        if upper not in HTTP_METHODS:
            raise ValueError(f"one of {', '.join(sorted(HTTP_METHODS))}")
        return upper

    @model_validator(mode="after")
    def _method_or_websocket(self) -> Route:
        if self.websocket and self.method not in (None, "GET"):
            raise ValueError("a websocket route has no method (the upgrade is a GET)")
        if not self.websocket and self.method is None:
            raise ValueError("an HTTP route needs a method (or websocket: true)")
        return self


class RoutesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    routes: list[Route] = Field(min_length=1)


def parse_routes(document: Any, source: str = "routes") -> list[Route]:
    """The routes of a parsed routes document; `source` names it in errors."""
    try:
        return RoutesFile.model_validate(document).routes
    except ValidationError as error:
        raise RoutesError(_describe(error, document, source)) from None


def load_routes(path: Path) -> list[Route]:
    try:
        document = yaml.safe_load(path.read_text("utf-8"))
    except OSError as error:
        raise RoutesError(f"{path}: cannot read it ({error.strerror})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise RoutesError(f"{path}: not valid YAML{where}") from None
    return parse_routes(document, str(path))


def _describe(error: ValidationError, document: Any, source: str) -> str:
    """One line per problem: "FILE: route 2 (/ws/chat), field action: Input should be …"."""
    lines = []
    for problem in error.errors(include_url=False, include_input=False):
        location = list(problem["loc"])
        where = "the file"
        if location[:1] == ["routes"] and len(location) >= 2 and isinstance(location[1], int):
            index = location[1]
            where = f"route {index + 1}{_route_path(document, index)}"
            location = location[2:]
        elif location[:1] == ["routes"]:
            where, location = "routes", location[1:]
        field = ".".join(str(part) for part in location if not _is_union_tag(part))
        detail = problem["msg"].removeprefix("Value error, ")
        lines.append(f"{source}: {where}" + (f", field {field}" if field else "") + f": {detail}")
    return "\n".join(lines)


def _route_path(document: Any, index: int) -> str:
    try:
        path = document["routes"][index]["path"]
    except (KeyError, IndexError, TypeError):
        return ""
    return f" ({path})" if isinstance(path, str) else ""


def _is_union_tag(part: object) -> bool:
    # pydantic names the union member it tried ("str", "FromHeader", "literal['block', ...]").
    return isinstance(part, str) and (part[:1].isupper() or part in ("str", "int") or "[" in part)
