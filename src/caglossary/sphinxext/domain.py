"""The ``cag`` domain: cross-document state and link resolution.

Per document it keeps which concepts were mentioned (with counts), the
citations (anchor and keys, in order) and where glossary and bibliography
directives sit. Concepts and references themselves are not pickled: they
come from :func:`.data.project_data`, cached per process.
"""

from __future__ import annotations

from collections.abc import Iterator, Set
from functools import lru_cache
from typing import Any, cast

from docutils import nodes
from sphinx.domains import Domain, ObjType

from ..bib.csl import entry_text
from .data import ProjectData, project_data
from .i18n import primary_language
from .links import Destination, destination_node
from .roles import CiteRole, TermRole

__all__ = ["CagDomain", "cag_domain", "cite_anchor", "term_anchor"]

# answers derived from the pages, dropped whenever a page's data changes
_PAGE_MEMOS = ("_cited_memo", "_glossary_doc_memo", "_tooltip_memo", "_shown_memo",
               "_sources_memo", "_using_memo", "_citing_memo", "_holds_memo")
_PER_DOC = ("terms", "cites", "glossaries", "glossary_all", "bibliographies")


def term_anchor(concept_id: str) -> str:
    """The stable HTML anchor of a concept (its id is already an ASCII slug)."""
    return f"cag-term-{concept_id}"


@lru_cache(maxsize=4096)  # asked for every citation and back-link of a build
def cite_anchor(key: str) -> str:
    """The stable anchor of a bibliography entry: ASCII, derived from the key alone."""
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in key)
    return f"cag-ref-{safe.lower()}"


class CagDomain(Domain):
    """Glossary concepts and references, and the pages that mention them."""

    name = "cag"
    label = "caglossary"
    object_types = {"term": ObjType("term", "term"), "reference": ObjType("reference", "cite")}
    roles = {"term": TermRole(), "cite": CiteRole()}
    initial_data: dict[str, Any] = {  # type: ignore[misc]  # Sphinx declares it a ClassVar
        "fingerprint": "",  # what the last read used (see data.ProjectData)
        "hashes": {},
        "identity": (),  # the data files and code the fingerprints are of (ProjectData)
        "terms": {},  # docname → {concept id: mentions}
        "cites": {},  # docname → [(anchor, [keys])]
        "glossaries": {},  # docname → [lang, ...]
        "glossary_all": {},  # docname → True where a glossary lists every concept (:all:)
        "bibliographies": {},  # docname → [(which, scope), ...]
    }
    data_version = 2

    # -- data -------------------------------------------------------------
    @property
    def project(self) -> ProjectData:
        # project_data() stats every data file; reading and resolving thousands of
        # links must not, so the answer is kept until a build starts (forget_cache).
        memo = self.__dict__.get("_project_memo")
        if memo is None:
            memo = self.__dict__["_project_memo"] = project_data(self.env.config)
        return memo

    @property
    def language(self) -> str:
        config = self.env.config
        return primary_language(config.language, config.caglossary_language)

    def note_links(self, docname: str, terms: dict[str, int],
                   cites: list[tuple[str, list[str]]]) -> None:
        self.data["terms"][docname] = terms
        self.data["cites"][docname] = cites
        self.forget_cache()

    def holds_links(self) -> bool:
        """Whether any page holds a link of ours (automatic or written as a role)."""
        if "_holds_memo" not in self.__dict__:  # asked once per page written
            self.__dict__["_holds_memo"] = (any(self.data["terms"].values())
                                            or any(self.data["cites"].values()))
        return bool(self.__dict__["_holds_memo"])

    def note_glossary(self, docname: str, lang: str, show_all: bool = False) -> None:
        self.data["glossaries"].setdefault(docname, []).append(lang)
        if show_all:
            self.data["glossary_all"][docname] = True
        self.forget_cache()

    def note_bibliography(self, docname: str, which: str, scope: str) -> None:
        self.data["bibliographies"].setdefault(docname, []).append((which, scope))
        self.forget_cache()

    def clear_doc(self, docname: str) -> None:
        for key in _PER_DOC:
            self.data[key].pop(docname, None)
        self.forget_cache()

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for key in _PER_DOC:
            for docname in docnames:
                if docname in otherdata[key]:
                    self.data[key][docname] = otherdata[key][docname]
        self.forget_cache()

    # -- questions the pages and resolvers ask ----------------------------
    def pages_using(self, concept_id: str) -> list[str]:
        """The pages mentioning *concept_id*, in name order."""
        memo = self.__dict__.get("_using_memo")
        if memo is None:  # one pass over every page, not one per glossary entry
            memo = self.__dict__["_using_memo"] = {}
            for doc in sorted(self.data["terms"]):
                for cid in self.data["terms"][doc]:
                    memo.setdefault(cid, []).append(doc)
        return memo.get(concept_id, [])

    def pages_citing(self, key: str) -> list[tuple[str, str, int]]:
        """(docname, first anchor, how many) of every page citing *key*, in name order."""
        memo = self.__dict__.get("_citing_memo")
        if memo is None:  # one pass over every page, not one per bibliography entry
            memo = self.__dict__["_citing_memo"] = {}
            for doc in sorted(self.data["cites"]):
                counts: dict[str, list] = {}
                for anchor, keys in self.data["cites"][doc]:
                    for cited in dict.fromkeys(keys):
                        counts.setdefault(cited, [anchor, 0])[1] += 1
                for cited, (anchor, count) in counts.items():
                    memo.setdefault(cited, []).append((doc, anchor, count))
        return memo.get(key, [])

    def used_concepts(self) -> set[str]:
        """Concept ids that some page mentions (auto-linked or by ``:cag:term:``)."""
        return {cid for terms in self.data["terms"].values() for cid in terms}

    def shown_concepts(self, docname: str) -> dict[str, bool]:
        """Concept id → mentioned?, for the glossary on *docname*.

        Like LaTeX's ``glossaries`` package, a glossary lists what the text uses;
        the concepts those entries point to with see-also follow (``False``), and
        ``:all:`` lists everything.
        """
        memo = self.__dict__.setdefault("_shown_memo", {})
        if docname not in memo:
            memo[docname] = self._shown_concepts(docname)
        return memo[docname]

    def _shown_concepts(self, docname: str) -> dict[str, bool]:
        glossary = self.project.glossary
        if self.data["glossary_all"].get(docname):
            return dict.fromkeys(glossary.ids, True)
        shown = {cid: True for cid in self.used_concepts() if cid in glossary}
        if self.env.config.caglossary_glossary_see_also:
            for cid in list(shown):
                for other in glossary[cid].see_also:
                    shown.setdefault(other, False) if other in glossary else None
        return shown

    def glossary_sources(self) -> dict[str, list[str]]:
        """Bib key → concept ids whose glossary entries show it as a source.

        Only entries a glossary page shows count: a concept nobody uses does not
        drag its sources into the bibliography.
        """
        memo = self.__dict__.get("_sources_memo")
        if memo is None:
            memo = self.__dict__["_sources_memo"] = self._glossary_sources()
        return memo

    def _glossary_sources(self) -> dict[str, list[str]]:
        doc = self.glossary_doc("")
        if doc is None:
            return {}
        shown = self.shown_concepts(doc)
        sources: dict[str, list[str]] = {}
        for concept in self.project.glossary.sorted_by(self.language):
            if concept.id not in shown:
                continue
            for source in concept.sources:
                if source.key:  # a web-page source has no bibliography entry
                    sources.setdefault(source.key, []).append(concept.id)
        return sources

    def cited_keys(self, docname: str | None = None) -> set[str]:
        """Keys cited on *docname*, or anywhere (glossary entry sources included)."""
        memo = self.__dict__.setdefault("_cited_memo", {})
        if docname not in memo:
            memo[docname] = self._cited_keys(docname)
        return memo[docname]

    def forget_cache(self, *, data_files: bool = False) -> None:
        """Drop answers derived from the pages; *data_files* also drops the loaded data.

        The data is kept from one page to the next (each page read would stat
        every data file again) and dropped where a build starts.
        """
        for memo in _PAGE_MEMOS:
            self.__dict__.pop(memo, None)
        if data_files:
            self.__dict__.pop("_project_memo", None)

    def _cited_keys(self, docname: str | None) -> set[str]:
        docs = [docname] if docname else list(self.data["cites"])
        keys = {key for doc in docs for _, ks in self.data["cites"].get(doc, ()) for key in ks}
        if docname is None or docname in self.data["glossaries"]:
            keys.update(self.glossary_sources())
        return keys

    def glossary_doc(self, fromdocname: str) -> str | None:
        pages = self.data["glossaries"]
        if fromdocname in pages:
            return fromdocname
        memo = self.__dict__.setdefault("_glossary_doc_memo", {})
        if "" not in memo:  # the same answer for every page without a glossary of its own
            preferred = sorted(doc for doc, langs in pages.items() if self.language in langs)
            memo[""] = (preferred or sorted(pages) or [None])[0]
        return memo[""]

    def main_view(self, docname: str) -> str:
        """The language of the view on *docname* that owns the plain ``cag-term-<id>`` anchors."""
        langs = self.data["glossaries"].get(docname, [])
        return self.language if self.language in langs else (langs or [self.language])[0]

    def view_anchor(self, docname: str, lang: str, concept_id: str) -> str:
        """The anchor of a concept in the *lang* view on *docname*; unique on the page."""
        if lang == self.main_view(docname):
            return term_anchor(concept_id)
        return f"cag-term-{lang}-{concept_id}"

    def bibliography_doc(self, fromdocname: str, key: str) -> str | None:
        listing = self.data["bibliographies"]
        if any(self._lists(fromdocname, spec, key) for spec in listing.get(fromdocname, ())):
            return fromdocname
        for doc in sorted(listing):
            if any(spec[1] == "global" and self._lists(doc, spec, key) for spec in listing[doc]):
                return doc
        return None

    def _lists(self, docname: str, spec: tuple[str, str], key: str) -> bool:
        which, scope = spec
        if self.project.reference(key) is None:
            return False
        if which == "all":
            return True
        return key in self.cited_keys(docname if scope == "page" else None)

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
        glossary = self.project.glossary
        concept = glossary[target] if target in glossary else None
        todoc = self.glossary_doc(fromdocname)
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
        glossary_doc = self.glossary_doc("")
        if glossary_doc:
            shown = self.shown_concepts(glossary_doc)
            for concept in self.project.glossary.sorted_by(self.language):
                if concept.id not in shown:
                    continue
                name = concept.side(self.language).term
                yield concept.id, name, "term", glossary_doc, term_anchor(concept.id), 1
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
