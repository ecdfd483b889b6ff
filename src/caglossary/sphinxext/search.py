"""A Turkish search language for Sphinx's own search that knows the glossary.

Sphinx indexes each word through ``SearchLanguage.stem`` and runs the
reader's query through a JavaScript ``Stemmer`` built from the same rules, so
both sides must agree. Ours folds every word (case the Turkish way,
diacritics and apostrophes gone: ``Şanghay`` → ``sanghay``) and cuts the
Turkish inflection off words of the glossary's terms, using the project's
own suffix grammar (``örgütü``, ``örgütün`` → ``orgut``). Other words are
only folded: a general Turkish stemmer cannot be applied to text typed
without diacritics (its vowel-harmony rules need them).

The glossary's words and the accepted endings go into the page's JavaScript,
so the reader's browser strips the same endings.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from sphinx.search import SearchLanguage

from ..recognition.suffixes import archiphonemes, english_endings, turkish_endings
from ..text.turkish import APOSTROPHES, fold

__all__ = ["GlossarySearchTurkish", "glossary_stems", "register_words", "stem_word",
           "unescape_search_titles"]

_MIN_STEM = 3  # shorter stems ("ab", "ai") would swallow unrelated words
# The words of the current build's glossary. A search language is created by
# Sphinx from options alone, so the build hands over how to find the words;
# they are worked out only if the language is used (a build in English never
# pays for the Turkish stems).
_WORDS: dict[str, Callable[[], frozenset[str]]] = {"stems": frozenset}

_JS = """
var Stemmer = function () {
  const stems = new Set(%(stems)s);
  const endings = [new Set(%(consonant)s), new Set(%(vowel)s)];
  const arch = {a: "A", e: "A", i: "I", u: "I", d: "D", t: "D"};
  const apostrophes = new RegExp(%(apostrophes)s, "g");
  // apostrophes go first: NFKD would make the acute accent a space and a mark
  const fold = (w) => w.replace(/İ/g, "i").toLowerCase().replace(/ı/g, "i")
    .replace(apostrophes, "").normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "");
  this.stemWord = function (word) {
    const folded = fold(word);
    for (let cut = %(min)d; cut <= folded.length; cut++) {
      const stem = folded.slice(0, cut);
      if (!stems.has(stem)) continue;
      const rest = folded.slice(cut).replace(/[aeiudt]/g, (c) => arch[c]);
      if (endings[/[aeiou]$/.test(stem) ? 1 : 0].has(rest)) return stem;
    }
    return folded;
  };
};
"""


def _bare(word: str) -> str:
    """*word* without a compound's third-person possessive (``örgütü`` → ``örgüt``)."""
    if word.endswith("si") and len(word) - 2 >= _MIN_STEM and word[-3] in "aeiou":
        return word[:-2]
    if word[-1:] in "iu" and len(word) - 1 >= _MIN_STEM and word[-2] not in "aeiou":
        return word[:-1]
    return word


def glossary_stems(glossary: Any) -> frozenset[str]:
    """The folded single words of every term, variant and abbreviation, and their bare stems."""
    words: set[str] = set()
    for concept in glossary:
        for side in (concept.tr, concept.en):
            for form in (side.term, *side.abbr, *side.variants):
                found = [w for w in fold(form).replace("-", " ").split()
                         if len(w) >= _MIN_STEM and w.isalpha()]
                words.update(found)
                if side is concept.tr:
                    words.update(_bare(w) for w in found)
    return frozenset(words)


@lru_cache(maxsize=2)
def endings(stem_vowel: bool) -> frozenset[str]:
    """Turkish inflection, and English plurals for the English terms of the glossary."""
    return turkish_endings(stem_vowel) | english_endings()


def register_words(stems: Callable[[], frozenset[str]]) -> None:
    """Hand over the build's glossary words, as a function called only when needed."""
    _WORDS["stems"] = lru_cache(maxsize=1)(stems)


def stem_word(word: str, stems: frozenset[str]) -> str:
    """The index key of *word*: folded, and a glossary word's ending cut off."""
    folded = fold(word)
    for cut in range(_MIN_STEM, len(folded) + 1):  # shortest first: örgütü → örgüt
        stem = folded[:cut]
        if stem in stems and archiphonemes(folded[cut:]) in endings(stem[-1] in "aeiou"):
            return stem
    return folded


class GlossarySearchTurkish(SearchLanguage):
    """Sphinx's ``tr`` search language, folding and glossary-aware."""

    lang = "tr"
    language_name = "Turkish"

    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)
        self.stems = _WORDS["stems"]()
        self.js_stemmer_code = _JS % {
            "stems": json.dumps(sorted(self.stems), ensure_ascii=True),
            "consonant": json.dumps(sorted(endings(False))),
            "vowel": json.dumps(sorted(endings(True))),
            "min": _MIN_STEM,
            # the marks fold() drops, so a query folds as the indexed words did
            "apostrophes": json.dumps(f"[{APOSTROPHES}]", ensure_ascii=True),
        }

    def stem(self, word: str) -> str:
        return stem_word(word, self.stems)


def unescape_search_titles(app: Any, *args: Any) -> None:
    """Work around Sphinx escaping page titles twice in search results.

    Sphinx stores page titles and object names already HTML-escaped in
    ``searchindex.js`` and its ``searchtools.js`` escapes them again, so a
    reader sees ``&#x27;`` for the apostrophe of ``Türkiye'nin``. Storing the
    plain text leaves the one escape that ``searchtools.js`` does. Connected to
    ``html-page-context``: the first page written hands the builder's search
    indexer a ``freeze`` that unescapes what it is about to store, so the index
    is written once, as Sphinx writes it, and never read back.
    """
    indexer = getattr(app.builder, "indexer", None)
    if indexer is None or getattr(indexer, "caglossary_unescapes", False):
        return
    freeze = indexer.freeze

    def freeze_unescaped() -> Any:
        return _unescaped(freeze())

    indexer.freeze = freeze_unescaped
    indexer.caglossary_unescapes = True


def _unescaped(index: Any) -> Any:
    if not isinstance(index, dict):  # a shape we do not know: leave it alone
        return index
    titles = index.get("titles")
    if isinstance(titles, (list, tuple)):
        index["titles"] = [html.unescape(t) if isinstance(t, str) else t for t in titles]
    objects = index.get("objects")
    if isinstance(objects, dict):
        index["objects"] = {prefix: [_unescaped_object(entry) for entry in entries]
                            for prefix, entries in objects.items()}
    return index


def _unescaped_object(entry: Any) -> Any:
    if isinstance(entry, (list, tuple)) and len(entry) > 4 and isinstance(entry[4], str):
        return [*entry[:4], html.unescape(entry[4]), *entry[5:]]
    return entry
