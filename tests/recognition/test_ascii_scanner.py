"""The scanner's pattern spelt in ASCII: the engine's program is the one the old spelling gave."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caglossary import glossary
from caglossary.recognition import trie
from caglossary.recognition.endings import tail_regex
from caglossary.recognition.trie import DASHES, ascii_spelled

# the gap as written before session 15: whitespace, the hyphen escaped, the dashes as they are
_LITERAL_GAP = "[\\s\\" + DASHES + "]+"


def _program(pattern: str) -> list[int]:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    return list(_compiler._code(_parser.parse(pattern, 0), 0))


def test_the_ascii_gap_compiles_to_the_literal_gaps_program():
    assert trie._GAP.isascii()
    assert _program(trie._GAP) == _program(_LITERAL_GAP)


@pytest.mark.parametrize("pattern", [
    "türk(?:['’‘ʼ‟´`] ?)?ler",  # letters and a class outside ASCII
    "a\\’b",  # an escaped character outside ASCII: the backslash goes with it
    "a\\\\’b",  # an escaped backslash, then the character
    "a\\\\\\’b",  # an escaped backslash, then an escaped character
    "x[\u2010-\u2014]+y\U0001f600?",  # a range, and a character beyond the BMP
    "[^a-z0-9_](ä(?:jilis)?)",
])
def test_ascii_spelled_compiles_to_the_same_program(pattern):
    spelled = ascii_spelled(pattern)
    assert spelled.isascii()
    assert _program(spelled) == _program(pattern)


@given(st.lists(st.sampled_from(["a", "ş", "’", "\\\\", "\\’", "[’-]", "(?:ğ|x)?", "—+",
                                 "\U0001f600", "\\s"]), max_size=12))
def test_any_mix_of_escapes_compiles_the_same(parts):
    pattern = "".join(parts)
    assert _program(ascii_spelled(pattern)) == _program(pattern)


@pytest.mark.parametrize("mode", [{}, {"ocr": True}, {"pdf_text": True}])
def test_the_scanner_runs_the_program_of_the_literal_spelling(mode, monkeypatch):
    """The whole scanner of the shipped glossary, in each mode, against the same trie
    written with the literal dashes and apostrophes (as the cache held it before)."""
    scanner = glossary().matcher(**mode)._scan
    assert scanner is not None and scanner.pattern.isascii()
    tables = glossary().matcher(**mode)._reader._by_key  # type: ignore[union-attr]
    words = sorted(glossary().matcher(**mode)._reader._words.get(k, k) for k in tables)
    tail = tail_regex(ocr=bool(mode.get("ocr")), pdf_text=bool(mode.get("pdf_text")),
                      replaced=False).pattern
    monkeypatch.setattr(trie, "_GAP", _LITERAL_GAP)
    monkeypatch.setattr(trie, "_INSERT_ATOM", trie._INSERT_ATOM.replace(
        "[\\-\\u2010-\\u2014\\s]+", _LITERAL_GAP))
    literal = "[^a-z0-9_](" + trie._trie_body(words) + ")" + tail
    assert not literal.isascii()
    assert _program(scanner.pattern) == _program(literal)
