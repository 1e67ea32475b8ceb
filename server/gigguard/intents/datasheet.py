"""The counts section of a data set's datasheet, made from the data itself, so it cannot drift:
`python -m gigguard.intents.datasheet DATASHEET.md DATA…` rewrites the part of the datasheet
between the markers; a test fails when it is out of step with the files.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from gigguard.evaluation import Draft, load_corpus

BEGIN = "<!-- counts: made by `python -m gigguard.intents.datasheet`; do not edit -->"
END = "<!-- end of counts -->"
INTENT_COLUMNS = ("offplatform.invite", "offplatform.payment", "review.manipulation")


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def counts(drafts: Sequence[Draft]) -> str:
    def categories(draft: Draft) -> set[str]:
        return {label.category for label in draft.labels}

    by_language: dict[str, Counter[str]] = {}
    for draft in drafts:
        row = by_language.setdefault(draft.lang or "?", Counter())
        row["drafts"] += 1
        found = categories(draft)
        row["benign"] += not found
        row["contact"] += any(c.startswith("contact.") for c in found)
        for intent in INTENT_COLUMNS:
            row[intent] += intent in found
    total: Counter[str] = sum(by_language.values(), Counter())
    rows = [
        [lang, c["drafts"], c["benign"], *(c[i] for i in INTENT_COLUMNS), c["contact"]]
        for lang, c in sorted(by_language.items())
    ]
    rows.append(
        ["**all**", total["drafts"], total["benign"], *(total[i] for i in INTENT_COLUMNS),
         total["contact"]]
    )  # fmt: skip
    lines = [
        f"{len(drafts)} drafts by {len({d.writer for d in drafts})} writers in "
        f"{len(by_language)} language tags; {total['benign']} benign "
        f"({total['benign'] / max(len(drafts), 1):.1%}).",
        "",
        *_table(["lang", "drafts", "benign", "invite", "payment", "review", "with contact"], rows),
        "",
    ]
    for title in ("direction", "phase", "platform"):
        tally = Counter(str(getattr(draft, title)) for draft in drafts)
        lines += [*_table([title, "drafts"], sorted(tally.items())), ""]
    return "\n".join(lines).rstrip() + "\n"


def render(sheet: str, drafts: Sequence[Draft]) -> str:
    """`sheet` with its counts section replaced by the current counts."""
    if BEGIN not in sheet or END not in sheet:
        raise ValueError(f"the datasheet needs the markers {BEGIN!r} and {END!r}")
    before, rest = sheet.split(BEGIN, 1)
    _, after = rest.split(END, 1)
    return f"{before}{BEGIN}\n{counts(drafts)}{END}{after}"


def main(arguments: Sequence[str]) -> int:
    if len(arguments) < 2:
        print("usage: python -m gigguard.intents.datasheet DATASHEET.md DATA…", file=sys.stderr)
        return 2
    sheet = Path(arguments[0])
    drafts = load_corpus([Path(a) for a in arguments[1:]])
    sheet.write_text(render(sheet.read_text("utf-8"), drafts), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
