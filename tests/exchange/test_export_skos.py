"""SKOS export: rdflib parses it and the SKOS integrity rules we rely on hold."""

from __future__ import annotations

import pytest
import rdflib
from hypothesis import given
from hypothesis import strategies as st
from rdflib import RDF, SKOS, URIRef
from rdflib.compare import isomorphic

from caglossary import Concept, Glossary, LangSide
from caglossary.exchange import ExportError, export_glossary
from caglossary.exchange.skos import ascii_spelling, turtle_string

BASE = "https://w3id.org/caglossary/"


def parse(text: str, fmt: str = "turtle") -> rdflib.Graph:
    return rdflib.Graph().parse(data=text, format=fmt)


@pytest.fixture(scope="module")
def graph(mini):
    return parse(export_glossary(mini, "skos"))


def concepts(graph):
    return set(graph.subjects(RDF.type, SKOS.Concept))


def test_every_concept_is_in_the_scheme(graph, mini):
    scheme = URIRef(BASE)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    assert concepts(graph) == {URIRef(BASE + cid) for cid in mini.ids}
    assert all((c, SKOS.inScheme, scheme) in graph for c in concepts(graph))


def assert_skos_rules(graph) -> None:
    """One prefLabel per language, disjoint label sets, related targets that exist."""
    for concept in concepts(graph):
        langs = [label.language for label in graph.objects(concept, SKOS.prefLabel)]
        assert sorted(langs) == ["en", "tr"], concept
        kinds = [set(graph.objects(concept, p))
                 for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)]
        assert not (kinds[0] & kinds[1] or kinds[0] & kinds[2] or kinds[1] & kinds[2]), concept
    related = list(graph.subject_objects(SKOS.related))
    assert all(target in concepts(graph) for _, target in related)


def test_skos_rules_hold(graph):
    assert_skos_rules(graph)
    assert list(graph.subject_objects(SKOS.related))  # the fixture has see_also links


@pytest.mark.parametrize("prop, value, lang", [
    (SKOS.prefLabel, "Çifte Şanghay", "tr"),
    (SKOS.altLabel, "Şanghay İşbirliği Örgütü", "tr"),
])
def test_rule_checker_notices_breaches(mini, prop, value, lang):
    graph = parse(export_glossary(mini, "skos"))
    graph.add((URIRef(BASE + "sco"), prop, rdflib.Literal(value, lang=lang)))
    with pytest.raises(AssertionError):
        assert_skos_rules(graph)


def test_labels_of_one_concept(graph):
    sco = URIRef(BASE + "sco")

    def labels(prop, lang):
        return {str(v) for v in graph.objects(sco, prop) if v.language == lang}

    assert labels(SKOS.prefLabel, "tr") == {"Şanghay İşbirliği Örgütü"}
    assert labels(SKOS.altLabel, "tr") == {"Şanghay İş Birliği Örgütü", "ŞİÖ"}
    assert labels(SKOS.hiddenLabel, "tr") == {"Sanghay Isbirligi Orgutu",
                                               "Sanghay Is Birligi Orgutu", "SIO"}
    assert labels(SKOS.altLabel, "en") == {"SCO", "Shanghai Cooperation Organisation"}
    assert labels(SKOS.hiddenLabel, "en") == set()
    assert str(graph.value(sco, SKOS.notation)) == "sco"
    assert {str(d.language) for d in graph.objects(sco, SKOS.definition)} == {"tr", "en"}


def test_category_collections(graph):
    members = set(graph.objects(URIRef(BASE + "category/organisation"), SKOS.member))
    assert members == {URIRef(BASE + c) for c in ("sco", "shanghai-five", "eu", "nato")}


def test_jsonld_says_the_same_as_turtle(mini):
    turtle = parse(export_glossary(mini, "skos"))
    jsonld = parse(export_glossary(mini, "skos-jsonld"), "json-ld")
    assert len(turtle) > 100 and isomorphic(turtle, jsonld)


@pytest.mark.parametrize("base, concept_iri", [
    ("https://example.org/terms/", "https://example.org/terms/sco"),
    ("https://example.org/terms#", "https://example.org/terms#sco"),
    ("https://example.org/terms", "https://example.org/terms/sco"),
])
def test_base_iri_is_configurable(mini, base, concept_iri):
    graph = parse(export_glossary(mini, "skos", base_iri=base))
    assert (URIRef(concept_iri), RDF.type, SKOS.Concept) in graph


@pytest.mark.parametrize("base", ["w3id.org/caglossary/", "https://exa mple.org/", "https://x/<y>"])
def test_bad_base_iri_is_refused(mini, base):
    with pytest.raises(ExportError, match="base IRI"):
        export_glossary(mini, "skos", base_iri=base)


@pytest.mark.parametrize("written, ascii_form", [
    ("Şanghay Beşlisi", "Sanghay Beslisi"),
    ("ŞİÖ", "SIO"),
    ("çok vektörlü dış politika", "cok vektorlu dis politika"),
    ("Kâbil", "Kabil"),
    ("Türkiye'nin", "Turkiye'nin"),
    ("IŞIK", "ISIK"),
])
def test_ascii_spelling_keeps_case(written, ascii_form):
    assert ascii_spelling(written) == ascii_form


@given(st.text())
def test_any_text_survives_turtle_escaping(text):
    literal = turtle_string(text)
    graph = parse(f"<urn:s> <urn:p> {literal} .")
    assert str(next(iter(graph.objects()))) == text


def test_risky_strings_survive_both_syntaxes():
    risky = LangSide('Tırnak " ve \\ ters bölü', "satır\nsonu\tve \x07 zil")
    glossary = Glossary([Concept("risky", "concept", risky, LangSide("Risky", "d"))])
    concept = URIRef(BASE + "risky")
    for fmt, syntax in (("skos", "turtle"), ("skos-jsonld", "json-ld")):
        graph = parse(export_glossary(glossary, fmt), syntax)
        assert turkish_values(graph, concept, SKOS.prefLabel) == [risky.term]
        assert turkish_values(graph, concept, SKOS.definition) == [risky.definition]


def turkish_values(graph, subject, prop) -> list[str]:
    return [str(v) for v in graph.objects(subject, prop) if v.language == "tr"]


def test_builtin_glossary_keeps_the_skos_rules():
    import caglossary

    glossary = caglossary.glossary()
    graph = parse(export_glossary(glossary, "skos"))
    assert len(concepts(graph)) == len(glossary)
    assert_skos_rules(graph)


# --- the bundled glossary, as consumers see it -------------------------------------


@pytest.fixture(scope="module")
def full_graph():
    from caglossary import glossary

    return parse(export_glossary(glossary(), "skos"))


def test_related_links_go_both_ways(full_graph):
    links = set(full_graph.subject_objects(SKOS.related))
    assert links and {(b, a) for a, b in links} == links


def test_the_scheme_has_a_preferred_label_in_both_languages(full_graph):
    labels = {label.language for label in full_graph.objects(URIRef(BASE), SKOS.prefLabel)}
    assert labels == {"tr", "en"}


def test_no_two_labels_of_a_concept_differ_only_in_case(full_graph):
    from caglossary.text.turkish import tr_casefold

    for concept in concepts(full_graph):
        seen: dict[tuple[str, str | None], str] = {}
        for predicate in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for label in full_graph.objects(concept, predicate):
                for key in {tr_casefold(str(label)), str(label).casefold()}:
                    assert seen.setdefault((key, label.language), str(label)) == str(label), (
                        concept, label)


def test_a_variant_that_differs_only_in_case_is_left_out():
    side = LangSide("Interpol", "tanım", variants=("INTERPOL", "İnterpol"))
    graph = parse(export_glossary(Glossary([Concept("x", "concept", side,
                                                    LangSide("Interpol", "d"))]), "skos"))
    labels = {str(o) for o in graph.objects(URIRef(BASE + "x"), SKOS.altLabel)}
    assert "INTERPOL" not in labels


def test_skosify_reports_nothing(full_graph, caplog):
    skosify = pytest.importorskip("skosify")
    import logging

    with caplog.at_level(logging.INFO):
        skosify.skosify(parse(full_graph.serialize(format="turtle")))  # it edits in place
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO] == []
