"""The endpoints. Each reads JSON or a query string, asks the engine, and writes JSON: no
detection logic here, and nothing that was sent ever goes into a log line or an error body."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any, TypeVar

import orjson
from aiohttp import web
from pydantic import BaseModel, ValidationError

from gigguard import __version__
from gigguard.lint import UnknownPlatformError, lint, ruleset_for
from gigguard.rules.loader import Ruleset, rulesets
from gigguard.service.models import (
    MAX_BODY_BYTES,
    MAX_TEXT_CHARS,
    AdapterBody,
    BatchRequest,
    LintRequest,
    PlatformBody,
    PlatformsResponse,
    PolicyLink,
    RuleBody,
    RulesQuery,
    RulesResponse,
)
from gigguard.service.problems import Problem, field_error, invalid
from gigguard.service.state import CACHE, METRICS, OPENAPI, SETTINGS, STORE

Model = TypeVar("Model", bound=BaseModel)

CACHE_HEADER = "X-GigGuard-Cache"
# Content types a JSON body may come under: JSON itself, none, and what `curl -d` and a
# no-preflight fetch() send. Anything else (multipart, XML, octet-stream) is a client mistake.
_JSON_TYPES = frozenset({"application/json", "text/plain", "application/x-www-form-urlencoded"})
# Answers carry the draft's decoded details and rewrite: no shared cache may keep them.
_PRIVATE = {"Cache-Control": "no-store"}


async def lint_one(request: web.Request) -> web.Response:
    body = await _read_json(request, MAX_BODY_BYTES, f"a draft at most {MAX_TEXT_CHARS} characters")
    draft = _validate(LintRequest, body)
    (answer,), cache = await _lint(request.app, [draft], "")
    return _json_bytes(answer, {CACHE_HEADER: cache, **_PRIVATE})


async def lint_batch(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    body = await _read_json(
        request, settings.max_batch_bytes, f"at most {settings.max_batch} drafts"
    )
    drafts = body.get("drafts") if isinstance(body, dict) else None
    if isinstance(drafts, list) and len(drafts) > settings.max_batch:
        raise Problem(
            413,
            "Too many drafts",
            f"A batch holds at most {settings.max_batch} drafts; split it.",
            errors=[field_error("drafts", "too_long", f"at most {settings.max_batch} drafts")],
        )
    batch = _validate(BatchRequest, body)
    answers, cache = await _lint(request.app, batch.drafts, "drafts")
    return _json_bytes(
        b'{"results":[' + b",".join(answers) + b"]}", {CACHE_HEADER: cache, **_PRIVATE}
    )


async def list_platforms(request: web.Request) -> web.Response:
    body = PlatformsResponse(
        platforms=[
            PlatformBody(
                id=platform,
                title=ruleset.pack.title,
                ruleset=ruleset.name,
                version=ruleset.version,
                adapter=AdapterBody.model_validate(ruleset.pack.adapter.model_dump())
                if ruleset.pack.adapter
                else None,
            )
            for platform, ruleset in sorted(rulesets().items())
        ]
    )
    return _json(body.model_dump(mode="json"))


async def list_rules(request: web.Request) -> web.Response:
    query = _validate(RulesQuery, {name: request.query[name] for name in request.query})
    ruleset = _ruleset(query.platform, "platform")
    body = RulesResponse(
        platform=ruleset.platform,
        ruleset=ruleset.name,
        phase=query.phase,
        rules=[
            RuleBody(
                id=compiled.rule.id,
                category=compiled.rule.category,
                severity=compiled.rule.severity_in(query.phase),
                message=compiled.rule.message,
                policy=_policy_link(ruleset, compiled.rule.policy),
            )
            for compiled in ruleset.rules
        ],
    )
    return _json(body.model_dump(mode="json"))


async def reload_rules(request: web.Request) -> web.Response:
    try:
        await request.app[STORE].announce_reload()
    except Exception as error:  # the backend's errors are not part of the Store protocol
        raise Problem(
            503,
            "Reload not announced",
            f"The store could not announce the reload ({type(error).__name__}); retry shortly.",
            headers={"Retry-After": "5"},
        ) from None
    return _json({"status": "announced"}, status=202)


async def health(request: web.Request) -> web.Response:
    return _json({"status": "ok", "version": __version__})


async def readiness(request: web.Request) -> web.Response:
    store = request.app[STORE]
    try:
        ready = await store.ready()
    except Exception:  # as in reload_rules(): unknown means not ready
        ready = False
    if ready:
        return _json({"status": "ready", "store": store.mode})
    detail = "The shared store is unreachable: drafts are linted without the cache meanwhile."
    return _json({"status": "degraded", "store": store.mode, "detail": detail}, status=503)


async def metrics(request: web.Request) -> web.Response:
    exposition = request.app[METRICS]
    return web.Response(
        body=exposition.exposition(), headers={"Content-Type": exposition.content_type}
    )


async def openapi(request: web.Request) -> web.Response:
    return _json_bytes(request.app[OPENAPI])


# Translation: JSON in, engine, JSON out.


async def _lint(
    app: web.Application, drafts: Sequence[LintRequest], prefix: str
) -> tuple[list[bytes], str]:
    """Each draft's answer (cached or fresh), in order, and "hit" when every one was cached."""
    field = (prefix + ".{}.platform") if prefix else "platform"
    rulesets_ = [_ruleset(draft.platform, field.format(i)) for i, draft in enumerate(drafts)]
    cache = app[CACHE]
    counters = app[METRICS]
    cached = await asyncio.gather(
        *(cache.get(draft, ruleset.name) for draft, ruleset in zip(drafts, rulesets_, strict=True))
    )
    missing = [i for i, answer in enumerate(cached) if answer is None]
    if cache.enabled:
        counters.cache.labels("hit").inc(len(drafts) - len(missing))
        counters.cache.labels("miss").inc(len(missing))
    fresh = await _in_thread(
        app[SETTINGS].request_timeout_seconds, [(drafts[i], rulesets_[i]) for i in missing]
    )
    answers = list(cached)
    for i, (answer, categories) in zip(missing, fresh, strict=True):
        answers[i] = answer
        counters.count_findings(categories)
    for hit in cached:
        if hit is not None:
            counters.count_findings(f["category"] for f in orjson.loads(hit)["findings"])
    await asyncio.gather(
        *(
            cache.put(drafts[i], rulesets_[i].name, fresh_answer)
            for i, (fresh_answer, _) in zip(missing, fresh, strict=True)
        )
    )
    complete = [answer for answer in answers if answer is not None]
    return complete, "miss" if missing or not drafts else "hit"


async def _in_thread(
    timeout: float, jobs: list[tuple[LintRequest, Ruleset]]
) -> list[tuple[bytes, list[str]]]:
    if not jobs:
        return []
    try:
        async with asyncio.timeout(timeout):
            return await asyncio.to_thread(_lint_all, jobs)
    except TimeoutError:
        raise Problem(
            503,
            "Linting timed out",
            f"Linting took longer than {timeout:g} seconds; retry, or send less text at once.",
            headers={"Retry-After": "1"},
        ) from None


def _lint_all(jobs: list[tuple[LintRequest, Ruleset]]) -> list[tuple[bytes, list[str]]]:
    answers: list[tuple[bytes, list[str]]] = []
    for draft, ruleset in jobs:
        # The ruleset looked up for the cache key, so a reload meanwhile cannot mix versions.
        result = lint(
            draft.text, ruleset.platform, draft.phase, draft.direction,
            packs={ruleset.platform: ruleset},
        )  # fmt: skip
        answers.append(
            (orjson.dumps(result.to_dict()), [str(finding.category) for finding in result.findings])
        )
    return answers


def _ruleset(platform: str, field: str) -> Ruleset:
    try:
        return ruleset_for(platform)
    except UnknownPlatformError as error:
        raise Problem(
            422,
            "Unknown platform",
            f"Unknown platform; known: {', '.join(error.known)}.",
            errors=[field_error(field, "unknown_platform", "unknown; see `known`")],
            known=error.known,
        ) from None


def _policy_link(ruleset: Ruleset, key: str | None) -> PolicyLink | None:
    policy = ruleset.policy(key)
    return PolicyLink(title=policy.title, url=policy.url) if policy else None


async def _read_json(request: web.Request, limit: int, what: str) -> Any:
    too_large = Problem(
        413, "Request body too large", f"The body may be at most {limit} bytes; {what}."
    )
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    if "Content-Type" in request.headers and not _is_json_type(request.content_type):
        raise Problem(415, "Unsupported media type", "Send JSON: Content-Type: application/json.")
    body = await read_body(request, limit, too_large)
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as error:
        # orjson's message names a position and what it expected, never the text around it.
        raise Problem(400, "Malformed JSON", f"The body is not valid JSON ({error.msg}).") from None


async def read_body(request: web.Request, limit: int, too_large: Problem) -> bytes:
    """The whole body, or `too_large` raised as soon as it passes `limit` bytes (declared or
    sent): a client cannot make the service hold more than the limit."""
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.content.iter_any():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _is_json_type(content_type: str) -> bool:
    return content_type in _JSON_TYPES or (
        content_type.startswith("application/") and content_type.endswith("+json")
    )


def _validate(model: type[Model], body: Any) -> Model:
    if not isinstance(body, dict):
        raise Problem(
            422,
            "Invalid request",
            "The body must be a JSON object.",
            errors=[field_error("(body)", "model_type", "a JSON object")],
        )
    try:
        return model.model_validate(body)
    except ValidationError as error:
        raise invalid(error) from None


def _json(body: Any, status: int = 200) -> web.Response:
    return _json_bytes(orjson.dumps(body), status=status)


def _json_bytes(
    body: bytes, headers: dict[str, str] | None = None, status: int = 200
) -> web.Response:
    return web.Response(status=status, body=body, content_type="application/json", headers=headers)
