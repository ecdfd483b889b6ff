"""A large real project: Sphinx's own documentation, with and without caglossary.

The sdist of the installed Sphinx is downloaded once with pip into
``benchmarks/.cache/`` and unpacked there. Both variants build the sdist's
``doc/`` with the extensions its conf.py lists, minus ``sphinx.ext.intersphinx``
(it downloads inventories over the network on every fresh build, which would
time the network, not the build) and with ``nitpicky`` off (without the
inventories every Python reference would warn). The caglossary variant adds
``caglossary`` with its defaults: built-in glossary and bibliography, terms and
citations auto-linked.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

from builds import (CACHE, BenchmarkError, Project, alternate, figure, paired_ratio, ratio, spread,
                    sphinx_build, verdict)

TARGET = 1.03  # issue 23: Sphinx's own docs, CPU time
_NETWORK_EXTENSIONS = ("sphinx.ext.intersphinx",)
_MARK = re.compile(r'class="[^"]*\bcag-(term|cite)(-unlinked)?\b')


def sphinx_sdist_docs() -> Path:
    """The ``doc/`` folder of the installed Sphinx version's sdist (cached)."""
    wanted = version("sphinx")
    root = CACHE / f"sphinx-{wanted}"
    if (root / "doc" / "conf.py").is_file():
        return root / "doc"
    downloads = CACHE / "sdist"
    tarballs = [p for p in downloads.glob("*.tar.gz")
                if p.name.lower() == f"sphinx-{wanted}.tar.gz"]
    if not tarballs:
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                   f"sphinx=={wanted}", "-d", str(downloads), "-q"]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        tarballs = [p for p in downloads.glob("*.tar.gz")
                    if p.name.lower() == f"sphinx-{wanted}.tar.gz"]
        if done.returncode != 0 or not tarballs:
            raise BenchmarkError(f"pip could not download the sphinx {wanted} sdist: "
                                 f"{done.stderr.strip()[-300:]}")
    with tarfile.open(tarballs[0]) as archive:
        archive.extractall(CACHE, filter="data")
    if not (root / "doc" / "conf.py").is_file():
        raise BenchmarkError(f"the sphinx {wanted} sdist has no doc/conf.py under {root.name}")
    return root / "doc"


def conf_extensions(conf: Path) -> list[str]:
    """The literal ``extensions = [...]`` list of a conf.py, read without running it."""
    for node in ast.parse(conf.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "extensions" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise BenchmarkError(f"{conf} has no literal extensions list to extend")


def projects(docs: Path) -> dict[str, Project]:
    base = [e for e in conf_extensions(docs / "conf.py") if e not in _NETWORK_EXTENSIONS]
    work = CACHE / "work" / "sphinx-docs"
    common = {"nitpicky": "0"}
    return {
        "plain": Project("Sphinx docs plain", docs, work / "plain",
                         {**common, "extensions": ",".join(base)}),
        "caglossary": Project("Sphinx docs + caglossary", docs, work / "caglossary",
                              {**common, "extensions": ",".join([*base, "caglossary"])}),
    }


def _page_count(docs: Path) -> int:
    return sum(1 for _ in docs.rglob("*.rst"))


def rows(runs: int) -> list[tuple[str, str, str]]:
    try:
        docs = sphinx_sdist_docs()
    except BenchmarkError as error:
        return [("Sphinx's own docs", "skipped", str(error))]
    variants = projects(docs)
    samples = alternate(list(variants), runs, lambda name: sphinx_build(variants[name]))
    plain, cag = samples["plain"], samples["caglossary"]
    label = f"Sphinx {version('sphinx')} docs ({_page_count(docs)} .rst files)"
    return [
        (f"{label}: plain build", figure(plain), spread(plain) + "; baseline"),
        (f"{label}: + caglossary", figure(cag),
         f"{verdict(paired_ratio(plain, cag), TARGET)} round by round, "
         f"{ratio(plain, cag):.3f}× by the medians; {spread(cag)}; "
         f"{auto_links(variants['caglossary'])}"),
    ]


def auto_links(project: Project) -> str:
    """The mentions the last build of *project* marked, counted in its HTML."""
    counts = {"term": 0, "cite": 0, "unlinked": 0}
    for page in project.outdir.rglob("*.html"):
        text = page.read_text(encoding="utf-8", errors="replace")
        for kind, unlinked in _MARK.findall(text):
            counts["unlinked" if unlinked else kind] += 1
    found = f"{counts['term']} term and {counts['cite']} citation links"
    return found + (f", {counts['unlinked']} mentions without a target page"
                    if counts["unlinked"] else "")


def instruction_rows() -> list[tuple[str, str, str]]:
    """Plain and caglossary builds of Sphinx's docs in instructions executed (valgrind)."""
    from instructions import available, billions, instructions

    if not available():
        return [("Sphinx's own docs, instructions", "skipped", "valgrind is not installed")]
    try:
        docs = sphinx_sdist_docs()
    except BenchmarkError as error:
        return [("Sphinx's own docs, instructions", "skipped", str(error))]
    variants = projects(docs)
    counts = {name: instructions(project) for name, project in variants.items()}
    factor = counts["caglossary"] / counts["plain"]
    held = "holds" if factor <= TARGET else "MISSED"
    label = f"Sphinx {version('sphinx')} docs, instructions"
    return [(f"{label}: plain build", billions(counts["plain"]), "valgrind; baseline"),
            (f"{label}: + caglossary", billions(counts["caglossary"]),
             f"{factor:.3f}× (target ≤ {TARGET:.2f}×: {held})")]
