"""``export``: the glossary as TBX, SKOS, OmegaT, CSV, gettext or JSON."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING
from pathlib import Path

from .common import UsageError, refuse_idle_options, say
from .inputs import load_user_glossary

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary

__all__ = ["add_no_builtin", "load_selected_glossary", "register"]


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    from ..exchange import FORMATS

    export = commands.add_parser(
        "export", parents=[parent], help="write the glossary in an exchange format",
        description="Write the glossary as UTF-8, concepts in Turkish alphabetical order; the "
        "same glossary always gives byte-identical output.")
    export.add_argument("--format", "-f", required=True, choices=sorted(FORMATS),
                        help="; ".join(f"{n}: {FORMATS[n].description}" for n in sorted(FORMATS)))
    export.add_argument("-o", "--output", metavar="PATH",
                        help="write to PATH instead of standard output")
    export.add_argument("--from", dest="source", choices=("tr", "en"),
                        help="source language of omegat and po exports (default: tr)")
    export.add_argument("--to", dest="target", choices=("tr", "en"),
                        help="target language (default: the other one)")
    export.add_argument("--template", action="store_true",
                        help="po: write a .pot template with empty msgstr (implied by -o *.pot)")
    export.add_argument("--tbx-version", choices=("2008", "2019"),
                        help="tbx: the 2008 martif layout that translate-toolkit and OmegaT "
                             "read (default), or ISO 30042:2019 (tbx root)")
    export.add_argument("--base-iri", metavar="IRI",
                        help="skos: namespace of the concept IRIs "
                             "(default: https://w3id.org/caglossary/)")
    add_no_builtin(export)
    export.set_defaults(func=run_export)


def add_no_builtin(command: argparse.ArgumentParser) -> None:
    command.add_argument("--no-builtin", action="store_true",
                         help="use only the --glossary files, not the built-in glossary")


def load_selected_glossary(args: argparse.Namespace) -> Glossary:
    """The built-in glossary plus ``--glossary`` files, or with ``--no-builtin`` only the files."""
    if not args.no_builtin:
        return load_user_glossary(args)
    if not args.glossary:
        raise UsageError(f"caglossary {args.command}: --no-builtin needs at least one "
                         "--glossary PATH")
    from .. import load_glossary

    for path in args.glossary:
        if not Path(path).is_file():
            raise UsageError(f"caglossary: {path}: no such glossary file; check the path "
                             "given to --glossary", path)
    loaded = load_glossary(args.glossary, builtin=False)
    for problem in loaded.problems:
        say(problem)
    if not len(loaded):
        raise UsageError(f"caglossary: no usable concept in {', '.join(args.glossary)}")
    return loaded


# The export option each flag sets.
_FLAGS = {"source": "--from", "target": "--to", "template": "--template",
          "version": "--tbx-version", "base_iri": "--base-iri"}


def _options(args: argparse.Namespace) -> dict:
    """The options given for the format; one the format does not take is refused."""
    from ..exchange import FORMATS

    given = {"source": args.source, "target": args.target, "template": args.template or None,
             "version": args.tbx_version, "base_iri": args.base_iri}
    given = {option: value for option, value in given.items() if value is not None}
    allowed = FORMATS[args.format].options
    refuse_idle_options("export", {
        _FLAGS[option]: "--format " + " or ".join(
            sorted(name for name, spec in FORMATS.items() if option in spec.options))
        for option in given if option not in allowed})
    if "template" in allowed and (args.output or "").endswith(".pot"):
        given["template"] = True
    return given


def _write_fix(exc: OSError) -> str:
    """What to do about *exc*: "check that the folder exists" misled on a full disk,
    a read-only folder or a folder given as the file."""
    import errno

    fixes = {errno.ENOENT: "check that the folder exists",
             errno.ENOTDIR: "check that the folder exists",
             errno.EISDIR: "give a file name, not a folder",
             errno.ENOSPC: "free some disk space or write elsewhere",
             errno.EDQUOT: "free some disk space or write elsewhere"}
    return fixes.get(exc.errno or 0, "choose a file in a folder you can write to")


def run_export(args: argparse.Namespace) -> int:
    from ..exchange import export_glossary

    if args.target is not None and args.target == (args.source or "tr"):
        raise UsageError(f"caglossary export: --from and --to are both {args.target!r}; "
                         "give two different languages")
    glossary = load_selected_glossary(args)
    data = export_glossary(glossary, args.format, **_options(args)).encode("utf-8")
    if not args.output or args.output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return 0
    try:
        Path(args.output).write_bytes(data)
    except OSError as exc:
        raise UsageError(f"caglossary: {args.output}: cannot write: {exc.strerror or exc}; "
                         f"{_write_fix(exc)}", args.output) from None
    say(f"wrote {len(glossary)} concepts as {args.format} to {args.output}")
    return 0
