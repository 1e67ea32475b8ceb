"""The README's "Add a rule" example is a real rule: one file, and its examples pass."""

import re
import shutil
from pathlib import Path

from gigguard.lint import lint
from gigguard.rules.loader import default_rules_dir, load_rulesets

README = Path(__file__).parents[2] / "README.md"


def test_readme_rule_is_one_file_that_works(tmp_path: Path) -> None:
    section = README.read_text(encoding="utf-8").split("### Add a rule", 1)[1]
    name = re.search(r"`rules/common/([\w-]+)\.yml`", section)
    body = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert name and body, "README's Add a rule section lost its file name or YAML"
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    (rules / "common" / f"{name.group(1)}.yml").write_text(body.group(1), encoding="utf-8")

    packs = load_rulesets(rules)
    for platform, ruleset in packs.items():
        (rule,) = [c.rule for c in ruleset.rules if c.rule.id == name.group(1)]
        for example in rule.examples.flag:
            result = lint(example.text, platform, packs=packs)
            assert rule.id in [f.rule for f in result.findings]
            assert result.rewrite == example.rewrite
        for clean in rule.examples.clean:
            text = clean if isinstance(clean, str) else clean.text
            assert rule.id not in [f.rule for f in lint(text, platform, packs=packs).findings]
