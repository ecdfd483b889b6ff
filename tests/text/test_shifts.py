"""Offsets shifted by runs between breaks are those one binary search per offset gives."""

from __future__ import annotations

from bisect import bisect_right

from hypothesis import given
from hypothesis import strategies as st

from caglossary.text.shifts import shifted
from strategies import examples


def _one_by_one(offsets, breaks, shifts):
    return [offset + shifts[bisect_right(breaks, offset)] for offset in offsets]


@examples(800)
@given(st.lists(st.integers(0, 60), max_size=40), st.lists(st.integers(0, 60), max_size=8),
       st.booleans(), st.data())
def test_runs_between_breaks_shift_as_each_offset_alone(offsets, breaks, ordered, data):
    breaks = sorted(breaks)  # an edit may end where the one before it ends
    shifts = data.draw(st.lists(st.integers(0, 30), min_size=len(breaks) + 1,
                                max_size=len(breaks) + 1))
    offsets = sorted(offsets) if ordered else offsets
    assert shifted(offsets, breaks, shifts) == _one_by_one(offsets, breaks, shifts)


def test_an_offset_on_a_break_takes_the_break_s_shift():
    assert shifted([0, 4, 5, 9, 10, 10, 11], [5, 10], [0, 2, 7]) == [0, 4, 7, 11, 17, 17, 18]
    assert shifted([11, 10, 5], [5, 10], [0, 2, 7]) == [18, 17, 7]
    assert shifted([], [5], [0, 1]) == []
