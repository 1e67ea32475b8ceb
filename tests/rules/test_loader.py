"""Loading packs: inheritance, ids from paths, templates, and loud errors for broken files."""

import time
from pathlib import Path

import pytest

from gigguard.rules.loader import RuleError, load_rulesets

COMMON_RULE = """
category: offplatform.invite
type: pattern
patterns: ["let'?s move to {app}"]
severity: error
message: Don't move to another app on {platform}.
replacement: Let's keep talking here on {platform}.
"""


def write_packs(root: Path, rule: str = COMMON_RULE, override: str | None = None) -> Path:
    (root / "common").mkdir(parents=True)
    (root / "common" / "move-app.yml").write_text(rule)
    (root / "acme").mkdir()
    (root / "acme" / "pack.yml").write_text("title: Acme\nwords: {platform: Acme, app: Zoom}\n")
    if override is not None:
        (root / "acme" / "move-app.yml").write_text(override)
    return root


def test_rule_id_comes_from_the_path_and_words_fill_templates(tmp_path: Path) -> None:
    (rule,) = load_rulesets(write_packs(tmp_path))["acme"].rules
    assert rule.rule.id == "move-app"
    assert rule.rule.message == "Don't move to another app on Acme."
    assert rule.rule.patterns == ["let'?s move to zoom"]  # lower case: patterns see the view


def test_platform_file_overrides_only_what_it_says(tmp_path: Path) -> None:
    root = write_packs(tmp_path, override="severity: {pre_order: error, in_order: info}\n")
    (rule,) = load_rulesets(root)["acme"].rules
    assert rule.rule.severity_in("in_order") == "info"
    assert rule.rule.message == "Don't move to another app on Acme."


def test_platform_can_disable_an_inherited_rule(tmp_path: Path) -> None:
    root = write_packs(tmp_path, override="disabled: true\n")
    assert load_rulesets(root)["acme"].rules == ()


@pytest.mark.parametrize(
    ("rule", "complaint"),
    [
        (COMMON_RULE.replace("severity: error", "severity: fatal"), "severity"),
        (COMMON_RULE + "colour: red\n", "colour"),
        (COMMON_RULE.replace("patterns: [\"let'?s move to {app}\"]", "patterns: ['(?<=a)b']"),
         "invalid pattern"),
        ("- just\n- a list\n", "expected a mapping"),
        ("category: [unclosed\n", "move-app.yml"),
    ],
)  # fmt: skip
def test_broken_rule_files_fail_with_their_path(tmp_path: Path, rule: str, complaint: str) -> None:
    with pytest.raises(RuleError, match=r"move-app\.yml") as error:
        load_rulesets(write_packs(tmp_path, rule=rule))
    assert complaint in str(error.value)


def test_team_patterns_cannot_backtrack_catastrophically(tmp_path: Path) -> None:
    """(a+)+$ takes exponential time on a backtracking engine; on RE2 it is linear."""
    from gigguard.engine.normalize import normalize
    from gigguard.engine.sentences import Sentences
    from gigguard.rules.matchers import MatchInput

    root = write_packs(tmp_path, rule=COMMON_RULE.replace("let'?s move to {app}", "(a+)+$"))
    (rule,) = load_rulesets(root)["acme"].rules
    draft = normalize("a" * 100_000 + "!")
    started = time.perf_counter()
    hits = list(rule.matcher(MatchInput(draft, [], Sentences.of(draft.text.text))))
    assert hits == []
    assert time.perf_counter() - started < 5
