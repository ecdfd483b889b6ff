"""The bad-input corpus (tests/bad_inputs/cases.toml), shared by the CLI and Sphinx tests."""

from __future__ import annotations

import tomllib
from pathlib import Path

BAD = Path(__file__).parent / "bad_inputs"
CASES = tomllib.loads((BAD / "cases.toml").read_text(encoding="utf-8"))["case"]
