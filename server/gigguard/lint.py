"""The front door: a draft in; findings with exact UTF-16 spans, a rewrite and (for a buyer's
message) a suggested reply out.

    text → normalise → detectors → intent model (scores per sentence)
         → rules (severity, message, policy by platform and phase) → rewrite → LintResult
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

from gigguard.engine.detect import detect_in
from gigguard.engine.normalize import normalize
from gigguard.engine.sentences import Sentences
from gigguard.engine.spans import pick_non_overlapping
from gigguard.engine.utf16 import Utf16Offsets
from gigguard.findings import CONTACT_CATEGORIES, Category, Finding, LintResult, Severity
from gigguard.intents.model import (
    CONTACT,
    IntentModel,
    IntentScores,
    score_draft,
    shipped_model,
)
from gigguard.rewrite import Violation, plan
from gigguard.rules.loader import CompiledRule, Ruleset, rulesets
from gigguard.rules.matchers import MatchInput
from gigguard.rules.model import Direction, Phase

_CATEGORY_ORDER = {category: order for order, category in enumerate(Category)}
_FAMILY = {
    Category.OFFPLATFORM_PAYMENT: "payment",
    Category.REVIEW_MANIPULATION: "review",
}  # every other category: "contact" (details and invites are answered alike)
DEFAULT_PLATFORM = "fiverr"


class UnknownPlatformError(ValueError):
    def __init__(self, platform: str, known: list[str]) -> None:
        super().__init__(f"unknown platform {platform!r}; known: {', '.join(known)}")
        self.platform = platform
        self.known = known


def platforms() -> list[str]:
    return sorted(rulesets())


def warm_up() -> None:
    """Load the rule packs and the intent model and run one lint of a fixed sentence, so the
    first draft does not pay for them (the model's compiled kernels load, or on a fresh
    install compile, on first use: seconds)."""
    find_issues("Thanks, I will send the files here on Friday.", ruleset_for(DEFAULT_PLATFORM))


def ruleset_for(platform: str, packs: Mapping[str, Ruleset] | None = None) -> Ruleset:
    loaded = rulesets() if packs is None else packs
    if platform not in loaded:
        raise UnknownPlatformError(platform, sorted(loaded))
    return loaded[platform]


@dataclass(frozen=True, slots=True)
class Issue:
    """A rule's hit, in code points of the draft."""

    rule: CompiledRule
    start: int
    end: int
    value: str | None
    confidence: float
    whole_sentence: bool
    sentence: tuple[int, int]
    source: str  # "rule", "model" or "both"

    @property
    def category(self) -> Category:
        return self.rule.rule.category


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the detectors and the lexicon rules make of a draft, before the model speaks."""

    matched: MatchInput  # with the rules' signals, for the model's features
    issues: list[Issue]  # every hit of the rules that are not `type: model`


def analyse(text: str, ruleset: Ruleset) -> Analysis:
    draft = normalize(text)
    matched = MatchInput(draft, detect_in(draft, ruleset.platform), Sentences.of(draft.text.text))
    return Analysis(matched, _hits(matched, [r for r in ruleset.rules if r.rule.type != "model"]))


def find_issues(
    text: str, ruleset: Ruleset, *, model: IntentModel | Literal["shipped"] | None = "shipped"
) -> list[Issue]:
    """Every rule's hits in `text`; `model` is the intent model that `type: model` rules read
    (the package's own by default; None runs the other rules alone)."""
    analysis = analyse(text, ruleset)
    issues = analysis.issues
    if model == "shipped":
        model = shipped_model() if ruleset.uses_model else None
    if model is not None:
        before = analysis.matched
        scores = score_draft(
            model, before.draft, before.detections, before.sentences, before.signals
        )
        matched = dataclasses.replace(before, model=model, intents=scores)
        learned = [r for r in ruleset.rules if r.rule.type == "model"]
        issues = [i for i in issues if not _vetoed(i, model, scores)] + _hits(matched, learned)
    # One finding per category per place: two phrasings of one invite are one problem.
    by_category: dict[Category, list[Issue]] = {}
    for issue in issues:
        by_category.setdefault(issue.category, []).append(issue)
    kept = [
        issue
        for group in by_category.values()
        for issue in _credited(
            # A rule's hit is taken before the model's: its message says what exactly is wrong.
            pick_non_overlapping(
                sorted(group, key=lambda i: (i.source == "model", -i.confidence, i.start)),
                lambda i: (i.start, i.end),
            ),
            group,
        )
    ]
    return sorted(kept, key=lambda i: (i.start, _CATEGORY_ORDER[i.category]))


def _hits(matched: MatchInput, rules: Sequence[CompiledRule]) -> list[Issue]:
    view = matched.draft.text
    sentence_spans = [view.to_original(*span) for span in matched.sentences.spans]
    sentence_starts = [span[0] for span in sentence_spans]

    def sentence_of(start: int, end: int) -> tuple[int, int]:
        index = bisect_right(sentence_starts, start) - 1
        if index >= 0 and start < sentence_spans[index][1]:
            return min(start, sentence_spans[index][0]), max(end, sentence_spans[index][1])
        return start, end

    return [
        Issue(
            compiled,
            hit.start,
            hit.end,
            hit.value,
            hit.confidence,
            hit.whole_sentence,
            sentence_of(hit.start, hit.end),
            hit.source,
        )
        for compiled in rules
        for hit in compiled.matcher(matched)
        if hit.end > hit.start
    ]


def _vetoed(issue: Issue, model: IntentModel, scores: IntentScores) -> bool:
    """A rule's hit on sentences the model firmly rejects. The vetoes are chosen in training
    on drafts by writers the model had not read (intents.json): for an intent, where the
    combination flags more at the target precision; for contact details, as high as keeps 99%
    of the detectors' correct hits (placeholders, a buyer's own shop address, a library's
    documentation link go)."""
    if issue.source != "rule":
        return False
    contact = issue.category in CONTACT_CATEGORIES
    output = CONTACT if contact else str(issue.category)
    if output not in scores.intents:
        return False
    veto = model.veto(str(issue.category), issue.rule.rule.id)
    if issue.category is Category.PHONE:
        # The model reads words, and a draft in a language it saw little of ("+7 702 455 17 93"
        # in Kazakh) scores low; the digits themselves may be beyond doubt. The surer the
        # detector, the surer the model must be that the draft shares nothing: "+44 7911 123456"
        # (1.0) stands, a bare "4155550123" (0.55) still goes where the model reads a template.
        veto *= 1.0 - issue.confidence
    if not contact:
        # Where the model itself fires, the rule's finding stands (and is credited "both"): the
        # drafts flagged are the same either way, and the rule's message is the more specific.
        veto = min(veto, model.threshold(output))
    return veto > 0 and scores.at(output, issue.start, issue.end) < veto


def _credited(kept: list[Issue], group: list[Issue]) -> list[Issue]:
    """The kept issues of one category, each "both" when a hit of the other source overlaps it;
    the model's calibrated probability then stands as its confidence."""
    rules = sorted((i.start, i.end) for i in group if i.source == "rule")
    models = sorted((i.start, i.end, i.confidence) for i in group if i.source == "model")
    if not rules or not models:
        return kept
    rule_starts = [start for start, _ in rules]
    rule_reach = list(accumulate((end for _, end in rules), max))  # furthest end so far
    model_starts = [start for start, _, _ in models]
    model_ends = [end for _, end, _ in models]  # model hits are whole sentences: disjoint
    credited: list[Issue] = []
    for issue in kept:
        if issue.source == "model":
            before = bisect_left(rule_starts, issue.end)
            if before and rule_reach[before - 1] > issue.start:
                issue = dataclasses.replace(issue, source="both")
        else:
            first = bisect_right(model_ends, issue.start)
            last = bisect_left(model_starts, issue.end)
            if first < last:
                best = max(confidence for _, _, confidence in models[first:last])
                issue = dataclasses.replace(issue, source="both", confidence=best)
        credited.append(issue)
    return credited


def lint(
    text: str,
    platform: str,
    phase: Phase = "pre_order",
    direction: Direction = "outgoing",
    *,
    packs: Mapping[str, Ruleset] | None = None,
    model: IntentModel | Literal["shipped"] | None = "shipped",
) -> LintResult:
    """Lint a draft; `packs` replaces the rules/ folder's rulesets (tests, custom deployments);
    `model` as for `find_issues` (None: the rules alone)."""
    ruleset = ruleset_for(platform, packs)
    issues = find_issues(text, ruleset, model=model)
    incoming = direction == "incoming"
    replacements, rewrite = plan(text, _violations(issues))
    # The model reads each sentence with its neighbours, so a fragment left beside a replaced
    # sentence ("… whatsapp") can read differently once its neighbour changed: the rewrite is
    # linted again, and fixed again, until it is clean (a few passes at most).
    # A sentence of the seller's own that reads as a violation only beside the new one is
    # reported in the draft itself, so that nothing they wrote goes without a finding.
    for _ in range(_REWRITE_PASSES):
        if rewrite is None or incoming:
            break
        left = find_issues(rewrite, ruleset, model=model)
        if not left:
            break
        if found_in_draft := _in_draft(left, rewrite, text, issues):
            issues = sorted([*issues, *found_in_draft], key=lambda issue: issue.start)
            replacements, rewrite = plan(text, _violations(issues))
            continue
        _, rewrite = plan(rewrite, _violations(left, already=rewrite))
    offsets = Utf16Offsets(text)
    findings = tuple(
        Finding(
            rule=issue.rule.rule.id,
            category=issue.category,
            severity=severity_of(issue, phase, direction),
            start=offsets.from_code_points(issue.start),
            end=offsets.from_code_points(issue.end),
            message=(issue.rule.rule.incoming_message or issue.rule.rule.message)
            if incoming
            else issue.rule.rule.message,
            value=issue.value,
            policy=ruleset.policy(issue.rule.rule.policy),
            replacement=replacement.text,
            confidence=issue.confidence,
            replacement_start=offsets.from_code_points(replacement.start),
            replacement_end=offsets.from_code_points(replacement.end),
            source=issue.source,
        )
        for issue, replacement in zip(issues, replacements, strict=True)
    )
    extra: dict[str, object] = {"platform": platform, "phase": phase, "direction": direction}
    if incoming:
        extra["reply"] = _reply(issues)
        rewrite = None
    return LintResult(findings=findings, rewrite=rewrite, ruleset=ruleset.name, extra=extra)


_REWRITE_PASSES = 3


def _in_draft(left: list[Issue], rewrite: str, text: str, issues: list[Issue]) -> list[Issue]:
    """The issues found in a rewrite whose whole sentence is one the seller wrote, untouched by
    the issues found so far, moved to where that sentence stands in the draft."""
    taken = [(issue.sentence[0], issue.sentence[1]) for issue in issues]
    moved = []
    for issue in left:
        start, end = issue.sentence
        sentence = rewrite[start:end].strip()
        at = text.find(sentence) if len(sentence.split()) > 3 else -1
        if at < 0 or text.find(sentence, at + 1) >= 0:
            continue  # a fragment, nowhere in the draft, or in several places
        shift = at - (start + rewrite[start:end].index(sentence))
        if any(at < high and low < at + len(sentence) for low, high in taken):
            continue
        moved.append(
            dataclasses.replace(
                issue,
                start=issue.start + shift,
                end=issue.end + shift,
                sentence=(start + shift, end + shift),
            )
        )
    return moved


def severity_of(issue: Issue, phase: Phase, direction: Direction) -> Severity:
    """A buyer's message is only ever informed about; the seller's by the platform and phase."""
    return Severity.INFO if direction == "incoming" else issue.rule.rule.severity_in(phase)


def _violations(issues: list[Issue], already: str = "") -> list[Violation]:
    """What the rewrite does with each issue. A replacement is said once: where an earlier
    issue (or the text, `already`) says it, a later one's fragment goes instead."""
    said: dict[str, tuple[int, int]] = {}  # replacement → the sentence it replaces
    violations: list[Violation] = []
    for issue in issues:
        rule = issue.rule.rule
        elsewhere = said.setdefault(rule.replacement, issue.sentence) != issue.sentence
        repeated = elsewhere or (bool(already) and rule.replacement in already)
        violations.append(
            Violation(
                issue.start,
                issue.end,
                issue.sentence,
                issue.whole_sentence,
                "" if repeated else rule.replacement,
                None if repeated else rule.inline,
                _CATEGORY_ORDER[issue.category],
                _FAMILY.get(issue.category, "contact"),
            )
        )
    return violations


def _reply(issues: list[Issue]) -> str | None:
    replies: list[str] = []
    for issue in sorted(issues, key=lambda i: _CATEGORY_ORDER[i.category]):
        reply = issue.rule.rule.reply
        if reply and reply not in replies:
            replies.append(reply)
    return " ".join(replies) or None
