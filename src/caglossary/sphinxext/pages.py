"""The glossary page: the concepts used (or all), letter groups, grouped back-links.

The links made here are finished ``reference`` nodes (references were
already resolved when :mod:`.placeholders` calls in).
"""

from __future__ import annotations

from itertools import groupby
from collections.abc import Sequence
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.util.texescape import tex_replace_map

from ..text.turkish import initial_letter
from ..bib.csl import cite_text
from .domain import CagDomain, cite_anchor
from .htmllinks import writes_html
from .i18n import translator
from .indexing import index_entries
from .links import internal_address, internal_reference
from .nodes import counted_links

__all__ = ["Page", "citation_style", "glossary", "letter_anchor"]

_LETTER_NAMES = {"Ç": "c-cedilla", "Ğ": "g-breve", "I": "dotless-i", "İ": "i-dot",
                 "Ö": "o-umlaut", "Ş": "s-cedilla", "Ü": "u-umlaut", "0–9": "digits"}


def letter_anchor(lang: str, letter: str) -> str:
    """An ASCII anchor for a letter heading (``cag-letter-tr-s-cedilla``)."""
    # Any other letter is named by its code points, so two scripts' initials (Б, Д)
    # never share an id.
    name = _LETTER_NAMES.get(letter) or (letter.lower() if letter.isascii() and letter.isalnum()
                                         else "-".join(f"u{ord(ch):04x}" for ch in letter))
    return f"cag-letter-{lang}-{name}"


def latex_label(docname: str, anchor: str) -> str:
    """The label Sphinx's LaTeX writer gives *anchor* on *docname* (its own escaping)."""
    text = f"{docname}:{anchor}".translate(tex_replace_map)
    text = text.encode("ascii", "backslashreplace").decode("ascii")
    return r"\detokenize{%s}" % text.replace("\\", "_")


class Page:
    """What building one page's nodes needs: where we are and how to say things."""

    def __init__(self, app: Any, fromdocname: str, home: str = "") -> None:
        self.builder = app.builder
        self.env = app.env
        # the page holding the directive; LaTeX resolves the whole book from the
        # root document, so the document being written may be another one
        self.docname = home or fromdocname
        self.fromdocname = fromdocname
        self.domain: CagDomain = app.env.get_domain("cag")
        self.lang = self.domain.language
        self._ = translator(self.lang)
        self._titles: dict[str, str] = {}

    def link(self, todocname: str, anchor: str, text: str, classes: tuple[str, ...] = ()
             ) -> nodes.reference:
        # LaTeX resolves the whole book from its root document: a link to that
        # document must still name it, or it becomes a label of the current file
        latex = self.builder.format == "latex"
        fromdoc = "" if latex else self.fromdocname
        # in a PDF, the glossary's sources, see-also terms and back-links are set
        # as the prose's links are (caglossary_latex_term_style), not in the
        # italics of Sphinx's \sphinxcrossref
        child = nodes.inline(text, text, classes=["cag-link"]) if latex else nodes.Text(text)
        refnode = internal_reference(self.builder, fromdoc, todocname, anchor, child)
        refnode["classes"].extend(classes)
        return refnode

    def counted_link(self, todocname: str, anchor: str, count: int, classes: tuple[str, ...]
                     ) -> list[nodes.Node]:
        """A back-link to a page by its title, with how often it refers here.

        In a PDF the page number follows, so a printed reader can find it.
        """
        out: list[nodes.Node] = [self.link(todocname, anchor, self.title_of(todocname),
                                           classes)]
        out.append(nodes.inline(f" ({count})", f" ({count})", classes=["cag-count"]))
        if self.builder.format == "latex":
            label = latex_label(todocname, anchor)
            out.append(nodes.raw("", r", \autopageref*{%s}" % label, format="latex"))
        return out

    def counted_links(self, places: Sequence[tuple[str, str, int]], classes: tuple[str, ...],
                      separator: str, wrap: str = "") -> list[nodes.Node]:
        """:meth:`counted_link` for each (docname, anchor, count), *separator* between them.

        *wrap* puts each link and its count in an ``inline`` of that class.
        """
        if writes_html(self.builder):
            links = [(*internal_address(self.builder, self.fromdocname, doc, anchor),
                      self.title_of(doc), count) for doc, anchor, count in places]
            return [counted_links(links=links, link_classes=list(classes), separator=separator,
                                  wrap=wrap)]
        out: list[nodes.Node] = []
        for index, (doc, anchor, count) in enumerate(places):
            if index:
                out.append(nodes.Text(separator))
            linked = self.counted_link(doc, anchor, count, classes)
            out += [nodes.inline("", "", *linked, classes=[wrap])] if wrap else linked
        return out

    def title_of(self, docname: str) -> str:
        if docname not in self._titles:  # a back-link list names the same pages again and again
            title = self.env.titles.get(docname)
            self._titles[docname] = title.astext() if title is not None else docname
        return self._titles[docname]

    def labelled(self, label: str, items: Sequence[nodes.Node], classes: str,
                 separator: str = ", ") -> nodes.paragraph:
        para = nodes.paragraph(classes=[classes])
        para += nodes.strong(label, label)
        para += nodes.Text(": ")
        for index, item in enumerate(items):
            if index and separator:
                para += nodes.Text(separator)
            para += item
        return para


# -- glossary -------------------------------------------------------------------

def glossary(page: Page, lang: str) -> nodes.Element:
    shown = page.domain.shown_concepts(page.docname)
    concepts = [c for c in page.domain.project.glossary.sorted_by(lang) if c.id in shown]
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
        entries.extend(_entry(page, concept, lang, used=shown[concept.id]) for concept in items)
        root += entries
    return root


def _letter_bar(page: Page, lang: str, letters: list[str]) -> nodes.paragraph:
    bar = nodes.paragraph(classes=["cag-letters"])
    for index, letter in enumerate(letters):
        if index:
            bar += nodes.Text(" · ")
        bar += page.link(page.docname, letter_anchor(lang, letter), letter)
    return bar


def _index_node(page: Page, concept: Any, anchor: str) -> nodes.Element:
    # LaTeX writes \index from these nodes; HTML's general index reads the
    # entries the build noted in the index domain (see indexing.py).
    entries = [(kind, text, anchor, main, key) for kind, text, _, main, key
               in index_entries(concept)]
    config = page.env.config
    if not config.latex_use_xindy:  # makeindex: see latexindex.py
        from .latexindex import makeindex_entries

        raw = makeindex_entries(entries, page.lang, config.latex_engine)
        return nodes.raw("", raw + "\n", format="latex")
    return addnodes.index(entries=entries, inline=False)


def _term_line(page: Page, concept: Any, lang: str, used: bool) -> nodes.term:
    other_lang = "en" if lang == "tr" else "tr"
    anchor = page.domain.view_anchor(page.docname, lang, concept.id)
    term = nodes.term("", "", ids=[anchor], classes=["cag-entry-term"])
    term += nodes.strong(concept.label(lang), concept.label(lang))
    term += nodes.Text(" — ")
    other = concept.label(other_lang)
    term += nodes.emphasis(other, other, classes=[f"cag-{other_lang}"])
    if not used:
        note = page._("only referred to by “See also”")
        term += nodes.Text(" ")
        term += nodes.inline(note, f"[{note}]", classes=["cag-see-also-only"])
    if page.builder.format == "latex" and page.env.config.caglossary_index_terms \
            and anchor == page.domain.view_anchor(page.docname, page.lang, concept.id):
        term += _index_node(page, concept, anchor)
    return term


def _entry(page: Page, concept: Any, lang: str, used: bool = True
           ) -> nodes.definition_list_item:
    item = nodes.definition_list_item(classes=["cag-entry"] + ([] if used
                                                               else ["cag-entry-see-also"]))
    item += _term_line(page, concept, lang, used)
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


def _see_also(page: Page, concept: Any, lang: str) -> nodes.paragraph | None:
    glossary = page.domain.project.glossary
    shown = page.domain.shown_concepts(page.docname)
    links: list[nodes.Node] = [
        page.link(page.docname, page.domain.view_anchor(page.docname, lang, other),
                  glossary[other].side(lang).term, ("cag-see-also",)) if other in shown
        else nodes.Text(glossary[other].side(lang).term)
        for other in concept.see_also if other in glossary]
    return page.labelled(page._("See also"), links, "cag-see-also-line") if links else None


def _sources(page: Page, concept: Any) -> nodes.paragraph | None:
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
        label = cite_text([reference], [source.pages], style=citation_style(page),
                          lang=page.lang, bibliography=project.bibliography)
        todoc = page.domain.bibliography_doc(page.docname, source.key)
        items.append(page.link(todoc, cite_anchor(source.key), label, ("cag-source",))
                     if todoc else nodes.Text(label))
    return page.labelled(page._("Sources"), items, "cag-sources-line") if items else None


def _used_in(page: Page, concept: Any) -> nodes.paragraph | None:
    """One link per page that mentions the concept, with how many mentions it has."""
    terms = page.domain.data["terms"]
    anchor = f"cag-use-{concept.id}"
    places = [(doc, anchor, terms[doc][concept.id]) for doc in page.domain.pages_using(concept.id)]
    if not places:
        return None
    links = page.counted_links(places, ("cag-used-in",), ", ", wrap="cag-place")
    return page.labelled(page._("Used in"), links, "cag-used-in-line", separator="")




def citation_style(page: Page) -> str:
    """The project's CSL style (``caglossary_citation_style``)."""
    return str(page.env.config.caglossary_citation_style)
