"""Where the bundled data lives, in a wheel and in a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["builtin_bib_paths", "builtin_glossary_path", "bundled_seeds_dir"]


def builtin_glossary_path() -> Path:
    """The glossary shipped with the package."""
    return Path(str(resources.files("caglossary") / "data" / "glossary.toml"))


def _bundled_dir(name: str) -> Path | None:
    # A wheel carries the folder inside the package; an editable install of a
    # checkout finds it at the repository root instead.
    inside = Path(str(resources.files("caglossary") / name))
    if inside.is_dir():
        return inside
    checkout = Path(__file__).resolve().parents[2] / name
    return checkout if checkout.is_dir() else None


def builtin_bib_paths() -> list[Path]:
    """The BibTeX files of the bundled bibliography (``refs/*.bib``), sorted."""
    folder = _bundled_dir("refs")
    return sorted(folder.glob("*.bib")) if folder else []


def bundled_seeds_dir() -> Path | None:
    """The bundled seed documents (``seeds/``)."""
    return _bundled_dir("seeds")
