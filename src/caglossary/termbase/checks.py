"""Checks across glossary files: links, shared terms, source keys.

:func:`caglossary.termbase.reader.read_glossary_file` checks each concept on
its own; here the whole set is checked, the way a reviewer would before a
release.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import Problem
from .cache import FileReport
from .loader import read_glossary_files
from ..text.turkish import fold

__all__ = ["validate_files"]


def _where(report: FileReport, concept_id: str) -> tuple[str, int]:
    return report.path, report.lines.get(concept_id, 0)


def _check_shared_terms(reports: Sequence[FileReport]) -> list[Problem]:
    problems: list[Problem] = []
    owner: dict[str, tuple[str, str, FileReport]] = {}
    for report in reports:
        for concept in report.concepts:
            seen_here: set[str] = set()
            for lang in ("tr", "en"):
                side = concept.side(lang)
                # A guarded form links only in context, but it still names this concept.
                for form in (*side.forms, *side.guarded_forms):
                    key = " ".join(fold(form).split())
                    if key in seen_here:
                        continue
                    seen_here.add(key)
                    first = owner.setdefault(key, (concept.id, form, report))
                    if first[0] != concept.id:
                        path, line = _where(report, concept.id)
                        other_path, other_line = _where(first[2], first[0])
                        problems.append(Problem(path, line, (
                            f"{concept.id}: the term {form!r} is also a term of {first[0]!r} "
                            f"({other_path}:{other_line}); a term must name one concept — "
                            "remove it from one of them"), concept.id, "error", "shared-term"))
    return problems


def _check_sources(reports: Sequence[FileReport], bib_keys: set[str] | None) -> list[Problem]:
    problems = []
    for report in reports:
        for concept in report.concepts:
            path, line = _where(report, concept.id)
            if not concept.sources:
                problems.append(Problem(path, line, f"{concept.id}: no sources; add where a "
                                        "source document uses the term", concept.id, "error",
                                        "no-sources"))
            for source in concept.sources:
                if bib_keys is not None and not source.url and source.key not in bib_keys:
                    problems.append(Problem(path, line, (
                        f"{concept.id}: source key {source.key!r} is not in the "
                        "bibliography; add the record to refs/ or fix the key"), concept.id, "error",
                        "unknown-source-key"))
    return problems


def validate_files(glossary_paths: Sequence[str | Path],
                   bib_paths: Sequence[str | Path] | None = None) -> list[Problem]:
    """Every problem in the given glossary files, read together in order.

    Source keys are checked against *bib_paths* when given. Later files may
    override a concept by reusing its id; that is not a problem.
    """
    reports, problems = read_glossary_files(glossary_paths, builtin=False)
    effective = _without_overridden(reports)
    problems += _check_shared_terms(effective)
    keys = _bib_keys(bib_paths) if bib_paths is not None else None
    problems += _check_sources(effective, keys)
    file_order = {report.path: index for index, report in enumerate(reports)}
    return sorted(problems, key=lambda p: (file_order.get(p.path, -1), p.line))


def _bib_keys(paths: Sequence[str | Path]) -> set[str]:
    from ..bib.library import load_bibliography  # bibtexparser: only when validating

    return {reference.key for reference in load_bibliography(paths, builtin=False)}


def _without_overridden(reports: Sequence[FileReport]) -> list[FileReport]:
    """Reports with concepts that a later file overrides removed."""
    later: set[str] = set()
    kept: list[FileReport] = []
    for report in reversed(reports):
        concepts = [c for c in report.concepts if c.id not in later]
        later.update(c.id for c in report.concepts)
        kept.append(FileReport(report.path, concepts, [], report.lines))
    return kept[::-1]
