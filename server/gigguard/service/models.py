"""The API's bodies as pydantic models: requests are validated with them; responses are described
by them (GET /openapi.json), and tests hold the engine's output to those descriptions."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from gigguard.findings import Category, Severity
from gigguard.lint import DEFAULT_PLATFORM
from gigguard.rules.model import Direction, Phase

MAX_TEXT_CHARS = 100_000
MAX_BODY_BYTES = 4 * MAX_TEXT_CHARS + 16_384  # four UTF-8 bytes a character, plus the envelope


class _Request(BaseModel):
    # Unknown fields are ignored so newer extensions keep working against older services.
    model_config = ConfigDict(extra="ignore", strict=True)


class LintRequest(_Request):
    text: str = Field(max_length=MAX_TEXT_CHARS, description="The draft, as the browser holds it.")
    platform: str = Field(DEFAULT_PLATFORM, description="fiverr, upwork, … (GET /v1/platforms)")
    phase: Phase = "pre_order"
    direction: Direction = "outgoing"


class BatchRequest(_Request):
    drafts: list[LintRequest]


class RulesQuery(_Request):
    platform: str = DEFAULT_PLATFORM
    phase: Phase = "pre_order"


# Responses. Fields may be added over time; none is ever renamed or removed.


class PolicyBody(BaseModel):
    platform: str
    title: str
    url: str


class FindingBody(BaseModel):
    rule: str
    category: Category
    severity: Severity
    start: int = Field(description="UTF-16 code units into text")
    end: int = Field(description="UTF-16 code units into text, exclusive")
    message: str
    value: str | None = Field(description="The decoded contact detail, e.g. john@gmail.com")
    policy: PolicyBody | None
    replacement: str | None
    confidence: float = Field(
        description="0–1; for the intent model's findings, its calibrated probability"
    )
    source: Literal["rule", "model", "both"] = Field(
        description="What produced the finding: a rule (detector or patterns), the trained "
        "intent model, or both"
    )
    replacement_start: int = Field(description="Where `replacement` goes: UTF-16, inclusive")
    replacement_end: int = Field(description="Where `replacement` goes: UTF-16, exclusive")


class LintResponse(BaseModel):
    findings: list[FindingBody]
    rewrite: str | None = Field(description="The whole draft made safe; null for incoming")
    ruleset: str = Field(description="platform@version of the rules applied")
    platform: str
    phase: Phase
    direction: Direction
    reply: str | None = Field(None, description="For incoming drafts: a compliant answer")


class BatchResponse(BaseModel):
    results: list[LintResponse] = Field(description="One per draft, in the order sent")


class AdapterBody(BaseModel):
    matches: list[str] = Field(description="URL match patterns (Chrome extension syntax)")
    composer: list[str] = Field(description="CSS selectors, most specific first")
    send_button: list[str]
    incoming_messages: list[str]
    in_order: list[str] = Field(
        default_factory=list,
        description="URL match patterns of pages inside an order or contract: lint as in_order",
    )


class PlatformBody(BaseModel):
    id: str
    title: str
    ruleset: str
    version: str
    adapter: AdapterBody | None


class PlatformsResponse(BaseModel):
    platforms: list[PlatformBody]


class PolicyLink(BaseModel):
    title: str
    url: str


class RuleBody(BaseModel):
    id: str
    category: Category
    severity: Severity = Field(description="In the phase asked for")
    message: str
    policy: PolicyLink | None


class RulesResponse(BaseModel):
    platform: str
    ruleset: str
    phase: Phase
    rules: list[RuleBody]


class HealthResponse(BaseModel):
    status: Literal["ok"]
    version: str


class ReadyResponse(BaseModel):
    status: Literal["ready", "degraded"]
    store: Literal["memory", "redis"]
    detail: str | None = None


class ReloadResponse(BaseModel):
    status: Literal["announced"]


class FieldError(BaseModel):
    field: str = Field(description='Where, e.g. "text" or "drafts.3.text"')
    type: str
    message: str


class ProblemBody(BaseModel):
    """RFC 9457 problem details; never repeats what was sent."""

    type: str
    title: str
    status: int
    detail: str
    errors: list[FieldError] | None = None
    known: list[str] | None = Field(None, description="Known platforms, for an unknown one")
