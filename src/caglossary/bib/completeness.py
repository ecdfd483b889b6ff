"""Which records are stubs, and what a reader must be told is unknown about them.

A stub is a record the curators could not identify: its ``x-status`` is
``unverified``, or it has neither a title nor an address (URL or DOI) by which
a reader could find the work. Exports leave stubs out of a full bibliography
and, when one is asked for by key, say in a visible ``note`` what is unknown,
because the private ``x-status`` field never reaches a printed reference list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .library import Reference

__all__ = ["incomplete_note", "is_stub", "stub_reason", "unknown_parts"]

# Fields that tell a reader where the work appeared (any one is enough).
_VENUE_FIELDS = ("journal", "journaltitle", "booktitle", "publisher", "institution",
                 "organization", "school", "howpublished")
_ADDRESS_FIELDS = ("url", "doi")


def unknown_parts(ref: Reference) -> tuple[str, ...]:
    """What a citation of *ref* lacks, in reading order (``"title"``, ``"date"`` …)."""
    parts = []
    people = ref.authors or ref.editors
    if not people and not ref.field("organization"):
        parts.append("author")
    elif people and all(not p.given and not p.corporate for p in people):
        parts.append("given name")
    if not ref.field("title"):
        parts.append("title")
    if not ref.year:
        parts.append("date")
    if not any(ref.field(f) for f in _VENUE_FIELDS):
        parts.append("venue")
    if not any(ref.field(f) for f in _ADDRESS_FIELDS):
        parts.append("URL")
    return tuple(parts)


def is_stub(ref: Reference) -> bool:
    """True for a record that is not a usable reference yet (see the module text)."""
    if ref.status == "unverified":
        return True
    return not ref.field("title") and not any(ref.field(f) for f in _ADDRESS_FIELDS)


def _listed(parts: tuple[str, ...]) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def stub_reason(ref: Reference) -> str:
    """Why *ref* is a stub, for a one-line message (``unverified; title, date unknown``)."""
    status = "not verified" if ref.status == "unverified" else "no title and no URL"
    unknown = unknown_parts(ref)
    return f"{status}; {_listed(unknown)} unknown" if unknown else status


def incomplete_note(ref: Reference) -> str:
    """The sentence an exported stub carries in its ``note`` field."""
    unknown = unknown_parts(ref)
    what = f": {_listed(unknown)} unknown" if unknown else ""
    return f"Incomplete reference, not verified{what}."
