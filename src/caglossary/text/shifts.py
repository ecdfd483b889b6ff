"""Key offsets mapped back to source offsets, many at once.

An edited key records, for each edit, the key offset where it ends (its
*break*) and how far the source runs ahead of the key from there on. A key
offset maps back by adding the shift of the last break at or before it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import chain, islice, repeat
from operator import add, le, sub

__all__ = ["shifted"]


def shifted(offsets: list[int], breaks: Sequence[int], shifts: Sequence[int]) -> list[int]:
    """Each offset plus ``shifts[bisect_right(breaks, offset)]``.

    Offsets in ascending order (the mentions of a scan) are cut into runs at the
    breaks, with one binary search per break instead of one per offset: a key
    with few edits holds many more mentions than breaks.
    """
    if len(breaks) * 2 < len(offsets) and all(map(le, offsets, islice(offsets, 1, None))):
        # the first offset at or after each break starts the run of the next shift
        cuts = [0, *map(bisect_left, repeat(offsets), breaks), len(offsets)]
        runs = map(sub, islice(cuts, 1, None), cuts)
        return list(map(add, offsets, chain.from_iterable(map(repeat, shifts, runs))))
    slots = map(bisect_right, repeat(breaks), offsets)
    return list(map(add, offsets, map(shifts.__getitem__, slots)))
