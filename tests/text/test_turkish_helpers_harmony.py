"""harmony_vowels: the suffix vowels a word takes, shared by the wording rules."""

from __future__ import annotations

import pytest

from caglossary.text.turkish import harmony_vowels


@pytest.mark.parametrize(("word", "vowels"), [
    ("Rusya", ("a", "ı")), ("Türkiye", ("e", "i")), ("Örgüt", ("e", "ü")),
    ("Teşkilat", ("a", "ı")), ("Konsol", ("a", "u")), ("İŞBİRLİĞİ", ("e", "i")),
    ("ABD", ("a", "ı")),  # no vowel: the back vowels
])
def test_suffix_vowels_follow_the_last_vowel(word, vowels):
    assert harmony_vowels(word) == vowels
