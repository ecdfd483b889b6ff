"""Glossary exports: one module per format, chosen by name.

``FORMATS`` maps a format name to an :class:`ExportFormat`; calling it runs the
writer, which is imported only then, so ``import caglossary.exchange`` stays
light. Every writer returns the whole file as ``str`` (UTF-8 when written) and
is deterministic: the same glossary gives byte-identical output on every run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .common import ExportError

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary

__all__ = ["FORMATS", "ExportError", "ExportFormat", "export_glossary"]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A named export: where its writer lives and which options it takes."""

    name: str
    module: str
    function: str
    suffix: str
    description: str
    options: tuple[str, ...] = ()

    def writer(self) -> Callable[..., str]:
        """The writer function, imported on first use."""
        return getattr(importlib.import_module(self.module), self.function)

    def __call__(self, glossary: Glossary, **options: Any) -> str:
        unknown = sorted(set(options) - set(self.options))
        if unknown:
            allowed = ", ".join(self.options) or "none"
            raise ExportError(unknown[0], f"the {self.name} export has no option "
                              f"{unknown[0]!r} (options: {allowed})")
        return self.writer()(glossary, **options)


_PACKAGE = __name__
FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("csv", f"{_PACKAGE}.csv_format", "write_csv", ".csv",
                 "one row per concept, documented columns"),
    ExportFormat("json", f"{_PACKAGE}.json_format", "write_json", ".json",
                 "an array of concepts, as `caglossary list --json`"),
    ExportFormat("omegat", f"{_PACKAGE}.omegat", "write_omegat", ".utf8",
                 "OmegaT tab-separated glossary", ("source", "target")),
    ExportFormat("po", f"{_PACKAGE}.po", "write_po", ".po",
                 "gettext catalogue (term → equivalent), a compendium",
                 ("source", "target", "template")),
    ExportFormat("skos", f"{_PACKAGE}.skos", "write_turtle", ".ttl",
                 "SKOS concept scheme in Turtle", ("base_iri",)),
    ExportFormat("skos-jsonld", f"{_PACKAGE}.skos_jsonld", "write_jsonld", ".jsonld",
                 "SKOS concept scheme in JSON-LD", ("base_iri",)),
    ExportFormat("tbx", f"{_PACKAGE}.tbx", "write_tbx", ".tbx",
                 "TBX-Basic termbase (2008 layout CAT tools read; ISO 30042:2019 with "
                 "version='2019')",
                 ("version",)),
)}


def export_glossary(glossary: Glossary, fmt: str, **options: Any) -> str:
    """The glossary written in format *fmt* (a key of :data:`FORMATS`)."""
    try:
        spec = FORMATS[fmt]
    except KeyError:
        raise ExportError(fmt, f"unknown export format {fmt!r}; choose one of "
                          f"{', '.join(FORMATS)}") from None
    return spec(glossary, **options)
