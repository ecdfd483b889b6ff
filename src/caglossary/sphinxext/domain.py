"""The ``cag`` domain: link resolution over the pages' records (:mod:`.domainstate`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from docutils import nodes
from sphinx.domains import ObjType

from ..bib.csl import entry_text
from .domainstate import DomainState, cite_anchor, term_anchor
from .links import Destination, destination_node
from .roles import CiteRole, TermRole

__all__ = ["CagDomain", "cag_domain", "cite_anchor", "term_anchor"]


class CagDomain(DomainState):
    """Glossary concepts and references, and the pages that mention them."""

    name = "cag"
    label = "caglossary"
    object_types = {"term": ObjType("term", "term"), "reference": ObjType("reference", "cite")}
    roles = {"term": TermRole(), "cite": CiteRole()}

    # -- resolution --------------------------------------------------------
    # Returning the bare content (not a reference) for a link with no target page
    # is deliberate: the words stay, unlinked; Sphinx's stubs only allow references.
    def resolve_xref(  # type: ignore[override]
            self, env: Any, fromdocname: str, builder: Any, typ: str, target: str,
            node: Any, contnode: nodes.Node) -> nodes.Element | None:
        if typ not in ("term", "cite"):
            return None
        return self._resolved(fromdocname, builder, typ, target, node, contnode)

    def _resolved(self, fromdocname: str, builder: Any, typ: str, target: str, node: Any,
                  contnode: nodes.Node) -> nodes.Element:
        anaphor = bool(node.get("cag_anaphor"))
        if typ == "term":
            destination = self.term_destination(fromdocname, target, node.get("cag_lang") or "",
                                                anaphor)
        else:
            destination = self.cite_destination(fromdocname, list(node.get("cag_keys") or [target]),
                                                anaphor)
        return destination_node(builder, fromdocname, destination, _as_element(contnode),
                                node.get("ids", ()))

    def auto_link_destination(self, fromdocname: str, link: Any) -> Destination:
        """Where an automatic link (an ``autolinks.LinkSpec``) goes, as :meth:`resolve_xref`
        resolves the ``pending_xref`` it would become."""
        if link.kind == "term":
            return self.term_destination(fromdocname, link.target, link.lang, link.anaphor)
        return self.cite_destination(fromdocname, list(link.keys) or [link.target], link.anaphor)

    def term_destination(self, fromdocname: str, target: str, lang: str, anaphor: bool = False
                         ) -> Destination:
        """The glossary entry a mention of concept *target* in language *lang* links to."""
        todoc = self.glossary_doc(fromdocname)
        # a project's pages link the same few hundred concepts thousands of times
        memo = self.__dict__.setdefault("_destination_memo", {})
        key = (todoc, target, lang, anaphor)
        if key not in memo:
            memo[key] = self._term_destination(todoc, target, lang, anaphor)
        return memo[key]

    def _term_destination(self, todoc: str | None, target: str, lang: str, anaphor: bool
                          ) -> Destination:
        glossary = self.project.glossary
        concept = glossary[target] if target in glossary else None
        if concept is None or todoc is None or concept.id not in self.shown_concepts(todoc):
            return _NOWHERE["term"]
        return Destination(todoc, term_anchor(concept.id),
                           self._tooltip(concept, lang or self.language), _classes("term", anaphor))

    def cite_destination(self, fromdocname: str, keys: list[str], anaphor: bool = False
                         ) -> Destination:
        """The bibliography entry a citation of *keys* links to (the first key's)."""
        todoc = self.bibliography_doc(fromdocname, keys[0])
        references = [r for r in (self.project.reference(k) for k in keys) if r is not None]
        if todoc is None or not references:
            return _NOWHERE["cite"]
        bibliography = self.project.bibliography
        style = self.env.config.caglossary_citation_style
        title = " ; ".join(entry_text(r, style=style, lang=self.language,
                                      bibliography=bibliography) for r in references)
        return Destination(todoc, cite_anchor(keys[0]), title, _classes("cite", anaphor))

    def _tooltip(self, concept: Any, lang: str) -> str:
        memo = self.__dict__.setdefault("_tooltip_memo", {})
        if (concept.id, lang) not in memo:
            memo[concept.id, lang] = term_tooltip(concept, lang)
        return memo[concept.id, lang]

    def resolve_any_xref(  # type: ignore[override]  # see resolve_xref
            self, env: Any, fromdocname: str, builder: Any, target: str,
            node: Any, contnode: nodes.Element) -> list[tuple[str, nodes.Element]]:
        results: list[tuple[str, nodes.Element]] = []
        concept = self.project.glossary.get(target)
        if concept is not None and self.glossary_doc(fromdocname):
            results.append(("cag:term", self._resolved(fromdocname, builder, "term", concept.id,
                                                       node, contnode)))
        if self.project.reference(target) is not None and self.bibliography_doc(fromdocname,
                                                                                target):
            results.append(("cag:cite", self._resolved(fromdocname, builder, "cite", target,
                                                       node, contnode.deepcopy())))
        return results

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        # In data order: Sphinx sorts what this yields (search index, objects.inv),
        # and sorting every concept the Turkish way cost a one-page build 30 M.
        glossary_doc = self.glossary_doc("")
        if glossary_doc:
            shown = self.shown_concepts(glossary_doc)
            glossary = self.project.glossary
            for cid in glossary.ids:
                if cid not in shown:
                    continue
                name = glossary[cid].side(self.language).term
                yield cid, name, "term", glossary_doc, term_anchor(cid), 1
        for key in sorted(self.cited_keys()):
            doc = self.bibliography_doc("", key)
            if doc:
                yield key, key, "reference", doc, cite_anchor(key), 1


def _classes(kind: str, anaphor: bool) -> tuple[str, ...]:
    return (f"cag-{kind}", "cag-anaphor") if anaphor else (f"cag-{kind}",)


# with no glossary or bibliography page to point at, a link keeps its text, marked
_NOWHERE = {kind: Destination("", "", "", (f"cag-{kind}-unlinked",)) for kind in ("term", "cite")}


def _as_element(contnode: nodes.Node) -> nodes.Element:
    """The link's content as an inline: automatic links keep bare text until resolved."""
    if isinstance(contnode, nodes.Element):
        return contnode
    return nodes.inline(contnode.astext(), "", contnode)


def term_tooltip(concept: Any, mention_lang: str) -> str:
    """Other-language term, then the first sentence of the definition in the mention's language."""
    lang = mention_lang if mention_lang in ("tr", "en") else "en"
    other = concept.side("en" if lang == "tr" else "tr")
    label = f"{other.term} ({', '.join(other.abbr)})" if other.abbr else other.term
    sentence = concept.side(lang).first_sentence
    return f"{label} — {sentence}" if sentence else label



def cag_domain(env: Any) -> CagDomain:
    """The build's ``cag`` domain, typed."""
    return cast(CagDomain, env.get_domain("cag"))
