"""Term consistency of a translation: does each msgstr render the glossary terms of its msgid?

For every translated message of a gettext ``.po`` file, the recognition
engine finds the glossary concepts in the source text (inflected forms
included). The translation must then mention each of them by an accepted
target-language form: the target side's term, an abbreviation or a variant,
inflected or not. A mention of the concept in the source language (the
Turkish term left untranslated in English text) does not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import CaglossaryError, Problem, UnreadableFile
from ..termbase.model import LANGUAGES
from ..text.files import decode_utf8, read_bytes
from ..text.turkish import fold

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog, Message

    from ..recognition.glossary import Glossary
    from ..termbase.model import LangSide

__all__ = ["CatalogCheck", "TranslationFileError", "check_catalog", "check_po_file",
           "read_catalog", "resolve_direction"]

_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")


class TranslationFileError(CaglossaryError):
    """A ``.po`` file that cannot be read or parsed."""


@dataclass(frozen=True, slots=True)
class CatalogCheck:
    """What a check found: the problems and how many messages were checked."""

    path: str
    source: str
    target: str
    checked: int
    problems: tuple[Problem, ...]


def _decode(path: str, raw: bytes) -> str:
    declared = _CHARSET.search(raw[:4096])
    charset = declared.group(1).decode("ascii") if declared else "utf-8"
    if charset == "CHARSET":  # the placeholder of a fresh template
        charset = "utf-8"
    try:
        return decode_utf8(raw, path, encoding=charset)
    except LookupError:
        raise TranslationFileError(path, f"{path}: unknown charset {charset!r} in the header; "
                                   "use charset=UTF-8") from None
    except UnreadableFile as exc:
        raise TranslationFileError(path, str(exc)) from None


def read_catalog(path: str | Path) -> Catalog:
    """Parse a ``.po`` file with babel, or raise :class:`TranslationFileError` naming the line."""
    from babel.messages.pofile import PoFileError, read_po

    name = str(path)
    try:
        raw = read_bytes(path)
    except UnreadableFile as exc:
        raise TranslationFileError(name, str(exc)) from None
    lines = _decode(name, raw).splitlines()
    try:
        catalog = read_po(lines, abort_invalid=True)
    except PoFileError as exc:
        raise TranslationFileError(name, f"{name}:{exc.lineno + 1}: not a valid .po file "
                                   f"({str(exc).rsplit(' on ', 1)[0]}); fix that line") from None
    except (ValueError, IndexError) as exc:
        raise TranslationFileError(name, f"{name}: not a valid .po file ({exc})") from None
    _refuse_duplicates(name, lines)
    return catalog


_ENTRY_LINE = re.compile(r'(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+(".*")\s*$')
_CONTINUATION = re.compile(r'\s*(".*")\s*$')


def _refuse_duplicates(name: str, lines: list[str]) -> None:
    """Stop at a message defined twice (same context and msgid), which babel reads
    silently as one, so the other translation would go unchecked; msgfmt refuses it too."""
    from babel.messages.pofile import unescape

    seen: dict[tuple[str | None, str], int] = {}
    context: str | None = None
    keyword, start, parts = "", 0, []
    for number, line in enumerate([*lines, ""], 1):  # the empty line ends the last entry
        entry, more = _ENTRY_LINE.match(line), _CONTINUATION.match(line)
        if more and not entry:
            parts.append(unescape(more.group(1)))
            continue
        if keyword == "msgctxt":  # the string before this line is complete
            context = "".join(parts)
        elif keyword == "msgid":
            key, context = (context, "".join(parts)), None
            if key[1] and key in seen:
                raise TranslationFileError(name, f"{name}:{start}: msgid {key[1]!r} is defined "
                                           f"twice (first on line {seen[key]}); keep one entry")
            seen.setdefault(key, start)
        keyword, start = (entry.group(1), number) if entry else ("", number)
        parts = [unescape(entry.group(2))] if entry else []


def resolve_direction(catalog: Catalog, source: str | None, target: str | None) -> tuple[str, str]:
    """The languages to check: as given, else from the catalogue's Language header, else tr → en."""
    if source is None and target is None and catalog.locale is not None:
        target = catalog.locale.language if catalog.locale.language in LANGUAGES else None
    if source is None:
        source = next(lang for lang in LANGUAGES if lang != target) if target else "tr"
    if target is None:
        target = next(lang for lang in LANGUAGES if lang != source)
    if source not in LANGUAGES or target not in LANGUAGES or source == target:
        raise TranslationFileError(f"{source}-{target}", f"cannot check {source} → {target}: "
                                   "the languages must be tr → en or en → tr")
    return source, target


def _texts(value: str | tuple[str, ...] | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else [v for v in value if v]


def _translated(catalog: Catalog, include_fuzzy: bool) -> Iterator[Message]:
    for message in catalog:
        if not message.id or not any(_texts(message.string or "")):
            continue
        if message.fuzzy and not include_fuzzy:
            continue
        yield message


def _derived_english(translation: str, side: LangSide) -> bool:
    """An English word derived from the term or a variant: "Central Asian" renders "Orta Asya".

    The recognition engine never accepts derivational endings (they would link
    "Russian" to Russia in running text); a translation, though, often needs
    the adjective, so here the term or a variant at the start of a word is
    enough. Abbreviations are left out: "EU" must not be found in "Europe".
    """
    key = fold(translation)
    return any(re.search(r"(?<!\w)" + re.escape(fold(form)), key)
               for form in (side.term, *side.variants) if form.strip())


def _missing(glossary: Glossary, message: Message, target: str) -> list[tuple[str, str, str]]:
    """``(surface, concept id, msgstr label)`` of source mentions a translation lacks."""
    found: dict[str, str] = {}
    for text in _texts(message.id):
        for mention in glossary.find_terms(text):
            found.setdefault(mention.concept, mention.surface)
    plural = not isinstance(message.string, str)
    translations: list[str] = ([message.string] if isinstance(message.string, str)
                               else [t or "" for t in message.string or ()])
    # An empty plural form is untranslated, not wrong: None skips it, keeping msgstr[N] numbering.
    rendered_by = [glossary.find_terms(text) if text else None for text in translations]
    problems = []
    for concept_id, surface in found.items():
        accepted = {fold(form) for form in glossary[concept_id].side(target).forms}
        for index, mentions in enumerate(rendered_by):
            if mentions is None:
                continue
            rendered = any(m.concept == concept_id and fold(m.form) in accepted
                           for m in mentions)
            if not rendered and target == "en":
                rendered = _derived_english(translations[index], glossary[concept_id].en)
            if not rendered:
                problems.append((surface, concept_id, f"msgstr[{index}]" if plural else "msgstr"))
                break
    return problems


def check_catalog(glossary: Glossary, catalog: Catalog, *, path: str = "<catalog>",
                  source: str | None = None, target: str | None = None,
                  include_fuzzy: bool = False) -> CatalogCheck:
    """Check every translated (by default non-fuzzy) message of *catalog*."""
    source, target = resolve_direction(catalog, source, target)
    problems, checked = [], 0
    for message in _translated(catalog, include_fuzzy):
        checked += 1
        for surface, concept_id, where in _missing(glossary, message, target):
            expected = ", ".join(f'"{f}"' for f in glossary[concept_id].side(target).forms)
            text = (f'"{" ".join(surface.split())}" ({concept_id}) is not rendered in '
                    f"{where} ({target}); expected one of: {expected}")
            problems.append(Problem(path, message.lineno or 0, text, concept_id,
                                    code="translation-term"))
    return CatalogCheck(path, source, target, checked, tuple(problems))


def check_po_file(glossary: Glossary, path: str | Path, *, source: str | None = None,
                  target: str | None = None, include_fuzzy: bool = False) -> CatalogCheck:
    """Read *path* and check it (see :func:`check_catalog`)."""
    catalog = read_catalog(path)
    return check_catalog(glossary, catalog, path=str(path), source=source, target=target,
                         include_fuzzy=include_fuzzy)
