"""``lookup``, ``list`` and ``validate``."""

from __future__ import annotations

import argparse
import sys

from ..errors import UNREADABLE_CODES, ConceptNotFound
from ..termbase.model import Concept
from .common import UsageError, emit_json, say
from .inputs import load_user_glossary

__all__ = ["register"]


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    lookup = commands.add_parser("lookup", parents=[parent], help="show the concept a term names",
                                 description="Find a concept by any of its terms, in Turkish or "
                                 "English, in any case, with or without Turkish letters, "
                                 "inflected or not.")
    lookup.add_argument("query", nargs="+", help="the term as you would type it")
    lookup.add_argument("--json", action="store_true", help="print the concept as JSON")
    lookup.set_defaults(func=run_lookup)

    listing = commands.add_parser("list", parents=[parent], help="list all concepts in order")
    listing.add_argument("--lang", choices=("tr", "en"), default="tr",
                         help="alphabetical order of this language (default: tr)")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(func=run_list)

    check = commands.add_parser("validate", parents=[parent],
                                help="check glossary and BibTeX files",
                                description="Report problems as path:line: message. With no "
                                "--glossary the built-in glossary is checked.")
    check.add_argument("--bib", action="append", default=[], metavar="PATH",
                       help="a BibTeX file to check and resolve source keys against "
                            "(repeatable; the bundled refs/ are always included)")
    check.add_argument("--no-builtin", action="store_true",
                       help="check only the given files, not the built-in glossary")
    check.set_defaults(func=run_validate)


def describe(concept: Concept) -> str:
    lines = [f"{concept.label('tr')}  —  {concept.label('en')}",
             f"  id: {concept.id}   category: {concept.category}"]
    for lang in ("tr", "en"):
        side = concept.side(lang)
        if side.variants:
            lines.append(f"  {lang} variants: {'; '.join(side.variants)}")
        lines.append(f"  {lang}: {side.definition}")
    if concept.see_also:
        lines.append(f"  see also: {', '.join(concept.see_also)}")
    if concept.sources:
        cited = (s.label for s in concept.sources)
        lines.append(f"  sources: {'; '.join(cited)}")
    return "\n".join(lines)


def run_lookup(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    if not query.strip():
        # every concept is "near" an empty query, so suggestions would be noise
        raise UsageError("caglossary lookup: the term is empty; give the term to look up")
    glossary = load_user_glossary(args)
    try:
        concept = glossary.lookup(query)
    except ConceptNotFound as exc:
        print(f"caglossary: no concept matches {query!r}.", file=sys.stderr)
        if exc.suggestions:
            print("Did you mean:", file=sys.stderr)
            for suggestion in exc.suggestions:
                print(f"  {suggestion}", file=sys.stderr)
        return 1
    if args.json:
        emit_json(concept.as_json())
    else:
        print(describe(concept))
    return 0


def run_list(args: argparse.Namespace) -> int:
    concepts = load_user_glossary(args).sorted_by(args.lang)
    if args.json:
        emit_json([c.as_json() for c in concepts])
        return 0
    other = "en" if args.lang == "tr" else "tr"
    for concept in concepts:
        print(f"{concept.label(args.lang)}\t{concept.label(other)}\t{concept.id}")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    from ..resources import builtin_bib_paths, builtin_glossary_path
    from ..termbase.checks import validate_files
    from ..text.files import distinct_files

    # each file once, however often or by whichever path it is named
    paths = distinct_files([*([] if args.no_builtin else [builtin_glossary_path()]),
                            *args.glossary])
    builtin_bibs = builtin_bib_paths()
    bib_paths = distinct_files([*builtin_bibs, *args.bib])
    problems = validate_files(paths, bib_paths)
    problems += _bib_problems([str(path) for path in bib_paths[len(builtin_bibs):]])
    for problem in problems:
        say(problem, stream=sys.stdout)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    checked = len(paths) + len(bib_paths)
    print(f"{checked} file(s) checked: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    if any(p.code in UNREADABLE_CODES for p in problems):
        return 2  # a file that cannot be read is bad input, not a problem in its data
    return 1 if errors else 0


def _bib_problems(paths: list[str]) -> list:
    """BibTeX problems of the files given with ``--bib``."""
    if not paths:
        return []
    from ..bib.library import validate_bib_files

    return list(validate_bib_files(paths))
