"""Reading the anaphora fields of a concept: ``succeeded_by``.

``class_nouns`` is a plain list of forms, read like variants; the successor
link needs its own checks, kept here so the TOML reader stays small.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["read_successor"]

_EXAMPLE = 'succeeded_by = { id = "sco", year = 2001 }'


def read_successor(raw: Any, report: Callable[[str], None]) -> tuple[str, int] | None:
    """``(id, year)`` from ``succeeded_by``, or None (absent, or reported as wrong)."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) != {"id", "year"}:
        report(f"succeeded_by must be a table with id and year, e.g. {_EXAMPLE}")
        return None
    successor, year = raw["id"], raw["year"]
    if not isinstance(successor, str) or not successor.strip():
        report(f"succeeded_by.id must be a concept id, e.g. {_EXAMPLE}")
        return None
    if isinstance(year, bool) or not isinstance(year, int) or not 1000 <= year <= 2999:
        report(f"succeeded_by.year must be a four-digit year, e.g. {_EXAMPLE}")
        return None
    return successor, year
