"""Build-event handlers: configuration, data problems, incremental rebuilds, reports.

Incremental builds compare the data fingerprints stored in the environment
with the files on disk. A change to anything recognition reads (forms, bib
names and years) re-reads every page, exactly as a clean build would; a change
to anything else (a definition, a title) re-writes only the pages that mention
the changed concept or cite the changed reference, plus the glossary and
bibliography pages.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sphinx.util import logging

from .config import LATEX_STYLES, OPTIONS, problems
from .data import absolute_paths, project_data

__all__ = ["on_builder_inited", "on_config_inited", "on_env_get_outdated",
           "on_env_get_updated", "release_matchers", "report_unused", "warn_missing_pages"]

logger = logging.getLogger(__name__)


def on_config_inited(app: Any, config: Any) -> None:
    _replace_bad_values(app, config)
    config.caglossary_glossary_files = absolute_paths(config.caglossary_glossary_files,
                                                      app.confdir)
    config.caglossary_bib_files = absolute_paths(config.caglossary_bib_files, app.confdir)
    _latex_preamble(config)


def _replace_bad_values(app: Any, config: Any) -> None:
    """Warn about each value that cannot work and build with the default instead.

    Sphinx's own convention for a value of the wrong type. A ConfigError here
    reached the user as Sphinx's crash report (a traceback and a plea to report
    a bug); a warning names conf.py and the fix, and ``-W`` still fails.
    """
    defaults = {option.name: option.default for option in OPTIONS}
    for name, message in problems(config).items():
        default = defaults[name]
        logger.warning("caglossary: %s; building with the default %r", message, default,
                       type="caglossary", subtype="config", location=_assigned_at(app, name))
        setattr(config, name, list(default) if isinstance(default, list) else default)


def _assigned_at(app: Any, name: str) -> str | None:
    """``conf.py:LINE`` of the last line assigning *name*, or None (set by ``-D``)."""
    conf_py = Path(app.confdir or ".") / "conf.py"
    try:
        lines = conf_py.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    assignment = re.compile(rf"\s*{name}\s*=")
    found = [number for number, line in enumerate(lines, 1) if assignment.match(line)]
    return f"{conf_py}:{found[-1]}" if found else None


def _latex_preamble(config: Any) -> None:
    """Define how the PDF sets linked terms (Sphinx's cross-reference style is italic)."""
    style = config.caglossary_latex_term_style
    command = LATEX_STYLES.get(style, style)
    definition = (f"\\expandafter\\def\\csname DUrolecag-link\\endcsname#1{{{command}{{#1}}}}"
                  "% caglossary_latex_term_style\n")
    elements = dict(config.latex_elements)
    preamble = elements.get("preamble", "")
    if definition not in preamble:
        elements["preamble"] = preamble + "\n" + definition
    config.latex_elements = elements


def on_builder_inited(app: Any) -> None:
    """Load the data once in the main process and report its problems."""
    from .search import glossary_stems, register_words

    data = project_data(app.config)
    register_words(lambda: glossary_stems(data.glossary))
    for problem in data.problems:
        if problem.line:
            logger.warning("caglossary: %s", problem.message, type="caglossary",
                           subtype=problem.code, location=f"{problem.path}:{problem.line}")
        else:  # Sphinx would read a location without a line as a document name
            logger.warning("caglossary: %s: %s", problem.path, problem.message,
                           type="caglossary", subtype=problem.code)


def _layout(domain: Any) -> tuple:
    return (sorted(domain.data["glossaries"].items()),
            sorted(domain.data["bibliographies"].items()))


def _backlinks(domain: Any, env: Any) -> tuple:
    """What the glossary and bibliography pages show of other pages, before a read.

    Which concepts each page mentions and how often (the glossary shows the
    count), its citations and its title: when a re-read leaves all of them as
    they were, those two pages need no re-write (on a large project they are the
    most expensive pages to write). Shallow copies: a re-read page gets new
    records and a new title node, so only the pages whose objects changed are
    compared in :func:`_backlinks_moved`.
    """
    return dict(domain.data["terms"]), dict(domain.data["cites"]), dict(env.titles)


def _title(titles: Any, doc: str) -> str:
    return titles[doc].astext() if doc in titles else ""


def _backlinks_moved(before: tuple, domain: Any, env: Any) -> bool:
    """Whether a page's mentions, citations or title changed since :func:`_backlinks`."""
    terms_before, cites_before, titles_before = before
    terms, cites = domain.data["terms"], domain.data["cites"]
    if terms.keys() != terms_before.keys() or cites.keys() != cites_before.keys():
        return True
    for doc in terms.keys() | cites.keys():
        if terms.get(doc) is not terms_before.get(doc) and (
                terms.get(doc) != terms_before.get(doc)):
            return True
        if cites.get(doc) is not cites_before.get(doc) and (
                cites.get(doc) != cites_before.get(doc)):
            return True
        if env.titles.get(doc) is not titles_before.get(doc) and (
                _title(env.titles, doc) != _title(titles_before, doc)):
            return True
    return False


def on_env_get_outdated(app: Any, env: Any, added: set[str], changed: set[str],
                        removed: set[str]) -> list[str]:
    domain = env.get_domain("cag")
    domain.forget_cache(data_files=True)
    data = domain.project
    stored_fingerprint, stored = domain.data["fingerprint"], domain.data["hashes"]
    reread: set[str] = set()
    changed_items: set[str] = set()
    # the same data files read by the same code: the stored fingerprints hold
    if not stored_fingerprint or domain.data.get("identity") != data.identity:
        if stored_fingerprint and stored_fingerprint != data.fingerprint:
            reread = set(env.found_docs)
        changed_items = {key for key in set(stored) | set(data.hashes)
                         if stored.get(key) != data.hashes.get(key)}
        domain.data["fingerprint"] = data.fingerprint
        domain.data["hashes"] = dict(data.hashes)
        domain.data["identity"] = data.identity
    domain.pending_changes = {
        "items": changed_items if stored_fingerprint else set(),
        "read": bool(added or changed or removed or reread),
        "layout": _layout(domain),
        "backlinks": _backlinks(domain, env),
    }
    return sorted(reread)


def on_env_get_updated(app: Any, env: Any) -> list[str]:
    """Pages to re-write although their sources did not change."""
    domain = env.get_domain("cag")
    pending = getattr(domain, "pending_changes", None)
    if pending is None:
        return []
    items, docs = pending["items"], set[str]()
    if _layout(domain) != pending["layout"]:
        docs.update(domain.data["terms"], domain.data["cites"])  # link targets moved
    if items:  # the data changed: the pages mentioning a changed item
        docs.update(_pages_showing(domain, items))
    reread_moved_links = pending["read"] and _backlinks_moved(pending["backlinks"], domain, env)
    if items or reread_moved_links or docs:
        docs.update(domain.data["glossaries"], domain.data["bibliographies"])
    return sorted(docs & env.found_docs)


def _pages_showing(domain: Any, items: set[str]) -> set[str]:
    docs = {doc for doc, terms in domain.data["terms"].items()
            if any(f"term:{cid}" in items for cid in terms)}
    docs.update(doc for doc, cites in domain.data["cites"].items()
                if any(f"cite:{key}" in items for _, keys in cites for key in keys))
    return docs


def report_unused(app: Any, exception: BaseException | None) -> None:
    if exception is not None or not app.config.caglossary_report_unused:
        return
    domain = app.env.get_domain("cag")
    used = {cid for terms in domain.data["terms"].values() for cid in terms}
    glossary = domain.project.glossary
    unused = [c.id for c in glossary.sorted_by(domain.language) if c.id not in used]
    if unused:
        logger.info("caglossary: %d of %d concepts are not mentioned on any page: %s",
                    len(unused), len(glossary), ", ".join(unused))
    else:
        logger.info("caglossary: every concept is mentioned at least once")


def release_matchers(app: Any, env: Any) -> list[str]:
    """Every page has been read: the term matchers are not needed to write them.

    Writing a large project's pages and search index is when a build's memory
    peaks; memory the matchers gave back is reused there (a 300-page build
    peaks 5 MB lower). Nothing is released in the worker processes of a
    parallel read, which end anyway.
    """
    env.get_domain("cag").project.glossary.release_matchers()
    return []


def warn_missing_pages(app: Any, env: Any) -> list[str]:
    """Once per build: links were found but there is no page for them to point at."""
    domain = env.get_domain("cag")
    if not app.config.caglossary_missing_page_warning:
        return []
    if domain.used_concepts() and not domain.data["glossaries"]:
        logger.warning("caglossary: pages mention glossary terms but no page holds the "
                       "glossary, so terms are not linked; add a page with "
                       "'.. caglossary-glossary::' (or set caglossary_link_terms = False)",
                       type="caglossary", subtype="no-glossary-page", once=True)
    cited = any(keys for cites in domain.data["cites"].values() for _, keys in cites)
    if cited and not domain.data["bibliographies"]:
        logger.warning("caglossary: pages cite references but no page holds the "
                       "bibliography, so citations are not linked; add a page with "
                       "'.. caglossary-bibliography::' (or set caglossary_link_citations = "
                       "False)", type="caglossary", subtype="no-bibliography-page", once=True)
    return []
