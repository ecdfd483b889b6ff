"""The ``cag`` domain's state: what each page mentions, cites and lists.

Per document it keeps which concepts were mentioned (with counts), the
citations (anchor and keys, in order) and where glossary and bibliography
directives sit, and answers the questions pages and resolvers ask of them.
Concepts and references themselves are not pickled: they come from
:func:`.data.project_data`, cached per process. The registered domain,
:class:`.domain.CagDomain`, adds link resolution on top.
"""

from __future__ import annotations

import hashlib
from collections.abc import Set
from functools import lru_cache
from typing import Any

from sphinx.domains import Domain

from ..text.turkish import fold, tr_casefold
from .data import ProjectData, project_data
from .i18n import primary_language

__all__ = ["DomainState", "cite_anchor", "term_anchor"]

# answers derived from the pages, dropped whenever a page's data changes
_PAGE_MEMOS = ("_cited_memo", "_glossary_doc_memo", "_tooltip_memo", "_shown_memo",
               "_sources_memo", "_using_memo", "_citing_memo", "_holds_memo",
               "_destination_memo")
_PER_DOC = ("terms", "cites", "glossaries", "glossary_all", "bibliographies")


def term_anchor(concept_id: str) -> str:
    """The stable HTML anchor of a concept (its id is already an ASCII slug)."""
    return f"cag-term-{concept_id}"


@lru_cache(maxsize=4096)  # asked for every citation and back-link of a build
def cite_anchor(key: str) -> str:
    """The stable anchor of a bibliography entry: ASCII, derived from the key alone.

    A key of ASCII letters, digits, ``-`` and ``_`` is the anchor as it is. Any
    other key (``özkan2022``, ``smith:2020``, as Zotero and Google Scholar make
    them) is spelt in ASCII and followed by a digest of the key, so two keys
    that spell alike (``özkan2022``, ``üzkan2022``) keep two anchors.
    """
    if key.isascii() and all(ch.isalnum() or ch in "-_" for ch in key):
        return f"cag-ref-{key.lower()}"
    spelt = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-"
                    for ch in fold(key))
    # BibTeX reads keys without regard to case: so does the digest
    digest = hashlib.sha256(tr_casefold(key).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"cag-ref-{spelt}-{digest}"


class DomainState(Domain):
    """Per-page records of the ``cag`` domain and the answers derived from them."""

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
            keys.update(self._source_keys())
        return keys

    def _source_keys(self) -> set[str]:
        """The keys of :meth:`glossary_sources`, without putting concepts in order."""
        doc = self.glossary_doc("")
        if doc is None:
            return set()
        glossary = self.project.glossary
        return {source.key for cid in self.shown_concepts(doc)
                for source in glossary[cid].sources if source.key}

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
