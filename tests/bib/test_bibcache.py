"""The parsed-BibTeX cache: a reload equals a fresh parse; a damaged file is parsed again."""

from __future__ import annotations

from caglossary.bib import bibcache, reader
from caglossary.bib.reader import read_bib_file

BIB = """@book{cooley2012,
  author = {Cooley, Alexander},
  title = {Great Games, Local Rules},
  year = {2012},
}
@book{cooley2012,
  title = {Twice},
}
"""


def _files(monkeypatch, tmp_path):
    monkeypatch.setenv("CAGLOSSARY_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    return path


def test_a_cached_report_equals_the_parsed_one(tmp_path, monkeypatch):
    path = _files(monkeypatch, tmp_path)
    first = read_bib_file(path)
    assert list((tmp_path / "cache" / "bib").glob("*.marshal"))
    again = read_bib_file(path)
    assert again == first and first.problems  # the duplicate key is reported both times


def test_a_damaged_cache_file_is_parsed_again(tmp_path, monkeypatch):
    path = _files(monkeypatch, tmp_path)
    first = read_bib_file(path)
    (stored,) = (tmp_path / "cache" / "bib").glob("*.marshal")
    stored.write_bytes(stored.read_bytes()[:-5] + b"xxxxx")
    assert bibcache.load_payload(str(path), path.read_bytes(), reader._own_stamp()) is None
    assert read_bib_file(path) == first
