"""Instructions a build executes, counted by valgrind: the steady measure of work.

On this shared virtual machine the CPU time of one and the same build varies
by ±15 % from run to run (the host's load and clock show through), which is
more than the few per cent a target such as "≤ 1.03× a plain build" is about.
The number of instructions a process executes does not drift: valgrind's
cachegrind tool with its cache model off counts them (``I refs``), at about
fifty times the build's own time. Hash randomisation is fixed
(``PYTHONHASHSEED=0``) so that two runs of one variant count the same work;
what is compared is always two variants counted the same way.

Only the build process itself is counted (``dot`` and other helpers it starts
are the same for every variant, and a process it forks reports apart).
Skipped, with a reason, where valgrind is not installed
(``apt-get install valgrind``).
"""

from __future__ import annotations

import re
import shutil
import subprocess

from builds import BenchmarkError, Project, build_command, build_env, sphinx_build

_PID = re.compile(r"==(\d+)==")
_COUNT = r"=={pid}==\s+I\s+refs:\s+([\d,]+)"


def available() -> bool:
    return shutil.which("valgrind") is not None


def instructions(project: Project) -> int:
    """Instructions executed by one fresh serial build of *project*, caches warm.

    One ordinary build goes first: the compiled glossary, the matcher's tables
    and the CSL renderings are kept between builds, and a count taken right
    after the data changed would time their first writing once.
    """
    sphinx_build(project)
    for folder in (project.outdir, project.doctreedir):
        shutil.rmtree(folder, ignore_errors=True)
    project.workdir.mkdir(parents=True, exist_ok=True)
    return command_instructions(build_command(project), build_env(),
                                f"the {project.name} build")


def command_instructions(command: list[str], env: dict[str, str], what: str,
                         exit_codes: tuple[int, ...] = (0,)) -> int:
    """Instructions the process of *command* executes (not those of processes it forks);
    an exit code not in *exit_codes* is a failure."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no",
               "--cachegrind-out-file=/dev/null", *command]
    env = dict(env, PYTHONHASHSEED="0")
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, env=env, check=False)
    # A process the build forks (before it runs ``dot``, say) reports the count it
    # inherited too; the build's own count is the one of the first process.
    first = _PID.search(done.stderr)
    found = re.search(_COUNT.format(pid=first.group(1)), done.stderr) if first else None
    if done.returncode not in exit_codes or found is None:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise BenchmarkError(f"{what} under valgrind failed:\n{tail}")
    return int(found.group(1).replace(",", ""))


def billions(count: int) -> str:
    return f"{count / 1e9:.2f} G instr."
