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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

__all__ = ["Table", "indented_json"]

_SCALARS = frozenset({str, int, float, bool, type(None)})
_STEP = "  "
_DICT, _STR, _INT = frozenset({dict}), frozenset({str}), frozenset({int})
_scalar = json.JSONEncoder(ensure_ascii=False).encode


@lru_cache(maxsize=32)
def _flat_encoder(inner: str) -> Any:
    """The C encoder laying out a flat object's members one per line at *inner*."""
    return json.JSONEncoder(ensure_ascii=False, separators=(",\n" + inner, ": ")).encode


@dataclass(frozen=True, slots=True)
class Table:
    """A list of flat objects sharing their keys, given column by column.

    It is written as that list of objects, without building them: the mentions
    of a long text are a hundred thousand objects of five members.
    """

    columns: dict[str, list[Any]]  # key → each object's member, all lists of one length

    def objects(self) -> list[dict[str, Any]]:
        """The list of objects the table stands for."""
        keys = list(self.columns)
        return [dict(zip(keys, row)) for row in zip(*self.columns.values())]


def indented_json(value: Any) -> str:
    """*value* as ``json.dumps(value, ensure_ascii=False, indent=2)`` would write it."""
    return _layout(value, "")


def _layout(value: Any, indent: str) -> str:
    kind = type(value)
    if kind in _SCALARS:
        return _scalar(value)
    inner = indent + _STEP
    if kind is Table:
        return _table(value, indent)
    if kind is dict:
        if not value:
            return "{}"
        if all(type(key) is str for key in value):
            if _is_flat(value):
                return f"{{\n{inner}{_flat_encoder(inner)(value)[1:-1]}\n{indent}}}"
            return _mixed_object(value, indent, inner)
    elif kind is list or kind is tuple:
        if not value:
            return "[]"
        if set(map(type, value)) <= _SCALARS:  # one C-encoder call for the items
            return f"[\n{inner}{_flat_encoder(inner)(value)[1:-1]}\n{indent}]"
        if _all_flat(value):
            return _flat_list(value, indent)
        if set(map(type, value)) == _DICT:  # citations: scalars and lists of keys
            return _objects_of_lists(value, indent)
        items = [inner + _layout(item, inner) for item in value]
        return "[\n" + ",\n".join(items) + f"\n{indent}]"
    # anything unusual (keys that are not strings, subclasses): the standard
    # encoder, re-indented; its line breaks are all layout too
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def _mixed_object(value: dict[str, Any], indent: str, inner: str) -> str:
    """An object with containers among its members (a citation's lists of keys).

    Its scalars and keys are encoded in one C-encoder call, a 0 standing in for
    each container; the members are cut apart at the separator (an encoded string
    holds no raw line break) and each stand-in replaced by its container laid out.
    """
    shape = {key: member if type(member) in _SCALARS else 0 for key, member in value.items()}
    separator = ",\n" + inner
    members = _flat_encoder(inner)(shape)[1:-1].split(separator)
    for index, member in enumerate(value.values()):
        if type(member) not in _SCALARS:
            members[index] = members[index][:-1] + _layout(member, inner)
    return f"{{\n{inner}{separator.join(members)}\n{indent}}}"


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
    """A list of flat objects, laid out from a few C-encoder calls.

    Objects that all have the same keys in the same order (the mentions of a
    text) are encoded a column at a time and poured into one template. Any
    others go through one call: between two objects the encoder writes ``},`` +
    separator + ``{``; inside an object a separator follows a scalar, which never
    ends in ``}``, so the object breaks are unambiguous.
    """
    item, member = indent + _STEP, indent + 2 * _STEP
    keys = list(objects[0])
    if all(map(keys.__eq__, map(list, objects))):
        columns = {key: list(map(itemgetter(key), objects)) for key in keys}
        return f"[\n{item}{_uniform_objects(columns, item, member)}\n{indent}]"
    separator = ",\n" + member
    text = _flat_encoder(member)(list(objects))
    body = text[2:-2].replace("}" + separator + "{", f"\n{item}}},\n{item}{{\n{member}")
    return f"[\n{item}{{\n{member}{body}\n{item}}}\n{indent}]"


def _table(table: Table, indent: str) -> str:
    columns = list(table.columns.values())
    rows = len(columns[0]) if columns else 0
    types = set(chain.from_iterable(map(map, repeat(type), columns)))
    if not rows or any(len(column) != rows for column in columns) or not types <= _SCALARS:
        return _layout(table.objects(), indent)  # none, or not one flat object a row
    item = indent + _STEP
    return f"[\n{item}{_uniform_objects(table.columns, item, item + _STEP)}\n{indent}]"


# an encoded scalar holds no raw line break: a line break parts the items of a column
_column_text = json.JSONEncoder(ensure_ascii=False, separators=("\n", ": ")).encode


def _uniform_objects(columns: dict[str, list[Any]], item: str, member: str) -> str:
    """Flat objects given by *columns*, each laid out at *item*, their members at *member*."""
    encoded = tuple(chain.from_iterable(zip(*map(_encoded_column, columns.values()))))
    members = (f"{_scalar(key).replace('%', '%%')}: %s" for key in columns)
    template = f"{{\n{member}" + f",\n{member}".join(members) + f"\n{item}}}"
    # one template for all the objects, filled by one %: not a call per object
    return f",\n{item}".join(repeat(template, len(encoded) // len(columns))) % encoded


def _encoded_column(column: list[Any]) -> Iterable[str]:
    """Each scalar of *column* as the encoder writes it.

    A text names the same concepts with the same words again and again: each
    distinct string is encoded once and looked up for the others. An int's JSON
    is its repr (what the C encoder writes).
    """
    kinds = set(map(type, column))
    if kinds == _INT:
        return map(int.__repr__, column)
    if kinds == _STR:
        distinct = list(dict.fromkeys(column))
        encoded = _column_text(distinct)[1:-1].split("\n")
        return map(dict(zip(distinct, encoded)).__getitem__, column)
    return _column_text(column)[1:-1].split("\n")


def _objects_of_lists(objects: list[Any] | tuple[Any, ...], indent: str) -> str:
    """A list of objects whose members are scalars or lists of scalars (citations).

    Every scalar of every such object (list items included) is encoded in one
    C-encoder call and poured into a template per shape (which keys, which of them
    lists, how long); an object of another make is laid out alone.
    """
    item = indent + _STEP
    shapes = list(map(_shape, objects))
    values = [scalar for shape, obj in zip(shapes, objects) if shape is not None
              for member in obj.values()
              for scalar in (member if type(member) is list or type(member) is tuple
                             else (member,))]
    encoded = _column_text(values)[1:-1].split("\n") if values else []
    templates: dict[tuple[tuple[str, int], ...], str] = {}
    laid_out, used = [], 0
    for shape, obj in zip(shapes, objects):
        if shape is None:
            laid_out.append(_layout(obj, item))
            continue
        template = templates.get(shape)
        if template is None:
            template = templates[shape] = _template(shape, item)
        count = sum(1 if length < 0 else length for _, length in shape)
        laid_out.append(template % tuple(encoded[used:used + count]))
        used += count
    return f"[\n{item}" + f",\n{item}".join(laid_out) + f"\n{indent}]"


def _shape(obj: dict[Any, Any]) -> tuple[tuple[str, int], ...] | None:
    """Each key with -1 (a scalar) or its list's length; None if a member is neither
    a scalar nor a list of scalars, or a key is no string."""
    shape = []
    for key, member in obj.items():
        kind = type(member)
        if type(key) is not str:
            return None
        if kind in _SCALARS:
            shape.append((key, -1))
        elif (kind is list or kind is tuple) and set(map(type, member)) <= _SCALARS:
            shape.append((key, len(member)))
        else:
            return None
    return tuple(shape)


def _template(shape: tuple[tuple[str, int], ...], item: str) -> str:
    """The %-template of an object of *shape* laid out at *item*: a %s per scalar."""
    if not shape:
        return "{}"
    member, element = item + _STEP, item + 2 * _STEP
    parts = []
    for key, length in shape:
        if length < 0:
            slot = "%s"
        elif length == 0:
            slot = "[]"
        else:
            slot = f"[\n{element}" + f",\n{element}".join(["%s"] * length) + f"\n{member}]"
        parts.append(f"{_scalar(key).replace('%', '%%')}: {slot}")
    return f"{{\n{member}" + f",\n{member}".join(parts) + f"\n{item}}}"

