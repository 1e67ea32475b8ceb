"""Every rule carries its own examples (Harper-style); this runs them all, on every platform.

A rule without examples fails here with the file to fix; a rewrite that would not itself lint
clean fails too.
"""

from dataclasses import dataclass

import pytest

from gigguard.lint import lint
from gigguard.rules.loader import CompiledRule, rulesets
from gigguard.rules.model import CleanExample


@dataclass(frozen=True)
class Case:
    platform: str
    compiled: CompiledRule

    def __str__(self) -> str:
        return f"{self.platform}:{self.compiled.rule.id}"


CASES = [Case(platform, compiled) for platform, rs in rulesets().items() for compiled in rs.rules]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_rule_has_examples_of_both_kinds(case: Case) -> None:
    examples = case.compiled.rule.examples
    assert examples.flag and examples.clean, (
        f"{case.compiled.source}: add `examples:` with at least one `flag:` draft (and its "
        f"expected `rewrite:`) and one `clean:` draft that must stay untouched"
    )


@pytest.mark.parametrize("case", CASES, ids=str)
def test_flag_examples_are_flagged_and_rewritten(case: Case) -> None:
    rule = case.compiled.rule
    # A lexicon rule's examples say what its patterns match: they run with the rules alone (in
    # the shipped pipeline the model decides whether such a hit stands). A model rule's run
    # through the whole pipeline; every rewrite must lint clean through it either way.
    model = "shipped" if rule.type == "model" else None
    for example in rule.examples.flag:
        result = lint(example.text, case.platform, example.phase, example.direction, model=model)
        assert rule.id in [f.rule for f in result.findings], (
            f"{case.compiled.source}: {example.text!r} should be flagged by {rule.id} on "
            f"{case.platform}; found {[f.rule for f in result.findings]}"
        )
        if example.rewrite is not None:
            assert result.rewrite == example.rewrite, f"{case.compiled.source}: rewrite differs"
        shipped = lint(example.text, case.platform, example.phase, example.direction)
        if shipped.rewrite is not None:
            again = lint(shipped.rewrite, case.platform, example.phase, example.direction)
            assert again.findings == (), (
                f"{case.compiled.source}: the rewrite {shipped.rewrite!r} is flagged again: "
                f"{[(f.rule, f.start, f.end) for f in again.findings]}"
            )


@pytest.mark.parametrize("case", CASES, ids=str)
def test_clean_examples_stay_clean(case: Case) -> None:
    rule = case.compiled.rule
    for example in rule.examples.clean:
        clean = example if isinstance(example, CleanExample) else CleanExample(text=example)
        result = lint(clean.text, case.platform, clean.phase, clean.direction)
        assert rule.id not in [f.rule for f in result.findings], (
            f"{case.compiled.source}: {clean.text!r} must stay clean on {case.platform}"
        )


def test_every_policy_a_rule_cites_exists_in_every_pack() -> None:
    missing = [
        f"{case.compiled.source} cites policy {case.compiled.rule.policy!r}, "
        f"which rules/{case.platform}/pack.yml does not define"
        for case in CASES
        if case.compiled.rule.policy and case.compiled.rule.policy not in
        rulesets()[case.platform].pack.policies
    ]  # fmt: skip
    assert missing == []
