"""Concepts in Sphinx's general index and in ``objects.inv``.

Which concepts a glossary page shows is only known once every page has been
read, so the entries are noted at ``env-updated`` (not by index nodes at read
time): general-index entries for both terms and each abbreviation, and
``std:term`` objects, which Sphinx writes to ``objects.inv`` so another
project can link with intersphinx (``:term:`Şanghay İşbirliği Örgütü```).
What was noted last time is taken back first, so a concept nobody uses any
more leaves the index too. In a Turkish project the general index is
re-ordered by the Turkish alphabet (Sphinx sorts by code point, which puts
``Ç`` after ``Z``).
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from ..text.turkish import initial_letter, tr_sort_key
from .domain import cag_domain, term_anchor
__all__ = ["index_entries", "publish_concepts", "turkish_general_index"]


def index_entries(concept: Any) -> list[tuple[str, str, str, str, None]]:
    """General-index entries of a concept: both terms, then each abbreviation.

    An abbreviation is filed with its term (``ŞİÖ; Şanghay İşbirliği Örgütü``) so
    the index explains it; sorting is Sphinx's, re-ordered the Turkish way for a
    Turkish project by :func:`turkish_general_index`.
    """
    entries = []
    for side in (concept.tr, concept.en):
        if side.term:
            entries.append(("single", side.term, "", "", None))
        entries.extend(("pair", f"{abbr}; {side.term}", "", "", None) for abbr in side.abbr)
    return entries


def _take_back(env: Any, published: dict[str, Any]) -> None:
    index_data = env.get_domain("index").data.setdefault("entries", {})
    for doc in published.get("index_docs", ()):
        kept = [e for e in index_data.get(doc, []) if not str(e[2]).startswith("cag-term-")]
        index_data[doc] = kept
    std_objects = env.get_domain("std").objects
    for name, doc, anchor in published.get("terms", ()):
        if std_objects.get(("term", name)) == (doc, anchor):
            del std_objects[("term", name)]
    std_terms = env.get_domain("std").data.setdefault("terms", {})
    for name, doc, anchor in published.get("terms", ()):
        if std_terms.get(name.lower()) == (doc, anchor):
            del std_terms[name.lower()]


def publish_concepts(app: Any, env: Any) -> list[str]:
    """Note the shown concepts in the general index and as ``std:term`` objects."""
    domain = cag_domain(env)
    published = domain.data.setdefault("published", {})
    _take_back(env, published)
    doc = domain.glossary_doc("")
    published.clear()
    if doc is None:
        return []
    glossary = domain.project.glossary
    shown = sorted(domain.shown_concepts(doc))
    if env.config.caglossary_index_terms:
        entries = env.get_domain("index").data.setdefault("entries", {}).setdefault(doc, [])
        for cid in shown:
            anchor = term_anchor(cid)
            entries.extend((kind, text, anchor, main, key)
                           for kind, text, _, main, key in index_entries(glossary[cid]))
        published["index_docs"] = [doc]
    std = env.get_domain("std")
    terms = []
    for cid in shown:
        for side in (glossary[cid].tr, glossary[cid].en):
            if side.term and ("term", side.term) not in std.objects:
                std.objects[("term", side.term)] = (doc, term_anchor(cid))
                std.data.setdefault("terms", {}).setdefault(side.term.lower(),
                                                            (doc, term_anchor(cid)))
                terms.append((side.term, doc, term_anchor(cid)))
    published["terms"] = terms
    return []


def _letter(entry_name: str, symbols: str) -> str:
    letter = initial_letter(entry_name, "tr")
    return letter if letter.isalpha() else symbols


def turkish_general_index(app: Any, pagename: str, templatename: str, context: dict[str, Any],
                          doctree: Any) -> None:
    """Re-group and re-sort the general index by the Turkish alphabet."""
    if not pagename.startswith("genindex") or "genindexentries" not in context:
        return
    if cag_domain(app.env).language != "tr":
        return
    groups = context["genindexentries"]
    letters = {key for key, _ in groups}
    symbols = next((key for key in letters if len(key) != 1), "Symbols")
    flat = [entry for _, items in groups for entry in items]
    flat.sort(key=lambda entry: tr_sort_key(entry[0]))
    regrouped = [(letter, list(items)) for letter, items in
                 groupby(flat, key=lambda entry: _letter(entry[0], symbols))]
    regrouped.sort(key=lambda group: (group[0] != symbols, tr_sort_key(group[0])))
    for _, items in regrouped:
        for _, (_, subitems, _) in items:
            subitems.sort(key=lambda pair: tr_sort_key(pair[0]))
    context["genindexentries"] = regrouped
    if "genindexcounts" in context:
        context["genindexcounts"] = [sum(1 + len(sub) for _, (_, sub, _) in items)
                                     for _, items in regrouped]
