"""``caglossary-build.toml``: the optional settings of a ``caglossary build`` folder.

Every value goes through :func:`~caglossary.sphinxext.config.check_value`, the
same check as the ``caglossary_*`` options of conf.py, so ``ocr = "false"``
(a string, which Python would call true) and ``files = "oops"`` are refused
with a message naming the file, the line and the fix.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UnreadableFile
from ..text.files import printable, read_utf8
from .config import check_value
from .staging import StagingError

__all__ = ["SETTINGS_FILE", "FileSettings", "SiteSettings", "read_settings"]

SETTINGS_FILE = "caglossary-build.toml"
_SITE_KEYS = {"title": "string", "language": "string", "files": "table"}
_FILE_KEYS = {"title": "string", "ocr": "bool"}


@dataclass(frozen=True, slots=True)
class FileSettings:
    title: str = ""
    ocr: bool = False


@dataclass(frozen=True)
class SiteSettings:
    """What ``caglossary-build.toml`` says (everything optional)."""

    title: str = ""
    language: str = ""
    files: dict[str, FileSettings] = field(default_factory=dict)


def _line_of(text: str, key: str) -> int:
    """The first line that sets or opens *key* (0 when it cannot be found)."""
    pattern = re.compile(rf"""^\s*(?:\[\s*files\s*\.\s*)?["']?{re.escape(key)}["']?\s*[=\]]""")
    for number, line in enumerate(text.split("\n"), start=1):
        if pattern.match(line):
            return number
    return 0


class _Checker:
    def __init__(self, path: Path, text: str) -> None:
        self.path, self.text = path, text

    def fail(self, key: str, message: str) -> StagingError:
        line = _line_of(self.text, key)
        where = f"{printable(self.path)}:{line}" if line else printable(self.path)
        return StagingError(f"caglossary: {where}: {message}", str(self.path))

    def table(self, raw: dict[str, Any], allowed: dict[str, str], prefix: str) -> None:
        for key, value in raw.items():
            if key not in allowed:
                raise self.fail(key, f"unknown setting {prefix}{key!r}; the settings are "
                                f"{', '.join(allowed)}")
            message = check_value(f"{prefix}{key}", value, allowed[key])
            if message:
                raise self.fail(key, message)


def read_settings(source_dir: Path) -> SiteSettings:
    """The folder's ``caglossary-build.toml``, or defaults when there is none."""
    path = source_dir / SETTINGS_FILE
    if not path.exists() and not path.is_symlink():
        return SiteSettings()
    try:
        text = read_utf8(path).removeprefix("\ufeff")
        raw = tomllib.loads(text)
    except UnreadableFile as exc:
        raise StagingError(f"caglossary: {exc}", str(path)) from None
    except RecursionError:
        raise StagingError(f"caglossary: {printable(path)}: nested too deeply; "
                           "fix the TOML syntax", str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise StagingError(f"caglossary: {printable(path)}: {exc}; fix the TOML syntax",
                           str(path)) from None
    check = _Checker(path, text)
    check.table(raw, _SITE_KEYS, "")
    files = {}
    for name, table in raw.get("files", {}).items():
        if not isinstance(table, dict):
            raise check.fail(name, f'[files."{name}"] must be a table setting title and ocr')
        check.table(table, _FILE_KEYS, f'files."{name}".')
        files[name] = FileSettings(table.get("title", ""), table.get("ocr", False))
    language = raw.get("language", "")
    if language not in ("", "tr", "en"):
        raise check.fail("language", f"language = {language!r}: use 'tr' or 'en'")
    return SiteSettings(raw.get("title", ""), language, files)
