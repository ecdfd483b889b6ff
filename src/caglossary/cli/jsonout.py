"""JSON as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it, built faster.

The standard library's indented output is produced by its pure-Python encoder,
one small piece at a time: for the hundred thousand mentions of a long
manuscript that cost more than finding them. Here every container is laid out
by hand and every flat object (scalars only, the shape of a mention) is
encoded in one call of the C encoder, whose item separator carries the line
break and the indentation. The bytes are the same: JSON escapes every control
character inside strings, so a raw line break can only be layout.
"""

from __future__ import annotations

import json
from functools import lru_cache
from itertools import chain
from typing import Any

__all__ = ["indented_json"]

_SCALARS = frozenset({str, int, float, bool, type(None)})
_STEP = "  "
_DICT, _STR = frozenset({dict}), frozenset({str})
_scalar = json.JSONEncoder(ensure_ascii=False).encode


@lru_cache(maxsize=32)
def _flat_encoder(inner: str) -> Any:
    """The C encoder laying out a flat object's members one per line at *inner*."""
    return json.JSONEncoder(ensure_ascii=False, separators=(",\n" + inner, ": ")).encode


def indented_json(value: Any) -> str:
    """*value* as ``json.dumps(value, ensure_ascii=False, indent=2)`` would write it."""
    return _layout(value, "")


def _layout(value: Any, indent: str) -> str:
    kind = type(value)
    if kind in _SCALARS:
        return _scalar(value)
    inner = indent + _STEP
    if kind is dict:
        if not value:
            return "{}"
        if all(type(key) is str for key in value):
            if _is_flat(value):
                return f"{{\n{inner}{_flat_encoder(inner)(value)[1:-1]}\n{indent}}}"
            members = [f"{inner}{_scalar(key)}: {_layout(member, inner)}"
                       for key, member in value.items()]
            return "{\n" + ",\n".join(members) + f"\n{indent}}}"
    elif kind is list or kind is tuple:
        if not value:
            return "[]"
        if _all_flat(value):
            return _flat_list(value, indent)
        items = [inner + _layout(item, inner) for item in value]
        return "[\n" + ",\n".join(items) + f"\n{indent}]"
    # anything unusual (keys that are not strings, subclasses): the standard
    # encoder, re-indented; its line breaks are all layout too
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def _is_flat(value: Any) -> bool:
    """Whether *value* is a non-empty object of string keys and scalar members."""
    return (type(value) is dict and bool(value)
            and all(map(_SCALARS.__contains__, map(type, value.values())))
            and all(type(key) is str for key in value))


def _all_flat(objects: list[Any] | tuple[Any, ...]) -> bool:
    """``all(map(_is_flat, objects))`` for a non-empty list, in a few C-level passes
    instead of one Python call per object (a long text has a hundred thousand)."""
    return (set(map(type, objects)) == _DICT and all(objects)
            and set(map(type, chain.from_iterable(map(dict.values, objects)))) <= _SCALARS
            and set(map(type, chain.from_iterable(objects))) == _STR)


def _flat_list(objects: list[Any] | tuple[Any, ...], indent: str) -> str:
    """A list of flat objects in one C-encoder call, its object breaks laid out after.

    Between two objects the encoder writes ``},`` + separator + ``{``; inside an
    object a separator follows a scalar, which never ends in ``}``, so the
    object breaks are unambiguous.
    """
    item, member = indent + _STEP, indent + 2 * _STEP
    separator = ",\n" + member
    text = _flat_encoder(member)(list(objects))
    body = text[2:-2].replace("}" + separator + "{", f"\n{item}}},\n{item}{{\n{member}")
    return f"[\n{item}{{\n{member}{body}\n{item}}}\n{indent}]"
