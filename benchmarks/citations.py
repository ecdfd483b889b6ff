"""Citations against the peer: 120 pages × 5 citations, three (four) ways.

- (a) plain Sphinx, the citations written as free text ``(Cooley, 2012:79)``;
- (b) sphinxcontrib-bibtex, the same citations as ``:cite:p:`` roles with the
  page as post-text, and a ``bibliography`` directive;
- (c) caglossary with its defaults, linking the free text of (a) (terms and
  citations) and a ``caglossary-bibliography`` directive;
- (c′) the same with ``caglossary_link_terms = False``: citation linking alone,
  the like-for-like comparison with (b).

Citations are drawn from refs/caglossary.bib: every record with a year whose
rendered in-text form (``caglossary.bib.render.cite``) caglossary recognises as
that record, of an entry type the peer's style can format. Filler is the seed documents' own prose, minus paragraphs that
already contain a citation.
"""

from __future__ import annotations

import random
import shutil

from builds import (CACHE, REPO, Project, alternate, figure, median, paired_share, spread,
                    sphinx_build)
from corpus import conf_py, escape_rst, heading, seed_paragraphs, write_project
from sphinxdocs import auto_links

PAGES, PER_PAGE = 120, 5
TARGET = 0.10
VARIANTS = ("a", "b", "c", "c2")


def _peer_formats(entry_type: str) -> bool:
    """Whether sphinxcontrib-bibtex's pybtex style has a template for *entry_type*."""
    try:
        from pybtex.plugin import find_plugin
    except ImportError:  # no peer installed: variant (b) is not built
        return True
    style = find_plugin("pybtex.style.formatting", "unsrt")
    return hasattr(style, f"get_{entry_type}_template")


def citable_keys() -> list[str]:
    """Keys with a year whose rendered citation resolves back to that key.

    Only entry types the peer can format: its styles have no template for
    biblatex's @report, and the same citations go to every variant.
    """
    from caglossary.recognition.citations import find_citations
    from caglossary.bib.library import bibliography
    from caglossary.bib.render import cite

    bib, keys = bibliography(), []
    for ref in bib:
        if not ref.year or not _peer_formats(ref.entry_type):
            continue
        found = find_citations(f"x {cite(bib, [(ref.key, '79')])} x", bibliography=bib)
        if len(found) == 1 and tuple(found[0].keys) == (ref.key,):
            keys.append(ref.key)
    return keys


def _filler() -> list[str]:
    from caglossary.recognition.citations import find_citations

    return [p for p in seed_paragraphs() if not find_citations(p)]


def _pages(keys: list[str], style: str) -> dict[str, str]:
    """Page sources; *style* ``free`` writes rendered citations, ``role`` :cite:p: roles."""
    from caglossary.bib.library import bibliography
    from caglossary.bib.render import cite

    bib, filler, rng = bibliography(), _filler(), random.Random(120)
    pages = {}
    for number in range(1, PAGES + 1):
        body = [heading(f"Bölüm {number}", "=")]
        for _ in range(PER_PAGE):
            key, page = rng.choice(keys), str(rng.randint(1, 400))
            mention = (escape_rst(cite(bib, [(key, page)])) if style == "free"
                       else f":cite:p:`{key}{{{page}}}`")
            body.append(f"{escape_rst(rng.choice(filler))} Ayrıntı için bkz. {mention}.\n")
        pages[f"p{number:03d}"] = "\n".join(body)
    return pages


def _bibliography_page(directive: str) -> dict[str, str]:
    return {"kaynakca": heading("Kaynakça", "=") + (f"\n.. {directive}::\n" if directive else "")}


def generate() -> dict[str, Project]:
    keys = citable_keys()
    root = CACHE / "work" / "citations"
    free, roles = _pages(keys, "free"), _pages(keys, "role")
    specs = {
        "a": (free, "", ["extensions = []"]),
        "b": (roles, "bibliography", ["extensions = ['sphinxcontrib.bibtex']",
                                      "bibtex_bibfiles = ['refs.bib']",
                                      "bibtex_reference_style = 'author_year'"]),
        "c": (free, "caglossary-bibliography", ["extensions = ['caglossary']"]),
        "c2": (free, "caglossary-bibliography", ["extensions = ['caglossary']",
                                                 "caglossary_link_terms = False"]),
    }
    projects = {}
    for name, (pages, directive, conf) in specs.items():
        src = root / name / "src"
        write_project(src, conf_py(conf), pages, _bibliography_page(directive),
                      f"Atıf karşılaştırması ({name})", per_chapter=20)
        shutil.copyfile(REPO / "refs" / "caglossary.bib", src / "refs.bib")
        projects[name] = Project(f"citations ({name})", src, root / name)
    return projects


def _peer_installed() -> bool:
    from importlib.util import find_spec

    return find_spec("sphinxcontrib.bibtex") is not None


def rows(runs: int) -> list[tuple[str, str, str]]:
    if not _peer_installed():
        return [("citations vs sphinxcontrib-bibtex", "skipped",
                 "install the bench extra: pip install -e '.[bench]'")]
    projects = generate()
    samples = alternate(list(VARIANTS), runs, lambda name: sphinx_build(projects[name]))
    cpu = {name: median(values) for name, values in samples.items()}
    peer_adds = cpu["b"] - cpu["a"]
    label = f"{PAGES} pages × {PER_PAGE} citations"
    table = [(f"{label}: (a) plain, free-text citations", figure(samples["a"]),
              spread(samples["a"]) + "; baseline"),
             (f"{label}: (b) sphinxcontrib-bibtex, :cite:p:", figure(samples["b"]),
              f"adds {peer_adds:+.2f} s CPU ({cpu['b'] / cpu['a']:.2f}× plain); "
              f"{spread(samples['b'])}")]
    for name, what in (("c", "caglossary, defaults"), ("c2", "caglossary, citations only")):
        adds = cpu[name] - cpu["a"]
        share = paired_share(samples["a"], samples["b"], samples[name])
        held = "holds" if share <= TARGET else "MISSED"
        table.append((f"{label}: ({name.replace('2', '′')}) {what}", figure(samples[name]),
                      f"adds {share:.1%} of what (b) adds round by round (target ≤ "
                      f"{TARGET:.0%}: {held}); by the medians {adds:+.2f} s CPU = "
                      f"{adds / peer_adds:.1%}; {spread(samples[name])}; "
                      f"{auto_links(projects[name])}"))
    table.append((f"{label}: environment.pickle a / b / c", " / ".join(
        f"{projects[n].pickle_bytes / 1000:.0f} KB" for n in ("a", "b", "c")), ""))
    return table


def instruction_rows() -> list[tuple[str, str, str]]:
    """The same comparison in instructions executed (valgrind), one build per variant."""
    from instructions import available, billions, instructions

    if not _peer_installed() or not available():
        return [("citations vs sphinxcontrib-bibtex, instructions", "skipped",
                 "needs the bench extra and valgrind")]
    projects = generate()
    counts = {name: instructions(projects[name]) for name in ("a", "b", "c2")}
    peer_adds, ours_adds = counts["b"] - counts["a"], counts["c2"] - counts["a"]
    share = ours_adds / peer_adds
    held = "holds" if share <= TARGET else "MISSED"
    label = f"{PAGES} pages × {PER_PAGE} citations, instructions"
    return [(f"{label}: (a) plain", billions(counts["a"]), "valgrind; baseline"),
            (f"{label}: (b) sphinxcontrib-bibtex", billions(counts["b"]),
             f"adds {peer_adds / 1e9:+.2f} G ({counts['b'] / counts['a']:.3f}× plain)"),
            (f"{label}: (c′) caglossary, citations only", billions(counts["c2"]),
             f"adds {ours_adds / 1e9:+.2f} G = {share:.1%} of what (b) adds "
             f"(target ≤ {TARGET:.0%}: {held})")]
