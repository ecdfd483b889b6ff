"""In-text citations as researchers write them by hand, in Turkish and English.

``(Cooley, 2012:79)``, ``(Vanderhill vd., 2020:988)`` /
``(Vanderhill et al., 2020:988)``, ``(Burkhanov ve Chen, 2016)``; with
``page_style=True`` the locator reads ``s. 79`` / ``p. 79``; ``narrative=True``
gives ``Cooley (2012:79)``. This is the form the citation finder reads, so the
tests and benchmarks write their citations with it and check that each reads
back to its record. Reference lists and the citations the extension prints are
rendered by the CSL engine (:mod:`caglossary.bib.csl`), not here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .authoryear import cited_names

if TYPE_CHECKING:
    from .library import Bibliography, Reference

__all__ = ["WORDS", "cite", "in_text", "join_list", "short_names"]

WORDS = {
    "tr": {"and": "ve", "etal": "vd.", "page": "s.", "pages": "ss.", "no_date": "t.y.",
           "no_author": "[yazar bilinmiyor]"},
    "en": {"and": "and", "etal": "et al.", "page": "p.", "pages": "pp.", "no_date": "n.d.",
           "no_author": "[author unknown]"},
}


def _words(lang: str) -> dict[str, str]:
    try:
        return WORDS[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}: use 'tr' or 'en'") from None


def join_list(items: Sequence[str], lang: str) -> str:
    """``A``, ``A ve B``, ``A, B ve C``; English keeps the serial comma: ``A, B, and C``.

    Our own rule, not a locale's list pattern, so a new CLDR release cannot
    change the citations the tests write.
    """
    if len(items) < 2:
        return "".join(items)
    conjunction = _words(lang)["and"]
    if len(items) == 2:
        return f"{items[0]} {conjunction} {items[1]}"
    serial_comma = "," if lang == "en" else ""
    return f"{', '.join(items[:-1])}{serial_comma} {conjunction} {items[-1]}"


def short_names(ref: Reference, lang: str = "tr") -> str:
    """The names as cited in running text: ``Cooley``, ``Burkhanov ve Chen``, ``Vanderhill vd.``."""
    names, etal = cited_names(ref)
    if not names:
        return f"“{ref.title}”" if ref.title else _words(lang)["no_author"]
    shown = join_list(names, lang)
    return f"{shown} {_words(lang)['etal']}" if etal else shown


def _year(ref: Reference, bibliography: Bibliography | None, lang: str) -> str:
    """``2012``, ``2012a``, or ``t.y.``/``n.d.`` (``t.y.-a`` where undated works collide)."""
    suffix = ""
    if bibliography is not None and ref.key in bibliography:
        suffix = bibliography.index.suffix(ref)
    if ref.year:
        return ref.year + suffix
    no_date = _words(lang)["no_date"]
    return f"{no_date}-{suffix}" if suffix else no_date


def _pages(locator: str) -> str:
    return locator.replace("--", "–").replace("-", "–")


def in_text(references: Sequence[Reference], locators: Sequence[str] = (), *,
            lang: str = "tr", bibliography: Bibliography | None = None,
            narrative: bool = False, page_style: bool = False) -> str:
    """``(Cooley, 2012:79; Peyrouse, 2008)``: *locators[i]* goes with *references[i]*."""
    words, parts = _words(lang), []
    for index, ref in enumerate(references):
        locator = locators[index] if index < len(locators) else ""
        year = _year(ref, bibliography, lang)
        where = ""
        if locator:
            if page_style:
                label = words["pages"] if any(c in locator for c in "-–,") else words["page"]
                where = f", {label} {_pages(locator)}"
            else:
                where = f":{_pages(locator)}"
        parts.append((short_names(ref, lang), f"{year}{where}"))
    if narrative:
        return "; ".join(f"{names} ({when})" for names, when in parts)
    return "(" + "; ".join(f"{names}, {when}" for names, when in parts) + ")"


def cite(bibliography: Bibliography, items: Sequence[tuple[str, str]], lang: str = "tr", *,
         narrative: bool = False, page_style: bool = False) -> str:
    """An in-text citation of ``(key, locator)`` pairs; unknown keys raise ReferenceNotFound."""
    refs = [bibliography.lookup(key) for key, _ in items]
    return in_text(refs, [locator for _, locator in items], lang=lang,
                   bibliography=bibliography, narrative=narrative, page_style=page_style)
