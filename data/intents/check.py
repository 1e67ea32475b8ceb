"""Check a file of labelled drafts against LABELS.md: `python data/intents/check.py [--values] FILE...`.

With `--values` (the contact sets), every `contact.*` label must carry its decoded `value`.
Standard library only, so a writer can run it anywhere. Exit 1 names every bad line.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

PLATFORMS = {"fiverr", "upwork", "freelancer", "peopleperhour", "99designs", "guru"}
CATEGORIES = {
    "contact.email",
    "contact.phone",
    "contact.messenger",
    "contact.social",
    "contact.url",
    "offplatform.invite",
    "offplatform.payment",
    "review.manipulation",
}
KEYS = {"id", "text", "platform", "lang", "direction", "phase", "labels"}
OPTIONAL = {"mixed", "persona", "writer", "disguise"}


def problems(record: object, values: bool = False) -> list[str]:
    if not isinstance(record, dict):
        return ["not a JSON object"]
    found: list[str] = []
    missing = KEYS - record.keys()
    if missing:
        found.append(f"missing keys {sorted(missing)}")
    extra = record.keys() - KEYS - OPTIONAL
    if extra:
        found.append(f"unknown keys {sorted(extra)}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return [*found, "text must be a non-empty string"]
    if record.get("platform") not in PLATFORMS:
        found.append(f"platform {record.get('platform')!r} not in {sorted(PLATFORMS)}")
    if record.get("direction") not in {"outgoing", "incoming"}:
        found.append("direction must be outgoing or incoming")
    if record.get("phase") not in {"pre_order", "in_order"}:
        found.append("phase must be pre_order or in_order")
    if not isinstance(record.get("lang"), str) or not record.get("lang"):
        found.append("lang must be a BCP 47 tag")
    labels = record.get("labels")
    if not isinstance(labels, list):
        return [*found, "labels must be a list"]
    for label in labels:
        if not isinstance(label, dict) or {"category", "span"} - label.keys():
            found.append(f"label {label!r} needs category and span")
            continue
        if label["category"] not in CATEGORIES:
            found.append(f"category {label['category']!r} not in LABELS.md")
        span = label["span"]
        if not isinstance(span, str) or not span or span not in text:
            found.append(f"span {span!r} is not a verbatim substring of text")
        unknown = label.keys() - {"category", "span", "value"}
        if unknown:
            found.append(f"label has unknown keys {sorted(unknown)}")
        value = label.get("value")
        if "value" in label and (not isinstance(value, str) or not value.strip()):
            found.append(f"value {value!r} must be a non-empty string")
        elif values and str(label["category"]).startswith("contact.") and "value" not in label:
            found.append(f"{label['category']} label {span!r} needs its decoded value")
        elif str(label.get("category")) == "contact.phone" and isinstance(value, str):
            if not (value.startswith("+") and value[1:].isdigit() and 8 <= len(value) <= 16):
                found.append(f"phone value {value!r} is not E.164 (+ and 7-15 digits)")
    return found


def main(args: list[str]) -> int:
    values = "--values" in args
    paths = [arg for arg in args if arg != "--values"]
    bad = 0
    ids: set[str] = set()
    counts: Counter[str] = Counter()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    print(f"{path}:{number}: not JSON: {error}")
                    bad += 1
                    continue
                issues = problems(record, values)
                if isinstance(record, dict):
                    if record.get("id") in ids:
                        issues.append(f"duplicate id {record.get('id')!r}")
                    ids.add(str(record.get("id")))
                    labels = record.get("labels") or []
                    cats = {l.get("category") for l in labels if isinstance(l, dict)}
                    counts["drafts"] += 1
                    counts["benign" if not cats else "labelled"] += 1
                    for cat in cats:
                        counts[str(cat)] += 1
                for issue in issues:
                    print(f"{path}:{number}: {issue}")
                bad += bool(issues)
    print(", ".join(f"{key} {value}" for key, value in sorted(counts.items())))
    print(f"{bad} bad line(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
