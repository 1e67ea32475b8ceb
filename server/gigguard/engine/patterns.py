"""Every regular expression in GigGuard is compiled here, on RE2.

RE2 matches in time linear in the input (no backtracking), so neither our own patterns nor
team-supplied ones can be driven into catastrophic backtracking. The price is no lookarounds and
no backreferences; patterns are written with that in mind.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, cast

import re2


class Match(Protocol):
    """An RE2 match. Positions take group numbers only: use `span_of` for a named group."""

    @property
    def string(self) -> str: ...
    @property
    def re(self) -> Pattern: ...
    def start(self, group: int = 0) -> int: ...
    def end(self, group: int = 0) -> int: ...
    def group(self, group: int | str = 0) -> str: ...
    def span(self, group: int = 0) -> tuple[int, int]: ...
    def groupdict(self) -> dict[str, str | None]: ...


class Pattern(Protocol):
    @property
    def pattern(self) -> str: ...
    @property
    def groupindex(self) -> dict[str, int]: ...
    def finditer(self, text: str) -> Iterator[Match]: ...
    def search(self, text: str) -> Match | None: ...
    def fullmatch(self, text: str) -> Match | None: ...


class PatternError(ValueError):
    """A pattern RE2 cannot compile (RE2 has no lookarounds or backreferences)."""


def compile_pattern(pattern: str, *, ignore_case: bool = False) -> Pattern:
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = not ignore_case
    try:
        return cast(Pattern, re2.compile(pattern, options))
    except re2.error as error:
        raise PatternError(f"invalid pattern {pattern!r}: {error}") from None


def alternation(words: list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> str:
    """A non-capturing group matching any of `words` literally, longest first."""
    escaped = sorted((re2.escape(word) for word in words), key=len, reverse=True)
    return "(?:" + "|".join(escaped) + ")"


# The RE2 wrapper rebuilds `groupindex` on every access; patterns live as long as the process.
_GROUP_NUMBERS: dict[int, tuple[Pattern, dict[str, int]]] = {}


def span_of(match: Match, group: str) -> tuple[int, int]:
    """The span of a named group, (-1, -1) when it did not take part in the match."""
    pattern = match.re
    cached = _GROUP_NUMBERS.get(id(pattern))
    if cached is None or cached[0] is not pattern:
        cached = (pattern, dict(pattern.groupindex))
        _GROUP_NUMBERS[id(pattern)] = cached
    return match.span(cached[1][group])
