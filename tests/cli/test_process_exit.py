"""The process's exit: the exit code of main(), with or without the interpreter's teardown."""

from __future__ import annotations

import atexit
import gc
import signal
import subprocess
import sys

import pytest

from caglossary import cli


def test_a_pending_atexit_handler_gets_the_usual_exit(monkeypatch, capsys):
    monkeypatch.setattr(atexit, "_ncallbacks", lambda: 1, raising=False)
    enabled = gc.isenabled()
    try:
        with pytest.raises(SystemExit) as stopped:
            cli.run(["lookup", "no such concept at all"])
    finally:
        if enabled:
            gc.enable()
    assert stopped.value.code == 1
    assert "no such concept at all" in capsys.readouterr().err


def test_a_command_that_makes_cycles_keeps_the_collector(monkeypatch):
    seen = []
    monkeypatch.setattr(cli, "main", lambda argv: seen.append(gc.isenabled()) or 0)
    monkeypatch.setattr(cli, "_leave", lambda code: None)
    enabled = gc.isenabled()
    try:
        cli.run(["build", "--help"])
        cli.run(["annotate", "x.txt"])
    finally:
        if enabled:
            gc.enable()
    assert seen == [True, False]


def test_output_and_exit_code_survive_the_quick_exit(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("Şanghay İşbirliği Örgütü (Nosuchauthor, 1999) toplandı.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "caglossary", "annotate", str(text)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1  # the unresolved citation
    assert "Şanghay İşbirliği Örgütü" in done.stdout
    assert "unresolved citation" in done.stderr


_INTERRUPT_WHILE_LOADING = """
import os, signal, time
import caglossary.regexbundle as bundle
def interrupted():
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)
bundle.preload = interrupted
import caglossary.cli
"""


def _default_ctrl_c() -> None:
    # A shell starts a background job with Ctrl-C ignored, and a child inherits that;
    # Python then leaves it ignored, as the command line does. The tests are about a
    # process started from a terminal, so the child starts with the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_while_the_command_line_loads_is_exit_130_without_a_traceback():
    done = subprocess.run([sys.executable, "-c", _INTERRUPT_WHILE_LOADING], capture_output=True,
                          text=True, check=False, timeout=60, preexec_fn=_default_ctrl_c)
    assert (done.returncode, done.stderr) == (130, "caglossary: interrupted\n")


def test_ctrl_c_raises_keyboardinterrupt_again_once_loaded():
    code = ("import signal, caglossary.cli; "
            "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, timeout=60, preexec_fn=_default_ctrl_c)
    assert done.stdout == "True\n", done.stderr


def test_an_ignored_ctrl_c_stays_ignored():
    # nohup, a background job: the command line never takes Ctrl-C back from them
    code = ("import signal; signal.signal(signal.SIGINT, signal.SIG_IGN); "
            "import caglossary.cli; print(signal.getsignal(signal.SIGINT) is signal.SIG_IGN)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, timeout=60)
    assert done.stdout == "True\n", done.stderr
