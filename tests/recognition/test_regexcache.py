"""The compiled-regex cache: a hit behaves as the pattern compiled anew; damage means no cache."""

from __future__ import annotations

import re

import pytest

from caglossary.recognition import regexcache

PATTERN = r"[^a-z0-9_]((?:orta(?:\s+|-)asya|şanghay|(?P<kisa>şiö)))(\w{0,8})"
TEXT = " Orta Asya ve orta asya, şanghay beşlisi; ŞİÖ şiö'nün"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(regexcache, "_cache_folder", lambda: tmp_path)
    return tmp_path


def _spans(pattern: re.Pattern[str]) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(TEXT.lower())]


def test_a_cached_program_matches_as_the_compiled_pattern(folder):
    built = []
    first = regexcache.cached_regex("k", lambda: built.append(1) or PATTERN)
    second = regexcache.cached_regex("k", lambda: built.append(1) or PATTERN)
    assert built == [1]  # the second call neither built nor compiled the pattern
    assert second.pattern == PATTERN and second.groupindex == re.compile(PATTERN).groupindex
    assert _spans(first) == _spans(second) == _spans(re.compile(PATTERN))


def test_a_damaged_cache_file_is_compiled_again(folder):
    regexcache.cached_regex("k", lambda: PATTERN)
    (stored,) = folder.glob("*.marshal")
    stored.write_bytes(stored.read_bytes()[:-7] + b"garbage")
    again = regexcache.cached_regex("k", lambda: PATTERN)
    assert _spans(again) == _spans(re.compile(PATTERN))


def test_an_unwritable_cache_still_compiles(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(regexcache, "_cache_folder", lambda: blocker / "regex")
    assert _spans(regexcache.cached_regex("k", lambda: PATTERN)) == _spans(re.compile(PATTERN))


def test_a_pattern_with_flags_is_kept_too(folder):
    built = []
    for _ in range(2):
        found = regexcache.cached_regex("k", lambda: built.append(1) or PATTERN, re.IGNORECASE)
    assert built == [1]
    assert found.flags == re.compile(PATTERN, re.IGNORECASE).flags
    assert _spans(found) == _spans(re.compile(PATTERN, re.IGNORECASE))


def test_a_program_in_use_outlives_newer_ones_that_fill_the_folder(folder, monkeypatch):
    import os

    monkeypatch.setattr(regexcache, "_KEEP", 3)
    regexcache.cached_regex("used", lambda: PATTERN)
    (used,) = folder.glob("*.marshal")
    os.utime(used, (1, 1))  # written long ago ...
    for name in ("a", "b", "c", "d"):
        regexcache.cached_regex(name, lambda: PATTERN)
        built = []
        regexcache.cached_regex("used", lambda: built.append(1) or PATTERN)  # ... read every run
        assert built == [] and used.exists()
