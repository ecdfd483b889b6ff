"""Brace protection of proper nouns and acronyms in BibTeX titles.

Sentence-case styles (BibTeX's ``plain`` family, pybtex, biblatex with
``\\MakeSentenceCase``) lower-case every letter of a title that is not inside
braces. Protecting the whole title would stop them from doing their job, so
only the words that must keep their capitals are braced, decided from data:

* names the glossary holds with capitals (``Shanghai Cooperation
  Organization``, ``Orta Asya``), matched as whole phrases;
* place, people and organisation names from ``proper_nouns.txt`` (countries,
  peoples, persons named in titles);
* words with a capital after their first letter (``ACD``, ``C5+1``,
  ``IntelliNews``, ``U.S.``);
* in a title already written in sentence case, every capitalised word after
  the first: the author has shown they are names.

A Turkish suffix after an apostrophe stays outside the braces
(``{Türkiye}'nin``). A title that already has braces is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

__all__ = ["known_names", "protect_title"]

_WORD = re.compile(r"[^\s]+")
_LETTERS = re.compile(r"[\w+.&-]*\w[+]*", re.UNICODE)  # a word without its punctuation
_APOSTROPHES = "'’ʼ"
_SMALL_WORD = 3  # short function words are lower case even in title case


@lru_cache(maxsize=1)
def known_names() -> tuple[str, ...]:
    """Capitalised glossary forms and the listed names, longest first."""
    from .. import glossary  # the built-in glossary, loaded on first use

    names = set(_listed_names())
    for concept in glossary():
        for lang in ("tr", "en"):
            side = concept.side(lang)
            names.update(f for f in (side.term, *side.variants, *side.abbr)
                         if any(ch.isupper() for ch in f))
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def _listed_names() -> list[str]:
    text = resources.files(__package__).joinpath("proper_nouns.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def _phrase_spans(title: str, names: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for name in names:
        pattern = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, title)]
    return spans


def _is_sentence_case(words: list[re.Match[str]]) -> bool:
    """Most longer words after the first are lower case: capitals then mark names."""
    later = [w.group() for w in words[1:] if len(w.group()) > _SMALL_WORD]
    lower = sum(1 for w in later if w[:1].islower())
    return bool(later) and lower * 2 > len(later)


def _core(match: re.Match[str]) -> tuple[int, int] | None:
    """The span of a word's letters, without punctuation or an apostrophe suffix."""
    text = match.group()
    for mark in _APOSTROPHES:
        text = text.split(mark, 1)[0]
    core = _LETTERS.search(text)
    if core is None:
        return None
    return match.start() + core.start(), match.start() + core.end()


def _word_spans(title: str) -> list[tuple[int, int]]:
    words = list(_WORD.finditer(title))
    sentence_case = _is_sentence_case(words)
    spans = []
    for index, word in enumerate(words):
        span = _core(word)
        if span is None:
            continue
        letters = title[span[0]:span[1]]
        inner_capital = any(ch.isupper() for ch in letters[1:])
        opens_clause = index == 0 or words[index - 1].group().endswith((":", "?", "!", "."))
        named = sentence_case and letters[:1].isupper() and not opens_clause
        if inner_capital or named:
            spans.append(span)
    return spans


def _merged(spans: list[tuple[int, int]], title: str) -> list[tuple[int, int]]:
    """Overlapping spans, and spans only a space apart, become one brace group."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + 1 and not title[merged[-1][1]:start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def protect_title(title: str, names: Iterable[str] | None = None) -> str:
    """*title* with its names and acronyms in braces (*names*: :func:`known_names`)."""
    if "{" in title or "}" in title:
        return title  # protected by hand already
    spans = _phrase_spans(title, known_names() if names is None else names)
    spans = _merged(spans + _word_spans(title), title)
    out, last = [], 0
    for start, end in spans:
        out += [title[last:start], "{", title[start:end], "}"]
        last = end
    return "".join(out) + title[last:]
