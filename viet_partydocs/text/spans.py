"""Half-open ``[start, end)`` intervals: overlap tests and a sorted index of taken intervals."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable

__all__ = ["overlaps", "TakenIntervals"]


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether ``[a_start, a_end)`` and ``[b_start, b_end)`` share a position."""
    return a_start < b_end and b_start < a_end


class TakenIntervals:
    """Disjoint intervals already taken; ``free(s, e)`` in O(log n).

    >>> t = TakenIntervals([(10, 20)])
    >>> t.free(0, 10), t.free(15, 25), t.free(20, 30)
    (True, False, True)
    """

    def __init__(self, intervals: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s, e in sorted(intervals):
            self.add(s, e)

    def free(self, start: int, end: int) -> bool:
        """True if ``[start, end)`` overlaps no taken interval."""
        i = bisect_left(self._starts, end)  # intervals starting before `end`
        return i == 0 or self._ends[i - 1] <= start

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)`` (the caller keeps the intervals disjoint)."""
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
