"""``check-translation``: glossary terms of each msgid must be rendered in its msgstr."""

from __future__ import annotations

import argparse
import sys

from .common import UsageError, say
from .export_cmd import add_no_builtin, load_selected_glossary

__all__ = ["register"]


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "check-translation", parents=[parent],
        help="check that translations render glossary terms consistently",
        description="For every translated message of a .po file whose msgid contains a "
        "glossary term (inflected forms too), report when the msgstr has no accepted form "
        "of the term's equivalent. Prints FILE:LINE: message; exit 1 when problems are found.")
    check.add_argument("files", nargs="+", metavar="FILE.po")
    check.add_argument("--from", dest="source", choices=("tr", "en"),
                       help="language of the msgids (default: from the file's Language "
                            "header, else tr)")
    check.add_argument("--to", dest="target", choices=("tr", "en"),
                       help="language of the msgstrs (default: the other one)")
    check.add_argument("--include-fuzzy", action="store_true",
                       help="check fuzzy translations too (skipped by default)")
    add_no_builtin(check)
    check.set_defaults(func=run_check_translation)


def run_check_translation(args: argparse.Namespace) -> int:
    from ..exchange.check_translation import TranslationFileError, check_po_file

    if args.source and args.source == args.target:
        raise UsageError(f"caglossary check-translation: --from and --to are both "
                         f"{args.source!r}; give two different languages")
    glossary = load_selected_glossary(args)
    found = 0
    for path in args.files:
        try:
            result = check_po_file(glossary, path, source=args.source, target=args.target,
                                   include_fuzzy=args.include_fuzzy)
        except TranslationFileError as exc:
            raise UsageError(f"caglossary: {exc}", path) from None
        for problem in result.problems:
            say(problem, stream=sys.stdout)
        found += len(result.problems)
        say(f"{path}: {result.checked} translated message(s) checked "
            f"({result.source} → {result.target}), {len(result.problems)} "
            "problem(s)")
    return 1 if found else 0
