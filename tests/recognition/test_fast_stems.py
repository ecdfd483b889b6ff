"""The stem reader without a regex reads every plain pattern as the pattern's regex does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import caglossary
from caglossary.recognition.matchertables import build_tables
from caglossary.recognition.trie import (DASHES, INSERT_SLOT, pattern_regex, plain_match_end,
                                         plain_pattern)
from caglossary.text.turkish import APOSTROPHES
from strategies import examples

# letters, the atoms (a space, an apostrophe), the characters those atoms also read
_PATTERN_LETTERS = "ab' -\t’`\u2013" + INSERT_SLOT + "\ue000ş"
_TEXT_LETTERS = "abnir ' \t\n\u00a0’`´-\u2013\u2014xş"


def _regex_end(pattern: str, text: str) -> int | None:
    found = pattern_regex(pattern).match(text)
    return found.end() if found is not None else None


@examples(1500)
@given(st.text(alphabet=_PATTERN_LETTERS, min_size=1, max_size=8),
       st.text(alphabet=_TEXT_LETTERS, max_size=14))
def test_a_plain_pattern_ends_where_its_regex_does(pattern, text):
    if plain_pattern(pattern):
        assert plain_match_end(pattern, text) == _regex_end(pattern, text)


@examples(600)
@given(st.lists(st.sampled_from(["orta", "asya", " ", "'", "nin", "ş", "a", "b", INSERT_SLOT]),
                min_size=1, max_size=6),
       st.lists(st.sampled_from(["orta", "asya", " ", "  ", "-", " - ", "\n", "’", "' ", "nin",
                                 "ş", "a", "an", "bir", "b", "x"]), max_size=8))
def test_words_and_gaps_end_where_the_regex_does(pattern_pieces, text_pieces):
    pattern, text = "".join(pattern_pieces), "".join(text_pieces)
    if plain_pattern(pattern):
        assert plain_match_end(pattern, text) == _regex_end(pattern, text)


def test_patterns_with_marks_or_ambiguous_atoms_are_not_plain():
    for pattern in ("", " a", "'a", "a  b", "a' b", "a '", "a-b", "a" + INSERT_SLOT + " b",
                    INSERT_SLOT + "a", "a\ue000", "a\tb",
                    *(f"a'{mark}" for mark in APOSTROPHES + DASHES)):
        assert not plain_pattern(pattern), pattern
    assert all(map(plain_pattern, ("orta asya'nin", "abd'", "a ", "şanghay",
                                   "daimi" + INSERT_SLOT + "uye", "a" + INSERT_SLOT)))


def test_a_slot_reads_an_insertable_word_or_none_as_the_regex_does():
    pattern = "daimi" + INSERT_SLOT + "a"
    for text in ("daimi a", "daimi a a", "daimi an a", "daimi bir  ab", "daimi bira", "daimi  an"):
        assert plain_match_end(pattern, text) == _regex_end(pattern, text), text


def test_every_pattern_of_the_glossary_reads_its_own_spellings_alike():
    concepts = list(caglossary.glossary())
    for ocr, pdf_text in ((False, False), (True, False), (False, True)):
        tables = build_tables(concepts, ocr=ocr, pdf_text=pdf_text)
        for key in tables.by_key:
            pattern = tables.words.get(key, key)
            if not plain_pattern(pattern):
                continue
            spellings = {key, key.replace(" ", "  "), key.replace(" ", "-"),
                         key.replace(" ", " bir "), key.replace(" ", " a "),
                         key.replace("'", "’ "), key.replace("'", ""), key + "'nin", key[:-1]}
            for text in spellings:
                assert plain_match_end(pattern, text) == _regex_end(pattern, text), (key, text)
