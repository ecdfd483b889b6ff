"""Helpers shared by the glossary exporters: order, directions, clean fields."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..errors import CaglossaryError
from ..termbase.model import LANGUAGES

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary
    from ..termbase.model import Concept, LangSide

__all__ = [
    "ExportError",
    "concepts_in_order",
    "direction",
    "equivalent",
    "is_acronym",
    "labelled_forms",
    "one_line",
]

# C0 controls other than tab, newline and carriage return, lone surrogates and
# U+FFFE/U+FFFF are not XML 1.0 characters (a file holding one is not
# well-formed) and confuse tab-separated readers; none belongs in a term or a
# definition. ``validate`` reports them in the glossary (code xml-forbidden-char).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


class ExportError(CaglossaryError):
    """An export was asked for with a bad format name or option."""


def concepts_in_order(glossary: Glossary) -> list[Concept]:
    """Every export lists concepts in Turkish alphabetical order of the tr term."""
    return glossary.sorted_by("tr")


def direction(source: str = "tr", target: str | None = None) -> tuple[str, str]:
    """Check a translation direction; *target* defaults to the other language."""
    if source not in LANGUAGES:
        raise ExportError(source, f"unknown source language {source!r}: use 'tr' or 'en'")
    target = target or next(lang for lang in LANGUAGES if lang != source)
    if target not in LANGUAGES or target == source:
        raise ExportError(target, f"bad target language {target!r}: use the language "
                          f"other than {source!r}")
    return source, target


def one_line(text: str) -> str:
    """*text* with control characters dropped and whitespace runs made one space."""
    return " ".join(_CONTROL.sub("", text).split())


def labelled_forms(side: LangSide) -> Iterator[tuple[str, str]]:
    """``(form, kind)`` for the term, its variants and its abbreviations, each once.

    Kinds are ``term``, ``variant`` and ``abbreviation``; a form written the same
    way as an earlier one (a variant equal to the term, say) is skipped.
    """
    seen: set[str] = set()
    labelled = [(side.term, "term"), *((v, "variant") for v in side.variants),
                *((a, "abbreviation") for a in side.abbr)]
    for form, kind in labelled:
        if form and form not in seen:
            seen.add(form)
            yield form, kind


def equivalent(concept: Concept, kind: str, target: str) -> str:
    """The target-language form a source form translates to.

    An abbreviation maps to the target's first abbreviation when it has one
    (``ŞİÖ`` → ``SCO``), everything else to the target's term.
    """
    side = concept.side(target)
    if kind == "abbreviation" and side.abbr:
        return side.abbr[0]
    return side.term


def is_acronym(form: str) -> bool:
    """Capital letters and digits only (``NATO``, ``ŞİÖ``, ``C5``): an acronym.

    Anything else short (``U.S.``) is an abbreviation.
    """
    return form.isalnum() and form.isupper()
