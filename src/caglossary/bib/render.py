"""The house author–year style, in Turkish and English.

In-text: ``(Cooley, 2012:79)``, ``(Vanderhill vd., 2020:988)`` /
``(Vanderhill et al., 2020:988)``, ``(Burkhanov ve Chen, 2016)``; with
``page_style=True`` the locator reads ``s. 79`` / ``p. 79``. Reference list:
authors, (year), title, container, volume(number), pages, place: publisher,
DOI or URL. Titles are printed exactly as recorded, never re-cased. A missing
year, title, journal (of an article) or publisher (of a book) is shown as
unknown, never filled in; with no author or editor the title leads, as in APA.
Records that are not verified say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .authoryear import cited_names
from .names import Person, display_text

if TYPE_CHECKING:
    from .library import Bibliography, Reference

__all__ = ["WORDS", "cite", "format_authors", "full_text", "in_text", "reference_entry",
           "short_names", "split_status_mark"]

WORDS = {
    "tr": {"and": "ve", "etal": "vd.", "page": "s.", "pages": "ss.", "no_date": "t.y.",
           "no_title": "[başlık bilinmiyor]", "no_author": "[yazar bilinmiyor]",
           "no_journal": "[dergi bilinmiyor]", "no_publisher": "[yayınevi bilinmiyor]",
           "editors": "(Ed.)", "in": "İçinde", "unverified": "[doğrulanmamış]",
           "partial": "[kısmen doğrulanmış]", "cited_as": "Metinde şöyle anılır: {}"},
    "en": {"and": "and", "etal": "et al.", "page": "p.", "pages": "pp.", "no_date": "n.d.",
           "no_title": "[title unknown]", "no_author": "[author unknown]",
           "no_journal": "[journal unknown]", "no_publisher": "[publisher unknown]",
           "editors": "(Eds.)", "in": "In", "unverified": "[unverified]",
           "partial": "[partly verified]", "cited_as": "Cited in the text as {}"},
}
_CONTAINERS = ("journaltitle", "journal", "booktitle", "maintitle")


def _words(lang: str) -> dict[str, str]:
    try:
        return WORDS[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}: use 'tr' or 'en'") from None


def join_list(items: Sequence[str], lang: str) -> str:
    """``A``, ``A ve B``, ``A, B ve C``; English keeps the serial comma: ``A, B, and C``.

    The house style's own rule, not a locale's list pattern, so a new CLDR
    release cannot change how a reference list reads.
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


def format_authors(people: Sequence[Person], lang: str = "tr") -> str:
    """``Vanderhill, R., Joireman, S. F. ve Tulepbayeva, R.`` for a reference list."""
    return join_list([p.inverted() for p in people], lang)


def _dashes(text: str) -> str:
    # BibTeX writes dashes as TeX ligatures: -- is an en dash, --- an em dash.
    return text.replace("---", "—").replace("--", "–")


def _text(ref: Reference, name: str) -> str:
    return _dashes(display_text(ref.field(name)))


def _lead(ref: Reference, lang: str) -> str:
    words = _words(lang)
    if ref.authors:
        return format_authors(ref.authors, lang)
    if ref.editors:
        return f"{format_authors(ref.editors, lang)} {words['editors']}"
    return ""


def _container(ref: Reference, lang: str) -> str:
    words = _words(lang)
    name = next((_text(ref, f) for f in _CONTAINERS if ref.field(f)), "")
    if ref.entry_type == "article" and not name:
        name = words["no_journal"]
    if not name:
        return ""
    volume, number = _text(ref, "volume"), _text(ref, "number") or _text(ref, "issue")
    issue = f"{volume}({number})" if volume and number else volume or (f"({number})" if number else "")
    pages = _pages(_text(ref, "pages"))
    if ref.entry_type in ("incollection", "inproceedings", "inbook"):
        pages = f"{words['pages']} {pages}" if pages else ""
        return f"{words['in']} {name}" + (f" ({pages})" if pages else "")
    return ", ".join(p for p in (name, issue, pages) if p)


def _publisher(ref: Reference, lang: str) -> str:
    place = _text(ref, "location") or _text(ref, "address")
    names = [_text(ref, f) for f in ("publisher", "institution", "organization", "school")]
    publisher = ", ".join(n for n in names if n)
    if ref.entry_type == "book" and not publisher:
        publisher = _words(lang)["no_publisher"]
    return f"{place}: {publisher}" if place and publisher else publisher or place


def _link(ref: Reference) -> str:
    doi = ref.field("doi")
    if doi:
        return doi if doi.startswith("http") else f"https://doi.org/{doi}"
    return ref.field("url")


def _sentence(text: str) -> str:
    """*text* ending in one full stop (or its own ``?``/``!``)."""
    return text if text.endswith((".", "?", "!")) else text + "."


def reference_entry(ref: Reference, lang: str = "tr",
                    bibliography: Bibliography | None = None) -> str:
    """One reference-list entry in the house style (plain text)."""
    words = _words(lang)
    year = _year(ref, bibliography, lang)
    title = _dashes(ref.title) or words["no_title"]
    lead = _lead(ref, lang)
    pieces = [f"{lead} ({year}). {_sentence(title)}" if lead
              else f"{_sentence(title)} ({year})."]
    if not (lead or ref.title) and ref.aliases:
        cited = " / ".join(f"“{alias}”" for alias in ref.aliases)
        pieces.append(_sentence(words["cited_as"].format(cited)))
    for piece in (_container(ref, lang), _publisher(ref, lang), _text(ref, "note")):
        if piece:
            pieces.append(_sentence(piece))
    link = _link(ref)
    if link:
        pieces.append(link)
    if ref.status in ("unverified", "partial"):
        pieces.append(words[ref.status])
    return " ".join(pieces)


def full_text(reference: Reference, *, lang: str = "tr",
              bibliography: Bibliography | None = None) -> str:
    """:func:`reference_entry` with keyword arguments (the Sphinx extension's call)."""
    return reference_entry(reference, lang, bibliography)


def split_status_mark(text: str, status: str, lang: str) -> tuple[str, str]:
    """(entry, mark): a rendered entry's trailing ``[unverified]`` mark taken off for styling."""
    mark = WORDS.get(lang, {}).get(status, "") if status != "verified" else ""
    if mark and text.endswith(" " + mark):
        return text[: -len(mark) - 1], mark
    return text, mark
