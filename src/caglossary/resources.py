"""Where the bundled data lives, in a wheel and in a source checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["builtin_bib_paths", "builtin_glossary_path", "bundled_seeds_dir"]


@lru_cache(maxsize=1)
def _package_dir() -> Path:
    # An installed package is a folder on disk: use it directly, sparing the first
    # glossary load the import of importlib.resources (about 9 ms). Anything else
    # (a zip, a custom loader) goes through importlib.resources.
    here = Path(__file__).parent
    if (here / "data").is_dir():
        return here
    from importlib import resources

    return Path(str(resources.files("caglossary")))


def builtin_glossary_path() -> Path:
    """The glossary shipped with the package."""
    return _package_dir() / "data" / "glossary.toml"


def _bundled_dir(name: str) -> Path | None:
    # A wheel carries the folder inside the package; an editable install of a
    # checkout finds it at the repository root instead.
    inside = _package_dir() / name
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
