"""What every matcher takes and gives."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from gigguard.engine.detectors import Detection
from gigguard.engine.normalize import NormalizedDraft
from gigguard.engine.patterns import Pattern, compile_pattern
from gigguard.engine.sentences import Sentences


@dataclass(frozen=True, slots=True)
class MatchInput:
    draft: NormalizedDraft
    detections: Sequence[Detection]
    sentences: Sentences  # of draft.text (the view), not the original


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # code points of the original draft
    end: int
    value: str | None
    confidence: float
    whole_sentence: bool  # the sentence is the violation (intent), not just this span


class Matcher(Protocol):
    def __call__(self, matched: MatchInput) -> Iterable[Hit]: ...


def compile_terms(terms: Sequence[str]) -> Pattern:
    """Terms as one RE2 alternation, bounded so "skype" does not match inside "skyped"… unless
    the term itself ends in a wildcard. The `term` group is the hit without its boundaries."""
    alternatives = "|".join(f"(?:{term})" for term in terms)
    return compile_pattern(rf"(?:^|[^\p{{L}}\p{{N}}])(?P<term>{alternatives})(?:$|[^\p{{L}}\p{{N}}])")
