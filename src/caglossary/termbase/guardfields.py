"""Read a language side's ``guarded`` list: forms that count only in context.

Kept apart from :mod:`caglossary.termbase.reader` so each module stays about
one concern; the reader passes in its own reporting, so a bad guard is a
``path:line: message`` problem with the same codes as every other field.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..errors import Severity
from .model import Guard

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["GUARD_KEYS", "read_guards"]

GUARD_KEYS = ("form", "near", "not_after", "not_before", "not_before_name", "cased",
              "no_possessive", "apostrophe_only")
_LIST_KEYS = ("near", "not_after", "not_before")
_FLAG_KEYS = ("not_before_name", "cased", "no_possessive", "apostrophe_only")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_EXAMPLE = 'guarded = [{ form = "…", near = ["concept-id"], not_after = ["…"] }]'

Report = Callable[[str, Severity], None]


def read_guards(raw: Any, where: str, report: Report) -> tuple[Guard, ...]:
    """The guards of one side; *where* names it in messages ("sco: tr.guarded").

    A bad entry is reported and left out; the side's other guards still load,
    though the concept is skipped when any error was reported.
    """
    if not isinstance(raw, list):
        report(f"{where} must be a list of inline tables, e.g. {_EXAMPLE}", "error")
        return ()
    guards = (_guard(item, where, report) for item in raw)
    return tuple(guard for guard in guards if guard is not None)


def _guard(item: Any, where: str, report: Report) -> Guard | None:
    if not isinstance(item, dict):
        report(f"{where}: each entry must be an inline table such as {{ form = \"…\" }} "
               f"(got {item!r})", "error")
        return None
    for name in sorted(set(item) - set(GUARD_KEYS)):
        report(f"{where}: unknown field {name!r} in a guarded entry "
               f"(allowed: {', '.join(GUARD_KEYS)})", "warning")
    form = item.get("form")
    if not isinstance(form, str) or not form.strip():
        report(f"{where}: each entry needs form = \"…\", a non-empty string (got {form!r})",
               "error")
        return None
    form = " ".join(form.split())
    lists = {key: _strings(item.get(key, []), f"{where} {form!r}: {key}", report)
             for key in _LIST_KEYS}
    for bad in (cid for cid in lists["near"] if not _ID.match(cid)):
        report(f"{where} {form!r}: near names {bad!r}, which is not a concept id "
               "(an ASCII slug such as 'sco')", "error")
    flags = {}
    for key in _FLAG_KEYS:
        value = item.get(key, False)
        if not isinstance(value, bool):
            report(f"{where} {form!r}: {key} must be true or false (got {value!r})", "error")
        flags[key] = value is True
    return Guard(form, lists["near"], lists["not_after"], lists["not_before"],
                 flags["not_before_name"], flags["cased"], flags["no_possessive"],
                 flags["apostrophe_only"])


def _strings(value: Any, where: str, report: Report) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        report(f'{where} must be a list of non-empty strings, e.g. ["…"] (got {value!r})',
               "error")
        return ()
    # Phrases are compared whitespace-normalised; store them that way once.
    return tuple(" ".join(v.split()) for v in value)
