"""The term matcher's tables kept in the cache folder read exactly as when built."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caglossary import glossary
from caglossary.recognition import matchertables
from caglossary.recognition.annotate import may_cite
from caglossary.recognition.citations import find_citations
from caglossary.recognition.terms import TermMatcher
from strategies import examples, prose

MODES = [(False, False), (True, False), (False, True)]


def _tables_file(concepts, ocr, pdf_text):
    key = matchertables._key(concepts, ocr, pdf_text)
    return matchertables._cache_folder() / f"{key}.marshal"


@pytest.mark.parametrize("ocr, pdf_text", MODES)
def test_tables_read_from_the_cache_equal_the_built_ones(ocr, pdf_text):
    concepts = list(glossary())
    built = matchertables.build_tables(concepts, ocr=ocr, pdf_text=pdf_text)
    matchertables.matcher_tables(concepts, ocr=ocr, pdf_text=pdf_text)  # writes the file
    assert _tables_file(concepts, ocr, pdf_text).is_file()
    cached = matchertables.matcher_tables(concepts, ocr=ocr, pdf_text=pdf_text)
    assert cached == built
    guards = [f.guard for forms in cached.by_key.values() for f in forms if f.guard]
    assert guards, "the shipped glossary has guarded forms; the test must cover them"


def test_a_damaged_tables_file_is_built_again():
    concepts = list(glossary())[:40]
    matchertables.matcher_tables(concepts, ocr=False, pdf_text=False)
    target = _tables_file(concepts, False, False)
    target.write_bytes(target.read_bytes()[:-10] + b"0123456789")
    assert matchertables._load(target, target.stem) is None
    again = matchertables.matcher_tables(concepts, ocr=False, pdf_text=False)
    assert again == matchertables.build_tables(concepts, ocr=False, pdf_text=False)


def test_other_concepts_get_other_tables():
    concepts = list(glossary())
    assert _tables_file(concepts, False, False) != _tables_file(concepts[1:], False, False)
    assert _tables_file(concepts, False, False) != _tables_file(concepts, True, False)


@examples(100)
@given(prose, st.booleans())
def test_a_cached_matcher_finds_what_a_built_one_finds(text, ocr):
    concepts = list(glossary())
    cached = TermMatcher(concepts, ocr=ocr, cached=True)
    assert cached.find(text) == TermMatcher(concepts, ocr=ocr).find(text)


@examples(200)
@given(prose, st.booleans())
def test_text_that_may_not_cite_holds_no_citation(text, ocr):
    """The command line skips the bibliography where ``may_cite`` says no."""
    if not may_cite(text):
        assert find_citations(text, ocr=ocr) == []
    bare = text.replace("(", "").replace("[", "")  # no bracket opens a citation
    assert not may_cite(bare)
    assert find_citations(bare, ocr=ocr) == []


def test_a_cached_matcher_scans_with_the_program_of_a_built_one():
    """The scanner's program of cached tables is found by the tables' key, not the words."""
    concepts = list(glossary())
    for ocr in (False, True):
        cached = TermMatcher(concepts, ocr=ocr, cached=True)
        assert cached._scan.pattern == TermMatcher(concepts, ocr=ocr)._scan.pattern


def test_shorter_keys_worked_out_on_demand_equal_the_built_ones():
    concepts = list(glossary())
    built = matchertables.build_tables(concepts, ocr=False, pdf_text=False)
    matchertables.matcher_tables(concepts, ocr=False, pdf_text=False)
    cached = matchertables.matcher_tables(concepts, ocr=False, pdf_text=False)
    some = [key for key, keys in built.shorter.items() if keys][:50] + ["no such key"]
    assert [cached.shorter.get(key, ()) for key in some] == [built.shorter.get(key, ())
                                                            for key in some]
    assert len(cached.shorter) == len(built.shorter) and "no such key" not in cached.shorter
    assert dict(cached.shorter.items()) == built.shorter
