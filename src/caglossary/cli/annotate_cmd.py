"""``annotate``: the manuscript checker — term mentions and citations with offsets."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ..recognition.annotate import Annotation, annotate, may_cite
from ..text.files import LineIndex, printable
from .common import UsageError, emit_json, read_text_file, require_files, say, text_of
from .inputs import load_user_glossary

if TYPE_CHECKING:
    from ..bib.library import Bibliography
    from ..recognition.glossary import Glossary
    from ..recognition.terms import TermMention
    from .jsonout import Table

__all__ = ["register"]


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    annotate = commands.add_parser(
        "annotate", parents=[parent], help="find glossary terms and citations in text files",
        description="Offsets index each file's text decoded as UTF-8 (Python code points).")
    annotate.add_argument("files", nargs="+", metavar="FILE",
                          help="a UTF-8 text file; - reads standard input")
    annotate.add_argument("--ocr", action="store_true",
                          help="tolerate OCR damage (ü→ii, ş→$, ı→1 …)")
    annotate.add_argument("--pdf-text", action="store_true",
                          help="tolerate Turkish letters lost in PDF text extraction "
                               "(ş ğ ı İ dropped: 'anghay birli i Örgütü'); costs precision "
                               "on clean text")
    annotate.add_argument("--anaphora", action="store_true",
                          help="also resolve class nouns that refer back to a concept "
                               "(\"Örgüt\", \"the organization\"); they print with kind anaphor")
    annotate.add_argument("--json", action="store_true", help="print a JSON array, one object per file")
    annotate.add_argument("--bib", action="append", default=[], metavar="PATH",
                          help="your own BibTeX file (repeatable); its records join the bundled "
                               "ones, so citations of them resolve")
    annotate.set_defaults(func=run_annotate)


def annotate_text(glossary: Glossary, bibliography: Bibliography | None, path: str, text: str,
                  ocr: bool, pdf_text: bool = False, anaphora: bool = False) -> dict[str, Any]:
    """What ``annotate --json`` prints for one file."""
    return _as_json(path, _annotation(glossary, bibliography, text, ocr, pdf_text, anaphora))


def _annotation(glossary: Glossary, bibliography: Bibliography | None, text: str, ocr: bool,
                pdf_text: bool, anaphora: bool) -> Annotation:
    resolver = glossary.anaphora_resolver(ocr=ocr) if anaphora else None
    return annotate(text, glossary, bibliography, ocr=ocr, pdf_text=pdf_text, anaphora=resolver)


def _as_json(path: str, found: Annotation) -> dict[str, Any]:
    return {"file": path, "mentions": [m.as_json() for m in found.terms],
            "citations": [c.as_json() for c in found.citations]}


def _as_table(path: str, found: Annotation) -> dict[str, Any]:
    """:func:`_as_json` with the mentions as a table, written alike without a dict each."""
    return {"file": path, "mentions": mention_table(found.terms),
            "citations": [c.as_json() for c in found.citations]}


def mention_table(mentions: list[TermMention]) -> Table:
    """The members of each mention's ``as_json()``, column by column."""
    from .jsonout import Table  # and json: only for --json

    columns = zip(("start", "end", "text", "concept", "kind"),
                  (_START, _END, _SURFACE, _CONCEPT, _KIND))
    return Table({key: list(map(member, mentions)) for key, member in columns})


def _report_unresolved(results: list[tuple[str, str, Annotation]],
                       line_index: Callable[[str], LineIndex]) -> int:
    """Print each citation that names no record; their count decides the exit code."""
    count = 0
    for path, text, found in results:
        for cite in found.citations:
            if cite.unresolved:
                line, col = line_index(text).line_col(cite.start)
                shown = " ".join(cite.surface.split())
                say(f"{path}:{line}:{col}: unresolved citation {shown}: "
                    f"{'; '.join(cite.problems)} — fix the citation or add the "
                    "record (--bib)")
                count += 1
    return count


def _read(path: str) -> tuple[str, str]:
    """(name shown, text) of a FILE argument; ``-`` is standard input, read as UTF-8."""
    if path != "-":
        return path, read_text_file(path)
    # read as a file is: the same checks, and a byte-order mark stays, so the same
    # text gives the same offsets either way
    if sys.stdin is None:
        raise UsageError("caglossary: -: standard input is closed; pipe text into the "
                         "command or give a file", "-")
    return "<stdin>", text_of(sys.stdin.buffer.read(), "<stdin>")


def _user_bibliography(paths: list[str]) -> Bibliography:
    """The bundled records plus ``--bib`` files; an unreadable file stops with exit 2."""
    from ..bib.library import bibliography, load_bibliography

    if not paths:
        return bibliography()
    require_files(paths, "BibTeX", "--bib")
    loaded = load_bibliography(paths)
    for problem in loaded.problems:
        say(problem)
    return loaded


def run_annotate(args: argparse.Namespace) -> int:
    if args.files.count("-") > 1:  # the second would read nothing and report nothing
        raise UsageError("caglossary annotate: - is given more than once; standard input "
                         "can be read once, so give it once")
    glossary = load_user_glossary(args)
    # --bib files are always read (their problems are reported whatever the text);
    # the bundled records alone only for text that can cite them
    bib = _user_bibliography(args.bib) if args.bib else None
    texts = [_read(path) for path in args.files]
    if bib is None and any(may_cite(text) for _, text in texts):
        bib = _user_bibliography([])
    results = [(path, text, _annotation(glossary, bib, text, args.ocr, args.pdf_text,
                                        args.anaphora)) for path, text in texts]
    # a text's line index (a pass over all of it) is built once, and only if asked for
    line_index = lru_cache(maxsize=None)(LineIndex)
    if args.json:
        emit_json([_as_table(path, found) for path, _, found in results])
    else:
        described: dict[tuple[str, str], str] = {}
        for path, text, found in results:
            # one write per file: print() per line makes a system call each on an
            # unbuffered stdout (PYTHONUNBUFFERED=1), the usual setting in CI
            sys.stdout.write(_human_lines(glossary, path, line_index(text), found, described))
    return 1 if _report_unresolved(results, line_index) else 0


def _human_lines(glossary: Glossary, path: str, lines: LineIndex, found: Annotation,
                 described: dict[tuple[str, str], str]) -> str:
    """The text output for one file: ``path:line:col  text → what it names``, one a line.

    Every step is a ``map()`` over all mentions at once (a long manuscript has a
    hundred thousand); what follows the arrow depends on the concept and the kind
    alone, and is worked out once for each in *described*.
    """
    mentions, cites = found.terms, found.citations
    for named in set(zip(map(_CONCEPT, mentions), map(_KIND, mentions))) - described.keys():
        described[named] = _described(glossary, *named)
    line = printable(path).replace("%", "%%") + ":%d:%d  %s → %s"
    where = lines.lines_cols(map(_START, mentions))
    # a text names the same things the same way again and again: each surface's
    # whitespace is collapsed once, and looked up (in C) for every other mention
    shown = map(_Collapsed().__getitem__, map(_SURFACE, mentions))
    meaning = map(described.__getitem__, zip(map(_CONCEPT, mentions), map(_KIND, mentions)))
    out = list(map(line.__mod__, zip(*where, shown, meaning)))
    where = lines.lines_cols(map(_START, cites))
    shown = map(" ".join, map(str.split, map(_SURFACE, cites)))
    keys = (f"{', '.join(cite.keys) or '?'}\n" for cite in cites)
    out += map(line.__mod__, zip(*where, shown, keys))
    lines_out = "".join(out)
    # one C-level check of the whole output; a control character in a user's glossary
    # term or a citation would otherwise reach the terminal as it is
    if lines_out.replace("\n", "").isprintable():
        return lines_out
    return "\n".join(map(printable, lines_out.split("\n")))


class _Collapsed(dict[str, str]):
    """A surface → the surface with each run of whitespace made one space."""

    def __missing__(self, surface: str) -> str:
        collapsed = self[surface] = " ".join(surface.split())
        return collapsed


_START, _END, _SURFACE = attrgetter("start"), attrgetter("end"), attrgetter("surface")
_CONCEPT, _KIND = attrgetter("concept"), attrgetter("kind")


def _described(glossary: Glossary, concept_id: str, kind: str) -> str:
    """What a text-output line shows after the arrow for a mention of *concept_id*."""
    concept = glossary[concept_id]
    refers = " (anaphor)" if kind == "anaphor" else ""
    return f"{concept.id}{refers} ({concept.tr.term} / {concept.en.term})\n"
