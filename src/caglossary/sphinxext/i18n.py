"""UI strings of the extension in Turkish and English, from gettext catalogues.

The catalogues ship as ``.po`` files (``locale/<lang>/LC_MESSAGES/caglossary.po``)
and are compiled in memory with Babel on first use, so no generated ``.mo``
binary lives in the repository and nothing is written into an installed
package.
"""

from __future__ import annotations

from collections.abc import Callable

import gettext
import io
from functools import lru_cache
from pathlib import Path

from ..text.turkish import LANGUAGES

__all__ = ["LANGUAGES", "catalogue_path", "primary_language", "translator"]

DOMAIN = "caglossary"
_LOCALE_DIR = Path(__file__).parent / "locale"


def catalogue_path(lang: str) -> Path:
    """The ``.po`` file holding the UI strings of *lang*."""
    return _LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def primary_language(config_language: str | None, override: str | None = None) -> str:
    """``tr`` or ``en``: the override if set, else Sphinx's ``language`` (default en)."""
    value = override or config_language or "en"
    base = value.replace("-", "_").split("_")[0]
    return base if base in LANGUAGES else "en"


@lru_cache(maxsize=None)
def _compiled(lang: str) -> gettext.NullTranslations:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    path = catalogue_path(lang)
    if not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def translator(lang: str) -> Callable[[str], str]:
    """A ``gettext`` function for *lang* (``tr`` or ``en``)."""
    return _compiled(lang if lang in LANGUAGES else "en").gettext
