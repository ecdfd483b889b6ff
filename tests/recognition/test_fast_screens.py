"""C-level screens in front of per-mention work skip only what the work would reject."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from caglossary.recognition.bracketreach import mentions_before_brackets
from caglossary.recognition.guards import (_LONGEST_ENDING, _ends_with_any, _is_ending, _key,
                                           _starts_with_any)
from caglossary.recognition.innames import HEAD_OF_A_COMPOUND
from caglossary.recognition.localabbr import _DEFINITION, _WORD_THEN_DEFINITION
from caglossary.recognition.terms import TermMention
from caglossary.text.turkish import APOSTROPHES
from strategies import examples

_PIECES = ["Central Asia", " ", "\t", "\n", "(", "[", ")", "]", "CA", "CARs", "Ş", "ve", "-",
           "republics", "x_1", "(CA)", " (OTS)", "[MC]", "2019", "Ä", ".", "s"]


@examples(500)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.data())
def test_every_mention_a_definition_follows_is_kept_in_order(pieces, data):
    text = "".join(pieces)
    ends = sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=8)))
    mentions = [TermMention(max(0, end - 1), end, text[max(0, end - 1):end], "c", "tr", "c")
                for end in ends]
    kept = mentions_before_brackets(text, mentions)
    assert kept == [m for m in mentions if m in kept]  # a subsequence, in order
    # mentions out of order take the other path, and keep the same ones
    assert mentions_before_brackets(text, mentions[::-1]) == kept[::-1]
    for mention in mentions:
        if _DEFINITION.match(text, mention.end) or _WORD_THEN_DEFINITION.match(text, mention.end):
            assert mention in kept


def test_a_text_without_a_bracketed_capital_keeps_none():
    text = "Central Asia (2019) and Central Asia [see below]"
    mentions = [TermMention(0, 12, "Central Asia", "c", "en", "Central Asia")]
    assert mentions_before_brackets(text, mentions) == []


# The guards' phrase patterns as first written: one regular expression per phrase.
def _plain_at_end(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?:^|\W)" + re.escape(_key(phrase)) + rf"(\w{{0,{_LONGEST_ENDING}}})$")


def _plain_at_start(phrase: str) -> re.Pattern[str]:
    return re.compile(re.escape(_key(phrase)) + rf"(\w{{0,{_LONGEST_ENDING}}})(?!\w)")


_GUARD_WORDS = st.text(alphabet="ab kKönseyi'nin.\u00e7_1\n", max_size=30)
_GUARD_PHRASES = st.lists(st.sampled_from(["konsey", "Güvenlik Konseyi", "a b", "nin", "ö", "",
                                           "a", "k k", "b_1"]), max_size=3)


@examples(600)
@given(_GUARD_WORDS, _GUARD_PHRASES)
def test_the_phrase_screen_keeps_what_the_pattern_finds(words, phrases):
    plain = any((found := _plain_at_end(p).search(words)) and _is_ending(found.group(1))
                for p in phrases)
    assert _ends_with_any(words, tuple(phrases)) == bool(plain)


@examples(600)
@given(_GUARD_WORDS, _GUARD_PHRASES)
def test_a_phrase_starts_the_words_where_the_pattern_finds_it(words, phrases):
    plain = any((found := _plain_at_start(p).match(words)) and _is_ending(found.group(1))
                for p in phrases)
    assert _starts_with_any(words, tuple(phrases)) == bool(plain)


@examples(300)
@given(st.text(alphabet="ab ", max_size=6), st.text(alphabet="ab _", min_size=12, max_size=16))
def test_a_long_or_short_ending_is_judged_as_the_pattern_does(start, tail):
    # endings near the twelve letters an ending may have, and phrases repeated in the text
    for words in (start + "a b" + tail, "a b" + tail, start + "a b a b" + tail[:3]):
        for phrase in ("a b", "b", "a"):
            found = _plain_at_end(phrase).search(words)
            expected = bool(found) and _is_ending(found.group(1))
            assert _ends_with_any(words, (phrase,)) == expected, (words, phrase)
            found = _plain_at_start(phrase).match(words)
            expected = bool(found) and _is_ending(found.group(1))
            assert _starts_with_any(words, (phrase,)) == expected, (words, phrase)


# The compound head's pattern as first written: the capital first.
_PLAIN_HEAD_OF_A_COMPOUND = re.compile(rf"[A-ZÇĞİÖŞÜ][{APOSTROPHES}]s[ıiuü](?![zZ])")


@examples(400)
@given(st.text(alphabet="NATOŞİs'’`´ıiuüzZa ", max_size=20))
def test_a_compound_head_is_found_where_the_plain_pattern_finds_one(text):
    assert ((HEAD_OF_A_COMPOUND.search(text) is None)
            == (_PLAIN_HEAD_OF_A_COMPOUND.search(text) is None))
