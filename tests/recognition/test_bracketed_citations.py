"""Author–year citations in square brackets: ``[Cooley, 2012]``, ``(see [Cooley, 2012])``."""

from __future__ import annotations

import pytest

from caglossary.recognition.citations import find_citations


def _found(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(m.surface, m.keys, m.locators) for m in find_citations(text)]


@pytest.mark.parametrize("text, surface, keys, locators", [
    ("as shown [Cooley, 2012].", "[Cooley, 2012]", ("cooley2012great",), ("",)),
    ("(see [Cooley, 2012: 79])", "[Cooley, 2012: 79]", ("cooley2012great",), ("79",)),
    ("[Cooley 2012, s. 5]", "[Cooley 2012, s. 5]", ("cooley2012great",), ("5",)),
    ("[Cooley, 2012; Aydın, 2024]", "[Cooley, 2012; Aydın, 2024]",
     ("cooley2012great", "aydin2024sco"), ("", "")),
])
def test_a_bracketed_citation_reads_as_a_parenthetical_one(text, surface, keys, locators):
    assert _found(text) == [(surface, keys, locators)]


@pytest.mark.parametrize("text", [
    "Mackinder 1904 [1942] is a reprint",  # a bare year in brackets is no citation
    "[1] Cooley 2012",
    "the text [sic] and [Kazakistan, 2020]",
    "[see (Cooley, 2012)]",  # the parenthesis inside is the citation
])
def test_brackets_without_names_and_years_cite_nothing_of_their_own(text):
    assert all(not surface.startswith("[") for surface, _, _ in _found(text))


def test_bracketed_and_parenthesised_citations_come_in_text_order():
    text = "Cooley (2012) [Aydın, 2024] and (Cooley, 2012: 5)"
    assert [surface for surface, _, _ in _found(text)] == [
        "Cooley (2012)", "[Aydın, 2024]", "(Cooley, 2012: 5)"]


def test_an_unknown_author_in_brackets_is_reported_like_one_in_parentheses():
    (mention,) = find_citations("[Nobody, 2031]")
    assert mention.unresolved == find_citations("(Nobody, 2031)")[0].unresolved


def test_a_text_whose_only_citation_is_in_brackets_is_read_for_citations(mini):
    from caglossary.bib.library import bibliography
    from caglossary.recognition.annotate import annotate, may_cite

    text = "Bu konuda [Cooley, 2012: 79] yazıldı."
    assert may_cite(text)
    found = annotate(text, mini, bibliography())
    assert [c.surface for c in found.citations] == ["[Cooley, 2012: 79]"]
