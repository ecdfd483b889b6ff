"""The matcher tables' dictionaries that unpack what a run asks for, when it asks.

:mod:`caglossary.recognition.matchertables` stores each key's forms packed
apart and no shorter keys at all; a short run reads the forms of the few keys
its text holds and works out their shorter keys alone. The dictionaries here
behave as plain ones to every reader: anything that looks at all of them (a
comparison, a listing) unpacks them all first.
"""

from __future__ import annotations

import marshal
from collections.abc import Container
from dataclasses import fields
from typing import Any

from .termforms import Form

__all__ = ["FORM_FIELDS", "GUARD_AT", "SET_AT", "PackedForms", "ShorterKeys", "shorter_keys"]


def shorter_keys(key: str, keys: Container[str]) -> tuple[str, ...]:
    """The shorter keys among *keys* that *key* starts with, longest first."""
    return tuple(key[:i] for i in range(len(key) - 1, 0, -1) if key[:i] in keys)


class ShorterKeys(dict[str, tuple[str, ...]]):
    """Each key → the shorter keys it starts with, longest first, worked out when first
    asked for: a run asks for the few its text holds, and the 3,000 stored tuples of
    prefixes cost a short run 6 M instructions to read. Anything that looks at all of
    them (a comparison, a listing) works them all out first."""

    def __init__(self, keys: dict[str, Any]) -> None:
        super().__init__()
        self._keys = keys

    def __missing__(self, key: str) -> tuple[str, ...]:
        if key not in self._keys:
            raise KeyError(key)
        found = self[key] = shorter_keys(key, self._keys)
        return found

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self._keys else default

    def _all_read(self) -> ShorterKeys:
        for key in self._keys:
            self[key]
        return self

    def __eq__(self, other: object) -> bool:
        return dict.__eq__(self._all_read(), other)

    __hash__ = None  # as dict's

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Any:
        return iter(self._keys)

    def keys(self) -> Any:
        return dict.keys(self._all_read())

    def values(self) -> Any:
        return dict.values(self._all_read())

    def items(self) -> Any:
        return dict.items(self._all_read())


class PackedForms(dict[str, list[Form]]):
    """Forms filed under their key, each key's unpacked when first read.

    A run reads the forms of the few keys its text holds; unpacking every form
    (thousands of frozen objects, and the ending sets they share) cost more
    than the rest of a short run's matcher.
    """

    def __init__(self, packed: dict[str, bytes], sets: list[bytes]) -> None:
        super().__init__(packed)  # type: ignore[arg-type]
        self._sets: list[Any] = sets  # each set's bytes until a form needs it
        self._guards: dict[tuple[Any, ...], Any] = {}  # one object per guard, as when built

    def __getitem__(self, key: str) -> list[Form]:
        forms: Any = dict.__getitem__(self, key)
        if type(forms) is bytes:
            forms = [self._form(values) for values in marshal.loads(forms)]
            dict.__setitem__(self, key, forms)
        return forms

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def values(self) -> Any:
        return dict.values(self._all_read())

    def items(self) -> Any:
        return dict.items(self._all_read())

    def __eq__(self, other: object) -> bool:
        return dict.__eq__(self._all_read(), other)

    __hash__ = None  # as dict's

    def _all_read(self) -> PackedForms:
        for key in self:
            self[key]
        return self

    def _form(self, packed: tuple[Any, ...]) -> Form:
        from ..termbase.model import Guard

        values = list(packed)
        for at in SET_AT:
            values[at] = self._set(values[at])
        guard = values[GUARD_AT]
        if guard is not None:
            values[GUARD_AT] = self._guards.get(guard) or self._guards.setdefault(
                guard, Guard(*guard))
        return Form(*values)

    def _set(self, number: int) -> frozenset[str]:
        found = self._sets[number]
        if type(found) is bytes:
            found = self._sets[number] = marshal.loads(found)
        return found


FORM_FIELDS = [f.name for f in fields(Form)]
GUARD_AT = FORM_FIELDS.index("guard")
SET_AT = [at for at, f in enumerate(fields(Form)) if str(f.type).startswith("frozenset")]
