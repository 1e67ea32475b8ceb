"""Choosing among overlapping spans."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def pick_non_overlapping(ranked: Iterable[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """Take items best first, skipping any that overlaps one already taken; O(k log k), so a
    draft with thousands of findings stays linear in practice."""
    starts: list[int] = []
    ends: list[int] = []  # taken spans never overlap, so ends are sorted like starts
    taken: list[T] = []
    for item in ranked:
        start, end = span(item)
        index = bisect_right(starts, start)
        if index > 0 and ends[index - 1] > start:
            continue
        if index < len(starts) and starts[index] < end:
            continue
        starts.insert(index, start)
        ends.insert(index, end)
        taken.append(item)
    return taken
