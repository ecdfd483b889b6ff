"""Where the caches go: inside the folder the user names, and nowhere else."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from caglossary import sealedfiles


def _annotate_and_cite(cwd: Path, cache_setting: str) -> subprocess.CompletedProcess[str]:
    """A run that fills every kind of cache: glossary, BibTeX, matcher, scanner, code."""
    (cwd / "t.txt").write_text("Şanghay İşbirliği Örgütü toplandı (Nosuchauthor, 1999).\n",
                               encoding="utf-8")
    env = dict(os.environ, CAGLOSSARY_CACHE_DIR=cache_setting)
    return subprocess.run([sys.executable, "-m", "caglossary", "annotate", "t.txt"], cwd=cwd,
                          env=env, capture_output=True, text=True, check=False)


def test_nothing_is_written_beside_the_named_cache_folder(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    # a developer's own folder of the same name as one of the caches' subfolders
    (home / "code").mkdir()
    (home / "code" / "mine.marshal").write_bytes(b"the user's own file")
    work = tmp_path / "work"
    work.mkdir()
    done = _annotate_and_cite(work, str(home / "cache"))
    assert "Şanghay İşbirliği Örgütü" in done.stdout, done.stderr
    assert sorted(p.name for p in home.iterdir()) == ["cache", "code"]
    assert [p.name for p in (home / "code").iterdir()] == ["mine.marshal"]
    assert (home / "cache" / "glossary").is_dir() and (home / "cache" / "code").is_dir()
    assert sorted(p.name for p in work.iterdir()) == ["t.txt"]


def test_a_relative_cache_folder_counts_from_the_current_folder(tmp_path, monkeypatch):
    done = _annotate_and_cite(tmp_path, "my-cache")
    assert "Şanghay İşbirliği Örgütü" in done.stdout, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my-cache", "t.txt"]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CAGLOSSARY_CACHE_DIR", "my-cache")
    root = sealedfiles.cache_root()
    assert root == tmp_path / "my-cache" and root.is_absolute()
    assert sealedfiles.cache_dir().parent == root


def test_pruning_survives_a_file_another_run_removed_meanwhile(tmp_path, monkeypatch):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.marshal").write_bytes(b"x")
    listed = sorted(tmp_path.glob("*.marshal"))
    (tmp_path / "b.marshal").unlink()  # the other run's prune, between glob and stat
    monkeypatch.setattr(type(tmp_path), "glob", lambda self, pattern: iter(listed))
    sealedfiles.keep_newest(tmp_path, 2)
    assert len(list(os.scandir(tmp_path))) == 1
