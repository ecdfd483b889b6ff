"""Every ``caglossary_*`` configuration value, declared once.

The documentation's configuration table (docs/configuration.rst) lists the
same names; a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["LATEX_STYLES", "LINK_MODES", "OPTIONS", "Option", "check_value", "problems",
           "register", "validate"]

LINK_MODES = ("every", "section", "document")
#: the LaTeX command each named style wraps a linked term's text in
LATEX_STYLES = {"upright": "\\textup", "italic": "\\textit", "bold": "\\textbf"}


@dataclass(frozen=True, slots=True)
class Option:
    """One configuration value: its name, default, accepted types and meaning."""

    name: str
    default: Any
    types: tuple[type, ...]
    help: str

    @property
    def kind(self) -> str:
        """What :func:`check_value` demands of the value."""
        if self.types == (bool,):
            return "bool"
        if list in self.types:
            return "list of strings"
        return "string or unset" if type(None) in self.types else "string"


def check_value(name: str, value: Any, kind: str) -> str:
    """"" when *value* is a *kind*, else a message naming *name* and what to write.

    The one check behind every ``caglossary_*`` option of conf.py and every key of
    ``caglossary-build.toml``: a string where a list belongs would be read as a
    list of characters, and the string "false" where a yes/no belongs is true.
    """
    fits = {
        "bool": isinstance(value, bool),
        "string": isinstance(value, str),
        "string or unset": value is None or isinstance(value, str),
        "list of strings": isinstance(value, (list, tuple))
        and all(isinstance(item, str) and item.strip() for item in value),
        "table": isinstance(value, dict),
    }[kind]
    if fits:
        return ""
    examples = {"bool": "true or false (no quotes)", "string": 'a quoted string, e.g. "…"',
                "string or unset": "a quoted string, or leave it unset",
                "list of strings": 'a list of non-empty strings, e.g. ["terms.toml"]',
                "table": "a table of settings"}
    return f"{name} = {value!r} is not {kind}: write {examples[kind]}"


OPTIONS: tuple[Option, ...] = (
    Option("caglossary_link_mode", "section", (str,),
           "which term mentions become links: every, section (first per section) "
           "or document (first per document)"),
    Option("caglossary_link_terms", True, (bool,), "auto-link glossary terms"),
    Option("caglossary_link_anaphora", False, (bool,),
           "also link class nouns that refer back to a concept (\"Örgüt\", \"the "
           "organization\" → the SCO); they count in the glossary's back-links"),
    Option("caglossary_link_citations", True, (bool,), "auto-link author-year citations"),
    Option("caglossary_link_titles", False, (bool,), "also link inside section titles and rubrics"),
    Option("caglossary_ocr", False, (bool,), "tolerate OCR damage in every document"),
    Option("caglossary_ocr_documents", [], (list, tuple),
           "glob patterns of document names read in OCR mode"),
    Option("caglossary_pdf_text_documents", [], (list, tuple),
           "glob patterns of document names read in PDF-text mode (lost Turkish letters)"),
    Option("caglossary_glossary_files", [], (list, tuple),
           "extra glossary TOML files, relative to conf.py, merged over the built-in glossary"),
    Option("caglossary_bib_files", [], (list, tuple),
           "extra BibTeX files, relative to conf.py, merged with the built-in references"),
    Option("caglossary_builtin_glossary", True, (bool,), "load the built-in glossary"),
    Option("caglossary_builtin_bib", True, (bool,), "load the built-in references"),
    Option("caglossary_language", None, (str, type(None)),
           "tr or en; by default follows Sphinx's language (anything but tr means en)"),
    Option("caglossary_citation_style", "isnad-metinici", (str,),
           "CSL style of citations and reference lists: isnad-metinici, apa or "
           "chicago-author-date"),
    Option("caglossary_report_unused", False, (bool,),
           "log the concepts that no page mentions at the end of the build"),
    Option("caglossary_status_marks", True, (bool,),
           "mark references whose x-status says unverified or partial; False shows no marks"),
    Option("caglossary_glossary_see_also", True, (bool,),
           "a used-only glossary also lists, marked, the concepts its entries point to "
           "with see-also"),
    Option("caglossary_index_terms", True, (bool,),
           "put every listed concept (both terms and abbreviations) in the general index"),
    Option("caglossary_missing_page_warning", True, (bool,),
           "warn once when pages mention terms or citations but no glossary or "
           "bibliography page exists"),
    Option("caglossary_latex_term_style", "upright", (str,),
           "how PDF output sets linked terms and citations: upright, italic, bold, or a "
           "LaTeX command taking one argument (e.g. \\textsf)"),
)


def register(app: Any) -> None:
    """Declare every option; all of them change what is read, so rebuild='env'."""
    for option in OPTIONS:
        default = list(option.default) if isinstance(option.default, list) else option.default
        app.add_config_value(option.name, default, "env", types=option.types,
                             description=option.help)


def validate(config: Any) -> list[str]:
    """Messages for values that cannot work, each naming the option and the fix."""
    return list(problems(config).values())


def problems(config: Any) -> dict[str, str]:
    """Option name → message, for the values that cannot work.

    A value of the wrong kind gets that message alone: the rule for its
    allowed values would compare a list or a number with strings and fail.
    """
    errors = {option.name: message for option in OPTIONS if (message := check_value(
        option.name, getattr(config, option.name, option.default), option.kind))}
    defaults = {option.name: option.default for option in OPTIONS}
    for name, rule in _VALUE_RULES.items():
        value = getattr(config, name, defaults[name])
        if name not in errors and (fix := rule(value)):
            errors[name] = f"{name} = {value!r}: {fix}"
    return errors


def _citation_style(value: str) -> str:
    from ..bib.csl import STYLES

    return "" if value in STYLES else f"use one of {', '.join(STYLES)}"


# The fix for a string value the option does not allow ("" when allowed).
_VALUE_RULES = {
    "caglossary_link_mode": lambda value: "" if value in LINK_MODES else
    f"use one of {', '.join(LINK_MODES)}",
    "caglossary_language": lambda value: "" if value in (None, "", "tr", "en") else
    "use 'tr', 'en' or leave it unset to follow `language`",
    "caglossary_citation_style": _citation_style,
    "caglossary_latex_term_style": lambda value: ""
    if value in LATEX_STYLES or value.startswith("\\") else
    "use upright, italic, bold or a LaTeX command such as '\\textsf'",
}
