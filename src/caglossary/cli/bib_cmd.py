"""``bib``: bibliography records as BibTeX, biblatex or CSL-JSON."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..errors import UNREADABLE_CODES
from ..text.files import LineIndex
from .common import UsageError, read_text_file, refuse_idle_options, require_files, say

if TYPE_CHECKING:
    from ..bib.library import Bibliography

__all__ = ["register"]

FORMATS = ("bibtex", "biblatex", "csl-json")


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    bib = commands.add_parser(
        "bib", parents=[parent], help="print bibliography records",
        description="Print records by key, or the records a manuscript cites (--cited-in). "
        "With neither, every complete record is printed, in Turkish author order; stubs "
        "(unverified records) are left out with a line on standard error each.")
    bib.add_argument("keys", nargs="*", metavar="KEY", help="a record key")
    bib.add_argument("--cited-in", action="append", default=[], metavar="FILE",
                     help="a UTF-8 text file whose author–year citations select records "
                          "(repeatable)")
    bib.add_argument("--ocr", action="store_true",
                     help="read --cited-in files as OCR'd text (Sar1 for Sarı …)")
    bib.add_argument("--format", choices=FORMATS,
                     help="output format (default: bibtex)")
    bib.add_argument("--latex", action="store_true",
                     help="LaTeX-encode letters ({\\c{S}}, {\\u{g}}, {\\.I}) instead of UTF-8")
    bib.add_argument("--no-private", action="store_true",
                     help="leave out the private x-* fields (status, sources, notes)")
    bib.add_argument("--include-incomplete", action="store_true",
                     help="also print stub records, each with a note saying what is unknown "
                          "(a key named on the command line is always printed)")
    bib.add_argument("--bib", action="append", default=[], metavar="PATH",
                     help="an extra BibTeX file (repeatable); its records join the bundled ones")
    bib.add_argument("--style", choices=("isnad-metinici", "apa", "chicago-author-date"),
                     help="print a reference list in this CSL style instead of records "
                          "(ISNAD in Turkish, APA and Chicago in English)")
    bib.set_defaults(func=run_bib)


def _load(paths: list[str]) -> Bibliography:
    """The bundled bibliography plus *paths*; their problems are printed to stderr."""
    from ..bib.library import bibliography, load_bibliography

    if not paths:
        return bibliography()
    require_files(paths, "BibTeX", "--bib")
    from .inputs import check_bib_files

    check_bib_files(paths)
    loaded = load_bibliography(paths)
    for problem in loaded.problems:
        say(problem)
    unreadable = [p for p in loaded.problems if p.code in UNREADABLE_CODES]
    if unreadable:
        raise UsageError(f"caglossary: {unreadable[0].path}: cannot be read", unreadable[0].path)
    return loaded


def _cited(bib: Bibliography, files: list[str], ocr: bool) -> tuple[list[str], int]:
    """Keys cited in *files*, first citation first, and the count of problems."""
    from ..recognition.citations import find_citations

    keys: list[str] = []
    problems = 0
    for path in files:
        text = read_text_file(path)
        found = find_citations(text, ocr=ocr, bibliography=bib)
        lines = LineIndex(text)  # once per file: per citation it made long texts quadratic
        for mention in found:
            keys += mention.keys
            for problem in mention.problems:
                problems += 1
                line = lines.line_col(mention.start)[0]
                say(f"{path}:{line}: unresolved citation: {problem}")
        if not ocr:
            problems += _ocr_hint(path, text, found, bib)
    return list(dict.fromkeys(keys)), problems


def _ocr_hint(path: str, text: str, found: list, bib: Bibliography) -> int:
    """Say so when reading *text* as OCR output would cite records the plain reading missed."""
    from ..recognition.citations import find_citations

    plain = {key for mention in found for key in mention.keys}
    extra = [m for m in find_citations(text, ocr=True, bibliography=bib)
             if set(m.keys) - plain]
    if not extra:
        return 0
    line = text.count("\n", 0, extra[0].start) + 1
    shown = ", ".join(repr(m.surface) for m in extra[:3])
    say(f"{path}:{line}: {len(extra)} citation(s) resolve only when the text is "
        f"read as OCR output ({shown}); rerun with --ocr to include their "
        "records")
    return 1


def _render(refs: list, args: argparse.Namespace, bib: Bibliography) -> str:
    if args.style:
        from ..bib.csl import entry_text

        lang = "tr" if args.style == "isnad-metinici" else "en"
        return "".join(entry_text(r, style=args.style, lang=lang, bibliography=bib) + "\n"
                       for r in refs)
    private = not args.no_private
    if args.format == "csl-json":
        from ..exchange.csljson import to_csl_json

        return to_csl_json(refs, private=private)
    from ..exchange.bibtex import to_bibtex

    return to_bibtex(refs, dialect=args.format, latex=args.latex, private=private)


def _complete(refs: list, include_incomplete: bool) -> list:
    """*refs* without the stubs, each left-out one named on stderr with the reason."""
    from ..bib.completeness import is_stub, stub_reason

    if include_incomplete:
        return refs
    for ref in refs:
        if is_stub(ref):
            say(f"{ref.origin}: left out {ref.key}: {stub_reason(ref)}; name the "
                "key or pass --include-incomplete to print it with a note")
    return [ref for ref in refs if not is_stub(ref)]


def _refuse_idle(args: argparse.Namespace) -> None:
    """Options the chosen output or selection would ignore stop the command."""
    records = "records, not to a --style reference list"
    idle = {"--format": records if args.style and args.format else "",
            "--latex": ("--format bibtex or biblatex"
                        if args.latex and (args.style or args.format == "csl-json") else ""),
            "--no-private": records if args.no_private and args.style else "",
            "--ocr": "--cited-in files" if args.ocr and not args.cited_in else ""}
    refuse_idle_options("bib", {flag: why for flag, why in idle.items() if why})
    args.format = args.format or "bibtex"


def run_bib(args: argparse.Namespace) -> int:
    from ..errors import ReferenceNotFound

    if args.glossary:
        raise UsageError(f"caglossary bib: {args.glossary[0]}: bib does not read glossaries; "
                         "drop --glossary (use it with lookup, annotate, export or build)",
                         args.glossary[0])
    _refuse_idle(args)
    bib = _load(args.bib)
    bad_input = any(p.severity == "error" for p in bib.problems)
    cited, cite_problems = _cited(bib, args.cited_in, args.ocr)
    wanted = list(dict.fromkeys([*args.keys, *cited]))
    refs, missing = [], 0
    for key in wanted:
        try:
            refs.append(bib.lookup(key))
        except ReferenceNotFound as exc:
            missing += 1
            print(f"caglossary: {exc}", file=sys.stderr)
    if not args.keys and not args.cited_in:
        refs = _complete(list(bib), args.include_incomplete)
    elif args.cited_in:  # a reference list: Turkish author order
        chosen = {ref.key for ref in refs}
        refs = [ref for ref in bib if ref.key in chosen]
    if refs or args.format == "csl-json":
        sys.stdout.write(_render(refs, args, bib))
    return 1 if missing or cite_problems or bad_input else 0
