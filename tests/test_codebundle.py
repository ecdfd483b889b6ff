"""The bundle of the records' compiled methods: a class made from stored code behaves as one
made by ``dataclasses`` alone, and a damaged or foreign bundle means "compile as usual"."""

from __future__ import annotations

import dataclasses

import pytest

from caglossary import codebundle


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A bundle folder of its own and a process that has preloaded nothing."""
    monkeypatch.setenv("CAGLOSSARY_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(codebundle, "_STARTED", [])
    monkeypatch.setattr(codebundle, "_CODES", {})
    monkeypatch.setattr(codebundle, "_NEW", [])
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    yield tmp_path / "code"
    vars(dataclasses).pop("exec", None)


def _record() -> type:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Record:
        name: str
        size: int = 3
        tags: tuple[str, ...] = dataclasses.field(default=(), compare=False)

    return Record


def _behaviour(cls: type) -> list:
    one, two = cls("a"), cls("a", 3, ("x",))
    try:
        one.name = "b"
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    return [repr(one), repr(two), one == two, hash(one) == hash(two), frozen,
            [f.name for f in dataclasses.fields(cls)], cls.__init__.__qualname__]


def test_stored_code_makes_the_same_class(fresh):
    plain = _behaviour(_record())
    codebundle.preload()
    compiled = _behaviour(_record())
    codebundle.keep()
    assert list(fresh.glob("*.marshal"))
    codebundle._STARTED.clear()
    codebundle._CODES.clear()
    vars(dataclasses).pop("exec")
    codebundle.preload()
    assert codebundle._CODES  # the stored code is back
    stored = _behaviour(_record())
    assert not codebundle._NEW  # and nothing was compiled again
    assert plain == compiled == stored


def test_a_damaged_bundle_compiles_as_usual(fresh):
    codebundle.preload()
    _record()
    codebundle.keep()
    for target in fresh.glob("*.marshal"):
        data = bytearray(target.read_bytes())
        data[-5] ^= 0xFF
        target.write_bytes(bytes(data))
    codebundle._STARTED.clear()
    codebundle._CODES.clear()
    vars(dataclasses).pop("exec")
    codebundle.preload()
    assert not codebundle._CODES
    assert _behaviour(_record()) == _behaviour(_record())
    assert codebundle._NEW
