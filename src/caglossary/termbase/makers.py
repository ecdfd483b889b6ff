"""Glossary records remade from the values a cache stored, without their ``__init__``.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``;
loading the shipped glossary from its cache makes about 4,000 records, the
largest step of a one-page Sphinx rebuild's glossary load. A maker here fills
the slots through their descriptors, one call per field written out in full;
the loop over the fields it replaces made each record about 1.8 times as
dear (unpacking the shipped glossary: 55 → 41 M instructions, ``marshal``
included). Only for values a checked read of the file once made into records;
the classes have no ``__post_init__`` to miss.

Each maker is built for a class with exactly its number of fields, so a field
added to a record and not here fails at import, never by a record half made.
"""

from __future__ import annotations

from dataclasses import fields

from .model import Concept, Guard, LangSide, Source

TYPE_CHECKING = False  # typing stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar

    _Record = TypeVar("_Record")

__all__ = ["make_concept", "make_guard", "make_side", "make_source"]


def _slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The ``__set__`` of each field's slot, in field order."""
    return tuple(getattr(cls, f.name).__set__ for f in fields(cls))


def _maker_of_three(cls: type[_Record]) -> Callable[[Any, Any, Any], _Record]:
    set0, set1, set2 = _slot_setters(cls)
    new = object.__new__

    def make(v0: Any, v1: Any, v2: Any) -> _Record:
        record = new(cls)
        set0(record, v0)
        set1(record, v1)
        set2(record, v2)
        return record

    return make


def _maker_of_eight(cls: type[_Record]) -> Callable[..., _Record]:
    set0, set1, set2, set3, set4, set5, set6, set7 = _slot_setters(cls)
    new = object.__new__

    def make(v0: Any, v1: Any, v2: Any, v3: Any, v4: Any, v5: Any, v6: Any, v7: Any
             ) -> _Record:
        record = new(cls)
        set0(record, v0)
        set1(record, v1)
        set2(record, v2)
        set3(record, v3)
        set4(record, v4)
        set5(record, v5)
        set6(record, v6)
        set7(record, v7)
        return record

    return make


make_concept = _maker_of_eight(Concept)
make_side = _maker_of_eight(LangSide)
make_guard = _maker_of_eight(Guard)
make_source = _maker_of_three(Source)
