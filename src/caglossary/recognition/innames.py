"""A region's name inside a longer name the glossary lacks is no mention.

``Middle East Technical University``, ``Orta Asya Uluslararası Enstitüsü``,
``Eurasian Research Journal``, ``South Caucasus East-West Corridor``,
``Central Asian Women Leaders' Dialogue``: the region word starts a proper
name that the glossary does not hold, and the text speaks of the university,
the journal, the corridor or the forum, not of the region. The rule holds for every concept whose
category is ``region``; the name is read forward from the region word through
at most a few capitalised words (and the joining words of a title) up to a
head noun that names an institution or a publication. A full stop, a colon, a
line break or a lower-case word ends the reading, so ``Central Asia. University
students …`` keeps its mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..text.turkish import fold, tr_lower

if TYPE_CHECKING:
    from ..termbase.model import Concept
    from .terms import TermMention

__all__ = ["HEAD_OF_A_COMPOUND", "drop_compound_heads", "drop_inside_institution_names",
           "organisation_ids", "region_ids"]

# Folded beginnings of the head nouns, English and Turkish (Üniversitesi, Enstitüsü,
# Dergisi, Fakültesi, Bölümü, Merkezi, Koridoru, Diyaloğu with any ending).
_HEADS = ("universit", "institut", "enstitu", "journal", "dergi", "department", "bolum",
          "facult", "fakulte", "center", "centre", "merkez", "corridor", "koridor", "dialogue",
          "diyalog")
# Words a title joins its capitalised words with.
_JOINERS = frozenset({"and", "of", "for", "&", "ve"})
_WORDS_BEFORE_HEAD = 3
# The next word on the same line, after spaces or a hyphen or dash ("Central Asia-Caucasus");
# a hyphen before lower-case letters is inside the word, as PDF extraction keeps a
# line-end hyphen ("Central Asia-Cau-casus In-stitute").
_NEXT_WORD = re.compile(r"(?:[^\S\n]+|[^\S\n]*[-\u2010-\u2014][^\S\n]*)"
                        r"([^\W\d_][\w'’]*(?:-[a-zçğıöşü][\w'’]*)*|&)")


def region_ids(concepts: Iterable[Concept]) -> frozenset[str]:
    """The ids of the concepts the rule applies to."""
    return frozenset(c.id for c in concepts if c.category == "region")


def drop_inside_institution_names(text: str, mentions: Sequence[TermMention],
                                  regions: frozenset[str]) -> list[TermMention]:
    """*mentions* without the regions that begin an institution's or a publication's name."""
    return [m for m in mentions
            if m.concept not in regions or not _starts_an_institution_name(text, m.end)]


def _starts_an_institution_name(text: str, end: int) -> bool:
    position = end
    for _ in range(_WORDS_BEFORE_HEAD + 1):
        found = _NEXT_WORD.match(text, position)
        if found is None:
            return False
        word = found.group(1)
        capitalised = word[:1].isupper()
        if capitalised and fold(word.replace("-", "")).startswith(_HEADS):
            return True
        if not capitalised and tr_lower(word) not in _JOINERS:
            return False
        position = found.end()
    return False


# An acronym with the third-person possessive is the head of a compound: "Rus NATO'su",
# "Asya'nın NATO'su" name another body after NATO. Not the privative -sIz ("NATO'suz").
HEAD_OF_A_COMPOUND = re.compile(r"[A-ZÇĞİÖŞÜ]['’]s[ıiuü](?![zZ])")


def organisation_ids(concepts: Iterable[Concept]) -> frozenset[str]:
    """The ids of the concepts :func:`drop_compound_heads` applies to."""
    return frozenset(c.id for c in concepts if c.category == "organisation")


def drop_compound_heads(mentions: Sequence[TermMention],
                        organisations: frozenset[str]) -> list[TermMention]:
    """*mentions* without an organisation's acronym used as a compound's head noun."""
    return [m for m in mentions
            if m.concept not in organisations or HEAD_OF_A_COMPOUND.search(m.surface) is None]
