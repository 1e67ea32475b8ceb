"""The schema of rule and pack files (pydantic), so a broken file fails loudly with its path."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gigguard.findings import Category, Severity

Phase = Literal["pre_order", "in_order"]
Direction = Literal["outgoing", "incoming"]
PHASES: tuple[Phase, ...] = ("pre_order", "in_order")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PolicyRef(_Strict):
    title: str
    url: str


class Adapter(_Strict):
    """How the browser extension finds the chat on the marketplace's pages. Served by
    GET /v1/platforms, so a changed page is fixed here, not by an extension release. The
    extension attaches to any focused editable field on a matching page; these only refine."""

    matches: list[str]  # URL match patterns (Chrome extension syntax)
    composer: list[str] = Field(default_factory=list)  # CSS selectors, most specific first
    send_button: list[str] = Field(default_factory=list)
    incoming_messages: list[str] = Field(default_factory=list)
    # Pages whose conversation belongs to an order or contract: lint them as phase "in_order".
    in_order: list[str] = Field(default_factory=list)


class Pack(_Strict):
    """rules/<platform>/pack.yml"""

    title: str  # "Fiverr"
    inherits: str | None = "common"
    words: dict[str, str] = Field(default_factory=dict)  # {platform}, {video_call} … in templates
    policies: dict[str, PolicyRef] = Field(default_factory=dict)
    adapter: Adapter | None = None


class FlagExample(_Strict):
    text: str
    rewrite: str | None = None  # the whole draft's expected rewrite
    phase: Phase = "pre_order"
    direction: Direction = "outgoing"


class CleanExample(_Strict):
    text: str
    phase: Phase = "pre_order"
    direction: Direction = "outgoing"


class Examples(_Strict):
    flag: list[FlagExample] = Field(default_factory=list)
    clean: list[CleanExample | str] = Field(default_factory=list)


class Rule(_Strict):
    id: str
    pack: str
    category: Category
    type: Literal["detector", "pattern", "cooccurrence", "model"]
    # detector: the engine detector's category to take findings from
    detector: Category | None = None
    # pattern: RE2 patterns matched on the normalised text (lower case, look-alikes folded)
    patterns: list[str] = Field(default_factory=list)
    # cooccurrence: each group is a list of terms (RE2); every group must hit one sentence
    groups: list[list[str]] = Field(default_factory=list)
    unless: list[str] = Field(default_factory=list)
    # model: the intent model's probability for this category, per sentence; None takes the
    # threshold chosen in training (gigguard/intents/artifact/intents.json)
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    severity: Severity | dict[Phase, Severity]
    message: str
    incoming_message: str | None = None
    policy: str | None = None  # key into the pack's policies
    replacement: str  # replaces the sentence when the sentence is the violation
    inline: str | None = None  # replaces just the span when the sentence goes on without it
    reply: str | None = None  # suggested answer to a buyer's message that asks for this
    examples: Examples = Field(default_factory=Examples)
    disabled: bool = False

    @field_validator("groups")
    @classmethod
    def _groups_not_empty(cls, groups: list[list[str]]) -> list[list[str]]:
        if any(not group for group in groups):
            raise ValueError("every group needs at least one term")
        return groups

    def severity_in(self, phase: Phase) -> Severity:
        if isinstance(self.severity, Severity):
            return self.severity
        return self.severity.get(phase, Severity.ERROR)
