"""The project's errors and problems.

Every error and every problem carries a stable ``code`` (what kind of problem
it is: surfaces choose Sphinx warning subtypes and exit codes from it, never
from the message text), the offending key and a message. Core messages say
what to fix in the data, never which command-line flag to use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "CaglossaryError",
    "ConceptNotFound",
    "DataFileError",
    "Problem",
    "ReferenceNotFound",
    "Severity",
    "UNREADABLE_CODES",
    "UnreadableFile",
]

#: "error" loses data or breaks links; "warning" does not.
Severity = Literal["error", "warning"]

#: Codes of a file that could not be read at all (missing, a folder, no
#: permission, not UTF-8, too large): bad input, which a command line exits 2 for,
#: rather than a problem found in the data.
UNREADABLE_CODES = frozenset({"file-missing", "file-unreadable", "file-encoding",
                              "file-too-large"})


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in a data file, reported as ``path:line: message``.

    ``code`` is stable and names the kind of problem (``glossary-syntax``,
    ``duplicate-id``, ``broken-see-also``, ``file-missing`` …).
    """

    path: str
    line: int
    message: str
    key: str = ""
    severity: Severity = "error"
    code: str = "data"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        label = "" if self.severity == "error" else f"{self.severity}: "
        return f"{where}: {label}{self.message}"


class CaglossaryError(Exception):
    """Base class of every error raised by caglossary."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message

    def __str__(self) -> str:
        return self.message


class UnreadableFile(CaglossaryError, OSError):
    """A file that cannot be read as text: missing, a folder, unreadable, not UTF-8."""

    def __init__(self, path: str, line: int, reason: str, code: str = "file-unreadable") -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(path, f"{where}: {reason}")
        self.path, self.line, self.reason, self.code = path, line, reason, code

    def problem(self) -> Problem:
        """The same failure as a :class:`Problem` of a data file."""
        return Problem(self.path, self.line, self.reason, self.path, "error", self.code)


class ConceptNotFound(CaglossaryError, LookupError):
    """No concept matches a query; ``suggestions`` holds the nearest terms."""

    def __init__(self, query: str, suggestions: Sequence[str] = ()) -> None:
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(query, f"no concept matches {query!r}.{hint}")
        self.query = query
        self.suggestions = tuple(suggestions)


class ReferenceNotFound(CaglossaryError, LookupError):
    """No bibliography record has the requested key."""

    def __init__(self, key: str, suggestions: Sequence[str] = ()) -> None:
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(key, f"no reference has the key {key!r}.{hint}")
        self.suggestions = tuple(suggestions)


class DataFileError(CaglossaryError):
    """A data file cannot be used; ``problems`` says where and how to fix it."""

    def __init__(self, path: str, problems: Sequence[Problem]) -> None:
        shown = "\n".join(str(p) for p in problems) or f"{path}: unreadable"
        super().__init__(path, shown)
        self.path = path
        self.problems = tuple(problems)
