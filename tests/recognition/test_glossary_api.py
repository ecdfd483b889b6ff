"""The Python API of the glossary: lookup, get, search, ordering, user files."""

from __future__ import annotations

import pytest
from lookup_cases import LOOKUPS

import caglossary
from caglossary import ConceptNotFound, glossary
from caglossary.text.turkish import sort_key


@pytest.mark.parametrize("query, concept", [
    *LOOKUPS,
    ("  “diyalog ortakları”  ", "dialogue-partner"),
    ("şiö'nün", "sco"),
    ("Türk Konseyi", "ots"),
    ("sco", "sco"),  # an id is a query too
])
def test_lookup(query, concept):
    assert glossary().lookup(query).id == concept
    assert glossary().get(query).id == concept


def test_glossary_is_cached_and_sized():
    assert caglossary.glossary() is caglossary.glossary()
    assert 150 <= len(glossary()) <= 1000  # a sanity range, not a target: readings add concepts


@pytest.mark.parametrize("query", ["qwzxyv", "", "   ", "diyalog ortaklık statüsü yok"])
def test_get_returns_none(query):
    assert glossary().get(query) is None


def test_lookup_raises_with_the_query_and_suggestions():
    with pytest.raises(ConceptNotFound) as caught:
        glossary().lookup("Sangay Beşlis")
    error = caught.value
    assert error.key == error.query == "Sangay Beşlis"
    assert "Şanghay Beşlisi" in error.suggestions
    assert isinstance(error, caglossary.CaglossaryError) and isinstance(error, LookupError)


def test_getitem_by_id():
    assert glossary()["sco"].en.abbr == ("SCO",)
    with pytest.raises(ConceptNotFound):
        glossary()["no-such-id"]


def test_search_ranks_exact_before_partial_and_is_stable():
    results = glossary().search("Şanghay")
    ids = [c.id for c in results]
    assert ids[0] in {"shanghai-five", "sco", "shanghai-spirit"}
    assert {"shanghai-five", "sco", "shanghai-spirit"} <= set(ids)
    assert glossary().search("Şanghay") == results  # same order every time
    assert glossary().search("SCO")[0].id == "sco"
    assert glossary().search("Shanghai Five", limit=1)[0].id == "shanghai-five"
    assert glossary().search("") == []


def test_search_ties_keep_turkish_order():
    results = glossary().search("politika")
    scores = {}
    for concept in results:
        scores.setdefault(glossary()._score(concept, "politika",
                                            __import__("re").compile(r"\bpolitika")), []).append(
            concept.tr.term)
    for terms in scores.values():
        assert terms == sorted(terms, key=lambda t: sort_key(t, "tr"))


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_sorted_by(lang):
    terms = [c.side(lang).term for c in glossary().sorted_by(lang)]
    assert terms == sorted(terms, key=lambda t: sort_key(t, lang))
    assert len(terms) == len(glossary())


def test_turkish_order_puts_dotless_and_dotted_i_apart():
    terms = [c.tr.term for c in glossary().sorted_by("tr")]
    i_dotless = [t for t in terms if t[:1] in "Iı"]
    i_dotted = [t for t in terms if t[:1] in "İi"]
    if i_dotless and i_dotted:
        assert terms.index(i_dotless[-1]) < terms.index(i_dotted[0])
    assert terms.index("çok vektörlü dış politika") < terms.index("diyalog ortağı")
    assert terms.index("Şanghay Beşlisi") > terms.index("sinofobi")


def test_every_concept_has_both_definitions_and_a_source():
    for concept in glossary():
        assert concept.tr.definition and concept.en.definition, concept.id
        assert concept.sources, concept.id


def test_json_shape():
    data = glossary()["dialogue-partner"].as_json()
    assert list(data) == ["id", "category", "tr", "en", "see_also", "sources"]
    assert list(data["tr"]) == ["term", "abbr", "variants", "guarded", "definition"]
