"""Turkish text core: casing, folding for matching, and alphabetical order.

Python's own ``str.lower()``/``upper()`` are wrong for Turkish (``I`` lowers to
``i`` instead of ``ı``, ``İ`` lowers to two code points). Every helper here
normalises to NFC first, so a decomposed ``I`` + U+0307 is treated as ``İ``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import repeat

TYPE_CHECKING = False  # typing stays unimported at run time: the first load is timed
if TYPE_CHECKING:
    from typing import Literal

    #: The two languages of the project: every concept has a side in each.
    Lang = Literal["tr", "en"]

TYPE_CHECKING = False  # typing costs milliseconds at import; checkers still see it
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import TypeVar

    T = TypeVar("T")

__all__ = [
    "APOSTROPHES",
    "LANGUAGES",
    "TURKISH_ALPHABET",
    "en_sort_key",
    "fold",
    "harmony_vowels",
    "initial_letter",
    "sort_key",
    "tr_casefold",
    "tr_lower",
    "tr_sorted",
    "tr_sort_key",
    "tr_title",
    "tr_upper",
]

LANGUAGES: tuple[Lang, ...] = ("tr", "en")
TURKISH_ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyz"
#: Apostrophes that separate a proper noun from its suffixes in running text: besides
#: the typewriter and typographic ones, the marks conversions and keyboards put in
#: their place — "‟" (U+201F) from a Word/PDF conversion ("SSCB‟nin", "Avrupa
#: Birliği‟nin"), the acute accent "´" and the grave accent "`" ("Russia´s",
#: "Uzbekistan`s").
APOSTROPHES = "'\u2019\u2018\u02bc\u201f\u00b4`"

_TR_LOWER_FIRST = str.maketrans({"I": "ı", "İ": "i"})
_TR_UPPER_FIRST = str.maketrans({"i": "İ", "ı": "I"})
# Letters outside the Turkish alphabet sort where an ICU tr_TR collator puts them.
_PRIMARY_ORDER = "abcçdefgğhıijklmnoöpqrsştuüvwxyz"
_PRIMARY = {ch: i for i, ch in enumerate(_PRIMARY_ORDER)}
_FOLD_LETTERS = str.maketrans({"ı": "i", **{a: None for a in APOSTROPHES}})
_QUICK_FOLD = str.maketrans({**dict(zip("çğıöşüâîû", "cgiosuaiu")),
                             **{a: None for a in APOSTROPHES}})
# _QUICK_FOLD as replace() steps: no step makes a letter a later one replaces
_QUICK_PAIRS = (*zip("çğıöşüâîû", "cgiosuaiu"), *zip(APOSTROPHES, repeat("")))
# Punctuation that no step of the full fold changes (no case, no decomposition, no
# mark), common in quoted prose; not "…" (NFKD makes it "...") nor a no-break space
_ASCII_OR_KEPT = frozenset(map(chr, range(128))) | frozenset("“”«»–—•·§®°¢€")
_TITLE_BREAKS = frozenset(" \t\n-/(\"“«")


_BACK_VOWELS, _FRONT_VOWELS = "aıou", "eiöü"
_HIGH_VOWEL = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}


def harmony_vowels(word: str) -> tuple[str, str]:
    """The vowels a suffix takes after *word*: two-way (``a``/``e``), four-way (``ı i u ü``).

    Both follow the word's last vowel (``Rusya`` → a, ı; ``Türkiye`` → e, i); a
    word without one takes the back vowels.
    """
    last = next((ch for ch in reversed(tr_lower(word)) if ch in _HIGH_VOWEL), "a")
    return ("a" if last in _BACK_VOWELS else "e"), _HIGH_VOWEL[last]


def tr_lower(text: str) -> str:
    """Lower-case *text* by Turkish rules (``I`` → ``ı``, ``İ`` → ``i``)."""
    return unicodedata.normalize("NFC", text).translate(_TR_LOWER_FIRST).lower()


def tr_upper(text: str) -> str:
    """Upper-case *text* by Turkish rules (``i`` → ``İ``, ``ı`` → ``I``)."""
    return unicodedata.normalize("NFC", text).translate(_TR_UPPER_FIRST).upper()


def tr_casefold(text: str) -> str:
    """Caseless form for comparing Turkish text: ``IŞIK`` and ``ışık`` agree."""
    return tr_lower(text).casefold()


def tr_title(text: str) -> str:
    """Capitalise each word; suffixes after an apostrophe stay lower case."""
    out: list[str] = []
    at_word_start = True
    for ch in unicodedata.normalize("NFC", text):
        out.append(tr_upper(ch) if at_word_start else tr_lower(ch))
        at_word_start = ch in _TITLE_BREAKS
    return "".join(out)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():  # a flag of the string: no ASCII character is a mark
        return decomposed
    # each distinct character asked once, the marks then deleted in C: a text's
    # alphabet is far shorter than the text (a guard's 200-character window, a page)
    marks = [ord(ch) for ch in set(decomposed) if unicodedata.combining(ch)]
    return decomposed.translate(dict.fromkeys(marks)) if marks else decomposed


def fold(text: str) -> str:
    """Matching key: caseless, without diacritics or apostrophes.

    ``Şanghay Beşlisi'nin``, ``SANGHAY BESLISININ`` and ``şanghay beşlisinin``
    all fold to ``sanghay beslisinin``. Dotted and dotless i both become ``i``
    because damaged and ASCII-typed text cannot be trusted to keep them apart.
    """
    quick = text.replace("İ", "i").lower()
    if quick.isascii():  # English, or a Turkish word without its letters: translated in C
        return quick.translate(_QUICK_FOLD)
    # translate() looks up every character of a non-ASCII string in a dict; a pass of
    # replace() per letter costs a tenth of that on a guard's window or a sentence
    for letter, plain in _QUICK_PAIRS:
        quick = quick.replace(letter, plain)
    # the common case: Turkish or English letters, perhaps with typographic punctuation
    # (“ ” – —), which the full fold below keeps as it is
    if quick.isascii() or _ASCII_OR_KEPT.issuperset(quick):
        return quick
    # apostrophes go first: NFKD makes a space of one of them (the acute accent ´)
    folded = text.translate(_FOLD_LETTERS)
    for _ in range(3):  # compatibility decompositions may reveal new capitals
        step = _strip_marks(tr_casefold(folded)).translate(_FOLD_LETTERS)
        if step == folded:
            break
        folded = step
    return folded


# A pure function of one character, asked for every character of every key: a
# build sorts the glossary's terms and its index entries (thousands of characters
# from a few dozen letters) in every process.
@lru_cache(maxsize=4096)
def _char_weights(ch: str) -> tuple[tuple[int, int], int, int]:
    """Primary, secondary (accent) and tertiary (case) weight of one character."""
    lower = tr_lower(ch)
    case = 0 if lower == ch else 1
    if lower in _PRIMARY:
        return (3, _PRIMARY[lower]), 0, case
    base = unicodedata.normalize("NFD", lower)
    if base and base[0] in _PRIMARY:
        accent = sum(ord(mark) for mark in base[1:]) or 1
        return (3, _PRIMARY[base[0]]), accent, case
    if ch.isdigit():
        return (2, unicodedata.digit(ch, 0)), 0, case
    if ch.isspace():
        return (0, 0), 0, 0
    if ch.isalpha():
        return (4, ord(lower[0])), 0, case
    return (1, ord(ch)), 0, 0


def tr_sort_key(text: str) -> tuple:
    """Three-level key for Turkish alphabetical order.

    Letters follow the Turkish alphabet; then â/î/û sort after a/i/u; then lower
    case before upper case; punctuation before digits before letters. The raw
    string breaks the last ties, so the order is total.
    """
    weights = [_char_weights(ch) for ch in unicodedata.normalize("NFC", text)]
    if not weights:
        return (), (), (), text
    primary, secondary, tertiary = zip(*weights)  # one pass in C, not three generators
    return primary, secondary, tertiary, text


def en_sort_key(text: str) -> tuple:
    """Key for English alphabetical order (accents and case only break ties)."""
    plain = _strip_marks(text).replace("ı", "i")
    return (plain.casefold(), plain, text)


def sort_key(text: str, lang: str = "tr") -> tuple:
    """The alphabetical sort key of *text* for ``lang`` (``"tr"`` or ``"en"``)."""
    if lang == "tr":
        return tr_sort_key(text)
    if lang == "en":
        return en_sort_key(text)
    raise ValueError(f"unknown language {lang!r}: use 'tr' or 'en'")


def tr_sorted(items: Iterable[T], key: Callable[[T], str] | None = None) -> list[T]:
    """Sort *items* in Turkish alphabetical order (of ``key(item)`` if given)."""
    getter = key or (lambda item: item)  # type: ignore[return-value]
    return sorted(items, key=lambda item: tr_sort_key(getter(item)))  # type: ignore[arg-type]


def initial_letter(text: str, lang: str = "tr") -> str:
    """The letter heading *text* files under: Ç, Ğ, İ, Ö, Ş, Ü are their own in Turkish."""
    for ch in unicodedata.normalize("NFC", text):
        if not ch.isalnum():
            continue
        if ch.isdigit():
            return "0–9"
        lower = tr_lower(ch)
        if lang == "tr" and lower in _PRIMARY:
            return tr_upper(lower)
        return _strip_marks(lower).replace("ı", "i").upper()[:1] or ch
    return "#"
