"""Loading rule packs: files → validated, inherited, template-filled, compiled rulesets.

A platform's ruleset is common/ with the platform's files merged over it key by key (nested
mappings merge, lists and scalars replace). `{platform}`, `{video_call}` and the other words of
the platform's pack.yml are filled into messages, replacements, replies — and into patterns and
terms (lower-cased, as the normalised text they run on), so one common rule reads right on
every platform.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from gigguard.engine.patterns import PatternError
from gigguard.findings import Policy
from gigguard.rules.matchers import Matcher, compile_matcher
from gigguard.rules.model import Pack, Rule

COMMON = "common"
PACK_FILE = "pack.yml"


class RuleError(ValueError):
    """A rule or pack file that cannot be used; the message starts with its path."""


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    matcher: Matcher
    source: str  # the files it came from, for messages


@dataclass(frozen=True, slots=True)
class Ruleset:
    platform: str
    pack: Pack
    rules: tuple[CompiledRule, ...]
    version: str  # a digest of every file the ruleset was built from

    @property
    def uses_model(self) -> bool:
        return any(compiled.rule.type == "model" for compiled in self.rules)

    @property
    def name(self) -> str:
        return f"{self.platform}@{self.version}"

    def policy(self, key: str | None) -> Policy | None:
        reference = self.pack.policies.get(key) if key else None
        return Policy(self.platform, reference.title, reference.url) if reference else None


def default_rules_dir() -> Path:
    configured = os.environ.get("GIGGUARD_RULES_DIR")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[3] / "rules"


@cache
def rulesets(root: Path | None = None) -> dict[str, Ruleset]:
    """Every platform's ruleset under `root` (rules/ by default), loaded once."""
    return load_rulesets(root or default_rules_dir())


def load_rulesets(root: Path) -> dict[str, Ruleset]:
    if not (root / COMMON).is_dir():
        raise RuleError(f"{root}: no {COMMON}/ pack here (set GIGGUARD_RULES_DIR?)")
    common = _rule_files(root / COMMON)
    loaded: dict[str, Ruleset] = {}
    for directory in sorted(p for p in root.iterdir() if p.is_dir() and p.name != COMMON):
        loaded[directory.name] = _load_platform(directory, common)
    if not loaded:
        raise RuleError(f"{root}: no platform packs (folders with a {PACK_FILE})")
    return loaded


def _load_platform(directory: Path, common: dict[str, tuple[Path, dict[str, Any]]]) -> Ruleset:
    pack_path = directory / PACK_FILE
    try:
        pack = Pack.model_validate(_read_yaml(pack_path))
    except ValidationError as error:
        raise RuleError(f"{pack_path}: {_short(error)}") from None
    own = _rule_files(directory)
    digest = hashlib.sha256(pack_path.read_bytes())
    rules: list[CompiledRule] = []
    for rule_id in sorted(set(common) | set(own)):
        paths = [entry[0] for entry in (common.get(rule_id), own.get(rule_id)) if entry]
        merged = _merge(
            common[rule_id][1] if rule_id in common else {}, own.get(rule_id, (None, {}))[1]
        )
        for path in paths:
            digest.update(path.read_bytes())
        source = " + ".join(str(path) for path in paths)
        try:
            rule = Rule.model_validate(
                {**_fill(merged, pack.words), "id": rule_id, "pack": directory.name}
            )
            if rule.disabled:
                continue
            rules.append(CompiledRule(rule, compile_matcher(rule), source))
        except (ValidationError, PatternError) as error:
            detail = _short(error) if isinstance(error, ValidationError) else str(error)
            raise RuleError(f"{source}: {detail}") from None
    return Ruleset(directory.name, pack, tuple(rules), digest.hexdigest()[:12])


def _rule_files(directory: Path) -> dict[str, tuple[Path, dict[str, Any]]]:
    return {
        path.stem: (path, _read_yaml(path))
        for path in sorted(directory.glob("*.yml"))
        if path.name != PACK_FILE
    }


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RuleError(f"{path}: {error}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: expected a mapping of keys, got {type(data).__name__}")
    return data


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


_PATTERN_KEYS = {"patterns", "groups", "unless"}


def _fill(value: Any, words: Mapping[str, str], *, lower: bool = False, key: str = "") -> Any:
    """Fill {word} placeholders everywhere; lower-case them inside patterns."""
    lower = lower or key in _PATTERN_KEYS
    if isinstance(value, str):
        for word, text in words.items():
            value = value.replace("{" + word + "}", text.lower() if lower else text)
        return value
    if isinstance(value, list):
        return [_fill(item, words, lower=lower) for item in value]
    if isinstance(value, dict):
        return {k: _fill(v, words, lower=lower, key=k) for k, v in value.items()}
    return value


def _short(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in item['loc']) or '(file)'}: {item['msg']}"
        for item in error.errors(include_input=False, include_url=False)
    )
