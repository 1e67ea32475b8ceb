"""Render the brief a writer receives:
`python data/intents/brief.py PERSONAS.json OUTDIR [--train | --contacts]`.

For each persona in PERSONAS.json (a list of objects with the `{...}` fields of BRIEF.md) this
writes OUTDIR/ID.txt: the brief between BRIEF.md's first pair of `---` lines (CONTACT-BRIEF.md's
for the contact sets, `--contacts`) with the fields filled in, preceded by what the writer may read and followed, for training writers (`--train`), by the
batching line and the closing paragraphs quoted at the end of BRIEF.md. Held-out writers get the
brief without them. Each writer works in /tmp/ID/ and writes /tmp/ID/ID.jsonl.

Standard library only, like check.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADER = """\
You are one of many independent writers of a data set of marketplace chat messages. Read the
label guide {labels} and follow it exactly. Check your file with
`python3 {check} {flags}{path}`. Do not open, list or search any other file under {repo}: not the
rules, the code, the model, the data or other writers' drafts. Work only in {scratch}.

"""

BATCHING = (
    "Append in batches of about 40 drafts, running check.py after each batch.\n\n"
)


def sections(brief: str) -> tuple[str, list[str]]:
    """The brief proper and the closing paragraphs (the `>` blocks after it)."""
    _, body, tail = brief.split("\n---\n", 2)
    closing = []
    block: list[str] = []
    for line in tail.splitlines() + [""]:
        if line.startswith(">"):
            block.append(line[1:].removeprefix(" "))
        elif block:
            closing.append(" ".join(part for part in block if part).strip())
            block = []
    return body.strip(), closing


def render(persona: dict[str, object], train: bool, brief: str = "BRIEF.md") -> str:
    ident = str(persona["id"])
    scratch = Path("/tmp") / ident
    path = scratch / f"{ident}.jsonl"
    body, closing = sections((HERE / brief).read_text(encoding="utf-8"))
    fields = {
        "persona": persona["persona"],
        "language": persona["language"],
        "how they write it": persona["how"],
        "platforms": persona["platforms"],
        "trade": persona["trade"],
        "habits": persona["habits"],
        "count": persona["count"],
        "slang": persona["slang"],
        "path": path,
        "prefix": ident,
    }
    for name, value in fields.items():
        body = body.replace("{" + name + "}", str(value))
    body = body.replace("python data/intents/check.py", f"python3 {HERE / 'check.py'}")
    head = HEADER.format(
        labels=HERE / "LABELS.md",
        check=HERE / "check.py",
        flags="--values " if brief != "BRIEF.md" else "",
        path=path,
        repo=HERE.parent.parent,
        scratch=scratch,
    )
    text = head + body + "\n"
    if train:
        text += "\n" + BATCHING + "\n\n".join(closing) + "\n"
    return text


def main(argv: list[str]) -> int:
    args = [arg for arg in argv if arg not in ("--train", "--contacts")]
    brief = "CONTACT-BRIEF.md" if "--contacts" in argv else "BRIEF.md"
    if len(args) != 2:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    personas = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    out = Path(args[1])
    out.mkdir(parents=True, exist_ok=True)
    for persona in personas:
        (out / f"{persona['id']}.txt").write_text(
            render(persona, "--train" in argv, brief), encoding="utf-8"
        )
        Path("/tmp", str(persona["id"])).mkdir(exist_ok=True)
    print(f"{len(personas)} briefs in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
