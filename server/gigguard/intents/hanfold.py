"""Traditional Chinese characters folded to their Simplified forms, for the intent features.

The training data is mostly Simplified Chinese; a Taiwanese or Hong Kong seller writes 給五星好評
where it has 给五星好评, and to character n-grams those share nothing. Folding each Traditional
character to its Simplified form before hashing lets one set of weights read both scripts.

The pairs are OpenCC's (the project every Chinese converter builds on): its `t2s` conversion of
each CJK character alone, kept where it gives one other character. They are stored in
`hanfold.txt`, one "繁简" pair per line, so serving needs no OpenCC; `gigguard train` installs
it, and a test checks that the file is what OpenCC gives. Regenerate with

    python -m gigguard.intents.hanfold

(features.VERSION goes up with any change, and the model is retrained).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

FILE = "hanfold.txt"
# The CJK blocks: unified ideographs and extension A, compatibility ideographs, extensions B on.
_BLOCKS = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))


def pairs() -> list[tuple[str, str]]:
    """(Traditional, Simplified) pairs, as shipped."""
    text = (resources.files("gigguard.intents") / FILE).read_text("utf-8")
    return [(line[0], line[1]) for line in text.splitlines() if len(line) == 2]


def from_opencc() -> str:
    """The file's text as OpenCC gives it now (needs the `train` extra)."""
    import opencc  # only the generator needs it

    convert = opencc.OpenCC("t2s").convert
    lines = []
    for low, high in _BLOCKS:
        for code in range(low, high + 1):
            char = chr(code)
            folded = convert(char)
            if folded != char and len(folded) == 1:
                lines.append(char + folded)
    return "\n".join(lines) + "\n"


def main() -> None:
    path = Path(str(resources.files("gigguard.intents") / FILE))
    path.write_text(from_opencc(), "utf-8")
    print(f"{len(pairs())} pairs in {path}")


if __name__ == "__main__":
    main()
