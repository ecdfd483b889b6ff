"""Line and column numbers as an editor shows them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caglossary.text.files import LineIndex


def test_lines_end_at_lf_crlf_and_lone_cr():
    text = "a\nbc\r\nd\re"
    index = LineIndex(text)
    assert [index.line_col(text.index(ch)) for ch in "abcde"] == [
        (1, 1), (2, 1), (2, 2), (3, 1), (4, 1)]


def test_a_byte_order_mark_takes_no_column():
    text = "\ufeffŞİÖ ve ABD\nŞİÖ"
    index = LineIndex(text)
    assert index.line_col(1) == (1, 1)
    assert index.line_col(text.index("ABD")) == (1, 8)
    assert index.line_col(text.rindex("Ş")) == (2, 1)
    assert index.line_col(0) == (1, 1)  # the mark itself
    assert index.lines_cols([0, 1, text.rindex("Ş")]) == ([1, 1, 2], [1, 1, 1])


@given(st.text(alphabet="ab\n\r\ufeff", max_size=40), st.data())
def test_many_offsets_read_as_one_at_a_time(text, data):
    index = LineIndex(text)
    offsets = data.draw(st.lists(st.integers(0, max(len(text) - 1, 0)), max_size=10))
    lines, cols = index.lines_cols(offsets)
    assert list(zip(lines, cols)) == [index.line_col(offset) for offset in offsets]
    assert all(line >= 1 and col >= 1 for line, col in zip(lines, cols))
