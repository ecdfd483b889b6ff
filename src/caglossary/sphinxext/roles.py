"""Explicit roles: ``:cag:term:`` and ``:cag:cite:``.

``:cag:term:`ŞİÖ``` links any written form (any case, diacritics, inflection)
to its concept; ``:cag:term:`the organisation <sco>``` gives its own text.
``:cag:cite:`cooley2012great, 79; peyrouse2008``` renders ``(Cooley, 2012, 79;
Peyrouse, 2008)`` in the configured CSL style, each work linked to the bibliography. The name ``cite`` is left
free for sphinxcontrib-bibtex.
"""

from __future__ import annotations

from typing import Any

from collections.abc import Sequence

from docutils import nodes
from sphinx import addnodes
from sphinx.roles import XRefRole
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole
from sphinx.util.nodes import split_explicit_title

from .data import project_data
from .i18n import primary_language

__all__ = ["ROLE_LINKS", "CiteRole", "TermRole", "cite_xref", "parse_cite_target"]

#: set in the document being read once a role of ours made a link there
ROLE_LINKS = "caglossary_role_links"

logger = logging.getLogger(__name__)


class _CagRole(XRefRole):
    innernodeclass = nodes.inline

    def result_nodes(self, document: nodes.document, env: Any, node: nodes.Element,
                     is_ref: bool) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        if node.get("cag_unknown"):
            # already warned; keep the words, drop the link
            return [nodes.inline(node.astext(), node.astext())], []
        env.current_document[ROLE_LINKS] = True
        content = node[0]
        if isinstance(content, nodes.Element):
            content["classes"] = []  # "xref" would make the text builder add *emphasis*
        return [node], []

    def _warn(self, env: Any, subtype: str, message: str) -> None:
        logger.warning("caglossary: %s", message, type="caglossary", subtype=subtype,
                       location=(env.docname, self._role_line()))

    def _role_line(self) -> int:
        """The line the role itself is on.

        docutils gives a role its paragraph's first line; the role's own line is
        found by looking for its text in the lines of that paragraph. (Two equal
        roles in one paragraph both get the first one's line.)
        """
        machine = getattr(self.inliner.reporter.get_source_and_line, "__self__", None)
        lines = getattr(machine, "input_lines", None)
        first = self.rawtext.split("\n", 1)[0]
        if lines is None or not first:
            return self.lineno
        for index, (source, offset) in enumerate(lines.items):
            if offset + 1 < self.lineno or source != lines.items[0][0]:
                continue
            if offset + 1 > self.lineno + 200 or not lines[index].strip():
                break
            if first in lines[index]:
                return offset + 1
        return self.lineno


class TermRole(_CagRole):
    """``:cag:term:`` — a glossary term by any of its forms or its concept id."""

    def process_link(self, env: Any, refnode: nodes.Element, has_explicit_title: bool,
                     title: str, target: str) -> tuple[str, str]:
        glossary = project_data(env.config).glossary
        concept = glossary[target] if target in glossary else glossary.get(target)
        if concept is None:
            refnode["cag_unknown"] = True
            self._warn(env, "unknown-term", f"no glossary concept matches {target!r}; "
                       "check the spelling or add the term to a glossary file")
            return title, target
        refnode["cag_lang"] = _written_language(concept, title)
        return title, concept.id


def _written_language(concept: Any, text: str) -> str:
    from ..text.turkish import fold

    folded = fold(text)
    tr_forms = {fold(form) for form in concept.tr.forms}
    return "tr" if folded in tr_forms else "en"


def parse_cite_target(target: str) -> list[tuple[str, str]]:
    """``key, 79; key2`` → ``[("key", "79"), ("key2", "")]``."""
    cited = []
    for part in target.split(";"):
        key, _, locator = part.partition(",")
        if key.strip():
            cited.append((key.strip(), locator.strip()))
    return cited


def cite_xref(surface: str, keys: Sequence[str], locators: Sequence[str]
              ) -> addnodes.pending_xref:
    """The cross-reference of one citation or one work of a group.

    The auto-linker and ``:cag:cite:`` both build their links here, so a
    citation gives the same node, and the same HTML, whichever way it was
    written.
    """
    # The bare text, wrapped in its inline only when resolved: a project's doctrees
    # stay in memory from reading to writing, and thousands of links add up.
    xref = addnodes.pending_xref("", nodes.Text(surface), refdomain="cag",
                                 reftype="cite", reftarget=keys[0] if keys else "")
    xref["cag_keys"] = list(keys)
    xref["cag_locators"] = list(locators)
    return xref


class CiteRole(SphinxRole):
    """``:cag:cite:`` — bib keys with optional page locators, rendered in the project's style.

    ``:cag:cite:`key, 79; key2``` becomes the style's in-text citation
    (``(Cooley, 2012, 79; Peyrouse, 2008)`` in ISNAD), each work its own
    link; ``:cag:cite:`this book <key>``` keeps its own words as one link.
    """

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        explicit, title, target = split_explicit_title(self.text)
        data = project_data(self.config)
        cited = parse_cite_target(target)
        refs = [data.reference(key) for key, _ in cited]
        unknown = [key for (key, _), ref in zip(cited, refs) if ref is None]
        if not cited or unknown:
            logger.warning("caglossary: no reference has the key %s; check refs/*.bib or "
                           "caglossary_bib_files", ", ".join(map(repr, unknown)) or repr(target),
                           type="caglossary", subtype="unknown-citation",
                           location=(self.env.docname, self.lineno))
            return [nodes.inline(self.text, title if explicit else target)], []
        keys, locators = [k for k, _ in cited], [loc for _, loc in cited]
        self.env.current_document[ROLE_LINKS] = True
        if explicit:
            return [cite_xref(title, keys, locators)], []
        return self._rendered([r for r in refs if r is not None], keys, locators, data), []

    def _rendered(self, refs: list[Any], keys: list[str], locators: list[str],
                  data: Any) -> list[nodes.Node]:
        from ..bib.csl import cite_text

        lang = primary_language(self.config.language, self.config.caglossary_language)
        style = self.config.caglossary_citation_style
        whole = cite_text(refs, locators, style=style, lang=lang, bibliography=data.bibliography)
        if len(refs) == 1:
            return [cite_xref(whole, keys, locators)]
        out: list[nodes.Node] = []
        pos = 0
        for ref, key, locator in zip(refs, keys, locators):
            alone = cite_text([ref], [locator], style=style, lang=lang,
                              bibliography=data.bibliography)[1:-1]  # without ( )
            at = whole.find(alone, pos)
            if not alone or at < 0:  # the style merged works (2020, 2023): one link
                return [cite_xref(whole, keys, locators)]
            out += [nodes.Text(whole[pos:at]), cite_xref(alone, [key], [locator])]
            pos = at + len(alone)
        out.append(nodes.Text(whole[pos:]))
        return [node for node in out if not isinstance(node, nodes.Text) or node.astext()]
