"""Frozen records of the glossary: a concept, its language sides, its sources."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text.turkish import LANGUAGES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ..text.turkish import Lang

__all__ = ["CATEGORIES", "LANGUAGES", "Concept", "Guard", "LangSide", "Source", "strip_marker"]

CATEGORIES = (
    "agreement",
    "body",
    "concept",
    "country",
    "doctrine",
    "document",
    "event",
    "exercise",
    "initiative",
    "institution",
    "organisation",
    "region",
    "status",
)
INFLECTION_MARK = "|"


def strip_marker(form: str) -> str:
    """The display form of a term: the inflection marker removed."""
    return form.replace(INFLECTION_MARK, "")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a source document uses or defines the concept: a bib key and pages.

    A source may instead be a public web page, given by its ``url``; then
    ``key`` is empty.
    """

    key: str
    pages: str = ""
    url: str = ""

    def as_json(self) -> dict[str, str]:
        if self.url:
            return {"url": self.url}
        return {"key": self.key, "pages": self.pages}

    @property
    def label(self) -> str:
        """One line naming the source: ``key pages``, or the URL."""
        return self.url or f"{self.key} {self.pages}".strip()


@dataclass(frozen=True, slots=True)
class Guard:
    """A form that counts only under context conditions (see "Review rules" in the docs).

    ``form`` is written like a variant, ``|`` marker included. Equal to the
    side's term, the conditions apply to the term itself; otherwise it is an
    extra variant that only counts where they hold.
    """

    form: str
    near: tuple[str, ...] = ()  # concept ids, one of which the paragraph must mention
    not_after: tuple[str, ...] = ()  # phrases that must not end the words before it
    not_before: tuple[str, ...] = ()  # phrases that must not start the words after it
    not_before_name: bool = False  # not directly before a capitalised word
    cased: bool = False  # only capitalised text counts
    # not with a third-person possessive ending: "Çin'in batısında" is the west of a place
    no_possessive: bool = False
    # endings only after an apostrophe: "Hazar'ın" is the sea, glued "Hazarlar" the Khazars
    apostrophe_only: bool = False

    @property
    def written(self) -> str:
        """The form as displayed: the inflection marker removed."""
        return strip_marker(self.form)

    def as_json(self) -> dict[str, Any]:
        return {"form": self.written, "near": list(self.near), "not_after": list(self.not_after),
                "not_before": list(self.not_before), "not_before_name": self.not_before_name,
                "cased": self.cased, "no_possessive": self.no_possessive,
                "apostrophe_only": self.apostrophe_only}


@dataclass(frozen=True, slots=True)
class LangSide:
    """One language's side of a concept.

    ``marked_forms`` keeps the term and variants as written in the data file,
    with the ``|`` inflection marker the Turkish matcher reads.
    """

    term: str
    definition: str
    abbr: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    ocr: tuple[str, ...] = ()
    marked_forms: tuple[str, ...] = ()
    guarded: tuple[Guard, ...] = ()
    #: nouns of the concept's class ("örgüt|", "organization") that, used
    #: definitely, refer back to it (anaphora); ``|`` marks inflection as in terms
    class_nouns: tuple[str, ...] = ()

    @property
    def guarded_forms(self) -> tuple[str, ...]:
        """Guarded forms that are not the term: extra variants that count only in context."""
        return tuple(g.written for g in self.guarded if g.written != self.term)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form: term, abbreviations and variants (no OCR garbles)."""
        return (self.term, *self.abbr, *self.variants)

    @property
    def first_sentence(self) -> str:
        """The first sentence of the definition, for tooltips.

        A full stop ends a sentence only before a capital, a digit or a quote,
        and never after a lone letter, so "T.C. Dışişleri" and "U.S. policy"
        stay whole.
        """
        import re

        text = " ".join(self.definition.split())
        for stop in re.finditer(r"[.!?](?= )", text):
            word = text[: stop.start()].rsplit(" ", 1)[-1].split(".")[-1]
            following = text[stop.end() + 1: stop.end() + 2]
            if len(word) > 1 and (following.isupper() or following.isdigit()
                                  or following in "\"“'("):
                return text[: stop.end()]
        return text

    def as_json(self) -> dict[str, Any]:
        return {
            "term": self.term,
            "abbr": list(self.abbr),
            "variants": list(self.variants),
            "guarded": [g.as_json() for g in self.guarded],
            "definition": self.definition,
        }


@dataclass(frozen=True, slots=True)
class Concept:
    """A glossary concept: a stable id, a category and both language sides."""

    id: str
    category: str
    tr: LangSide
    en: LangSide
    see_also: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    #: the concept that took this one's place, and the year it did (the
    #: Shanghai Five became the SCO in 2001): a year in the text picks between them
    successor: tuple[str, int] | None = None
    origin: str = field(default="", compare=False)

    def side(self, lang: Lang | str) -> LangSide:
        """The ``tr`` or ``en`` side."""
        if lang == "tr":
            return self.tr
        if lang == "en":
            return self.en
        raise ValueError(f"unknown language {lang!r}: use 'tr' or 'en'")

    def label(self, lang: str = "tr") -> str:
        """``term (ABBR)`` in one language, for listings."""
        side = self.side(lang)
        return f"{side.term} ({', '.join(side.abbr)})" if side.abbr else side.term

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "tr": self.tr.as_json(),
            "en": self.en.as_json(),
            "see_also": list(self.see_also),
            "sources": [s.as_json() for s in self.sources],
        }
