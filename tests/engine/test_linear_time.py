"""No input makes the engine super-linear: RE2 for every pattern, and a property test over
generated and adversarial drafts up to 100 KB that compares 20 KB with 100 KB."""

import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import gigguard
from gigguard.lint import lint

# Pieces that stress every pass: separators the normaliser joins, "at"/"dot" words, digits and
# digit words, look-alikes, invisible characters, emoji, and the prefixes the detectors key on.
PIECES = [
    "a", "@", ".", " ", "-", "_", "(", ")", "[", "]", ";", "#", ":", "/", "+", "0", "1", "9",
    "at ", " dot ", "(at)", "[dot]", "arroba ", "точка ", "four ", "one ", "double ", "o", "l",
    "j o h n ", "s.k.y.p.e ", "d-l-w-h-", "😀", "🇺🇸", "\u200b", "\u202e", "ѕ", "а", "ｊ", "𝐣",
    "&#64;", "&amp;", "www.", "http://", "wa.me/", "t.me/", "live:", "skype ", "gmail ", "com ",
    "+1 ", "415-555-0123 ", "john@gmail.com ", "my gmail is ", "x" * 40, "aaaaaaaaaaaaaaaaaaaa@",
]  # fmt: skip


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        lint(text, "fiverr")
        best = min(best, time.perf_counter() - started)
    return best


def _repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@settings(max_examples=10, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25))
def test_time_grows_linearly_up_to_100_kb(pieces: list[str]) -> None:
    unit = "".join(pieces)
    small, large = _repeat_to(unit, 20_000), _repeat_to(unit, 100_000)
    t_small, t_large = _seconds(small), _seconds(large)
    # Five times the input: linear is ~5x, quadratic ~25x. Allow noise, never quadratic.
    assert t_large <= 12 * t_small + 0.05, (
        f"{len(large)} chars took {t_large:.3f}s, {len(small)} took {t_small:.3f}s "
        f"(unit {unit[:60]!r})"
    )


def test_every_pattern_is_compiled_with_re2() -> None:
    """Python's `re` backtracks; RE2 cannot. No module of the package may use `re`."""
    package = Path(gigguard.__file__).parent
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if any(
            line.strip() == "import re" or line.strip().startswith(("import re ", "from re import"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
