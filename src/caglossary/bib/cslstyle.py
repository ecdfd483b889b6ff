"""A CSL style file as citeproc-py should read it.

Two departures of citeproc-py 0.11 from CSL 1.0.1, and one gap in a style,
are corrected on the parsed XML before the engine sees it (the file on disk
is never changed), each by one rule that applies to any style:

* ``initialize="false"`` on a name is honoured (see :func:`_honour_initialize_false`);
* a style that never prints the ``year-suffix`` variable (``isnad-metinici``)
  prints it right after every issued date (see :func:`_letter_after_issued`),
  so the ``2019a``/``2019b`` letters of the project's author–year index reach
  the reference list as ISNAD 2's guide shows them.

lxml is imported on first use, with citeproc-py.
"""

from __future__ import annotations

import io
from typing import Any

__all__ = ["prepared_style"]

_CSL = "{http://purl.org/net/xbiblio/csl}"
# Affixes belong outside the letter: "(2019a)", not "(2019)a".
_AFFIXES = ("prefix", "suffix")


def prepared_style(path: str) -> io.BytesIO:
    """The XML of the style at *path* with the corrections applied, ready for citeproc-py."""
    from lxml import etree

    tree = etree.parse(path)
    root = tree.getroot()
    _honour_initialize_false(root)
    _letter_after_issued(root)
    return io.BytesIO(etree.tostring(tree))


def _honour_initialize_false(root: Any) -> None:
    """Make one ``<name initialize="false">`` keep full given names.

    CSL 1.0.1 lets it opt out of a style-wide ``initialize-with`` (Chicago
    prints ``Cooley, Alexander`` in the list, ``A. Cooley`` nowhere);
    citeproc-py 0.11 ignores the attribute and initialises everywhere. Moving
    ``initialize-with`` from the style onto every name that does not opt out
    gives the result the standard asks for.
    """
    initials = root.get("initialize-with")
    if initials is None:
        return
    del root.attrib["initialize-with"]
    for name in root.iter(f"{_CSL}name"):
        if name.get("initialize") != "false" and name.get("initialize-with") is None:
            name.set("initialize-with", initials)


def _letter_after_issued(root: Any) -> None:
    """Follow each issued date with the ``year-suffix`` variable, if the style prints none.

    A date element becomes a group holding the date and the suffix, the
    group taking over the date's prefix and suffix. An item without a letter
    has no ``year-suffix`` and renders exactly as before; in-text items carry
    their letter in a literal date instead (:mod:`caglossary.bib.cslitem`),
    so a citation never shows it twice.
    """
    if any(text.get("variable") == "year-suffix" for text in root.iter(f"{_CSL}text")):
        return
    from lxml import etree

    for date in list(root.iter(f"{_CSL}date")):
        if date.get("variable") != "issued":
            continue
        group = etree.Element(f"{_CSL}group")
        for affix in _AFFIXES:
            if date.get(affix) is not None:
                group.set(affix, date.attrib.pop(affix))
        date.addprevious(group)
        group.append(date)  # moves the date into the group
        etree.SubElement(group, f"{_CSL}text", variable="year-suffix")
