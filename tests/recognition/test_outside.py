"""``annotate.outside``: the spans that share no character with a citation."""

from __future__ import annotations

from typing import NamedTuple

from hypothesis import given
from hypothesis import strategies as st

from caglossary.recognition.annotate import outside


class _Span(NamedTuple):
    start: int
    end: int


def _shares_a_character(span: _Span, other: _Span) -> bool:
    return span.start < other.end and other.start < span.end or (
        span.start == span.end and other.start < span.start < other.end)


_spans = st.lists(st.tuples(st.integers(0, 120), st.integers(0, 8)).map(
    lambda pair: _Span(pair[0], pair[0] + pair[1])), max_size=40)


@st.composite
def _disjoint(draw: st.DrawFn) -> list[_Span]:
    """Sorted, disjoint spans, as citations are."""
    others, end = [], 0
    for gap, length in draw(st.lists(st.tuples(st.integers(0, 20), st.integers(1, 12)),
                                     max_size=8)):
        start = end + gap
        end = start + length
        others.append(_Span(start, end))
    return others


@given(_spans, _disjoint(), st.booleans())
def test_keeps_exactly_the_spans_no_other_touches(spans: list[_Span], others: list[_Span],
                                                   in_order: bool) -> None:
    if in_order:  # term mentions come sorted; anaphors and acronym uses may not
        spans = sorted(spans)
    expected = [span for span in spans
                if not any(_shares_a_character(span, other) for other in others)]
    assert outside(spans, others) == expected
