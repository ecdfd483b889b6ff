"""Instructions of a full build of the 300-page corpus, plain and with caglossary.

``python benchmarks/full_instructions.py [PAGES] [--against SRC]``: the
projects of :mod:`scale`, each built once (caches warm), then one fresh full
build of each counted by valgrind (:mod:`instructions`); with ``--against``
(the ``src`` folder of a baseline checkout) the caglossary project is counted
with that package too, in a folder and cache folder of its own.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from builds import Project, build_command, byte_compile_package  # noqa: E402
from instructions import command_instructions  # noqa: E402
from scale import TARGET, generate, instruction_variants  # noqa: E402


def _fresh(project: Project) -> None:
    for folder in (project.outdir, project.doctreedir):
        shutil.rmtree(folder, ignore_errors=True)
    project.workdir.mkdir(parents=True, exist_ok=True)


def _count(project: Project, env: dict[str, str]) -> int:
    """One build to warm every cache, then a fresh full build counted."""
    import subprocess

    _fresh(project)
    subprocess.run(build_command(project), env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _fresh(project)
    return command_instructions(build_command(project), env, f"the full {project.name} build")


def main() -> None:
    parser = argparse.ArgumentParser(description="a full build, counted in instructions")
    parser.add_argument("pages", nargs="?", type=int, default=300)
    parser.add_argument("--against", metavar="SRC")
    options = parser.parse_args()
    projects, _, _ = generate(options.pages)
    byte_compile_package()
    variants = instruction_variants(projects, options.against, "baseline-full")
    # the variants are counted side by side: valgrind takes minutes per build
    with ThreadPoolExecutor(max_workers=len(variants)) as pool:
        futures = {name: pool.submit(_count, *variant) for name, variant in variants.items()}
    counts = {name: future.result() for name, future in futures.items()}
    for name, count in counts.items():
        share = count / counts["plain"]
        verdict = "" if name == "plain" else (
            f" (target ≤ {TARGET}×: {'holds' if share <= TARGET else 'MISSED'})")
        print(f"{options.pages} pages, full build: instructions, {name} | "
              f"{count / 1e9:.3f} G | {share:.3f}× plain{verdict}")


if __name__ == "__main__":
    main()
