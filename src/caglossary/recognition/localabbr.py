"""Abbreviations a text defines for itself: "Central Asia (CA)", then "CA".

Authors shorten a long name for the rest of their text by writing its
initials in brackets right after it. The glossary cannot list every such
shortening (``CA`` for Central Asia is no general abbreviation), but the text
says what it means: a recognised term immediately followed by a bracketed
acronym whose letters are the initials of the term's words (in the text's
wording or the concept's term in either language) teaches that acronym for
the rest of the text, or of the document when one :class:`LocalAbbreviations`
is fed every text of it in reading order (the Sphinx extension does so).

Guards, each for a way the bracket can mean something else:

* the acronym must be written in capitals and fit the initials: ``Central Asia
  (2019)`` or ``Central Asia (see below)`` teach nothing;
* an acronym the glossary already reads (as any concept's form) is left to the
  glossary: the text cannot redefine ``SCO`` or ``NATO``;
* an acronym whose lower-case spelling the same text uses as a word (``US`` /
  ``us``, ``IT`` / ``it``) is an ordinary word there, and learnt nowhere;
* a use inside a run of capitals (a heading set in capitals) is not counted.

A use is the acronym as a whole word, written exactly so, with an English
possessive or plural or a Turkish ending after an apostrophe (``CA's``,
``MC'nin``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..text.turkish import APOSTROPHES, tr_lower
from .annotate import outside
from .bracketreach import mentions_before_brackets
from .initials import ACRONYM_LETTERS, acronym_fits
from .terms import TermMention

__all__ = ["LocalAbbreviations", "acronym_fits"]

_CAPITALS = "A-ZÇĞİÖŞÜ"
# the bracket right after a term: "(CA)", "[MC]", at most eight letters
# (with an English plural: "(CARs)")
_DEFINITION = re.compile(rf"[ \t]*[(\[][ \t]*({ACRONYM_LETTERS})(s?)[ \t]*[)\]]")
# one more word of the name before the bracket: "Central Asian republics (CARs)"
_WORD_THEN_DEFINITION = re.compile(rf"[ \t]+([^\W\d_][\w\-]*){_DEFINITION.pattern}")
_CAPITAL_WORD = re.compile(rf"[{_CAPITALS}]{{2,}}\b")


@dataclass(slots=True)
class LocalAbbreviations:
    """The acronyms one text (or one document, fed in reading order) has defined.

    *names_of* gives a concept's terms (both languages) for the initials test;
    *glossary_reads* tells whether the glossary itself finds a mention in a string;
    *reading_of* gives the concept the glossary reads a whole acronym as, or None.
    """

    names_of: Mapping[str, tuple[str, ...]]
    glossary_reads: Callable[[str], bool]
    reading_of: Callable[[str], str | None] = lambda acronym: None
    #: acronym → the mention that defined it (its concept, language and form)
    learnt: dict[str, TermMention] = field(default_factory=dict)
    #: acronyms judged no definition: a long document repeats its brackets
    rejected: set[str] = field(default_factory=set)
    #: acronyms the text defined as another name → the concept they are not
    taken: dict[str, str] = field(default_factory=dict)

    def feed(self, text: str, mentions: list[TermMention]) -> list[TermMention]:
        """Uses in *text* of the acronyms known so far or defined in it, outside *mentions*.

        Acronyms *text* defines as another name than the glossary's are noted
        too: :meth:`kept` drops the glossary's readings of them.
        """
        if "(" in text or "[" in text:
            from .otherdefined import acronyms_taken

            self.taken.update(acronyms_taken(text, mentions, self.names_of, self.reading_of))
        defined_at = self._learn(text, mentions)
        if not self.learnt:
            return []
        return outside(self._uses(text, defined_at), mentions)

    def kept(self, mentions: list[TermMention]) -> list[TermMention]:
        """*mentions* less the glossary's readings of acronyms given to another name."""
        if not self.taken:
            return mentions
        from .otherdefined import without_taken

        return without_taken(mentions, self.taken)

    def _fits(self, acronym: str, mention: TermMention, extra: str = "") -> bool:
        """Whether *acronym* fits one of the mention's names (each followed by *extra*)."""
        names = (mention.surface, mention.form, *self.names_of.get(mention.concept, ()))
        return any(acronym_fits(acronym, f"{name} {extra}" if extra else name) for name in names)

    def _learn(self, text: str, mentions: Sequence[TermMention]) -> dict[str, int]:
        """Learn the definitions in *text*; where uses of each new one may start."""
        defined_at: dict[str, int] = {}
        # only the mentions a bracketed capital follows closely: the rest match neither
        # pattern below, and a long text has thousands of them
        for mention in mentions_before_brackets(text, mentions):
            if mention.kind != "term":
                continue
            bracket = _DEFINITION.match(text, mention.end)
            extra = ""
            if bracket is None:
                bracket = _WORD_THEN_DEFINITION.match(text, mention.end)
                if bracket is None:
                    continue
                extra, letters, plural = bracket[1], bracket[2], bracket[3]
            else:
                letters, plural = bracket[1], bracket[2]
            acronym = letters + plural
            if acronym in self.learnt or acronym in self.rejected:
                continue
            if not self._fits(letters, mention, extra):
                continue  # another acronym may still fit another name: not rejected
            if self.glossary_reads(acronym) or _ordinary_word(acronym, text):
                self.rejected.add(acronym)
                continue
            self.learnt[acronym] = mention
            defined_at[acronym] = mention.end  # the bracketed acronym is a use too
        return defined_at

    def _uses(self, text: str, defined_at: Mapping[str, int]) -> list[TermMention]:
        found = []
        for acronym, definition in self.learnt.items():
            if acronym not in text:
                continue
            pattern = re.compile(
                rf"(?<![\w\-]){re.escape(acronym)}(?:[{APOSTROPHES}]\w{{1,12}}|s)?(?![\w\-])")
            for match in pattern.finditer(text, defined_at.get(acronym, 0)):
                if _in_capitals(text, match.start(), match.end()):
                    continue
                found.append(TermMention(match.start(), match.end(), match[0],
                                         definition.concept, definition.lang, acronym))
        return found


def _ordinary_word(acronym: str, text: str) -> bool:
    """Whether *text* uses the acronym's lower-case spelling as a word of its own."""
    lower = re.escape(tr_lower(acronym))
    # the literal first: the engine skips to it in C (a look-behind first tries every position)
    word = re.compile(rf"{lower}(?<![\w{APOSTROPHES}]{lower})(?!\w)")
    return word.search(text) is not None


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the span sits between two words written in capitals (a heading)."""
    before = text[max(0, start - 30):start].split()
    after = text[end:end + 30].split()
    return bool(before and after and _CAPITAL_WORD.fullmatch(before[-1])
                and _CAPITAL_WORD.match(after[0]))
