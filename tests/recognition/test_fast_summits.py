"""The summit patterns with their look-aheads find what they found without them."""

from __future__ import annotations

import re
from functools import lru_cache

from hypothesis import given
from hypothesis import strategies as st

from caglossary import glossary
from caglossary.recognition.derived import derived_concepts
from caglossary.recognition.summits import SummitReader
from caglossary.recognition.summitwords import ORDINALS
from strategies import examples

# the look-aheads added in session 13, which only rule out what cannot match
_LOOK_AHEADS = ("(?=[A-ZÇĞİÖŞÜ])", "(?=(?i:[abdiosüy]))", "(?=(?i:[efnst]))")


def _without_look_aheads(pattern: str) -> re.Pattern[str]:
    for look_ahead in _LOOK_AHEADS:
        pattern = pattern.replace(look_ahead, "")
    return re.compile(pattern)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    reader = SummitReader(derived_concepts(list(glossary())), lambda *fields: fields)
    found = [(regex, _without_look_aheads(regex.pattern)) for regex in reader._regexes.values()]
    assert all(fast.pattern != plain.pattern for fast, plain in found)
    return found


_PIECES = ["Şanghay İşbirliği Örgütü", "ŞİÖ", "TDT", "SCO", "OTS", "'nin", "’in", " ", "  ", "\n",
           "5.", "11'inci", "6.", "Sekizinci", "SEKİZİNCİ", "on birinci", "İkinci", "ıkinci",
           "Fifth", "FIFTH", "fifteenth", "ſixth", "Astana", "ASTANA", "Bu", "Semerkant", "Türk",
           "Zirvesi", "ZİRVESİ", "zirvesinde", "Zirve", "Liderler", "Devlet Başkanları Konseyi",
           "Summit", "summit", "summits", "of the", "Informal", "the", "Bishkek", "2019", ","]


@examples(500)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_summit_patterns_find_the_same_matches(pieces):
    text = " ".join(pieces)
    for fast, plain in _patterns():
        assert ([(m.span(), m.groupdict()) for m in fast.finditer(text)]
                == [(m.span(), m.groupdict()) for m in plain.finditer(text)])


_ORDINAL_WORDS = {"tr": ["birinci", "ikinci", "üçüncü", "dördüncü", "beşinci", "altıncı",
                         "yedinci", "sekizinci", "dokuzuncu", "onuncu", "yirminci",
                         "on birinci", "yirmi dokuzuncu"],
                  "en": ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                         "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                         "fourteenth", "fifteenth"]}


def test_every_ordinal_word_in_any_case_is_still_read():
    for lang, words in _ORDINAL_WORDS.items():
        fast, plain = re.compile(ORDINALS[lang]), _without_look_aheads(ORDINALS[lang])
        for word in words:
            for spelled in (word, word.upper(), word.title(), word.replace("i", "İ"),
                            word.replace("i", "ı").upper(), word.replace("s", "ſ")):
                assert bool(fast.fullmatch(spelled)) == bool(plain.fullmatch(spelled)), spelled
            assert fast.fullmatch(word)


def test_no_character_the_case_blind_words_start_with_is_ruled_out():
    # every character a case-blind ordinal word can start with passes its look-ahead
    for lang, look_ahead in (("tr", "(?i:[abdiosüy])"), ("en", "(?i:[efnst])")):
        firsts = {word[0] for word in _ORDINAL_WORDS[lang]}
        starts = re.compile("(?i:[" + "".join(sorted(firsts)) + "])")
        passes = re.compile(look_ahead)
        for code in range(0x110000):
            if starts.fullmatch(chr(code)):
                assert passes.fullmatch(chr(code)), (lang, hex(code))
