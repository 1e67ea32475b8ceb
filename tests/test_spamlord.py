"""SpamLord (external data): exact decoded values, scored the exercise's way."""

import pytest

import spamlord  # bench/spamlord.py

DATA = spamlord.data_dir()
pytestmark = pytest.mark.skipif(
    not (DATA / "gold.tsv").is_file(), reason=f"SpamLord data not found at {DATA}"
)


@pytest.fixture(scope="module", params=sorted(spamlord.VIEWS))
def predicted(request: pytest.FixtureRequest) -> set[spamlord.Triple]:
    return spamlord.predict(DATA, spamlord.gigguard_extract, spamlord.VIEWS[request.param])


# Issue 9's bar, on the visible text and on the raw pages alike.
@pytest.mark.parametrize(("kind", "min_f1"), [("e", 0.97), ("p", 0.99)])
def test_f1(predicted: set[spamlord.Triple], kind: str, min_f1: float) -> None:
    gold = spamlord.load_gold(DATA)
    score = spamlord.score(gold, predicted, kind)
    wrong = sorted({t for t in predicted ^ gold if t[1] == kind})
    assert score.f1 >= min_f1, f"F1 {score.f1:.3f}; differences: {wrong}"


def test_visible_text_keeps_mail_links_and_drops_comments() -> None:
    page = b'<p>Email: widom@<!--die!-->cs stanford edu<a href="mailto:x%20at%20y.edu">me</a>'
    assert spamlord.visible_text(page) == "\nEmail: widom@cs stanford edu x at y.edu me"
