"""The compiled glossary cache: where it lives and what it refuses to serve."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from caglossary.sealedfiles import payload_start
from caglossary.termbase import cache
from caglossary.termbase.reader import read_glossary_file

GLOSSARY = '''[[concept]]
id = "alfa"
category = "concept"

[concept.tr]
term = "alfa terimi"
definition = "Bir tanım."

[concept.en]
term = "alpha term"
definition = "A definition."
'''


@pytest.fixture()
def cache_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("CAGLOSSARY_CACHE_DIR", str(home))
    return home


def _glossary(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "terms.toml"
    path.write_text(GLOSSARY, encoding="utf-8")
    return path


def _the_cache_file(home: Path) -> Path:
    (found,) = (home / "glossary").glob("*.marshal")
    return found


def test_nothing_is_written_beside_the_users_file(tmp_path, cache_home):
    path = _glossary(tmp_path / "src")
    read_glossary_file(path)
    assert sorted(p.name for p in path.parent.iterdir()) == ["terms.toml"]
    assert _the_cache_file(cache_home).name.startswith("terms.toml-")


def test_an_altered_but_valid_cache_is_not_served(tmp_path, cache_home):
    path = _glossary(tmp_path / "src")
    truth = read_glossary_file(path)
    target = _the_cache_file(cache_home)
    sealed = target.read_bytes()
    payload = marshal.loads(sealed[payload_start(cache._MAGIC):])
    concepts = [(cid, category, (("forged",) + tr[1:]), *rest)
                for cid, category, tr, *rest in payload[0]]
    target.write_bytes(sealed[:payload_start(cache._MAGIC)] + marshal.dumps((concepts, *payload[1:])))
    again = read_glossary_file(path)
    assert again.concepts == truth.concepts and again.concepts[0].tr.term == "alfa terimi"


@pytest.mark.parametrize("payload", [
    marshal.dumps(42), marshal.dumps(([1, 2], [], {})), marshal.dumps((None, None, None)),
    b"not marshal at all", b"",
])
def test_a_cache_of_an_unexpected_shape_is_ignored(tmp_path, cache_home, payload):
    path = _glossary(tmp_path / "src")
    truth = read_glossary_file(path)
    target = _the_cache_file(cache_home)
    # sealed correctly, so only the shape check stands between it and the caller
    target.write_bytes(cache._seal(target.name, payload))
    assert read_glossary_file(path).concepts == truth.concepts


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("CAGLOSSARY_CACHE_DIR", str(blocker / "sub"))
    path = _glossary(tmp_path / "src")
    assert [c.id for c in read_glossary_file(path).concepts] == ["alfa"]


def test_concepts_read_from_the_cache_bring_their_digest(tmp_path, cache_home, monkeypatch):
    path = _glossary(tmp_path / "src")
    built = read_glossary_file(path).concepts  # parsed, and the cache written
    monkeypatch.setattr(cache, "_KNOWN_DIGESTS", [])
    loaded = read_glossary_file(path).concepts  # from the cache: its digest comes along
    packed = []
    monkeypatch.setattr(cache, "pack_concepts", lambda concepts: packed.append(1) or b"")
    assert cache.concepts_digest(list(loaded)) == cache.concepts_digest(tuple(loaded))
    assert packed == []
    monkeypatch.undo()
    # the digest stored is the one the concepts give when packed anew
    assert cache.concepts_digest(list(loaded)) == cache.key_digest(cache.pack_concepts(built))


def test_other_concepts_never_share_a_known_digest(tmp_path, cache_home):
    import dataclasses

    path = _glossary(tmp_path / "src")
    read_glossary_file(path)
    loaded = read_glossary_file(path).concepts
    changed = [dataclasses.replace(loaded[0], category="place")]
    assert cache.concepts_digest(changed) != cache.concepts_digest(loaded)
    assert cache.concepts_digest(changed) == cache.key_digest(cache.pack_concepts(changed))
    assert cache.concepts_digest([]) != cache.concepts_digest(loaded)


def test_a_merged_glossary_is_keyed_by_its_files_without_packing(tmp_path, cache_home,
                                                                 monkeypatch):
    from caglossary.recognition.glossary import load_glossary

    user = tmp_path / "user.toml"
    user.write_text(GLOSSARY.replace('"alfa"', '"beta"'), encoding="utf-8")
    load_glossary([user])  # every file parsed once, the caches written
    monkeypatch.setattr(cache, "_KNOWN_DIGESTS", [])
    merged = list(load_glossary([user])._concepts.values())
    packed = []
    monkeypatch.setattr(cache, "pack_concepts", lambda concepts: packed.append(1) or b"")
    digest = cache.concepts_digest(merged)
    known = [digest for _, digest in cache._KNOWN_DIGESTS]
    assert packed == []
    monkeypatch.undo()
    # the two files' digests, then the merged one, which is neither
    assert len(known) == 3 and known[-1] == digest and digest not in known[:-1]


def test_a_merged_glossary_has_one_digest_whether_its_files_were_parsed_or_cached(
        tmp_path, cache_home, monkeypatch):
    """The matcher's and summit reader's caches are keyed by it: a digest made one way on
    the first run and another on the next made a second build compile them again."""
    from caglossary.recognition.glossary import load_glossary

    user = tmp_path / "user.toml"
    user.write_text(GLOSSARY.replace('"alfa"', '"beta"'), encoding="utf-8")
    monkeypatch.setattr(cache, "_KNOWN_DIGESTS", [])
    parsed = cache.concepts_digest(list(load_glossary([user])._concepts.values()))
    monkeypatch.setattr(cache, "_KNOWN_DIGESTS", [])
    cached = cache.concepts_digest(list(load_glossary([user])._concepts.values()))
    assert parsed == cached


def test_a_merged_digest_follows_where_each_concept_comes_from(tmp_path, cache_home):
    path = _glossary(tmp_path / "src")
    read_glossary_file(path)
    first = read_glossary_file(path).concepts
    second = list(reversed(read_glossary_file(path).concepts))
    cache.remember_merged_digest([first, second], [first[0]])
    one = cache.concepts_digest([first[0]])
    cache.remember_merged_digest([first, second], [second[0]])
    other = cache.concepts_digest([second[0]])
    assert one != other
    # a list holding a concept of no part is packed and hashed as before
    stranger = [read_glossary_file(path).concepts[0]]
    cache.remember_merged_digest([first, second], stranger)
    assert cache.concepts_digest(stranger) == cache.key_digest(cache.pack_concepts(stranger))


def test_a_truncated_cache_file_is_parsed_again(tmp_path, cache_home):
    path = _glossary(tmp_path / "src")
    truth = read_glossary_file(path)
    target = _the_cache_file(cache_home)
    target.write_bytes(target.read_bytes()[:-10])
    assert read_glossary_file(path).concepts == truth.concepts


GUARDED = '''[[concept]]
id = "alfa"
category = "concept"
sources = [{ key = "Sarı2017", pages = "12" }, { url = "https://example.org/alfa" }]

[concept.tr]
term = "alfa terimi"
guarded = [{ form = "alfa", near = ["beta"], cased = true }]
definition = "Bir tanım."

[concept.en]
term = "alpha term"
definition = "A definition."
'''


def test_records_from_the_cache_are_the_records_of_a_fresh_read(tmp_path, cache_home):
    """The cache fills the frozen records' slots itself: the same records, all fields set."""
    import dataclasses

    path = tmp_path / "terms.toml"
    path.write_text(GUARDED, encoding="utf-8")
    fresh = read_glossary_file(path)
    cached = read_glossary_file(path)
    assert cached is not fresh and cached.concepts == fresh.concepts
    (concept,) = cached.concepts
    assert concept.origin == fresh.concepts[0].origin
    assert concept.tr.guarded[0].near == ("beta",) and concept.tr.guarded[0].cased
    assert [s.label for s in concept.sources] == ["Sarı2017 12", "https://example.org/alfa"]
    assert hash(concept) == hash(fresh.concepts[0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        concept.id = "beta"  # type: ignore[misc]


def test_a_cached_glossary_is_served_without_the_toml_reader(tmp_path):
    """A build that finds the cache neither decodes the file nor imports the block reader."""
    import os
    import subprocess
    import sys

    path = _glossary(tmp_path / "src")
    script = ("import sys; from caglossary.termbase.reader import read_glossary_file; "
              f"report = read_glossary_file({str(path)!r}); "
              "print(len(report.concepts), 'caglossary.termbase.tomlblocks' in sys.modules)")
    env = dict(os.environ, CAGLOSSARY_CACHE_DIR=str(tmp_path / "cache"))
    runs = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                           text=True, check=True).stdout.split() for _ in range(2)]
    assert runs == [["1", "True"], ["1", "False"]]


def test_a_file_that_is_not_utf8_is_reported_with_or_without_a_cache(tmp_path, cache_home):
    path = tmp_path / "terms.toml"
    path.write_bytes(GLOSSARY.encode("utf-8") + b"# \xff\n")
    for _ in range(2):
        report = read_glossary_file(path)
        assert report.concepts == []
        assert [p.code for p in report.problems] == ["file-encoding"]
