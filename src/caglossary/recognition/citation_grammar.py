"""The shapes of author–year citations in Turkish and English prose.

Regular expressions and small parsers only; which record a citation means is
decided in :mod:`caglossary.recognition.citations`. Capitalisation is checked in code
(Python's ``re`` has no upper-case class), so Turkish capitals such as ``Ş``
and ``İ`` start a name like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..bib.authoryear import NO_DATE
from ..text.turkish import APOSTROPHES, tr_lower
from .regexcache import compile_long

__all__ = ["BRACKETS", "PARENTHESIS", "CitedItem", "looks_like_author", "narrative_names", "parse_item",
           "looks_like_surname", "names_an_event", "parse_named_item", "parse_years",
           "split_group", "years_only", "YearItem"]

#: A parenthesis without nested parentheses, possibly across line breaks.
PARENTHESIS = re.compile(r"\(([^()]{1,400})\)")
# "[Cooley, 2012]": some styles, and citations inside a parenthesis ("(see [Cooley,
# 2012])"), put the names and years in square brackets; never a bare year there
# ("Mackinder 1904 [1942]" is a reprint), so brackets hold parenthetical citations only.
BRACKETS = re.compile(r"\[([^\[\]()]{1,400})\]")

_ETAL_WORDS = r"(?:vd|vdğ|ve|and|et|al|ark|others|diğerleri|göre)"
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|du|la|le|al|el|bin|ibn|da|dos|ter)"
_WORD = r"(?!" + _ETAL_WORDS + rf"\b)[^\W\d_][\w{APOSTROPHES}]*(?:-\s*[\w{APOSTROPHES}]+)*"
_NAME = r"(?:" + _PARTICLE + r"\s+)*" + _WORD + r"(?:\s+(?:" + _PARTICLE + r"\s+)*" + _WORD + r"){0,5}"
# ISNAD joins two authors with a spaced hyphen: Burkhanov - Chen.
_SEPARATOR = r"(?:\s*(?:,|&|\bve\b|\band\b)\s*|\s+[-–]\s+)"
_NAMES = _NAME + r"(?:" + _SEPARATOR + _NAME + r"){0,5}"
_ETAL = r"(?:\s*,?\s*(?:vd\.?|vdğ\.?|et\s+al\.?|ve\s+ark\.?|ve\s+diğerleri|and\s+others))"
# A letter telling one author's works of a year apart, in either case (2012a, 2012A).
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-zA-Z]?(?!\d)"
# "no date": n.d. (English), t.y. / ty (Turkish "tarih yok"); "-a" tells undated works apart.
_NO_DATE = r"(?<!\w)(?i:n\.\s?d|t\.\s?y|ty)\.?(?:-[a-z])?(?![\w.])"
_NO_DATE_SUFFIX = re.compile(r"-([a-z])$")
_PAGE = r"[\dIVXLCDMivxlcdm]+(?:\s*[-–—]+\s*[\dIVXLCDMivxlcdm]+)?"
# Pages, ranges and lists (ss. 155, 160); a 4-digit year after a comma starts a new work.
_PAGES = _PAGE + r"(?:\s*,\s*(?!" + _YEAR + r")" + _PAGE + r"(?![\w.:]))*"
_LOCATOR_PREFIX = r"\s*,\s*(?:pp?|ss?|sf|S)\.\s*"
# Chicago and ISNAD write the page bare after the year: (Cooley 2012, 79).
_BARE_LOCATOR = r"\s*,\s*(?!" + _YEAR + r")(?=\d)"


def _year_item(named: bool) -> str:
    """``2012:79`` / ``2020, p. 988`` / ``2012, 79``; with *named* the parts are named groups."""
    def group(name: str) -> str:
        return f"?P<{name}>" if named else "?:"
    return (f"({group('year')}{_YEAR}|{_NO_DATE})(?:\\s*:\\s*({group('colon')}{_PAGES})"
            f"|{_LOCATOR_PREFIX}({group('page')}{_PAGES})"
            f"|{_BARE_LOCATOR}({group('bare')}{_PAGES}))?")


_YEAR_LIST = _year_item(False) + r"(?:\s*,\s*" + _year_item(False) + r")*"
# Words that send the reader to a work: bkz., krş., see, see also, cf., e.g., ayrıca.
_PREFIX = (r"(?:(?:bkz|bk|krş|karş|krs|örn|ayrıca|see|cf|e\.g|also|compare)\.?,?\s+){0,3}")

_ITEM = compile_long(r"\s*" + _PREFIX + r"(?P<names>" + _NAMES + r")(?P<etal>" + _ETAL + r")?"
                   r"\s*,?\s*(?P<years>" + _YEAR_LIST + r")\s*[.,]?\s*", re.IGNORECASE)
_YEARS_ONLY = compile_long(r"\s*(?P<years>" + _YEAR_LIST + r")\s*")
# Any name before the years: an organisation may hold dots and small words
# ("U.S. Department of State", "Conference on Interaction and …").
_ANY_NAME_ITEM = compile_long(r"\s*(?P<names>[^,;\s][^,;]*?)\s*,\s*(?P<years>" + _YEAR_LIST +
                            r")\s*[.,]?\s*")
_YEAR_ITEMS = compile_long(_year_item(True))
# "Cooley’e göre (2012)": the postposition may stand between the name and the year.
_NARRATIVE_TAIL = compile_long(r"(?<![\w.])(?P<names>" + _NAMES + r")(?P<etal>" + _ETAL +
                             r")?(?:\s+(?i:göre|gore))?\s*$")
# A Turkish case ending after an apostrophe: Cooley'in, Cooley’e, Öztürk'ün.
_SUFFIX = re.compile(rf"[{APOSTROPHES}][a-zçğıöşü]+$")
_SPLIT_NAMES = re.compile(_SEPARATOR)
_PARTICLE_WORD = re.compile(_PARTICLE + r"$")

# Capitalised words that open a parenthesis with a year but are not authors.
_NOT_AUTHORS = frozenset("""
ocak şubat mart nisan mayıs mayis haziran temmuz ağustos agustos eylül eylul ekim kasım kasim
aralık aralik january february march april may june july august september october
november december bu şu o the this that in on at since until from
türkiye turkey kazakistan kazakhstan özbekistan uzbekistan kırgızistan kyrgyzstan
tacikistan tajikistan türkmenistan turkmenistan azerbaycan azerbaijan rusya russia çin china
abd usa amerika america avrupa europe asya asia avrasya eurasia iran hindistan india
pakistan afganistan afghanistan moğolistan mongolia ukrayna ukraine gürcistan georgia
ermenistan armenia ankara astana moskova moscow pekin beijing washington brüksel brussels
""".split())


@dataclass(frozen=True, slots=True)
class CitedItem:
    """One author–year item: names as written, "vd." flag, (year, locator) pairs."""

    names: tuple[str, ...]
    etal: bool
    years: tuple[YearItem, ...]
    offset: int = 0  # where the names start, relative to the parsed text


@dataclass(frozen=True, slots=True)
class YearItem:
    """One cited year: ``2012a`` or ``n.d.``, its locator, and where it is written."""

    label: str
    locator: str
    start: int = 0  # relative to the text parse_years read
    end: int = 0

    def shifted(self, by: int) -> YearItem:
        return YearItem(self.label, self.locator, self.start + by, self.end + by)


def split_group(content: str) -> list[tuple[int, str]]:
    """The ``;``-separated parts of a parenthesis, each with its offset."""
    parts, start = [], 0
    for index, char in enumerate(content + ";"):
        if char == ";":
            parts.append((start, content[start:index]))
            start = index + 1
    return parts


def parse_years(text: str, at: int = 0) -> tuple[YearItem, ...]:
    """(year, locator) pairs of ``2012:79, 2015``, ``2020, p. 988`` or ``t.y.:12``.

    A no-date marker, however written, comes back as ``n.d.`` (``n.d.-a`` with
    its letter), the form :meth:`AuthorYearIndex.resolve` reads.
    """
    found = []
    for match in _YEAR_ITEMS.finditer(text):
        locator = match.group("colon") or match.group("page") or match.group("bare") or ""
        found.append(YearItem(_year_label(match.group("year")), " ".join(locator.split()),
                              at + match.start(), at + match.end()))
    return tuple(found)


def _year_label(written: str) -> str:
    if written[:1].isdigit():
        return written[:4] + written[4:].lower()  # labels are written 2012a
    letter = _NO_DATE_SUFFIX.search(written)
    return f"{NO_DATE}-{letter.group(1)}" if letter else NO_DATE


def _names(text: str) -> tuple[str, ...] | None:
    names = tuple(_SUFFIX.sub("", " ".join(n.split()))
                  for n in _SPLIT_NAMES.split(text.strip()) if n.strip())
    for name in names:
        words = [w for w in name.split() if not _PARTICLE_WORD.match(w)]
        if not words or not all(w[0].isupper() for w in words):
            return None
    return names


def looks_like_author(name: str) -> bool:
    """False for capitalised words that commonly precede a year (months, articles)."""
    return tr_lower(name.split()[0]) not in _NOT_AUTHORS


def names_an_event(name: str, text: str) -> bool:
    """Whether *text* defines the acronym *name* as an event's (``International Defence
    Industry Fair (IDEF)``, ``Savunma Sanayii Fuarı (IDEF)``): then ``(IDEF 2025)`` is an
    edition of the event, not a work of an author called IDEF. ``EXPO`` always is one."""
    if not name.isupper():
        return False
    if name == "EXPO":
        return True
    defined = re.compile(rf"(?i:\b{_EVENT_WORDS}\w*)[^()\n]{{0,30}}\(\s*{re.escape(name)}\s*\)")
    return defined.search(text) is not None


def parse_item(text: str) -> CitedItem | None:
    """The author–year citation that is the whole of *text*, or None."""
    match = _ITEM.fullmatch(text)
    if not match:
        return None
    names = _names(match.group("names"))
    if not names:
        return None
    return CitedItem(names, bool(match.group("etal")),
                     parse_years(match.group("years"), match.start("years")), match.start("names"))


def parse_named_item(text: str) -> CitedItem | None:
    """*text* as one whole name, a comma and years; for names the index knows."""
    match = _ANY_NAME_ITEM.fullmatch(text)
    if not match:
        return None
    return CitedItem((" ".join(match.group("names").split()),), False,
                     parse_years(match.group("years"), match.start("years")), match.start("names"))


def years_only(text: str) -> tuple[YearItem, ...]:
    """The years when *text* is only years, as in ``Cooley (2012:79)`` or ``(…; 2013)``."""
    match = _YEARS_ONLY.fullmatch(text)
    return parse_years(match.group("years"), match.start("years")) if match else ()


def narrative_names(before: str) -> list[CitedItem]:
    """Name lists that end *before* (the text up to a year parenthesis), longest first.

    Each shorter candidate drops leading names or words, so in ``In Kazakhstan
    Cooley (2012)`` both ``Kazakhstan Cooley`` and ``Cooley`` are offered.
    """
    match = _NARRATIVE_TAIL.search(before)
    if not match:
        return []
    etal = bool(match.group("etal"))
    names_text, base = match.group("names"), match.start("names")
    candidates = []
    for word in re.finditer(r"\S+", names_text):
        rest = names_text[word.start():]
        if _SPLIT_NAMES.match(rest) or _PARTICLE_WORD.match(word.group()):
            continue
        names = _names(rest)
        if names:
            candidates.append(CitedItem(names, etal, (), base + word.start()))
    return candidates


def looks_like_surname(item: CitedItem, before: str) -> bool:
    """Whether an unknown name right before ``(2012)`` is worth reporting as a citation.

    One capitalised word with lower-case letters after the first (``Cooly``,
    ``Öztürk'ün``), not an acronym (``NATO (2012)``), a month or an article.
    *before* is the text the name ends; a name after a preposition of place or
    time (``in Kazakhstan (1991)``) is a place, not an author.
    """
    if len(item.names) != 1 or len(item.names[0].split()) != 1:
        return False
    word = item.names[0]
    if len(word) < 3 or not word[0].isupper() or not any(c.islower() for c in word[1:]):
        return False
    preceding = before[:item.offset].split()[-1:] or [""]
    return looks_like_author(word) and tr_lower(preceding[0]) not in _PLACE_WORDS


# The head words of an event's name, English and Turkish stems (Fuarı, Zirvesi, Oyunları).
_EVENT_WORDS = ("(?:fair|exhibition|expo|festival|games|olympiad|forum|summit|congress|"
                "conference|fuar|sergi|oyunlar|zirve|kongre|konferans|kurultay)")

# Words after which a capitalised word names a place or a date rather than an author.
_PLACE_WORDS = frozenset("in of at from to into since until by on the this that".split())
