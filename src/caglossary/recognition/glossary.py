"""The glossary object: lookup, search, ordering and term finding over loaded concepts.

It sits above the term matcher because looking up ``ŞANGHAY BEŞLİSİ'NİN``
reads the query with the same suffix grammar that finds terms in text; the
files themselves are read by :mod:`caglossary.termbase.loader`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from operator import attrgetter
from pathlib import Path

from ..errors import ConceptNotFound, DataFileError, Problem
from ..termbase.cache import remember_merged_digest
from ..termbase.loader import read_glossary_files
from ..termbase.model import Concept
from ..text.turkish import fold, sort_key, tr_sort_key

TYPE_CHECKING = False  # importing typing would cost the first load milliseconds
if TYPE_CHECKING:
    from re import Pattern

    from .anaphora import AnaphoraResolver
    from .localabbr import LocalAbbreviations
    from .terms import TermMatcher, TermMention

__all__ = ["Glossary", "load_glossary"]

_UNSET = object()
_WRITTEN = attrgetter("written")
_EDGE_PUNCTUATION = " \t\n\"'“”‘’«».,;:!?()[]"
# where a text may define an acronym of its own (see recognition.localabbr), or
# spell out one of its acronyms: "CPC (Caspian Policy Center)" (recognition.otherdefined)
_MAY_DEFINE = re.compile(r"[(\[][ \t]*[A-ZÇĞİÖŞÜ]")


def _query_key(text: str) -> str:
    return " ".join(fold(text.strip(_EDGE_PUNCTUATION)).split())


class Glossary:
    """An ordered, immutable collection of concepts with lookup and search.

    ``problems`` lists what was found wrong while loading; concepts with
    errors were skipped, everything else loaded.
    """

    def __init__(self, concepts: Iterable[Concept], problems: Sequence[Problem] = ()) -> None:
        self._concepts: dict[str, Concept] = {}
        for concept in concepts:
            self._concepts[concept.id] = concept
        self.problems: tuple[Problem, ...] = tuple(problems)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.sorted_by("tr"))

    def __len__(self) -> int:
        return len(self._concepts)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._concepts

    def __getitem__(self, concept_id: str) -> Concept:
        try:
            return self._concepts[concept_id]
        except KeyError:
            raise ConceptNotFound(concept_id, self._suggest(concept_id)) from None

    def __repr__(self) -> str:
        return f"<Glossary of {len(self)} concepts>"

    @property
    def ids(self) -> tuple[str, ...]:
        """Concept ids in data order."""
        return tuple(self._concepts)

    def sorted_by(self, lang: str = "tr") -> list[Concept]:
        """Concepts in the alphabetical order of their ``lang`` term.

        Leading quotes and brackets are passed over, as a dictionary does, so the
        order agrees with the letter a term is filed under.
        """
        def key(concept: Concept) -> tuple:
            term = concept.side(lang).term
            return sort_key(term.lstrip(_EDGE_PUNCTUATION) or term, lang)

        # the concepts never change: sort once per language (a glossary page asks often)
        orders = self.__dict__.setdefault("_orders", {})
        if lang not in orders:
            orders[lang] = sorted(self._concepts.values(), key=key)
        return list(orders[lang])

    @cached_property
    def _form_keys(self) -> dict[str, tuple[str, ...]]:
        """Each concept's written forms, both languages, as query keys (folded once)."""
        return {cid: tuple(_query_key(f) for lang in ("tr", "en") for f in c.side(lang).forms)
                for cid, c in self._concepts.items()}

    @cached_property
    def _exact(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for cid, keys in self._form_keys.items():
            index.setdefault(cid, cid)
            for key in keys:
                index.setdefault(key, cid)
        return index

    @cached_property
    def _query_matcher(self) -> TermMatcher:
        from .terms import TermMatcher

        return TermMatcher(self._concepts.values(), case_sensitive=False, cached=True)

    def matcher(self, *, ocr: bool = False, pdf_text: bool = False) -> TermMatcher:
        """The (cached) case-sensitive matcher used to find mentions in text."""
        cache = self.__dict__.setdefault("_matchers", {})
        found = cache.get((ocr, pdf_text))
        if found is not None:  # asked once per text node of a Sphinx project
            return found
        from .terms import TermMatcher

        found = cache[ocr, pdf_text] = TermMatcher(self._concepts.values(), ocr=ocr,
                                                   pdf_text=pdf_text, cached=True)
        return found

    def release_matchers(self) -> None:
        """Let the compiled matchers go; the next search builds (or loads) them again.

        They hold most of a loaded glossary's memory, and a Sphinx build needs
        them only while it reads pages: writing them needs the concepts alone.
        """
        self.__dict__.pop("_matchers", None)
        self.__dict__.pop("_query_matcher", None)

    def find_terms(self, text: str, *, ocr: bool = False,
                   pdf_text: bool = False, anaphora: bool = False) -> list[TermMention]:
        """Mentions of this glossary's concepts in *text* (see :mod:`caglossary.recognition.terms`).

        *pdf_text* reads text extracted from a PDF whose fonts lost Turkish letters
        (``anghay birli i Örgütü``); it costs precision on clean text, so it is
        only for documents known to be damaged that way. With ``anaphora=True``
        definite class nouns that refer back to a concept ("Örgüt", "the
        organization") are added with ``kind="anaphor"``.
        """
        terms = self.matcher(ocr=ocr, pdf_text=pdf_text).find(text)
        if terms and _MAY_DEFINE.search(text):  # "Central Asia (CA)" teaches CA for this text
            learner = self.abbreviation_learner(ocr=ocr, pdf_text=pdf_text)
            uses = learner.feed(text, terms)
            terms = sorted(learner.kept(terms) + uses)
        resolver = self.anaphora_resolver(ocr=ocr) if anaphora else None
        if resolver is None:
            return terms
        return sorted(terms + resolver.feed(text, terms))

    def abbreviation_learner(self, *, ocr: bool = False,
                             pdf_text: bool = False) -> LocalAbbreviations:
        """A new learner of the acronyms one text or document defines for itself."""
        from .localabbr import LocalAbbreviations

        names = self.__dict__.get("_names")
        if names is None:
            names = self.__dict__["_names"] = {
                cid: (c.tr.term, c.en.term) for cid, c in self._concepts.items()}
        matcher = self.matcher(ocr=ocr, pdf_text=pdf_text)
        return LocalAbbreviations(names, lambda acronym: bool(matcher.find(acronym)),
                                  self._acronyms.get)

    @cached_property
    def _acronyms(self) -> dict[str, str]:
        """Each acronym the data writes (guarded ones too) → its one concept.

        A text that gives an acronym to another name takes it from this concept,
        whether or not the acronym's guard would let it count there.
        """
        owners: dict[str, set[str]] = {}
        for cid, concept in self._concepts.items():
            for side in (concept.tr, concept.en):
                # few sides have guards: no generator made for the rest (a Sphinx
                # page's first read builds this table for every concept)
                forms = side.abbr + tuple(map(_WRITTEN, side.guarded)) if side.guarded \
                    else side.abbr
                for form in forms:
                    if form.isupper() and " " not in form:
                        owners.setdefault(form, set()).add(cid)
        return {form: next(iter(ids)) for form, ids in owners.items() if len(ids) == 1}

    def anaphora_resolver(self, *, ocr: bool = False) -> AnaphoraResolver | None:
        """A new resolver for one document, or None when no concept declares class nouns."""
        from .anaphora import AnaphoraResolver, ClassNouns

        cache = self.__dict__.setdefault("_class_nouns", {})
        if ocr not in cache:
            cache[ocr] = ClassNouns.of(self._concepts.values(), ocr=ocr)
        nouns = cache[ocr]
        return AnaphoraResolver(nouns, ocr=ocr) if nouns is not None else None

    def get(self, query: str) -> Concept | None:
        """The concept *query* names (any language, case, diacritics or inflection), or None."""
        key = _query_key(query)
        if not key:
            return None
        if key in self._exact:
            return self._concepts[self._exact[key]]
        stripped = query.strip(_EDGE_PUNCTUATION)
        mentions = self._query_matcher.find(stripped)
        if len(mentions) == 1 and _query_key(mentions[0].surface) == key:
            return self._concepts[mentions[0].concept]
        return None

    def lookup(self, query: str) -> Concept:
        """Like :meth:`get`, but raises :class:`ConceptNotFound` with suggestions."""
        concept = self.get(query)
        if concept is None:
            raise ConceptNotFound(query, self._suggest(query))
        return concept

    def _suggest(self, query: str, limit: int = 5) -> list[str]:
        import difflib

        names = {_query_key(c.side(lang).term): c.side(lang).term
                 for c in self._concepts.values() for lang in ("tr", "en")}
        key = _query_key(query)
        close = difflib.get_close_matches(key, list(names), n=limit, cutoff=0.5)
        if not close:
            ranked = self.search(query, limit=limit)
            close = [_query_key(c.tr.term) for c in ranked]
        if not close:  # nothing similar: offer the nearest spellings all the same
            close = sorted(names, key=lambda k: (-difflib.SequenceMatcher(None, key, k).ratio(),
                                                 tr_sort_key(names[k])))[:3]
        return [names[k] for k in close]

    def search(self, query: str, *, limit: int | None = None) -> list[Concept]:
        """Concepts ranked by how well *query* matches: exact, prefix, word, definition.

        Ties keep Turkish alphabetical order, so results are stable.
        """
        import re

        key = _query_key(query)
        if not key:
            return []
        words = re.compile(r"\b" + re.escape(key))
        named = self.get(key)
        scored = []
        for concept in self._concepts.values():
            score = self._score(concept, key, words, named)
            if score:
                scored.append((-score, tr_sort_key(concept.tr.term), concept))
        scored.sort(key=lambda item: (item[0], item[1]))
        found = [concept for _, _, concept in scored]
        return found[:limit] if limit is not None else found

    def _score(self, concept: Concept, key: str, words: Pattern[str],
               named: Concept | None | object = _UNSET) -> int:
        """*named* is ``self.get(key)``, which a caller scoring every concept passes in."""
        forms = self._form_keys[concept.id]
        if key == concept.id or key in forms:
            return 100
        if (self.get(key) if named is _UNSET else named) is concept:
            return 90
        if any(f.startswith(key) for f in forms):
            return 70
        if any(words.search(f) for f in forms):
            return 50
        if any(key in f for f in forms):
            return 30
        definitions = fold(concept.tr.definition + " " + concept.en.definition)
        return 10 if words.search(definitions) else 0

    def merged(self, other: Glossary) -> Glossary:
        """This glossary extended by *other*; a concept of *other* replaces one with its id."""
        return Glossary([*self._concepts.values(), *other._concepts.values()],
                        self.problems + other.problems)


def load_glossary(paths: Iterable[str | Path] = (), *, builtin: bool = True,
                  strict: bool = False) -> Glossary:
    """Load the built-in glossary and/or glossary files, later files overriding earlier.

    Problems are collected on ``Glossary.problems``; with ``strict=True`` any
    error-level problem raises :class:`DataFileError` instead.
    """
    reports, problems = read_glossary_files(paths, builtin=builtin)
    concepts = [c for report in reports for c in report.concepts]
    errors = [p for p in problems if p.severity == "error"]
    if strict and errors:
        raise DataFileError(errors[0].path, errors)
    glossary = Glossary(concepts, problems)
    # the files' digests key the merged concepts' caches (no re-hashing of every concept)
    remember_merged_digest([report.concepts for report in reports],
                           list(glossary._concepts.values()))
    return glossary
