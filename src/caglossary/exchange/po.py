"""gettext catalogue of the glossary: msgid = a source form, msgstr = its equivalent.

Built with babel's catalogue API. Each term, variant and abbreviation of the
source language becomes a message (``ŞİÖ`` → ``SCO``), with the concept id in
an extracted comment, so the file works as a compendium for msgmerge or
sphinx-intl. A ``.pot`` template has the same messages with empty msgstr.
Dates are fixed, the generator header does not name babel's version and the
``Plural-Forms`` header comes from :data:`PLURAL_FORMS`, not from babel's
CLDR data (Babel 2.19 changed Turkish from one form to two), so the output is
byte-identical across runs and babel upgrades.
"""

from __future__ import annotations

import datetime as dt
import io
from functools import cache
from typing import TYPE_CHECKING, Any

from .common import concepts_in_order, direction, equivalent, labelled_forms

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

    from ..recognition.glossary import Glossary

__all__ = ["FIXED_DATE", "PLURAL_FORMS", "build_catalog", "write_po"]

#: POT-Creation-Date and PO-Revision-Date of every export: a fixed moment
#: (the Unix epoch) instead of "now", which would change the bytes on each run.
FIXED_DATE = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
#: The plural rule each target language's catalogue declares: the project's own
#: choice. Turkish takes two forms, singular for one only, as CLDR's one/other
#: categories and the defaults of current translation platforms have it (older
#: glibc tables listed one form); English the same. A template keeps gettext's
#: placeholder, which a translator fills in.
PLURAL_FORMS = {"tr": "nplurals=2; plural=(n != 1);", "en": "nplurals=2; plural=(n != 1);"}
_HEADER = ("# Glossary terms of caglossary ({source} → {target}), for use as a\n"
           "# translation compendium. Generated from the glossary data; edit that, not this file.")


@cache
def _catalog_class() -> type:
    from babel.messages.catalog import Catalog

    # babel declares mime_headers as a property; its stubs do not say so.
    _BASE_HEADERS: Any = Catalog.__dict__["mime_headers"]

    class StableCatalog(Catalog):
        """A catalogue whose header names no babel version (it changes with upgrades)."""

        def _stable_headers(self) -> list[tuple[str, str]]:
            headers = []
            for name, value in _BASE_HEADERS.fget(self):
                if name == "Project-Id-Version":
                    value = "caglossary glossary"
                elif name == "Generated-By":
                    value = "caglossary\n"
                elif name == "Plural-Forms" and str(self.locale) in PLURAL_FORMS:
                    value = PLURAL_FORMS[str(self.locale)]
                headers.append((name, value))
            return headers

        mime_headers = property(_stable_headers, _BASE_HEADERS.fset)

    return StableCatalog


def build_catalog(glossary: Glossary, *, source: str = "tr", target: str | None = None,
                  template: bool = False) -> Catalog:
    """The babel ``Catalog`` the ``.po``/``.pot`` export writes."""
    source, target = direction(source, target)
    options: dict[str, Any] = {"creation_date": FIXED_DATE, "fuzzy": template,
                               "header_comment": _HEADER.format(source=source, target=target)}
    if not template:
        options.update(locale=target, revision_date=FIXED_DATE, language_team=target,
                       last_translator="caglossary")
    catalog = _catalog_class()(**options)
    for concept in concepts_in_order(glossary):
        for form, kind in labelled_forms(concept.side(source)):
            translation = "" if template else equivalent(concept, kind, target)
            note = f"{concept.id} ({kind})"
            existing = catalog.get(form)
            if existing is not None:  # a form two concepts share keeps its first translation
                existing.auto_comments.append(f"also {note}: {equivalent(concept, kind, target)}")
                continue
            catalog.add(form, translation, auto_comments=[note])
    return catalog


def write_po(glossary: Glossary, *, source: str = "tr", target: str | None = None,
             template: bool = False) -> str:
    """The catalogue as ``.po`` text (``template=True``: a ``.pot`` with empty msgstr)."""
    from babel.messages.pofile import write_po as babel_write_po

    catalog = build_catalog(glossary, source=source, target=target, template=template)
    out = io.BytesIO()
    babel_write_po(out, catalog, width=0, sort_output=False, ignore_obsolete=True)
    return out.getvalue().decode("utf-8")
