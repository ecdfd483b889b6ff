"""Loading glossary files: the one policy every surface shares.

The API, the command line, ``validate`` and Sphinx all read glossary files
through :func:`read_glossary_files`, so each reports the same problems.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain
from operator import attrgetter, itemgetter
from pathlib import Path

from ..errors import Problem
from ..text.files import distinct_files
from .cache import FileReport
from .model import Concept
from .reader import read_glossary_file

__all__ = ["broken_links", "read_glossary_files"]


def read_glossary_files(paths: Iterable[str | Path], *, builtin: bool = True,
                        ) -> tuple[list[FileReport], list[Problem]]:
    """Every file's report, and every problem of the set.

    The problems are each file's own, a concept id
    that a later user file defines again (the later one wins; a warning), and
    ``see_also`` links to concepts no file defines.
    """
    from ..resources import builtin_glossary_path

    files = distinct_files([*([builtin_glossary_path()] if builtin else []), *paths])
    reports = [read_glossary_file(p) for p in files]
    user_from = 1 if builtin else 0
    problems = [p for report in reports for p in report.problems]
    problems += _redefined_ids(reports[user_from:])
    problems += broken_links(c for report in reports for c in report.concepts)
    return reports, problems


def _redefined_ids(reports: Sequence[FileReport]) -> list[Problem]:
    """A user file redefining an id of an earlier user file (overriding a built-in is fine)."""
    defined_in: dict[str, str] = {}
    problems = []
    for report in reports:
        for concept in report.concepts:
            if concept.id in defined_in:
                problems.append(Problem(
                    report.path, report.lines.get(concept.id, 0),
                    f"concept id {concept.id!r} is also defined in {defined_in[concept.id]}; "
                    "this later file wins — rename one of them or drop the copy",
                    concept.id, "warning", "duplicate-id"))
        for concept in report.concepts:
            defined_in[concept.id] = report.path
    return problems


def broken_links(concepts: Iterable[Concept]) -> list[Problem]:
    """``see_also`` and guard ``near`` ids that no loaded concept has."""
    concepts = list(concepts)
    ids = set(map(_ID, concepts))
    if _link_targets(concepts) <= ids:  # the usual case, found without a loop in Python
        return []
    problems = []
    for concept in concepts:
        path, _, line = concept.origin.rpartition(":")
        for target in concept.see_also:
            if target not in ids:
                problems.append(Problem(path, int(line) if line.isdigit() else 0, (
                    f"{concept.id}: see_also names {target!r}, which no concept has as its "
                    "id; fix the id or remove it"), concept.id, "error", "broken-see-also"))
        for target in (cid for lang in ("tr", "en") for guard in concept.side(lang).guarded
                       for cid in guard.near if cid not in ids):
            problems.append(Problem(path, int(line) if line.isdigit() else 0, (
                f"{concept.id}: a guarded form is near {target!r}, which no concept has as "
                "its id, so it could never count; fix the id"), concept.id, "error",
                "broken-near"))
        if concept.successor and concept.successor[0] not in ids:
            problems.append(Problem(path, int(line) if line.isdigit() else 0, (
                f"{concept.id}: succeeded_by names {concept.successor[0]!r}, which no concept "
                "has as its id; fix the id"), concept.id, "error", "broken-successor"))
    return problems


_ID = attrgetter("id")
_SIDES = (attrgetter("tr"), attrgetter("en"))


def _link_targets(concepts: list[Concept]) -> set[str]:
    """Every id that the concepts' see-also lists, guards and successors name."""
    targets = set(chain.from_iterable(map(attrgetter("see_also"), concepts)))
    for side in _SIDES:
        guards = chain.from_iterable(map(attrgetter("guarded"), map(side, concepts)))
        targets.update(chain.from_iterable(map(attrgetter("near"), guards)))
    targets.update(map(itemgetter(0), filter(None, map(attrgetter("successor"), concepts))))
    return targets
