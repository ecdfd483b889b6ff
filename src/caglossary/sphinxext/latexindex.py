"""The glossary's ``\\index`` entries for a PDF indexed by makeindex.

makeindex (what ``make latexpdf`` runs for pdflatex unless ``latex_use_xindy``
is on) reads bytes, not characters: it files ``Çin`` under the first byte of
``Ç`` and writes that half character as the letter heading, and pdflatex then
stops with "Argument of \\UTFviii@two@octets@combine has an extra }". Sphinx
sorts an entry by its own text, so the glossary writes its entries itself: the
sort key is ASCII (Turkish letters spelled so that ``Ç`` files after ``C``,
``ı`` before ``i``), and the text shown keeps every letter.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..text.turkish import fold, tr_lower

__all__ = ["makeindex_entries", "makeindex_sort_key"]

# A letter that follows its base letter in the Turkish alphabet sorts as the
# base letter plus "~" (after every ASCII letter); the dotted i follows the
# dotless one, so "ı" is the plain "i" and "i" is "i~".
_TURKISH_SPELLING = {"ç": "c~", "ğ": "g~", "ı": "i", "i": "i~", "ö": "o~", "ş": "s~", "ü": "u~"}
_NOT_SORTABLE = re.compile(r"[^a-z0-9~ .,;:'()+/-]+")


def makeindex_sort_key(text: str, lang: str) -> str:
    """An ASCII key that makeindex sorts in the order of *lang*'s alphabet."""
    if lang == "tr":
        lowered = "".join(_TURKISH_SPELLING.get(ch, ch) for ch in tr_lower(text))
        bare = "".join(ch for ch in unicodedata.normalize("NFKD", lowered)
                       if not unicodedata.combining(ch))
    else:  # the English alphabet: a Turkish letter files with its base letter
        bare = fold(text)
    return _NOT_SORTABLE.sub(" ", bare).strip() or "~"


def _shown(text: str, engine: str) -> str:
    from sphinx.util.texescape import escape

    # As Sphinx's own writer does: makeindex's quote, level, actual and encap
    # characters are quoted so they stay text.
    value = escape(text, engine).replace('"', '""').replace("@", '"@').replace("!", '"!')
    return r"\spxentry{%s}" % value.replace("|", r"\textbar{}")


def makeindex_entries(entries: list[tuple[str, str, str, str, Any]], lang: str,
                      engine: str) -> str:
    r"""``\index`` commands for Sphinx index *entries* of kind ``single`` or ``pair``."""
    commands = []
    for kind, text, _anchor, _main, _key in entries:
        parts = [part.strip() for part in text.split(";")] if kind == "pair" else [text]
        levels = [f"{makeindex_sort_key(p, lang)}@{_shown(p, engine)}" for p in parts]
        commands.append(r"\index{%s}" % "!".join(levels))
        if kind == "pair":
            commands.append(r"\index{%s}" % "!".join(reversed(levels)))
    return "".join(commands)
