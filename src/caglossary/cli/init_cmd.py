"""``init``: scaffold a researcher's own Sphinx project that uses the extension.

The project builds with ``sphinx-build -W`` at once: a ``conf.py``, an index,
one example chapter, the glossary and bibliography pages, an example terms
file and a ``.bib`` with one record the chapter cites.
"""

from __future__ import annotations

import argparse
import re
import shlex
import string
import sys
from pathlib import Path

from .common import UsageError, say

__all__ = ["register", "scaffold"]

_CONF = '''\
# Sphinx configuration written by `caglossary init`; see the page
# "Use it in your project" of the caglossary documentation.
project = {title!r}
author = "Your name"
copyright = "%Y, Your name"    # %Y is the year of the build
release = version = "0.1"       # an EPUB needs both, even as drafts
language = {lang!r}
extensions = ["caglossary", "sphinx.ext.intersphinx"]
exclude_patterns = ["_build"]

# Your own terms and references, merged with the built-in ones.
caglossary_glossary_files = ["data/terms.toml"]
caglossary_bib_files = ["data/references.bib"]

# Link to another project's glossary: :term:`...` then resolves through its objects.inv.
intersphinx_mapping = {{}}
'''

_INDEX = '''\
{underlined}

.. toctree::
   :maxdepth: 1

   chapter
   glossary
   references
'''

_CHAPTER = {
    "tr": '''\
Birinci bölüm
=============

Şanghay İşbirliği Örgütü, Orta Asya'daki bölgesel örgütlerin en
büyüğüdür. Hazar geçiş koridoru bu çalışmanın örnek terimidir
(Örnek, 2024:12).
''',
    "en": '''\
First chapter
=============

The Shanghai Cooperation Organization is the largest regional organisation in
Central Asia. The Trans-Caspian Transit Corridor is this project's example
term (Example, 2024:12).
''',
}

_PAGES = {"tr": ("Sözlük", "Kaynakça"), "en": ("Glossary", "References")}

_TERMS = '''\
# Your own concepts; see the glossary format in the caglossary documentation.
schema = 1

[[concept]]
id = "trans-caspian-transit-corridor"
category = "initiative"

[concept.tr]
term = "Hazar geçiş koridor|u"
definition = "Orta Asya'yı Hazar üzerinden Kafkasya'ya ve Türkiye'ye bağlayan taşıma hattı."

[concept.en]
term = "Trans-Caspian Transit Corridor"
definition = "The transport route linking Central Asia across the Caspian to the Caucasus."
'''

_BIB = {
    "tr": "@book{ornek2024,\n  author = {Örnek, Ayşe},\n  title = {Orta Asya'da Koridorlar},\n"
          "  publisher = {Örnek Yayınları},\n  address = {Ankara},\n  year = {2024},\n}\n",
    "en": "@book{example2024,\n  author = {Example, Alex},\n  title = {Corridors in Central "
          "Asia},\n  publisher = {Example Press},\n  address = {London},\n  year = {2024},\n}\n",
}


# Characters that begin inline markup in reStructuredText: emphasis, literals,
# roles, substitutions, references and targets.
_INLINE_MARKUP = re.compile(r"([\\*`|_\[\]<>])")


def _rst_literal(text: str) -> str:
    """*text* as reStructuredText that shows it as typed: a folder named ``notes_``
    or a title with ``|x|`` became a reference to nothing and broke the -W build.
    A leading punctuation mark is escaped too: it could begin a list or comment."""
    escaped = _INLINE_MARKUP.sub(r"\\\1", text)
    if escaped[:1] in string.punctuation and not escaped.startswith("\\"):
        escaped = "\\" + escaped
    return escaped


def _heading(text: str, mark: str = "=") -> str:
    from docutils.utils import column_width  # wide letters take two columns

    return f"{text}\n{mark * column_width(text)}\n"


def scaffold(target: Path, lang: str, title: str) -> list[Path]:
    """Write the project's files into *target*; returns them. Refuses to overwrite."""
    glossary_title, references_title = _PAGES[lang]
    files = {
        "conf.py": _CONF.format(title=title, lang=lang),
        "index.rst": _INDEX.format(underlined=_heading(_rst_literal(title))),
        "chapter.rst": _CHAPTER[lang],
        "glossary.rst": _heading(glossary_title) + "\n.. caglossary-glossary::\n",
        "references.rst": _heading(references_title) + "\n.. caglossary-bibliography::\n",
        "data/terms.toml": _TERMS,
        "data/references.bib": _BIB[lang],
    }
    existing = [name for name in files if (target / name).exists()]
    if existing:
        raise UsageError(f"caglossary: {target / existing[0]}: already exists; choose an "
                         "empty folder (init never overwrites)")
    written = []
    for name, text in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    init = commands.add_parser(
        "init", help="scaffold your own Sphinx project using caglossary",
        description="Write conf.py, an index, an example chapter, glossary and "
        "bibliography pages, an example terms file and .bib into DIR. The project "
        "builds with `sphinx-build -W DIR DIR/_build/html` at once.")
    init.add_argument("directory", metavar="DIR", help="folder to create or fill (no "
                      "existing file is overwritten)")
    init.add_argument("--lang", choices=("tr", "en"), default="tr",
                      help="language of the project (default: tr)")
    init.add_argument("--title", default="", help="project title (default: the folder name)")
    init.set_defaults(func=run_init)


def run_init(args: argparse.Namespace) -> int:
    target = Path(args.directory)
    if target.exists() and not target.is_dir():
        raise UsageError(f"caglossary: {target}: not a folder; give a folder name")
    if not args.title.isprintable():
        raise UsageError("caglossary init: --title holds a line break or control character; "
                         "give the title on one line")
    # a folder name may hold what a title may not: such characters become spaces
    folder = "".join(c if c.isprintable() else " " for c in target.resolve().name).strip()
    title = args.title or folder or "Research"
    written = scaffold(target, args.lang, title)
    html = target / "_build" / "html"
    say(f"caglossary: wrote {len(written)} files to {target}; build with "
        f"`sphinx-build -W {shlex.quote(str(target))} {shlex.quote(str(html))}`",
        stream=sys.stdout)
    return 0
