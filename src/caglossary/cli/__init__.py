"""The ``caglossary`` command line. Each command lives in its own module.

Exit codes: 0 ok, 1 not found / problems found, 2 bad usage or unreadable
input. User errors print a message naming the file and the fix, never a
traceback.
"""

from __future__ import annotations

import os
import signal
import sys


def _interrupted_while_starting(signum: int, frame: object) -> None:
    """Ctrl-C while this module loads (a few hundred milliseconds of imports and
    caches): no command has begun and nothing is open or half written, so leave at
    once with main()'s line and code; the interpreter printed the traceback of
    whichever import it was in."""
    os.write(2, b"caglossary: interrupted\n")
    os._exit(130)


def _swap_sigint(old: object, new: object) -> None:
    """Handle Ctrl-C with *new* where it was handled by *old* (not where a caller
    ignores it or set a handler of its own, nor from a thread, which cannot)."""
    try:
        if signal.getsignal(signal.SIGINT) is old:
            signal.signal(signal.SIGINT, new)  # type: ignore[arg-type]
    except ValueError:
        pass


_swap_sigint(signal.default_int_handler, _interrupted_while_starting)

import argparse  # noqa: E402 — after the handler, on purpose
import errno  # noqa: E402
import gc  # noqa: E402
import importlib  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from typing import NoReturn  # noqa: E402

from .. import codebundle, regexbundle  # noqa: E402

# before the modules below (and the command's) compile their patterns and records:
# they then take the programs and the records' methods compiled in an earlier run
# (see caglossary.regexbundle and caglossary.codebundle)
regexbundle.preload()
codebundle.preload()

from ..errors import CaglossaryError  # noqa: E402 — after the preload, on purpose
from ..text.files import printable  # noqa: E402
from .common import UsageError, say  # noqa: E402

__all__ = ["build_parser", "main", "run"]

# from here on Ctrl-C raises KeyboardInterrupt again: main() turns it into exit code
# 130 after the command's own clean-up (an output file half written is removed)
_swap_sigint(_interrupted_while_starting, signal.default_int_handler)

# Modules that add commands; each has register(subparsers, parent).
COMMAND_MODULES = (
    "caglossary.cli.glossary_cmds",
    "caglossary.cli.annotate_cmd",
    "caglossary.cli.bib_cmd",
    "caglossary.cli.export_cmd",
    "caglossary.cli.check_translation_cmd",
    "caglossary.cli.build_cmd",
    "caglossary.cli.init_cmd",
)
# The module adding each command: a run imports and registers only its own
# command's module (importing every command cost a short run ~20 ms); help and
# an unknown command still see them all. tests/cli checks the two agree.
COMMAND_MODULE_OF = {
    "lookup": "caglossary.cli.glossary_cmds",
    "list": "caglossary.cli.glossary_cmds",
    "validate": "caglossary.cli.glossary_cmds",
    "annotate": "caglossary.cli.annotate_cmd",
    "bib": "caglossary.cli.bib_cmd",
    "export": "caglossary.cli.export_cmd",
    "check-translation": "caglossary.cli.check_translation_cmd",
    "build": "caglossary.cli.build_cmd",
    "init": "caglossary.cli.init_cmd",
}

# Commands whose work makes garbage in reference cycles, which only the cyclic
# collector frees: Sphinx's doctrees link every node to its parent.
COLLECTING_COMMANDS = frozenset({"build"})


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or only of *command* where it is a known name."""
    from .. import __version__

    parser = _Parser(prog="caglossary", description=(
        "Bilingual (Turkish–English) glossary and citations for Central Asia research."))
    parser.add_argument("--version", action="version", version=f"caglossary {__version__}")
    parent = _Parser(add_help=False)
    parent.add_argument("--glossary", action="append", default=[], metavar="PATH",
                        help="an extra glossary file (repeatable); it extends the built-in "
                             "glossary and overrides concepts with the same id")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    only = COMMAND_MODULE_OF.get(command or "")
    for name in (only,) if only else COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(commands, parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        _guard_standard_streams()
        _fit_stdout()
        argv = sys.argv[1:] if argv is None else list(argv)
        args = build_parser(_command_named(argv)).parse_args(argv)
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
        regexbundle.keep()  # writes only where a module's pattern is new to the file
        codebundle.keep()  # and only where a record's code is
        return code
    except UsageError as exc:
        say(exc)
        return 2
    except CaglossaryError as exc:
        message = printable(exc)
        prefix = "" if message.startswith("caglossary:") else "caglossary: "
        print(f"{prefix}{message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        _quiet_stdout()
        print("caglossary: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _quiet_stdout()  # the reader (head, less) has had enough: not an error
        return 0
    except OSError as exc:
        _quiet_stdout()
        print(f"caglossary: {printable(_os_error(exc))}", file=sys.stderr)
        return 2


def run(argv: Sequence[str] | None = None) -> NoReturn:
    """The process's entry point (``caglossary``, ``python -m caglossary``): :func:`main`,
    then the exit.

    Every other command keeps what it loads (glossary, tables, programs) until it
    exits and makes no garbage in cycles, so it runs without the cyclic collector,
    which would walk those objects again and again for nothing (22 M instructions
    of a 1 KB ``annotate``; the peak memory of 10 MB stays the same).
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    if _command_named(argv) in COLLECTING_COMMANDS:
        gc.enable()
    else:
        gc.disable()
    _leave(main(argv))


def _leave(code: int) -> NoReturn:
    """Exit with *code*, without the interpreter's teardown where nothing needs it.

    The teardown frees every object one by one and collects the garbage once more
    (60 M instructions after a 1 KB ``annotate``, an eighth of the run); the
    operating system takes the memory back at once. Only the standard streams
    hold output not yet written, so they are flushed first; where that fails, or
    an ``atexit`` handler or another thread is waiting, the exit is the usual one.
    """
    import atexit

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # noqa: BLE001 — the usual exit reports or ignores it, as before
        raise SystemExit(code) from None
    threading = sys.modules.get("threading")
    pending = getattr(atexit, "_ncallbacks", lambda: 1)()
    if pending or (threading is not None and threading.active_count() > 1):
        raise SystemExit(code)
    os._exit(code)


class _ClosedOutput:
    """Standard output that was closed when the process started (``>&-``): writing
    to it fails as a write to a closed descriptor does, and main() says so."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed; redirect it to a file "
                                   "or to /dev/null")

    def flush(self) -> None:
        pass  # nothing was written, so a command that writes a file still succeeds

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return 1


def _guard_standard_streams() -> None:
    """Put the null device on every standard descriptor that was closed at start.

    The interpreter leaves such a stream None: a command then failed with a
    traceback, and the next file opened took the free descriptor, so with ``2>&-``
    the notes print() sends to standard error when it is None went into
    standard output, that is, into ``caglossary bib > refs.bib``. Standard input
    stays None for the command to name; output fails on its first write.
    """
    for number, name in enumerate(("stdin", "stdout", "stderr")):
        if getattr(sys, name) is not None:
            continue
        try:
            os.fstat(number)
            continue  # open after all (an embedding program's choice): left alone
        except OSError:
            pass
        null = os.open(os.devnull, os.O_RDWR)  # the lowest free number: this one
        if null != number:
            os.dup2(null, number)
            os.close(null)
        if name == "stdout":
            sys.stdout = _ClosedOutput()
        elif name == "stderr":
            sys.stderr = open(number, "w", encoding="utf-8", errors="backslashreplace",
                              closefd=False)


def _fit_stdout() -> None:
    """Make standard output able to take every letter the commands print.

    Its encoding follows the locale (``LANG=C`` without UTF-8 mode, an ASCII
    ``PYTHONIOENCODING``, a Windows codepage when output is redirected), and the
    first 'ş' then stopped the command with a traceback. A file or pipe gets
    UTF-8, the encoding of every format and offset the commands promise; a
    terminal keeps its encoding and shows a letter it lacks as an escape
    (``\\u015f``), as standard error already does.
    """
    import codecs

    encoding = getattr(sys.stdout, "encoding", None)
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is None or encoding is None or codecs.lookup(encoding).name.startswith("utf-"):
        return  # UTF-8 already, or not a real text stream (a test's capture takes any letter)
    try:
        if sys.stdout.isatty():
            reconfigure(errors="backslashreplace")
        else:
            reconfigure(encoding="utf-8")
    except (OSError, ValueError):
        pass  # a stream that cannot change keeps the interpreter's own handling


def _command_named(argv: list[str]) -> str | None:
    """The command word of *argv* (the first argument; global options come alone)."""
    return argv[0] if argv and not argv[0].startswith("-") else None


def _os_error(exc: OSError) -> str:
    """``path: reason`` for an OS error no command turned into a message of its own."""
    reason = exc.strerror or str(exc)
    if exc.filename is not None:
        return f"{exc.filename}: {reason}"
    return f"cannot write the output: {reason}"


def _quiet_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush cannot fail again."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass  # stdout is no real file (tests redirect it): nothing is left to flush
