"""Scale: a synthetic Turkish corpus (300 pages in a full run) with the shipped glossary.

Every page has two sections of three paragraphs drawn from the seed
documents. The caglossary variant adds ``extensions = ["caglossary"]``, a
glossary and a bibliography page, and a one-concept user glossary file
(``caglossary_glossary_files``) holding a copy of the shipped concept that the
corpus mentions most, so that editing "one glossary entry" is editing a real,
busy entry. The plain variant has the same pages, the two extra pages holding
only their headings.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from builds import (CACHE, Project, Sample, alternate, figure, paired_ratio, peak_memory_mb, ratio,
                    spread, sphinx_build, verdict)
from corpus import conf_py, escape_rst, heading, seed_paragraphs, write_project

TARGET = 1.15  # a full build, against plain Sphinx (issue 20)
TOUCH_TARGET = 1.05  # one page touched
MEMORY_TARGET = 1.2  # peak memory of a full build
USER_GLOSSARY = "user-glossary.toml"


def _pages(count: int) -> dict[str, str]:
    paragraphs, rng = seed_paragraphs(), random.Random(1000)
    pages = {}
    for number in range(1, count + 1):
        parts = [heading(f"Belge {number}", "=")]
        for section in (1, 2):
            parts.append(heading(f"Kısım {number}.{section}", "-"))
            parts += [escape_rst(rng.choice(paragraphs)) + "\n" for _ in range(3)]
        pages[f"p{number:04d}"] = "\n".join(parts)
    return pages


def busiest_concept(pages: dict[str, str]) -> tuple[str, int]:
    """The id of the concept the corpus mentions most, and on how many pages."""
    from caglossary import glossary

    counts: Counter[str] = Counter()
    pages_with: Counter[str] = Counter()
    for text in pages.values():
        found = [m.concept for m in glossary().find_terms(text)]
        counts.update(found)
        pages_with.update(set(found))
    concept = counts.most_common(1)[0][0]
    return concept, pages_with[concept]


def concept_block(concept_id: str) -> str:
    """The shipped TOML text of one concept, as a standalone glossary file."""
    from caglossary.resources import builtin_glossary_path

    text = builtin_glossary_path().read_text(encoding="utf-8")
    blocks = re.split(r"(?m)^(?=\[\[concept\]\])", text)
    for block in blocks:
        if re.search(rf'(?m)^id = "{re.escape(concept_id)}"$', block):
            return "schema = 1\n\n" + block
    raise LookupError(concept_id)


def edit_definition(path: Path, stamp: int) -> None:
    """Change the concept's Turkish definition (not a form: pages need no re-read)."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'definition = """\\\n(\(düzenleme \d+\) )?', f'definition = """\\\\\n'
                  f"(düzenleme {stamp}) ", text, count=1)
    path.write_text(text, encoding="utf-8")


def edit_form(path: Path, stamp: int) -> None:
    """Add (or change) a variant spelling: recognition changes, so every page is re-read."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'variants = \[(?:"zzbenchmark\d+", )?', f'variants = ["zzbenchmark{stamp}", ',
                  text, count=1)
    path.write_text(text, encoding="utf-8")


def generate(count: int) -> tuple[dict[str, Project], str, int]:
    pages = _pages(count)
    concept, mentioned_on = busiest_concept(pages)
    root = CACHE / "work" / f"scale-{count}"
    plain_extra = {"sozluk": heading("Sözlük", "="), "kaynakca": heading("Kaynakça", "=")}
    cag_extra = {"sozluk": plain_extra["sozluk"] + "\n.. caglossary-glossary::\n",
                 "kaynakca": plain_extra["kaynakca"] + "\n.. caglossary-bibliography::\n"}
    write_project(root / "plain" / "src", conf_py(["extensions = []"]), pages, plain_extra,
                  "Türkçe derlem")
    write_project(root / "caglossary" / "src",
                  conf_py(["extensions = ['caglossary']",
                           f"caglossary_glossary_files = ['{USER_GLOSSARY}']"]),
                  pages, cag_extra, "Türkçe derlem")
    (root / "caglossary" / "src" / USER_GLOSSARY).write_text(concept_block(concept),
                                                             encoding="utf-8")
    return {name: Project(f"scale {name}", root / name / "src", root / name)
            for name in ("plain", "caglossary")}, concept, mentioned_on


def _touch(project: Project, count: int) -> None:
    """Re-save the middle page (same text, new modification time)."""
    page = project.srcdir / "pages" / f"p{count // 2:04d}.rst"
    page.write_text(page.read_text(encoding="utf-8"), encoding="utf-8")


def rows(runs: int, count: int) -> list[tuple[str, str, str]]:
    projects, concept, mentioned_on = generate(count)
    label = f"Turkish corpus, {count} pages"
    full = alternate(list(projects), runs, lambda n: sphinx_build(projects[n]))
    sizes = {n: p.pickle_bytes for n, p in projects.items()}
    table = _ratio_rows(f"{label}: full build", full)

    def touched(name: str) -> Sample:
        _touch(projects[name], count)
        return sphinx_build(projects[name], fresh=False)

    table += _ratio_rows(f"{label}: one page touched", alternate(list(projects), runs, touched),
                         TOUCH_TARGET)
    table += _edit_rows(label, projects["caglossary"], (concept, mentioned_on), runs,
                        full["plain"])
    table += _ratio_rows(f"{label}: full build, -j 2", alternate(
        list(projects), runs, lambda n: sphinx_build(projects[n], jobs=2)))
    peaks = {n: peak_memory_mb(p) for n, p in projects.items()}
    table.append((f"{label}: peak memory of a full build", f"{peaks['plain']:.0f} → "
                  f"{peaks['caglossary']:.0f} MB",
                  f"{peaks['caglossary'] / peaks['plain']:.2f}× (target ≤ {MEMORY_TARGET}×: "
                  f"{'holds' if peaks['caglossary'] / peaks['plain'] <= MEMORY_TARGET else 'MISSED'})"))
    table.append((f"{label}: environment.pickle", f"{sizes['plain'] / 1e6:.2f} → "
                  f"{sizes['caglossary'] / 1e6:.2f} MB",
                  f"+{(sizes['caglossary'] - sizes['plain']) / 1e3:.0f} KB "
                  f"({sizes['caglossary'] / sizes['plain']:.2f}×) with caglossary"))
    return table


def _ratio_rows(label: str, samples: dict[str, list[Sample]], target: float = TARGET
                ) -> list[tuple[str, str, str]]:
    plain, cag = samples["plain"], samples["caglossary"]
    return [(f"{label}, plain", figure(plain), spread(plain) + "; baseline"),
            (f"{label}, + caglossary", figure(cag),
             f"{verdict(paired_ratio(plain, cag), target)} round by round, "
             f"{ratio(plain, cag):.3f}× by the medians; {spread(cag)}")]


def _edit_rows(label: str, project: Project, concept: tuple[str, int], runs: int,
               plain_full: list[Sample]) -> list[tuple[str, str, str]]:
    user_file = project.srcdir / USER_GLOSSARY
    table = []
    for what, edit in (("definition", edit_definition), ("form", edit_form)):
        samples = []
        for stamp in range(runs):
            edit(user_file, stamp)
            samples.append(sphinx_build(project, fresh=False))
        effect = (f"the {concept[1]} pages mentioning it re-written" if what == "definition"
                  else "every page re-read")
        table.append((f"{label}: glossary entry {concept[0]!r} edited ({what})", figure(samples),
                      f"{ratio(plain_full, samples):.2f}× a plain full build; {effect}; "
                      f"{spread(samples)}"))
    return table


def instruction_variants(projects: dict[str, Project], against: str | None,
                         folder: str) -> dict[str, tuple[Project, dict[str, str]]]:
    """Each project with its build environment; with *against* (the ``src`` folder of
    a baseline checkout) also the caglossary project built with that package, in
    *folder* beside it with a cache folder of its own."""
    from builds import build_env

    variants = {name: (project, build_env()) for name, project in projects.items()}
    if against is not None:
        cag = projects["caglossary"]
        env = dict(build_env(), PYTHONPATH=against,
                   CAGLOSSARY_CACHE_DIR=str(CACHE / "work" / "glossary-cache-baseline"))
        env.pop("PYTHONDONTWRITEBYTECODE")  # the baseline writes its own bytecode
        variants["baseline"] = (Project("scale baseline", cag.srcdir,
                                        cag.workdir.parent / folder), env)
    return variants


def touched_instruction_rows(count: int, against: str | None = None
                             ) -> list[tuple[str, str, str]]:
    """Instructions of the one-page-touched build: plain, with caglossary and, with
    *against* (the ``src`` folder of a baseline checkout), with that package, in a
    project folder of its own with caches of its own.

    Each variant builds in full and touched once first, so every cache is warm and
    the environment current (bytecode too: the baseline writes its own).
    """
    import subprocess

    from builds import build_command, byte_compile_package
    from instructions import command_instructions

    projects, _, _ = generate(count)
    variants = instruction_variants(projects, against, "baseline")
    byte_compile_package()
    counts = {}
    for name, (project, env) in variants.items():
        project.workdir.mkdir(parents=True, exist_ok=True)
        for _ in range(2):
            subprocess.run(build_command(project), env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _touch(project, count)
        counts[name] = command_instructions(build_command(project), env,
                                            f"the touched {project.name} build")
    label = f"Turkish corpus, {count} pages, one page touched: instructions"
    table = [(f"{label}, plain", f"{counts['plain'] / 1e9:.3f} G", "baseline")]
    for name in ("caglossary", *(("baseline",) if against else ())):
        share = counts[name] / counts["plain"]
        table.append((f"{label}, + caglossary{' (baseline code)' if name == 'baseline' else ''}",
                      f"{counts[name] / 1e9:.3f} G",
                      f"{share:.3f}× plain (target ≤ {TOUCH_TARGET}×: "
                      f"{'holds' if share <= TOUCH_TARGET else 'MISSED'})"))
    return table


if __name__ == "__main__":
    import argparse
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    parser = argparse.ArgumentParser(description="one page touched, counted in instructions")
    parser.add_argument("pages", nargs="?", type=int, default=300)
    parser.add_argument("--against", metavar="SRC",
                        help="the src folder of a baseline checkout, counted too")
    options = parser.parse_args()
    for row in touched_instruction_rows(options.pages, options.against):
        print(" | ".join(row))
