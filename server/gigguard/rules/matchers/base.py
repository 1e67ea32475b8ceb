"""What every matcher takes and gives."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from gigguard.engine.detectors import Detection
from gigguard.engine.normalize import NormalizedDraft, fold_term
from gigguard.engine.patterns import Match, Pattern, compile_pattern, span_of
from gigguard.engine.sentences import Sentences
from gigguard.intents.model import IntentModel, IntentScores


@dataclass(frozen=True, slots=True)
class MatchInput:
    draft: NormalizedDraft
    detections: Sequence[Detection]
    sentences: Sentences  # of draft.text (the view), not the original
    model: IntentModel | None = None
    intents: IntentScores | None = None  # the model's scores per sentence, when it has one
    # What the lexicon rules noticed on the way, for the model: (position in the original,
    # name), e.g. a sentence naming an app ("offplatform-invite/g0"). Matchers append to it.
    signals: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # code points of the original draft
    end: int
    value: str | None
    confidence: float
    whole_sentence: bool  # the sentence is the violation (intent), not just this span
    source: str = "rule"  # what produced it: "rule" (patterns, detectors) or "model"


class Matcher(Protocol):
    def __call__(self, matched: MatchInput) -> Iterable[Hit]: ...


# Chinese, Japanese and Korean put no spaces between words, so their terms match anywhere.
_UNSPACED_SCRIPTS = compile_pattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def compile_terms(terms: Sequence[str]) -> Pattern:
    """Terms as one RE2 alternation, bounded so "skype" does not match inside "skyped" (terms in
    scripts written without spaces are not bounded). The `term` group is the hit itself."""
    alternatives = [fold_term(part) for term in terms for part in _top_level_alternatives(term)]
    spaced = [t for t in alternatives if _UNSPACED_SCRIPTS.search(t) is None]
    unspaced = [t for t in alternatives if _UNSPACED_SCRIPTS.search(t) is not None]
    bounded = "|".join(f"(?:{term})" for term in spaced) or "[^\\x00-\\x{10FFFF}]"
    pattern = rf"(?:^|[^\p{{L}}\p{{N}}])(?P<term>{bounded})(?:$|[^\p{{L}}\p{{N}}])"
    if unspaced:
        pattern += "|(?P<cjk>" + "|".join(f"(?:{term})" for term in unspaced) + ")"
    return compile_pattern(pattern)


def term_start(match: Match) -> int:
    """Where the matched term begins, whichever branch matched it."""
    start = span_of(match, "term")[0]
    if start < 0 and "cjk" in match.re.groupindex:
        start = span_of(match, "cjk")[0]
    return start


def _top_level_alternatives(term: str) -> list[str]:
    """Split "a|b(c|d)" into ["a", "b(c|d)"]: the branches outside any group or class."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    index = 0
    while index < len(term):
        char = term[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(term[start:index])
            start = index + 1
        index += 1
    parts.append(term[start:])
    return [part for part in parts if part]
