"""The summit reader kept in the cache folder reads summits exactly as when built."""

from __future__ import annotations

from caglossary import glossary
from caglossary.recognition import summitcache
from caglossary.recognition.derived import derived_concepts
from caglossary.recognition.summits import SummitReader
from caglossary.recognition.terms import TermMatcher, TermMention

TEXTS = [
    "ŞİÖ'nün 24. Zirvesi Astana'da yapıldı; Tiencin Zirvesi'nde ise liderler buluştu.",
    "Türk Devletleri Teşkilatı'nın 11. Zirvesi Semerkant'ta toplandı. Astana zirvesinde…",
    "The SCO Samarkand Summit and the 10th Summit of the Organization of Turkic States.",
    "Türk Dili Konuşan Ülkeler Devlet Başkanları 10. Zirvesi Bakü'de yapıldı.",
    "NATO ZİRVESİ ile TİENCİN ZİRVESİ aynı hafta; ŞİÖ Olağanüstü Zirvesi ertesi gün.",
]


def _reader_file(concepts):
    return summitcache._cache_folder() / f"{summitcache._key(concepts)}.marshal"


def test_a_reader_read_from_the_cache_holds_what_a_built_one_holds():
    concepts = list(glossary())
    built = SummitReader(derived_concepts(concepts), TermMention)
    summitcache.cached_summit_reader(concepts, TermMention)  # writes the file
    assert _reader_file(concepts).is_file()
    cached = summitcache.cached_summit_reader(concepts, TermMention)
    assert cached.state() == built.state()
    assert bool(cached) and bool(built)


def test_a_cached_matcher_finds_the_summits_a_built_one_finds():
    concepts = list(glossary())
    cached, built = TermMatcher(concepts, cached=True), TermMatcher(concepts)
    for text in TEXTS:
        assert cached.find(text) == built.find(text)
    assert any(m.concept for text in TEXTS for m in cached.find(text)
               if "zirve" in m.surface.casefold() or "summit" in m.surface.casefold())


def test_a_damaged_reader_file_is_built_again():
    concepts = list(glossary())[:60]
    summitcache.cached_summit_reader(concepts, TermMention)
    target = _reader_file(concepts)
    target.write_bytes(target.read_bytes()[:-10] + b"0123456789")
    again = summitcache.cached_summit_reader(concepts, TermMention)
    assert again.state() == SummitReader(derived_concepts(concepts), TermMention).state()


def test_other_concepts_get_another_reader_file():
    concepts = list(glossary())
    assert _reader_file(concepts) != _reader_file(concepts[1:])
