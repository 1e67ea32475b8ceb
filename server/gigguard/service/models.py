"""Request bodies, validated with pydantic; the response is the engine's finding format."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from gigguard.lint import DEFAULT_PLATFORM

MAX_TEXT_CHARS = 100_000


class LintRequest(BaseModel):
    # Unknown fields are ignored so newer extensions keep working against older services.
    model_config = ConfigDict(extra="ignore", strict=True)

    text: str = Field(max_length=MAX_TEXT_CHARS)
    platform: str = DEFAULT_PLATFORM
    phase: Literal["pre_order", "in_order"] = "pre_order"
    direction: Literal["outgoing", "incoming"] = "outgoing"
