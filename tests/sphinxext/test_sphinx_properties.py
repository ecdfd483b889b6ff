"""Properties of auto-linking: the text is never changed, links never overlap or nest."""

from __future__ import annotations

from docutils import nodes
from docutils.core import publish_doctree
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sphinx import addnodes

from caglossary import load_glossary
from caglossary.sphinxext.data import ProjectData
from caglossary.sphinxext.autolinks import auto_links, expanded
from caglossary.sphinxext.transforms import link_document, make_finder
from test_sphinx_support import BASIC_DATA

GLOSSARY = load_glossary([BASIC_DATA / "glossary.toml"], builtin=False)
PROJECT = ProjectData(GLOSSARY, None)
WORDS = ["Şanghay", "İşbirliği", "Örgütü'nün", "ŞİÖ", "SCO", "diyalog", "ortağı",
         "Kazakistan",
         "Çin'i", "çini", "Irak", "ırak", "İran", "NATO'nun", "multi-vector", "foreign",
         "policy", "ve", "the", "(Cooley,", "2012:79)", "[1]", "Kazakis-\ntan", "ortaklığı",
         "Türk", "*", "`", "_", "|", "—", "\n",
         # docutils' backslash escapes stay in text nodes as NUL + the character
         "\x00:", "\x00 ", "ŞİÖ\x00'nün", "\x00(Cooley,", "2012\x00:79)", "Şang\x00hay"]


def _paragraph_text(words: list[str]) -> str:
    return " ".join(words).replace("\n ", "\n").strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), min_size=1,
                max_size=4), st.sampled_from(["every", "section", "document"]))
def test_linking_never_changes_the_text(paragraphs, mode):
    doctree = publish_doctree("")
    for words in paragraphs:
        text = _paragraph_text(words) or "x"
        doctree += nodes.paragraph(text, text)
    before = doctree.astext()
    raw_before = "".join(str(text) for text in doctree.findall(nodes.Text))
    find = make_finder(PROJECT, ocr=False, terms=True, citations=False)
    link_document(doctree, find, mode=mode)
    assert doctree.astext() == before  # stored compactly ...
    assert "".join(str(text) for text in doctree.findall(nodes.Text)) == raw_before
    for node in list(doctree.findall(auto_links)):  # ... and as resolving will see them
        node.replace_self(expanded(node))
    assert doctree.astext() == before
    assert "".join(str(text) for text in doctree.findall(nodes.Text)) == raw_before
    for xref in doctree.findall(addnodes.pending_xref):
        assert not list(xref.findall(addnodes.pending_xref, include_self=False))
        assert xref["reftarget"] in GLOSSARY


def test_link_modes_on_a_small_tree():
    doctree = publish_doctree("A\n=\n\nŞİÖ ve ŞİÖ.\n\nB\n-\n\nŞİÖ.\n")
    find = make_finder(PROJECT, ocr=False, terms=True, citations=False)
    assert link_document(doctree.deepcopy(), find, mode="every") == 3
    assert link_document(doctree.deepcopy(), find, mode="section") == 2
    assert link_document(doctree.deepcopy(), find, mode="document") == 1
