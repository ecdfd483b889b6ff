"""annotate_each: one scan over many texts gives exactly what annotate gives each text.

The batch path only decides which texts are worth reading; if its scan ever
missed a text that holds a mention, a Sphinx page would silently lose a link.
The texts below are cut from prose at arbitrary places, as inline markup cuts a
paragraph into text nodes, so names, endings and summit names fall across cuts.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import examples, prose

from caglossary import glossary
from caglossary.bib.library import load_bibliography
from caglossary.recognition.annotate import annotate, annotate_each

_SUMMITS = ["Türk Devletleri Teşkilatı 11. Zirvesi'nde", "ŞİÖ Astana Zirvesi", "the SCO summit",
            "Bishkek Summit of the Organization of Turkic States", "zirve", "summit"]
_DAMAGE = ["\ufffd", "Nah\u00e7\ufffdvan Anla\ufffdmas\ufffd", "Kazakis-\ntan", "-\n", "\u2029",
           "\u0307", "\u00ad", "1", "$anghay", "’ ", "Đ", "ii"]
# an acronym a text defines for itself, and its uses (recognition.localabbr)
_DEFINED = ["Central Asia (CA)", "Orta Koridor (OK)", " CA ", "CA's", "OK'nin", "(CA)"]
_piece = st.one_of(prose, st.sampled_from(_SUMMITS + _DAMAGE + _DEFINED))
_text = st.lists(_piece, max_size=8).map("".join)


@st.composite
def cut_texts(draw: st.DrawFn) -> list[str]:
    """A text cut into pieces at arbitrary places, plus whole texts around it."""
    text = draw(_text)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
    return draw(st.lists(_text, max_size=3)) + pieces + draw(st.lists(_text, max_size=3))


@pytest.fixture(scope="module")
def bibliography():
    return load_bibliography([], builtin=True)


@examples(300)
@given(cut_texts(), st.booleans(), st.booleans(), st.booleans(), st.sampled_from([True, None]))
def test_each_text_gets_what_annotate_gives_it(bibliography, texts, ocr, pdf_text, citations,
                                               screen):
    modes = {"ocr": ocr, "pdf_text": pdf_text, "citations": citations}
    one_by_one = [annotate(text, glossary(), bibliography, **modes) for text in texts]
    assert annotate_each(texts, glossary(), bibliography, **modes, screen=screen) == one_by_one


@examples(150)
@given(cut_texts(), st.booleans(), st.booleans(), st.sampled_from([True, None]))
def test_a_document_learner_fed_in_order_gives_what_annotate_gives(bibliography, texts, ocr,
                                                                    pdf_text, screen):
    modes = {"ocr": ocr, "pdf_text": pdf_text}
    learner = glossary().abbreviation_learner(ocr=ocr, pdf_text=pdf_text)
    one_by_one = [annotate(text, glossary(), bibliography, **modes, abbreviations=learner)
                  for text in texts]
    batch = annotate_each(texts, glossary(), bibliography, **modes, screen=screen,
                          abbreviations=glossary().abbreviation_learner(ocr=ocr,
                                                                        pdf_text=pdf_text))
    assert batch == one_by_one


def test_an_acronym_defined_in_one_text_is_read_in_the_next():
    texts = ["Uzbekistan puts Central Asia (CA) first.", "The ", "CA", " states meet."]
    learner = glossary().abbreviation_learner()
    found = annotate_each(texts, glossary(), None, screen=True, abbreviations=learner)
    assert [[(m.surface, m.concept) for m in a.terms] for a in found] == [
        [("Central Asia", "central-asia"), ("CA", "central-asia")], [],
        [("CA", "central-asia")], []]
    # without a learner each text stands alone, as annotate() reads it
    alone = annotate_each(texts, glossary(), None, screen=True)
    assert [len(a.terms) for a in alone] == [2, 0, 0, 0]


def test_texts_naming_nothing_are_not_read():
    texts = ["The build writes", " plain ", "pages; nothing here names a concept."] * 3
    found = annotate_each(texts, glossary(), None, screen=True)
    assert [(a.terms, a.citations) for a in found] == [([], [])] * len(texts)


def test_a_name_cut_by_markup_is_found_in_the_piece_that_holds_it():
    texts = ["Bugün ", "Şanghay İşbirliği Örgütü", "’nün ", "ŞİÖ", "."]
    found = annotate_each(texts, glossary(), None, screen=True)
    assert [[m.concept for m in a.terms] for a in found] == [[], ["sco"], [], ["sco"], []]


def test_terms_off_reads_only_citations(bibliography):
    texts = ["ŞİÖ (Cooley, 2012:79)", "ŞİÖ"]
    found = annotate_each(texts, glossary(), bibliography, terms=False)
    assert [a.terms for a in found] == [[], []]
    assert [len(a.citations) for a in found] == [1, 0]
