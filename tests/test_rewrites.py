"""Every rewrite in the corpus lints clean and leaves the text outside its findings as it was."""

from pathlib import Path

import pytest

from gigguard.evaluation import Draft, load_corpus
from gigguard.lint import lint

CORPUS = load_corpus([Path(__file__).parent / "corpus"])
FLAGGED = [
    draft
    for draft in CORPUS
    if draft.direction == "outgoing" and lint(draft.text, draft.platform, draft.phase).findings
]


# A sentence dropped by a later pass is one short enough to have served the violation: "…
# pls whatsapp me", or "Dear buyer, your 5 star rating is very important." (9 words), which
# presses for a rating once the sentence after it asks for feedback.
FRAGMENT_WORDS = 10


def untouched_pieces(text: str, ranges: list[tuple[int, int]]) -> list[str]:
    """The text between replacement ranges (UTF-16 ranges converted to code points)."""
    units = text.encode("utf-16-le")
    pieces: list[str] = []
    position = 0
    for start, end in sorted(set(ranges)):
        if start < position:
            continue
        pieces.append(units[position * 2 : start * 2].decode("utf-16-le"))
        position = end
    pieces.append(units[position * 2 :].decode("utf-16-le"))
    return pieces


def test_the_corpus_has_rewrites_to_check() -> None:
    assert len(FLAGGED) >= 500


@pytest.mark.parametrize("draft", FLAGGED, ids=lambda d: d.id)
def test_rewrite_lints_clean_and_keeps_the_rest(draft: Draft) -> None:
    result = lint(draft.text, draft.platform, draft.phase)
    assert result.rewrite is not None
    again = lint(result.rewrite, draft.platform, draft.phase)
    assert again.findings == (), (
        f"rewrite {result.rewrite!r} is flagged again: "
        f"{[(f.rule, result.rewrite[f.start : f.end]) for f in again.findings]}"
    )
    ranges = [
        (
            f.start if f.replacement_start is None else f.replacement_start,
            f.end if f.replacement_end is None else f.replacement_end,
        )
        for f in result.findings
    ]
    # Text outside the replaced ranges appears in the rewrite in order, byte for byte but for
    # the space around a dropped fragment. A fragment may go only when it is short (every piece
    # borders a replaced range): what a second pass finds served the violation ("… pls
    # whatsapp me", "Want to swap feedback?" before the swap itself).
    position = 0
    pieces = untouched_pieces(draft.text, ranges)
    for piece in pieces:
        kept = piece.strip()
        found = result.rewrite.find(kept, position)
        if found < 0:
            assert len(kept.split()) <= FRAGMENT_WORDS, f"{piece!r} changed in {result.rewrite!r}"
            continue
        position = found + len(kept)
    for finding in result.findings:
        if finding.value:
            assert finding.value not in result.rewrite.lower()
