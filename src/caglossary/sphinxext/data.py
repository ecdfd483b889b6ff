"""The glossary and bibliography a build uses, loaded once and fingerprinted.

Data is cached per process by the identity of its files (path, size, mtime),
so every build — and every parallel worker forked from it — reuses the
compiled matchers. Two kinds of fingerprint drive incremental builds:
``fingerprint`` covers everything recognition depends on (a change there can
move links on any page, so pages are re-read); ``hashes`` has one short hash
per concept and per reference (a change there only alters tooltips, rendered
citations and the glossary/bibliography pages, so those are re-written).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ..collector import collector_paused
from ..errors import Problem
from ..resources import builtin_bib_paths
from ..recognition.glossary import Glossary
from ..termbase.model import Concept

__all__ = ["ProjectData", "absolute_paths", "data_files", "project_data",
           "reference_status"]

_CACHE: dict[tuple, ProjectData] = {}


@dataclass(frozen=True)
class ProjectData:
    """Everything loaded from the data files of one build."""

    glossary: Glossary
    bibliography: Any | None  # caglossary.bib.library.Bibliography, once that module exists
    problems: tuple[Problem, ...] = ()
    #: the data files (path, size, modification time) and the code that read them:
    #: where an environment stored the fingerprints of the same identity, they hold
    identity: tuple[Any, ...] = ()

    def reference(self, key: str) -> Any | None:
        return self.bibliography.get(key) if self.bibliography is not None else None

    # Worked out on first use: a build whose environment holds them for the same
    # files never needs them (every concept and reference encoded and hashed).
    @cached_property
    def fingerprint(self) -> str:
        return _fingerprint(self.glossary, self.bibliography)

    @cached_property
    def hashes(self) -> Mapping[str, str]:
        return _hashes(self.glossary, self.bibliography)


def _digest(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _file_identity(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), stat.st_size, stat.st_mtime_ns)


def absolute_paths(paths: Iterable[str], confdir: str | Path) -> list[str]:
    """*paths* made absolute against the configuration directory."""
    return [str((Path(confdir) / p).resolve()) for p in paths]


def data_files(config: Any) -> tuple[list[Path], list[Path]]:
    """The glossary and BibTeX files of this build, built-ins first.

    User paths were made absolute when the configuration was read.
    """
    from ..resources import builtin_glossary_path

    glossaries = [builtin_glossary_path()] if config.caglossary_builtin_glossary else []
    glossaries += [Path(p) for p in config.caglossary_glossary_files]
    bibs = list(builtin_bib_paths()) if config.caglossary_builtin_bib else []
    bibs += [Path(p) for p in config.caglossary_bib_files]
    return glossaries, bibs


def project_data(config: Any) -> ProjectData:
    """The (cached) data of a build configured by *config*."""
    glossary_paths, bib_paths = data_files(config)
    user_glossaries = len(config.caglossary_glossary_files)
    key = (tuple(_file_identity(p) for p in glossary_paths), user_glossaries,
           tuple(_file_identity(p) for p in bib_paths), bool(config.caglossary_builtin_bib))
    if key not in _CACHE:
        _CACHE.clear()  # one configuration at a time is plenty; keeps memory flat
        with collector_paused():
            _CACHE[key] = _load(glossary_paths, len(glossary_paths) - user_glossaries,
                                bib_paths, bool(config.caglossary_builtin_bib),
                                (*key, _code_stamp()))
    return _CACHE[key]


def _code_stamp() -> tuple[str, int]:
    """The version and the source of the code that reads the data and fingerprints it."""
    from .. import __version__
    from ..termbase.cache import source_stamp

    return __version__, source_stamp([__name__, "caglossary.termbase.reader",
                                      "caglossary.termbase.model", "caglossary.bib.reader",
                                      "caglossary.bib.macros", "caglossary.bib.library"])


def _load(glossary_paths: list[Path], builtin_count: int, bib_paths: list[Path],
          builtin_bib: bool, identity: tuple[Any, ...]) -> ProjectData:
    """The build's data through the project's one loader, so Sphinx reports what the CLI does."""
    from ..bib.library import load_bibliography
    from ..recognition.glossary import load_glossary

    glossary = load_glossary(glossary_paths[builtin_count:], builtin=builtin_count > 0)
    user_bibs = bib_paths[len(builtin_bib_paths()):] if builtin_bib else bib_paths
    bibliography = load_bibliography(user_bibs, builtin=builtin_bib)
    problems = (*glossary.problems, *bibliography.problems)
    return ProjectData(glossary, bibliography, problems, identity)


def _match_view(concept: Concept) -> list[Any]:
    """What the term matcher reads of a concept (forms, never definitions)."""
    return [concept.id, [[side.marked_forms, side.term, side.abbr, side.variants, side.ocr,
                          [guard.as_json() for guard in side.guarded]]
                         for side in (concept.tr, concept.en)]]


def _reference_match_view(reference: Any) -> list[Any]:
    """What citation recognition reads: names, year, aliases (the title orders 2012a/b)."""
    return [reference.key, [str(p) for p in reference.authors], [str(p) for p in reference.editors],
            reference.year, list(reference.aliases), reference.title]


def _references(bibliography: Any | None) -> list[Any]:
    return list(bibliography) if bibliography is not None else []


def _fingerprint(glossary: Glossary, bibliography: Any | None) -> str:
    concepts = [_match_view(glossary[cid]) for cid in sorted(glossary.ids)]
    references = sorted((_reference_match_view(r) for r in _references(bibliography)),
                        key=lambda view: view[0])
    return _digest([concepts, references])


def _reference_content(reference: Any) -> Any:
    return [reference.key, reference.entry_type, list(reference.fields)]


def _hashes(glossary: Glossary, bibliography: Any | None) -> dict[str, str]:
    hashes = {f"term:{cid}": _digest(glossary[cid].as_json()) for cid in glossary.ids}
    for reference in _references(bibliography):
        hashes[f"cite:{reference.key}"] = _digest(_reference_content(reference))
    return hashes


def reference_status(reference: Any) -> str:
    """'verified', 'partial' or 'unverified' (unknown counts as unverified)."""
    status = str(getattr(reference, "status", "") or "unverified")
    return status if status in ("verified", "partial") else "unverified"
