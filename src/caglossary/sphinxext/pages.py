"""Fill the glossary and bibliography placeholders when a page is written.

Runs at ``doctree-resolved``, after every document has been read, so "used
in" and "cited in" back-links see the whole project. The links made here are
finished ``reference`` nodes (references were already resolved).
"""

from __future__ import annotations

import re
from itertools import groupby
from collections.abc import Sequence
from typing import Any

from docutils import nodes
from sphinx.util.nodes import make_refnode

from ..text.turkish import initial_letter
from ..bib.render import full_text, in_text, split_status_mark
from .data import reference_status
from .domain import CagDomain, cite_anchor, term_anchor
from .i18n import translator
from .nodes import bibliography_placeholder, glossary_placeholder

__all__ = ["fill_placeholders", "letter_anchor"]

_LETTER_NAMES = {"Ç": "c-cedilla", "Ğ": "g-breve", "I": "dotless-i", "İ": "i-dot",
                 "Ö": "o-umlaut", "Ş": "s-cedilla", "Ü": "u-umlaut", "0–9": "digits"}
_URL = re.compile(r"https?://\S+[^\s.,;)]")


def letter_anchor(lang: str, letter: str) -> str:
    """An ASCII anchor for a letter heading (``cag-letter-tr-s-cedilla``)."""
    # Any other letter is named by its code points, so two scripts' initials (Б, Д)
    # never share an id.
    name = _LETTER_NAMES.get(letter) or (letter.lower() if letter.isascii() and letter.isalnum()
                                         else "-".join(f"u{ord(ch):04x}" for ch in letter))
    return f"cag-letter-{lang}-{name}"


class _Page:
    """What building one page's nodes needs: where we are and how to say things."""

    def __init__(self, app: Any, fromdocname: str) -> None:
        self.builder = app.builder
        self.env = app.env
        self.docname = fromdocname
        self.domain: CagDomain = app.env.get_domain("cag")
        self.lang = self.domain.language
        self._ = translator(self.lang)

    def link(self, todocname: str, anchor: str, text: str, classes: tuple[str, ...] = ()
             ) -> nodes.reference:
        refnode = make_refnode(self.builder, self.docname, todocname, anchor,
                               nodes.Text(text))
        refnode["classes"].extend(classes)
        return refnode

    def title_of(self, docname: str) -> str:
        title = self.env.titles.get(docname)
        return title.astext() if title is not None else docname

    def labelled(self, label: str, items: Sequence[nodes.Node], classes: str) -> nodes.paragraph:
        para = nodes.paragraph(classes=[classes])
        para += nodes.strong(label, label)
        para += nodes.Text(": ")
        for index, item in enumerate(items):
            if index:
                para += nodes.Text(", ")
            para += item
        return para


def fill_placeholders(app: Any, doctree: nodes.document, fromdocname: str) -> None:
    page = None
    for node in list(doctree.findall(glossary_placeholder)):
        page = page or _Page(app, fromdocname)
        node.replace_self(_glossary(page, node["lang"]))
    for bib_node in list(doctree.findall(bibliography_placeholder)):
        page = page or _Page(app, fromdocname)
        bib_node.replace_self(_bibliography(page, bib_node["which"], bib_node["scope"]))


# -- glossary -------------------------------------------------------------------

def _glossary(page: _Page, lang: str) -> nodes.Element:
    concepts = page.domain.project.glossary.sorted_by(lang)
    root = nodes.container(classes=["cag-glossary", f"cag-glossary-{lang}"])
    if not concepts:
        root += nodes.paragraph(text=page._("No entries."))
        return root
    groups = [(letter, list(items)) for letter, items in
              groupby(concepts, key=lambda c: initial_letter(c.side(lang).term, lang))]
    if page.builder.format == "html":
        root += _letter_bar(page, lang, [letter for letter, _ in groups])
    for letter, items in groups:
        rubric = nodes.rubric(letter, letter, ids=[letter_anchor(lang, letter)])
        root += rubric
        entries = nodes.definition_list(classes=["cag-glossary-entries"])
        entries.extend(_entry(page, concept, lang) for concept in items)
        root += entries
    return root


def _letter_bar(page: _Page, lang: str, letters: list[str]) -> nodes.paragraph:
    bar = nodes.paragraph(classes=["cag-letters"])
    for index, letter in enumerate(letters):
        if index:
            bar += nodes.Text(" · ")
        bar += page.link(page.docname, letter_anchor(lang, letter), letter)
    return bar


def _term_line(page: _Page, concept: Any, lang: str) -> nodes.term:
    other_lang = "en" if lang == "tr" else "tr"
    anchor = page.domain.view_anchor(page.docname, lang, concept.id)
    term = nodes.term("", "", ids=[anchor], classes=["cag-entry-term"])
    term += nodes.strong(concept.label(lang), concept.label(lang))
    term += nodes.Text(" — ")
    other = concept.label(other_lang)
    term += nodes.emphasis(other, other, classes=[f"cag-{other_lang}"])
    return term


def _entry(page: _Page, concept: Any, lang: str) -> nodes.definition_list_item:
    item = nodes.definition_list_item(classes=["cag-entry"])
    item += _term_line(page, concept, lang)
    body = nodes.definition()
    for side_lang in (lang, "en" if lang == "tr" else "tr"):
        text = concept.side(side_lang).definition
        if text:
            body += nodes.paragraph(text, text, classes=[f"cag-definition-{side_lang}"])
    _extend(body, _see_also(page, concept, lang))
    _extend(body, _sources(page, concept))
    _extend(body, _used_in(page, concept))
    item += body
    return item


def _extend(body: nodes.Element, para: nodes.Node | None) -> None:
    if para is not None:
        body += para


def _see_also(page: _Page, concept: Any, lang: str) -> nodes.paragraph | None:
    glossary = page.domain.project.glossary
    links = [page.link(page.docname, page.domain.view_anchor(page.docname, lang, other),
                       glossary[other].side(lang).term,
                       ("cag-see-also",))
             for other in concept.see_also if other in glossary]
    return page.labelled(page._("See also"), links, "cag-see-also-line") if links else None


def _sources(page: _Page, concept: Any) -> nodes.paragraph | None:
    project = page.domain.project
    items: list[nodes.Node] = []
    for source in concept.sources:
        if source.url:
            link = nodes.reference(source.url, source.url, refuri=source.url,
                                   classes=["cag-source", "external"])
            items.append(link)
            continue
        reference = project.reference(source.key)
        if reference is None:
            text = f"{source.key}:{source.pages}" if source.pages else source.key
            items.append(nodes.Text(text))
            continue
        label = in_text([reference], [source.pages], lang=page.lang,
                        bibliography=project.bibliography)
        todoc = page.domain.bibliography_doc(page.docname, source.key)
        items.append(page.link(todoc, cite_anchor(source.key), label, ("cag-source",))
                     if todoc else nodes.Text(label))
    return page.labelled(page._("Sources"), items, "cag-sources-line") if items else None


def _used_in(page: _Page, concept: Any) -> nodes.paragraph | None:
    links = [page.link(doc, f"cag-use-{concept.id}", page.title_of(doc), ("cag-used-in",))
             for doc in page.domain.pages_using(concept.id)]
    return page.labelled(page._("Used in"), links, "cag-used-in-line") if links else None


# -- bibliography ---------------------------------------------------------------

def _bibliography(page: _Page, which: str, scope: str) -> nodes.Element:
    project = page.domain.project
    root = nodes.container(classes=["cag-bibliography"])
    if project.bibliography is None:
        root += nodes.paragraph(text=page._("No entries."))
        return root
    wanted = page.domain.cited_keys(page.docname if scope == "page" else None)
    shown = [r for r in project.bibliography if which == "all" or r.key in wanted]
    if not shown:
        root += nodes.paragraph(text=page._("No entries."))
    for reference in shown:
        root += _bib_entry(page, reference, project.bibliography)
    return root


def _linkified(text: str) -> list[nodes.Node]:
    pieces: list[nodes.Node] = []
    pos = 0
    for match in _URL.finditer(text):
        pieces.append(nodes.Text(text[pos:match.start()]))
        pieces.append(nodes.reference(match.group(), match.group(), refuri=match.group()))
        pos = match.end()
    pieces.append(nodes.Text(text[pos:]))
    return [p for p in pieces if p.astext() or isinstance(p, nodes.reference)]


def _bib_entry(page: _Page, reference: Any, bibliography: Any) -> nodes.paragraph:
    status = reference_status(reference)
    para = nodes.paragraph(classes=["cag-reference", f"cag-status-{status}"])
    para += nodes.target("", "", ids=[cite_anchor(reference.key)])
    text = full_text(reference, lang=page.lang, bibliography=bibliography)
    text, mark = split_status_mark(text, status, page.lang)
    para.extend(_linkified(text))
    if status != "verified":
        mark = mark or f"[{page._('unverified')}]"
        para += nodes.Text(" ")
        para += nodes.inline(mark, mark, classes=[f"cag-{status}"])
    backlinks = _cited_in(page, reference.key)
    if backlinks:
        para += nodes.Text(" ")
        para += nodes.inline("", "", *_cited_in_nodes(page, backlinks),
                             classes=["cag-cited-in"])
    return para


def _cited_in(page: _Page, key: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(docname, [(anchor, label)]) of every place citing *key*, docs in name order."""
    places = []
    for doc in sorted(page.domain.data["cites"]):
        anchors = [a for a, keys in page.domain.data["cites"][doc] if key in keys]
        if anchors:
            places.append((doc, [(a, str(n)) for n, a in enumerate(anchors, start=1)]))
    concepts = page.domain.glossary_sources().get(key, [])
    glossary_doc = page.domain.glossary_doc(page.docname) if concepts else None
    if glossary_doc:
        glossary = page.domain.project.glossary
        places.append((glossary_doc, [(term_anchor(c), glossary[c].side(page.lang).term)
                                      for c in concepts]))
    return places


def _cited_in_nodes(page: _Page, places: list[tuple[str, list[tuple[str, str]]]]
                    ) -> list[nodes.Node]:
    out: list[nodes.Node] = [nodes.Text(f"{page._('Cited in')}: ")]
    for index, (doc, anchors) in enumerate(places):
        if index:
            out.append(nodes.Text("; "))
        out.append(page.link(doc, anchors[0][0], page.title_of(doc), ("cag-backlink",)))
        if len(anchors) > 1 or not anchors[0][1].isdigit():
            out.append(nodes.Text(" ("))
            for number, (anchor, label) in enumerate(anchors):
                if number:
                    out.append(nodes.Text(", "))
                out.append(page.link(doc, anchor, label, ("cag-backlink",)))
            out.append(nodes.Text(")"))
    return out
