"""The bundle of module-level patterns: a preloaded pattern is the pattern ``re`` compiles,
and a damaged, truncated or foreign bundle means ``re`` compiles as usual."""

from __future__ import annotations

import re
import sys
import types

import pytest

from caglossary import regexbundle

SOURCES = {
    "_WORD": (r"(?P<stem>[a-zçğıöşü]+)(?:'(?P<ending>\w{1,8}))?", 0),
    "_ACRONYM": (r"\b[A-ZÇĞİÖŞÜ]{2,6}\b", 0),
    "_FOLDED": (r"türk\s+devletleri", re.IGNORECASE),
}
PATTERNS: dict[str, re.Pattern[str]] = {}
TEXT = "Türk Devletleri Teşkilatı'nın (TDT) zirvesi; şanghay'ın ŞİÖ kararı, türk   devletleri"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A bundle folder of its own, a process that has preloaded nothing, and a module
    of the package holding the patterns (as a short tuple too)."""
    monkeypatch.setenv("CAGLOSSARY_CACHE_DIR", str(tmp_path))
    _forget(monkeypatch)
    monkeypatch.setitem(sys.modules, MODULE, types.ModuleType(MODULE))
    _import()
    return tmp_path / "patterns"


MODULE = "caglossary._bundle_test_module"


def _import() -> None:
    """What importing the module does: compile its patterns (into a table of the test's
    own, as a long test run fills re's)."""
    PATTERNS.update({name: re.compile(*source) for name, source in SOURCES.items()})
    vars(sys.modules[MODULE]).update(PATTERNS, _PAIRS=((PATTERNS["_WORD"], "word"),))


def _behaviour(pattern: re.Pattern[str]) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(TEXT)]


def _forget(monkeypatch) -> None:
    """A new process: re's table empty, nothing preloaded yet."""
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(regexbundle, "_STARTED", [])
    monkeypatch.setattr(regexbundle, "_LOADED", {})


def test_a_preloaded_pattern_is_what_re_compiles(fresh, monkeypatch):
    regexbundle.keep()
    assert len(list(fresh.glob("*.marshal"))) == 1
    _forget(monkeypatch)
    regexbundle.preload()
    for pattern in PATTERNS.values():
        served = re.compile(pattern.pattern, pattern.flags & ~re.UNICODE)
        assert (pattern.pattern, pattern.flags & ~re.UNICODE) in regexbundle._LOADED
        assert served is not pattern  # it came from the bundle, not from this module
        assert (served.pattern, served.flags, served.groups, served.groupindex) == (
            pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex)
        assert _behaviour(served) == _behaviour(pattern)


def test_the_bundle_is_written_only_when_a_pattern_is_new_to_it(fresh, monkeypatch):
    regexbundle.keep()
    _forget(monkeypatch)
    regexbundle.preload()
    _import()
    writes = []
    monkeypatch.setattr(regexbundle, "write_atomic", lambda *args: writes.append(args))
    regexbundle.keep()
    assert writes == []
    vars(sys.modules[MODULE])["_NEW"] = re.compile(r"yeni\s+desen")
    regexbundle.keep()
    assert len(writes) == 1


@pytest.mark.parametrize("damage", [
    lambda data: data[:-9],  # truncated
    lambda data: data[:40] + bytes([data[40] ^ 0xFF]) + data[41:],  # a flipped byte
    lambda data: b"",
    lambda data: data[:4] + bytes(16) + data[20:],  # another key's digest
])
def test_a_damaged_bundle_preloads_nothing(fresh, monkeypatch, damage):
    regexbundle.keep()
    (bundle,) = fresh.glob("*.marshal")
    bundle.write_bytes(damage(bundle.read_bytes()))
    _forget(monkeypatch)
    regexbundle.preload()
    assert regexbundle._LOADED == {} and re._cache == {}
    _import()
    pattern = PATTERNS["_WORD"]  # compiled by re, as if there were no bundle
    assert _behaviour(pattern) == [(m.span(), m.groups(), m.groupdict())
                                   for m in re.finditer(SOURCES["_WORD"][0], TEXT)]
    regexbundle.keep()  # and the next run writes it whole again
    _forget(monkeypatch)
    regexbundle.preload()
    assert (pattern.pattern, 0) in regexbundle._LOADED


def test_another_interpreter_or_version_reads_another_file(fresh, monkeypatch):
    import _sre

    first, _ = regexbundle._target(_sre)
    monkeypatch.setattr(sys, "hexversion", sys.hexversion + 1)
    assert regexbundle._target(_sre)[0] != first
    monkeypatch.setattr(sys, "hexversion", sys.hexversion - 1)
    monkeypatch.setattr("caglossary.__version__", "0.0.0-test")
    assert regexbundle._target(_sre)[0] != first


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CAGLOSSARY_CACHE_DIR", str(blocker))
    monkeypatch.setattr(regexbundle, "_STARTED", [])
    monkeypatch.setattr(regexbundle, "_LOADED", {})
    regexbundle.preload()
    regexbundle.keep()
    assert regexbundle._LOADED == {}


def test_the_package_s_own_patterns_are_found():
    import caglossary.text.keys  # noqa: F401 — holds module-level patterns

    found = {pattern.pattern for pattern in regexbundle._module_patterns()}
    assert any(isinstance(value, re.Pattern) and value.pattern in found
               for value in vars(sys.modules["caglossary.text.keys"]).values())
