"""SpamLord: obfuscated e-mails and phones on real 2012 faculty pages, scored the exercise's way.

    python bench/spamlord.py [DATA_DIR]

DATA_DIR defaults to ../shared/benchmarks/spamlord beside the project (or $GIGGUARD_SPAMLORD_DIR).
Each page is read two ways: as the text a reader sees (tags and comments dropped, entities
decoded), and as its raw HTML, markup, styles and scripts included (what a seller pasting page
source sends). Either is cut on line boundaries into chunks of at most 1,500 characters and
linted. E-mail and phone
findings become (page, "e"|"p", value) triples, compared with gold.tsv as sets: a true positive
is a predicted triple in gold, a false positive one that is not, a false negative a gold triple
never predicted. GigGuard is run side by side with the baseline SOURCE.md describes (a plain
e-mail regex and a plain US phone regex).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from gigguard.engine.detect import detect
from gigguard.findings import Category

CHUNK_CHARS = 1500
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "spamlord"

Triple = tuple[str, str, str]
Extractor = Callable[[str], Iterable[tuple[str, str]]]


def data_dir() -> Path:
    return Path(os.environ.get("GIGGUARD_SPAMLORD_DIR", DEFAULT_DIR))


_BLOCK_TAGS = {
    "br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "dd", "dt", "dl", "h1", "h2", "h3",
    "h4", "h5", "h6", "table", "address", "center", "hr", "title", "blockquote", "pre",
}  # fmt: skip


class _VisibleText(HTMLParser):
    """What a reader sees: text and mail links; scripts, styles, comments and markup dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") or ""
        if href.lower().startswith("mailto:"):
            # Link targets, as a text browser lists them under the page.
            self.parts.append(f" {unquote(href[len('mailto:') :])} ")
        if tag in ("script", "style"):
            self._hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def raw_html(page: bytes) -> str:
    try:
        return page.decode("utf-8")
    except UnicodeDecodeError:
        return page.decode("latin-1")


def visible_text(page: bytes) -> str:
    parser = _VisibleText()
    parser.feed(raw_html(page))
    parser.close()
    return "".join(parser.parts)


Reader = Callable[[bytes], str]
VIEWS: dict[str, Reader] = {"visible": visible_text, "raw": raw_html}


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterable[str]:
    current: list[str] = []
    length = 0
    for line in text.splitlines(keepends=True):
        if length + len(line) > size and current:
            yield "".join(current)
            current, length = [], 0
        current.append(line[:size])
        length += len(current[-1])
    if current:
        yield "".join(current)


def gigguard_extract(text: str) -> Iterable[tuple[str, str]]:
    for detection in detect(text, "fiverr"):
        if detection.category == Category.EMAIL and detection.value:
            yield "e", detection.value.lower()
        elif detection.category == Category.PHONE and detection.value:
            yield "p", _us_format(detection.value)


def _us_format(e164: str) -> str:
    digits = e164.lstrip("+")
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[1:4]}-{digits[4:7]}-{digits[7:]}"
    return e164


_PLAIN_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PLAIN_PHONE = re.compile(r"\(?(\d{3})\)?[ .-]?(\d{3})[ .-](\d{4})")


def baseline_extract(text: str) -> Iterable[tuple[str, str]]:
    """The baseline SOURCE.md reports: a plain e-mail regex and a plain US phone regex."""
    for match in _PLAIN_EMAIL.finditer(text):
        yield "e", match.group().lower()
    for match in _PLAIN_PHONE.finditer(text):
        yield "p", "-".join(match.groups())


@dataclass(frozen=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(directory: Path) -> set[Triple]:
    gold: set[Triple] = set()
    for line in (directory / "gold.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            name, kind, value = line.split("\t")
            gold.add((name, kind, value.strip().lower()))
    return gold


def predict(directory: Path, extract: Extractor, read: Reader = visible_text) -> set[Triple]:
    predicted: set[Triple] = set()
    for page in sorted((directory / "pages").iterdir()):
        text = read(page.read_bytes())
        for chunk in chunks(text):
            predicted.update((page.name, kind, value) for kind, value in extract(chunk))
    return predicted


def score(gold: set[Triple], predicted: set[Triple], kind: str) -> Score:
    gold_kind = {t for t in gold if t[1] == kind}
    predicted_kind = {t for t in predicted if t[1] == kind}
    return Score(
        len(gold_kind & predicted_kind),
        len(predicted_kind - gold_kind),
        len(gold_kind - predicted_kind),
    )


def main(argv: list[str]) -> int:
    paths = [arg for arg in argv[1:] if not arg.startswith("--")]
    directory = Path(paths[0]) if paths else data_dir()
    if not (directory / "gold.tsv").is_file():
        print(f"SpamLord data not found at {directory}; nothing to score.", file=sys.stderr)
        return 0
    gold = load_gold(directory)
    print(
        f"SpamLord: {len(gold)} gold contacts, {len(list((directory / 'pages').iterdir()))} pages"
    )
    print(
        f"{'view':<9}{'system':<10}{'type':<7}{'precision':>10}{'recall':>8}{'f1':>7}"
        f"{'tp':>5}{'fp':>5}{'fn':>5}"
    )
    for view, read in VIEWS.items():
        for name, extract in (("gigguard", gigguard_extract), ("baseline", baseline_extract)):
            predicted = predict(directory, extract, read)
            for kind, label in (("e", "email"), ("p", "phone")):
                s = score(gold, predicted, kind)
                print(
                    f"{view:<9}{name:<10}{label:<7}{s.precision:>10.3f}{s.recall:>8.3f}"
                    f"{s.f1:>7.3f}{s.true_positives:>5}{s.false_positives:>5}"
                    f"{s.false_negatives:>5}"
                )
            if name == "gigguard" and "--misses" in argv:
                for triple in sorted(predicted ^ gold):
                    print("  ", "FP" if triple in predicted else "FN", *triple)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
