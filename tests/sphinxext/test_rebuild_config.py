"""A second build of an unchanged project: Sphinx must not be told the config changed.

The extension added its static folder to ``html_static_path`` after the
environment had been saved with the user's value, so every rebuild of an
untouched project said "The configuration has changed (1 option:
'html_static_path')".
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).parent.parent / "roots" / "test-basic"


def test_an_unchanged_project_rebuilds_without_a_config_change(tmp_path, capsys):
    from sphinx.cmd.build import build_main

    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    args = ["-b", "html", str(srcdir), str(tmp_path / "html")]
    assert build_main(args) == 0
    capsys.readouterr()
    assert build_main(args) == 0
    status = capsys.readouterr().out
    assert "configuration has changed" not in status.lower(), status
    assert (tmp_path / "html" / "_static" / "caglossary.css").is_file()
