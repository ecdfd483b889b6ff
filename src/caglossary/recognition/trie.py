"""A trie-shaped regular expression: one alternation, shared prefixes factored out.

A flat ``a|ab|abc`` alternation slows down with every added pattern; the trie
form keeps each step a single character test, so thousands of terms scan
almost as fast as fifty. Continuations are tried before a pattern ends, so the
regex returns the longest pattern at each position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..text.turkish import APOSTROPHES

__all__ = ["APOSTROPHE_OR_SPACE", "APOSTROPHE_PATTERN", "FRAGILE_LETTERS", "INSERTABLE_WORDS",
           "INSERT_SLOT", "REPLACEABLE_LETTERS", "REPLACEMENT_CHARACTER", "ascii_spelled",
           "pattern_regex",
           "plain_match_end", "plain_pattern", "scan_regex", "trie_alternation"]

_END = ""


def _insert(trie: dict, word: str) -> None:
    # A marked character and the plain one it stands for share one branch, which
    # reads what either reads: with two branches the alternation would take the
    # first that succeeds and hide the other's longer patterns.
    node = trie
    for ch in word:
        plain = _plain(ch)
        mark = ch if ch != plain else _mark_in(node, plain)
        if mark is None:
            node = node.setdefault(ch, {})
            continue
        child = node.setdefault(mark, {})
        for suffix in _words(node.pop(plain, {})):
            _insert(child, suffix)
        node = child
    node[_END] = {}


def _plain(ch: str) -> str:
    return " " if ch == INSERT_SLOT else _MARKED.get(ch, ch)


def _mark_in(node: dict, plain: str) -> str | None:
    """The marked key of *node* standing for *plain*, if the node has one."""
    return next((k for k in node if k != plain and _plain(k) == plain), None)


def _words(node: dict) -> list[str]:
    """Every word a (sub)trie holds."""
    found = [""] if _END in node else []
    for ch, child in node.items():
        if ch != _END:
            found.extend(ch + rest for rest in _words(child))
    return found


APOSTROPHE_PATTERN = f"(?:[{APOSTROPHES}] ?)?"
# A hyphen and the dashes typeset in its place (hyphen, non-breaking hyphen, figure,
# en and em dash) join the words of a name alike: "Kyrgyz–Tajik", "Russia—Georgia".
DASHES = "-\u2010\u2011\u2012\u2013\u2014"
DASHES_AS_SPACES = str.maketrans(dict.fromkeys(DASHES, " "))


# Marks a pattern may carry besides letters (see recognition.termforms):
# a word gap where one insertable word may stand ("daimi bir üye"), and letters
# that PDF text extraction may drop or turn into a space (PDF-text mode).
INSERT_SLOT = "\x00"
INSERTABLE_WORDS = ("bir", "a", "an")
FRAGILE_LETTERS = {"\ue000": "s", "\ue001": "g", "\ue002": "i"}
# ... and an apostrophe such an extraction may have lost, leaving the space that
# followed it or the suffix's own space ("Sovyetler Birliği nin dağılması").
APOSTROPHE_OR_SPACE = "\ue003"
# ... and, for a text holding U+FFFD, the Turkish letters a lost encoding turned
# into it ("Türk Kene�i"): each mark reads its folded letter or the replacement character.
REPLACEMENT_CHARACTER = "\ufffd"
REPLACEABLE_LETTERS = {"\ue010": "c", "\ue011": "g", "\ue012": "i", "\ue013": "o",
                       "\ue014": "s", "\ue015": "u"}
_MARKED = {**FRAGILE_LETTERS, **REPLACEABLE_LETTERS}
# The gap's class spelt in ASCII and in this order, which compiles to the program the
# class of the literal dashes, [\s\-‐‑‒–—], compiles to: see :func:`ascii_spelled`.
_GAP = "[\\-\\u2010-\\u2014\\s]+"
# The slot reads every gap a plain space reads (the two share one trie branch, so a
# narrower slot would hide the space's patterns: "Orta- Asya", "Counter-\n\nTerrorism"
# from a PDF's line end), then perhaps one insertable word.
_INSERT_ATOM = _GAP + "(?:(?:" + "|".join(INSERTABLE_WORDS) + r")\s+)?"


def _atom(ch: str) -> str:
    # Patterns spell one space and "'" where texts have runs of whitespace or a
    # hyphen, spaced or not ("Confidence Building", "Confidence-Building", "Orta
    # Asya - Rusya") and any apostrophe or none: "Birliği'nin", "Birliği’nin" and
    # "Birliginin" all match.
    if ch == " ":
        return _GAP  # one character class: the cheapest gap for re to compile
    if ch == "'":
        return APOSTROPHE_PATTERN
    if ch == APOSTROPHE_OR_SPACE:
        return f"(?:[{APOSTROPHES}] ?| )?"
    if ch == INSERT_SLOT:
        return _INSERT_ATOM
    if ch in FRAGILE_LETTERS:
        return f"(?:{FRAGILE_LETTERS[ch]}| )?"
    if ch in REPLACEABLE_LETTERS:
        return f"[{REPLACEABLE_LETTERS[ch]}{REPLACEMENT_CHARACTER}]"
    return re.escape(ch)


def _render(node: dict) -> str:
    ends = _END in node
    branches = [_atom(ch) + _render(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def _trie_body(words: Iterable[str]) -> str:
    trie: dict = {}
    for word in words:
        if word:
            _insert(trie, word)
    return _render(trie)


def scan_regex(words: Iterable[str], tail: str, known: str = "") -> re.Pattern[str]:
    """Any of *words* after a gap character, then *tail* (for scanning long lower-case keys).

    Starting with a character class instead of a look-behind lets the engine skip
    from one gap to the next in C; callers put a space before the text so a term
    at its very start is found too. ``match.start() + 1`` is the word start, group
    1 the word from *words*. The class is ASCII, tested twice as fast as ``\\W``'s
    Unicode categories, so a non-ASCII letter or digit also passes for a gap:
    callers reject such matches and scan again right after them.
    """
    from .regexcache import cached_regex

    # the order the words come in varies with the hash seed
    def build() -> str:
        return ascii_spelled("[^a-z0-9_](" + _trie_body(sorted(words)) + ")" + tail)

    # the key holds what the pattern is made of and this module's own source,
    # so a change to how the trie is written never serves a stale pattern; a
    # caller's *known* key of the words stands for the words themselves
    if known:
        return cached_regex("\x1f".join(["scan known", _own_stamp(), tail, known]), build)
    words = sorted(words)
    return cached_regex("\x1f".join(["scan", _own_stamp(), tail, *words]), build)


def _own_stamp() -> str:
    import sys

    from ..termbase.cache import source_stamp

    return str(source_stamp([sys.modules[__name__]]))


# A character outside ASCII, and the backslash that may escape it (odd runs only).
_NON_ASCII = re.compile(r"(?<!\\)((?:\\\\)*)\\?([^\x00-\x7f])")


def ascii_spelled(pattern: str) -> str:
    """*pattern* with every character outside ASCII written as its ``\\u`` escape.

    The engine compiles both spellings to one program, but ``marshal`` stores
    and reads back an ASCII text as bytes, without decoding UTF-8: the scanner's
    340,000 characters (66,000 of them dashes and apostrophes) cost every process
    3.6 M instructions more to read back than their ASCII spelling does.
    """
    return _NON_ASCII.sub(_escape_match, pattern)


def _escape_match(match: re.Match[str]) -> str:
    code = ord(match.group(2))
    return match.group(1) + (f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")


def trie_alternation(words: Iterable[str]) -> str:
    """Any of *words* (spelled as the scanner spells patterns), longest first, as regex text."""
    return _trie_body(words)


def pattern_regex(word: str) -> re.Pattern[str]:
    """One pattern alone, spelled as in the trie (for re-matching a shorter pattern)."""
    return re.compile("".join(_atom(ch) for ch in word))


# A pattern of letters, single gaps, insert slots and apostrophes, each of those atoms
# followed by a letter, matches as its regex does with one way back only: a slot's
# word left out. The letter after an atom can never be taken by the greedy atom.
_ATOMS = " '" + INSERT_SLOT
_TAKEN_BY_ATOMS = frozenset(APOSTROPHES + DASHES + _ATOMS + APOSTROPHE_OR_SPACE + "".join(_MARKED))


@lru_cache(maxsize=4096)
def plain_pattern(word: str) -> bool:
    """Whether :func:`plain_match_end` reads *word* as :func:`pattern_regex` does."""
    return bool(word) and word[0] not in _ATOMS and all(
        ch in _ATOMS and following not in _TAKEN_BY_ATOMS and not following.isspace()
        or ch not in _TAKEN_BY_ATOMS and not ch.isspace()
        for ch, following in zip(word, word[1:] + "x"))


def plain_match_end(word: str, text: str, at: int = 0) -> int | None:
    """Where ``pattern_regex(word).match(text, at)`` ends (None: no match), for a
    :func:`plain_pattern`, read without compiling a regex."""
    size = len(text)
    for index, ch in enumerate(word):
        if ch == " " or ch == INSERT_SLOT:  # a run of whitespace and dashes, at least one
            start = at
            while at < size and (text[at].isspace() or text[at] in DASHES):
                at += 1
            if at == start:
                return None
            if ch == INSERT_SLOT:
                return _after_slot(word[index + 1:], text, at)
        elif ch == "'":  # perhaps an apostrophe, then perhaps one space
            if at < size and text[at] in APOSTROPHES:
                at += 1 + (text[at + 1:at + 2] == " ")
        elif text[at:at + 1] == ch:
            at += 1
        else:
            return None
    return at


def _after_slot(rest: str, text: str, at: int) -> int | None:
    """The end of *rest* read after a slot's gap: with an insertable word and its
    whitespace first, in the regex's order, then without."""
    for inserted in INSERTABLE_WORDS:
        if text.startswith(inserted, at):
            after = at + len(inserted)
            gap_end = after
            while gap_end < len(text) and text[gap_end].isspace():
                gap_end += 1
            end = plain_match_end(rest, text, gap_end) if gap_end > after else None
            if end is not None:
                return end
    return plain_match_end(rest, text, at)
