"""Timed Sphinx builds, each in a fresh process, alternated between variants.

A build is timed from process start to exit (what a user waits for), so both
variants pay the same interpreter and Sphinx start-up. Variants are run in
ABBA order — A B, then B A, and so on — so a machine that slowly speeds up or
slows down during the run favours neither side.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CACHE = HERE / ".cache"


class BenchmarkError(RuntimeError):
    """A benchmark could not run; the message says why and what to do."""


@dataclass
class Project:
    """One Sphinx build variant: its sources, output folders and ``-D`` overrides."""

    name: str
    srcdir: Path
    workdir: Path
    overrides: dict[str, str] = field(default_factory=dict)

    @property
    def outdir(self) -> Path:
        return self.workdir / "html"

    @property
    def doctreedir(self) -> Path:
        return self.workdir / "doctrees"

    @property
    def warnfile(self) -> Path:
        return self.workdir / "warnings.txt"

    @property
    def pickle_bytes(self) -> int:
        return (self.doctreedir / "environment.pickle").stat().st_size

    def warnings(self, needle: str = "") -> int:
        if not self.warnfile.exists():
            return 0
        lines = self.warnfile.read_text(encoding="utf-8", errors="replace").splitlines()
        return sum(1 for line in lines if "WARNING" in line and needle in line)


def sphinx_build(project: Project, *, jobs: int = 1, fresh: bool = True) -> float:
    """Seconds for one ``sphinx-build -b html`` of *project* in a new process."""
    if fresh:
        for folder in (project.outdir, project.doctreedir):
            shutil.rmtree(folder, ignore_errors=True)
    project.workdir.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-j", str(jobs),
               "-d", str(project.doctreedir), "-w", str(project.warnfile)]
    for name, value in project.overrides.items():
        command += ["-D", f"{name}={value}"]
    command += [str(project.srcdir), str(project.outdir)]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-8:])
        raise BenchmarkError(f"the {project.name} build failed (exit {done.returncode}):\n{tail}")
    return seconds


def alternate(variants: Sequence[str], runs: int,
              measure: Callable[[str], float]) -> dict[str, list[float]]:
    """*runs* samples of each variant, taken in ABBA order."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for round_number in range(runs):
        order = variants if round_number % 2 == 0 else list(reversed(variants))
        for name in order:
            samples[name].append(measure(name))
    return samples


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float]) -> str:
    """``median of 5, 51.2–53.0 s`` — how many samples and their range."""
    if len(values) == 1:
        return "1 run"
    return f"median of {len(values)}, {min(values):.2f}–{max(values):.2f} s"


def verdict(ratio: float, target: float) -> str:
    return f"{ratio:.2f}× (target ≤ {target:.2f}×: {'holds' if ratio <= target else 'MISSED'})"
