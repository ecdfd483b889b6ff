"""Timed Sphinx builds, each in a fresh process, alternated between variants.

A build is timed from process start to exit, so both variants pay the same
interpreter and Sphinx start-up. Two clocks are kept: wall time (what a user
waits for) and CPU time (user + system of the build and its parallel
workers). Ratios use CPU time: on a shared machine other processes stretch
wall time at random, while the work a build does stays put. Variants run in
ABBA order — A B, then B A — so slow drift favours neither side.

On this virtual machine the speed of the host drifts by ±15 % over minutes,
more than the few per cent a target is about. Ratios and shares are therefore
also taken round by round (:func:`paired_ratio`, :func:`paired_share`): the
builds of one round run back to back, so each round compares variants under
nearly the same conditions, and the median over rounds is the figure a verdict
uses. It narrows the drift; it cannot remove a change of speed within a round.
The ratio of the medians is printed beside it.

Every variant runs on byte-compiled modules, as after ``pip install .``
(which compiles them): Sphinx's come compiled from its wheel, and this
checkout's ``caglossary`` is compiled once before the first build, since an
editable install under ``PYTHONDONTWRITEBYTECODE`` would otherwise compile
its source in every build and time the compiler instead of the extension.
"""

from __future__ import annotations

import os
import resource
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


@dataclass(frozen=True, slots=True)
class Sample:
    """One timed build: wall-clock and CPU seconds."""

    wall: float
    cpu: float


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


_COMPILED: list[bool] = []


def byte_compile_package() -> None:
    """Compile the imported ``caglossary`` once, as an installation would."""
    if _COMPILED:
        return
    import caglossary

    package = Path(caglossary.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)],
                   capture_output=True, check=False)
    _COMPILED.append(True)


def build_command(project: Project, jobs: int = 1) -> list[str]:
    """The ``sphinx-build -b html`` command line of *project*."""
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-j", str(jobs),
               "-d", str(project.doctreedir), "-w", str(project.warnfile)]
    for name, value in project.overrides.items():
        command += ["-D", f"{name}={value}"]
    return command + [str(project.srcdir), str(project.outdir)]


def build_env() -> dict[str, str]:
    """The environment of a timed or counted build.

    The glossary's compiled caches go to a folder of this checkout's own: the
    user's cache folder is shared by every checkout, test run and benchmark on
    the machine, and one of them dropping a cache file this build reads would
    make it compile the file again, about a second of work, at random.
    """
    return dict(os.environ, PYTHONDONTWRITEBYTECODE="1",
                CAGLOSSARY_CACHE_DIR=str(CACHE / "work" / "glossary-cache"))


def sphinx_build(project: Project, *, jobs: int = 1, fresh: bool = True) -> Sample:
    """One ``sphinx-build -b html`` of *project* in a new process, timed."""
    byte_compile_package()
    if fresh:
        for folder in (project.outdir, project.doctreedir):
            shutil.rmtree(folder, ignore_errors=True)
    project.workdir.mkdir(parents=True, exist_ok=True)
    command = build_command(project, jobs)
    env = build_env()
    cpu, start = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    sample = Sample(time.perf_counter() - start, _children_cpu() - cpu)
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-8:])
        raise BenchmarkError(f"the {project.name} build failed (exit {done.returncode}):\n{tail}")
    return sample


# VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so a build started
# by a large benchmark process would report the benchmark's own memory.
_PEAK = ("import sys\n"
         "from sphinx.cmd.build import main\n"
         "code = main(sys.argv[1:])\n"
         "peak = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')]\n"
         "print(peak[0], file=sys.stderr)\n"
         "sys.exit(code)\n")


def peak_memory_mb(project: Project) -> float:
    """Peak resident memory (MB) of one fresh serial build of *project*."""
    byte_compile_package()
    for folder in (project.outdir, project.doctreedir):
        shutil.rmtree(folder, ignore_errors=True)
    command = [sys.executable, "-c", _PEAK, "-b", "html", "-q", "-d", str(project.doctreedir),
               "-w", str(project.warnfile)]
    for name, value in project.overrides.items():
        command += ["-D", f"{name}={value}"]
    command += [str(project.srcdir), str(project.outdir)]
    done = subprocess.run(command, capture_output=True, text=True, check=False,
                          env=build_env())
    if done.returncode != 0:
        raise BenchmarkError(f"the {project.name} build failed (exit {done.returncode})")
    return int(done.stderr.strip().splitlines()[-1]) / 1024  # Linux reports KB


def alternate(variants: Sequence[str], runs: int,
              measure: Callable[[str], Sample]) -> dict[str, list[Sample]]:
    """*runs* samples of each variant, taken in ABBA order."""
    samples: dict[str, list[Sample]] = {name: [] for name in variants}
    for round_number in range(runs):
        order = variants if round_number % 2 == 0 else list(reversed(variants))
        for name in order:
            samples[name].append(measure(name))
    return samples


def median(samples: Sequence[Sample], clock: str = "cpu") -> float:
    return statistics.median(getattr(sample, clock) for sample in samples)


def figure(samples: Sequence[Sample]) -> str:
    """``12.30 s (CPU 11.95 s)``: medians of both clocks."""
    return f"{median(samples, 'wall'):.2f} s (CPU {median(samples):.2f} s)"


def spread(samples: Sequence[Sample]) -> str:
    """``median of 5, CPU 11.2–12.0 s``: how many samples and their range."""
    if len(samples) == 1:
        return "1 run"
    cpus = [sample.cpu for sample in samples]
    return f"median of {len(samples)}, CPU {min(cpus):.2f}–{max(cpus):.2f} s"


def ratio(base: Sequence[Sample], other: Sequence[Sample]) -> float:
    """CPU-time ratio of the medians, *other* over *base*."""
    return median(other) / median(base)


def paired_ratio(base: Sequence[Sample], other: Sequence[Sample]) -> float:
    """The median over rounds of *other*'s CPU time over *base*'s in the same round."""
    return statistics.median(o.cpu / b.cpu for b, o in zip(base, other, strict=True))


def paired_share(base: Sequence[Sample], peer: Sequence[Sample], ours: Sequence[Sample]
                 ) -> float:
    """The median over rounds of what *ours* adds to *base* over what *peer* adds."""
    return statistics.median((o.cpu - b.cpu) / (p.cpu - b.cpu)
                             for b, p, o in zip(base, peer, ours, strict=True))


def verdict(value: float, target: float) -> str:
    return f"{value:.2f}× (target ≤ {target:.2f}×: {'holds' if value <= target else 'MISSED'})"
