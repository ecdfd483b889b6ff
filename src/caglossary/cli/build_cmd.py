"""``build``: a research site (HTML) from a folder of .txt/.rst/.md, or the bundled seeds."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..text.files import printable
from .common import UsageError, require_files, say
from .inputs import check_bib_files, check_glossary_files

__all__ = ["register"]


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    build = commands.add_parser(
        "build", parents=[parent], help="build a linked research site with Sphinx",
        description="Build an HTML site with every glossary term and citation linked, plus "
        "glossary and bibliography pages. No conf.py is needed; per-file settings may live "
        "in SOURCE_DIR/caglossary-build.toml. With no SOURCE_DIR the bundled seed "
        "documents are built.")
    build.add_argument("source", nargs="?", metavar="SOURCE_DIR",
                       help="folder of .txt/.rst (and .md with MyST) documents")
    build.add_argument("-o", "--out", default="caglossary-site", metavar="OUT",
                       help="output folder (default: ./caglossary-site)")
    build.add_argument("--ocr", action="append", default=[], metavar="GLOB",
                       help="read matching .txt files with OCR tolerance (repeatable)")
    build.add_argument("--lang", choices=("tr", "en"), default="",
                       help="language of the site's pages (default: from "
                            "caglossary-build.toml, else en)")
    build.add_argument("--bib", action="append", default=[], metavar="PATH",
                       help="an extra BibTeX file merged with the bundled references")
    build.add_argument("-W", "--strict", action="store_true",
                       help="exit with status 1 when the build printed warnings")
    build.add_argument("-v", "--verbose", action="store_true", help="show Sphinx's progress")
    build.set_defaults(func=run_build)


def _source_dir(args: argparse.Namespace) -> Path:
    if args.source:
        return Path(args.source)
    from ..resources import bundled_seeds_dir

    seeds = bundled_seeds_dir()
    if seeds is None:
        raise UsageError("caglossary build: this installation has no bundled seed documents; "
                         "give a SOURCE_DIR")
    return seeds


def run_build(args: argparse.Namespace) -> int:
    from sphinx.errors import SphinxError

    from ..sphinxext.sitebuild import build_site

    require_files(args.glossary, "glossary", "--glossary")
    require_files(args.bib, "BibTeX", "--bib")
    if not args.out.strip():
        raise UsageError("caglossary build: -o needs a folder name (it was empty)")
    check_glossary_files(args.glossary)
    check_bib_files(args.bib)
    try:
        result = build_site(_source_dir(args), Path(args.out), ocr_globs=args.ocr,
                            language=args.lang, glossary_files=args.glossary,
                            bib_files=args.bib, quiet=not args.verbose)
    except SphinxError as exc:
        print(f"caglossary build: Sphinx stopped: {printable(exc)}", file=sys.stderr)
        return 1
    say(result.index_html, stream=sys.stdout)
    return 1 if args.strict and result.warnings else 0
