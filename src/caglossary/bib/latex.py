"""LaTeX text in BibTeX values: decode to Unicode on load, encode on export.

Only the small, well-defined part of LaTeX that BibTeX values use for text is
handled: accents (``{\\c{S}}``, ``{\\u{g}}``, ``{\\.I}``, ``{\\"u}``), special
letters (``{\\i}``, ``{\\ss}``), named symbols (``\\textendash``) and the escaped
specials ``\\% \\& \\# \\_ \\$``. Every other brace and command is kept as
written, so case-protecting braces and macros we do not know survive a round
trip (``\\{`` and ``\\}`` too: a literal brace stays escaped, so the value
stays balanced). Decoding and encoding are exact inverses on NFC text free of
``\\ { } ~ ^``.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["VERBATIM_FIELDS", "decode_latex", "encode_latex", "escape_specials",
           "has_raw_percent"]

#: Fields BibTeX and biblatex treat as verbatim: never escaped, never decoded.
VERBATIM_FIELDS = frozenset({"url", "doi", "eprint", "file", "urlraw", "pdf", "verba",
                             "verbb", "verbc", "x-source"})

# Accent commands and the combining mark each one adds.
_SYMBOL_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302",
                   "~": "\u0303", "=": "\u0304", ".": "\u0307"}
_LETTER_ACCENTS = {"c": "\u0327", "u": "\u0306", "v": "\u030c", "H": "\u030b",
                   "k": "\u0328", "r": "\u030a", "d": "\u0323", "b": "\u0331"}
_MARK_TO_ACCENT = {mark: cmd for cmd, mark in {**_SYMBOL_ACCENTS, **_LETTER_ACCENTS}.items()}
# Letters and symbols that have a command of their own.
_NAMED = {"i": "ı", "j": "ȷ", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "ss": "ß",
          "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
          "textendash": "–", "textemdash": "—", "textquoteleft": "‘",
          "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”",
          "ldots": "…", "texteuro": "€", "S": "§", "P": "¶", "copyright": "©",
          "textdegree": "°", "guillemotleft": "«", "guillemotright": "»"}
_CHAR_TO_NAMED = {char: name for name, char in _NAMED.items() if name not in ("aa", "AA")}
_SPECIALS = "%&#_$"

_BASE = r"(?:\\[ij](?![A-Za-z])|[A-Za-z])"
_COMMAND = (
    r"\\(?P<sym>[\"'`^~=.])\s*(?:\{\s*(?P<sb>" + _BASE + r")\s*\}|(?P<sa>" + _BASE + r"))"
    r"|\\(?P<let>[cuvHkrdb])(?:\s*\{\s*(?P<lb>" + _BASE + r")\s*\}|\s+(?P<la>" + _BASE + r"))"
    r"|\\(?P<named>" + "|".join(sorted(_NAMED, key=len, reverse=True)) +
    r")(?![A-Za-z])(?:\{\}|[ \t]+)?"
    r"|\\(?P<special>[%&#_$])"
)
# A command alone inside braces ({\c{S}}) loses the braces: they only group it.
_DECODE_BRACED = re.compile(r"(?<!\\[\"'`^~=.cuvHkrdb])\{\s*(?:" + _COMMAND + r")\s*\}")
_DECODE_BARE = re.compile(_COMMAND)
_RAW_PERCENT = re.compile(r"(?<!\\)(?:\\\\)*%")


def _base_letter(text: str) -> str:
    # An accent on the dotless i (\^{\i}) is written on a plain i in Unicode (î).
    return "i" if text == "\\i" else "j" if text == "\\j" else text


def _decode_match(match: re.Match[str]) -> str:
    groups = {name: value for name, value in match.groupdict().items() if value is not None}
    if "sym" in groups:
        base = groups.get("sb") or groups["sa"]
        return unicodedata.normalize("NFC", _base_letter(base) + _SYMBOL_ACCENTS[groups["sym"]])
    if "let" in groups:
        base = groups.get("lb") or groups["la"]
        return unicodedata.normalize("NFC", _base_letter(base) + _LETTER_ACCENTS[groups["let"]])
    if "named" in groups:
        return _NAMED[groups["named"]]
    return groups["special"]


def decode_latex(value: str) -> str:
    """Unicode for the LaTeX text commands in *value*; everything else is kept."""
    if "\\" in value:
        value = _DECODE_BARE.sub(_decode_match, _DECODE_BRACED.sub(_decode_match, value))
    return unicodedata.normalize("NFC", value)


def has_raw_percent(value: str) -> bool:
    """True when *value* holds a ``%`` that LaTeX would read as a comment."""
    return bool(_RAW_PERCENT.search(value))


def escape_specials(value: str) -> str:
    """``% & # _ $`` escaped with a backslash (the value must be decoded text)."""
    for char in _SPECIALS:
        value = value.replace(char, "\\" + char)
    return value


_CLUSTER = re.compile(r"[^\u0300-\u036f][\u0300-\u036f]*|[\u0300-\u036f]+")


def _encode_cluster(cluster: str) -> str:
    """One letter with its combining marks (``i`` + U+0307 stays a cluster too)."""
    if cluster in _CHAR_TO_NAMED:
        return "{\\" + _CHAR_TO_NAMED[cluster] + "}"
    if cluster == "İ":
        return "{\\.I}"
    base, *marks = list(unicodedata.normalize("NFD", cluster))
    if len(marks) != 1 or not base.isascii() or marks[0] not in _MARK_TO_ACCENT:
        return cluster  # no plain LaTeX form: left as UTF-8
    accent = _MARK_TO_ACCENT[marks[0]]
    letter = "\\i" if base == "i" and accent in _SYMBOL_ACCENTS else base
    if accent in _SYMBOL_ACCENTS:
        return "{\\" + accent + letter + "}"
    return "{\\" + accent + "{" + letter + "}}"


def encode_latex(value: str) -> str:
    """LaTeX for *value*: specials escaped, non-ASCII letters as accent commands."""
    escaped = escape_specials(unicodedata.normalize("NFC", value))
    clusters = (m.group() for m in _CLUSTER.finditer(escaped))
    return "".join(c if c.isascii() else _encode_cluster(c) for c in clusters)
