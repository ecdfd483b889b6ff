"""The cheaper steps of loading a cached glossary give what the plain ones gave.

Records come from written-out slot makers, broken links are first looked for
with one pass over every concept, a merged glossary's digest is laid out
without a loop in Python and the acronym table skips the sides without guards;
each is checked here against the plain version.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from caglossary.resources import builtin_glossary_path
from caglossary.termbase import cache, makers
from caglossary.termbase.loader import broken_links
from caglossary.termbase.model import Concept, Guard, LangSide, Source
from caglossary.termbase.reader import read_glossary_file, read_glossary_text


@pytest.fixture()
def cache_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("CAGLOSSARY_CACHE_DIR", str(home))
    return home


def _distinct_values(cls: type) -> list[object]:
    return [f"value of {f.name}" for f in dataclasses.fields(cls)]


@pytest.mark.parametrize(("cls", "make"), [(Concept, makers.make_concept),
                                            (LangSide, makers.make_side),
                                            (Guard, makers.make_guard),
                                            (Source, makers.make_source)])
def test_a_made_record_is_the_one_its_class_makes(cls, make):
    values = _distinct_values(cls)
    made, built = make(*values), cls(*values)
    assert made == built and repr(made) == repr(built) and hash(made) == hash(built)
    # every slot filled, each with its own value (a field skipped would raise here)
    assert [getattr(made, f.name) for f in dataclasses.fields(cls)] == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(dataclasses.fields(cls)[0].name, "changed")


def test_a_maker_for_another_number_of_fields_is_refused():
    with pytest.raises(ValueError):
        makers._maker_of_three(Concept)
    with pytest.raises(ValueError):
        makers._maker_of_eight(Source)


def test_the_shipped_glossary_from_its_cache_equals_a_fresh_read(cache_home):
    path = builtin_glossary_path()
    fresh = read_glossary_text(path.read_text(encoding="utf-8"), str(path))
    read_glossary_file(path)  # the cache written
    cached = read_glossary_file(path)
    assert cached.concepts == fresh.concepts
    assert [c.origin for c in cached.concepts] == [c.origin for c in fresh.concepts]
    assert [repr(c) for c in cached.concepts] == [repr(c) for c in fresh.concepts]


def _shipped() -> list[Concept]:
    path = builtin_glossary_path()
    return read_glossary_text(path.read_text(encoding="utf-8"), str(path)).concepts


def _targets_one_by_one(concepts: list[Concept]) -> set[str]:
    """What the concepts link to, read the plain way."""
    targets = set()
    for concept in concepts:
        targets.update(concept.see_also)
        for side in (concept.tr, concept.en):
            for guard in side.guarded:
                targets.update(guard.near)
        if concept.successor:
            targets.add(concept.successor[0])
    return targets


def test_the_shipped_glossary_links_only_to_its_own_concepts():
    concepts = _shipped()
    assert _targets_one_by_one(concepts) <= {c.id for c in concepts}
    assert broken_links(concepts) == []


def _with_near(concept: Concept, near: str) -> Concept:
    guard = Guard(concept.tr.term, near=(near,))
    return dataclasses.replace(concept, tr=dataclasses.replace(concept.tr, guarded=(guard,)))


@pytest.mark.parametrize(("breaks", "code"), [
    (lambda c: dataclasses.replace(c, see_also=(*c.see_also, "no-such-id")), "broken-see-also"),
    (lambda c: _with_near(c, "no-such-id"), "broken-near"),
    (lambda c: dataclasses.replace(c, successor=("no-such-id", 2001)), "broken-successor"),
])
def test_each_kind_of_broken_link_is_still_found(breaks, code):
    concepts = _shipped()
    for at in (0, len(concepts) // 2, len(concepts) - 1):
        changed = [*concepts[:at], breaks(concepts[at]), *concepts[at + 1:]]
        problems = broken_links(changed)
        assert [(p.code, p.key) for p in problems] == [(code, concepts[at].id)]
        assert "'no-such-id'" in problems[0].message


def _merged_digest_one_by_one(parts: list[list[Concept]], merged: list[Concept]) -> str:
    """The merged digest as it was laid out before, concept by concept."""
    digests = [cache.concepts_digest(part) for part in parts]
    where = {id(c): f"{p}.{j}" for p, part in enumerate(parts) for j, c in enumerate(part)}
    layout = ",".join(where[id(c)] for c in merged)
    return cache.key_digest(f"merged:{':'.join(map(str, digests))}:{layout}")


def test_a_merged_digest_is_laid_out_as_before(monkeypatch):
    monkeypatch.setattr(cache, "_KNOWN_DIGESTS", [])
    first = _shipped()
    second = [dataclasses.replace(c, category="concept") for c in first[:7]]
    for part in (first, second):
        cache.concepts_digest(part)  # known, as a report read from its cache is
    replaced = {c.id for c in second}
    merged = [c for c in first if c.id not in replaced] + second
    cache.remember_merged_digest([first, second], merged)
    assert cache.concepts_digest(merged) == _merged_digest_one_by_one([first, second], merged)


def test_the_acronym_table_is_the_one_read_form_by_form():
    from caglossary.recognition.glossary import Glossary

    concepts = _shipped()
    owners: dict[str, set[str]] = {}
    for concept in concepts:
        for side in (concept.tr, concept.en):
            for form in (*side.abbr, *(g.written for g in side.guarded)):
                if form.isupper() and " " not in form:
                    owners.setdefault(form, set()).add(concept.id)
    expected = {form: next(iter(ids)) for form, ids in owners.items() if len(ids) == 1}
    assert any(side.guarded for c in concepts for side in (c.tr, c.en))  # both ways tried
    assert Glossary(concepts)._acronyms == expected
