"""The hand-laid JSON writes exactly the bytes ``json.dumps(indent=2)`` writes."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from caglossary.cli.jsonout import Table, indented_json
from strategies import examples

_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8),
                     st.floats(allow_nan=False, allow_infinity=False))
_flat = st.dictionaries(st.text(max_size=5), _scalars, max_size=4)
_values = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=4),
    st.lists(_flat, max_size=5)), max_leaves=30)


@examples(300)
@given(_values)
def test_the_bytes_are_those_of_the_standard_encoder(value):
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_lists_of_almost_flat_objects_keep_the_standard_layout():
    for value in ([{"a": 1}, {}], [{"a": 1}, {"b": [1]}], [{"a": 1}, {1: 2}], [{"a": 1}, [1]],
                  [{"a": 1}, {"b": {"c": 2}}], [{"start": 0, "text": "}, {"}]):
        assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


_columns = st.integers(0, 4).flatmap(lambda rows: st.dictionaries(
    st.text(max_size=5), st.lists(_scalars, min_size=rows, max_size=rows), max_size=4))


@examples(200)
@given(_columns)
def test_a_table_is_written_as_the_list_of_its_objects(columns):
    table = Table(columns)
    assert indented_json({"rows": table}) == json.dumps({"rows": table.objects()},
                                                        ensure_ascii=False, indent=2)


def test_a_table_that_is_no_list_of_flat_objects_is_written_from_its_objects():
    for columns in ({"a": [1, [2]]}, {"a": [1, 2], "b": [3]}, {}, {"a": []}):
        table = Table(columns)
        assert indented_json(table) == json.dumps(table.objects(), ensure_ascii=False, indent=2)


def test_the_mention_table_holds_what_each_mention_writes():
    from caglossary import glossary
    from caglossary.cli.annotate_cmd import mention_table

    mentions = glossary().find_terms("Şanghay İşbirliği Örgütü'nün Orta Asya'daki rolü, ŞİÖ.")
    assert len(mentions) == 3
    assert mention_table(mentions).objects() == [m.as_json() for m in mentions]


_lists_of_scalars = st.lists(_scalars, max_size=3)
_citation_like = st.dictionaries(st.text(max_size=5), st.one_of(_scalars, _lists_of_scalars),
                                 max_size=5)


@examples(300)
@given(st.lists(st.one_of(_citation_like, _citation_like, _flat,
                          st.dictionaries(st.text(max_size=3), _values, max_size=2)),
                min_size=1, max_size=6))
def test_objects_holding_lists_of_scalars_keep_the_standard_layout(objects):
    # citations: scalars beside lists of keys and locators, some lists empty
    assert indented_json({"citations": objects}) == json.dumps(
        {"citations": objects}, ensure_ascii=False, indent=2)


# columns of one kind each, as the mentions' are: ints, or strings that repeat
_repeated_strings = st.lists(st.sampled_from(["sco", "Şanghay", "%s", '"', "a\nb", "\x00", "ü%",
                                              "", "term", "İ’"]), min_size=1, max_size=12)
_uniform_columns = st.lists(st.one_of(_repeated_strings, st.lists(st.integers(), min_size=1,
                                                                  max_size=12),
                                      st.lists(st.booleans(), min_size=1, max_size=12)),
                            min_size=1, max_size=5)


@examples(300)
@given(_uniform_columns, st.lists(st.sampled_from(["start", "text", "%", "k\"", "ş"]),
                                  min_size=5, max_size=5, unique=True))
def test_a_table_of_int_and_repeated_string_columns_is_written_as_its_objects(columns, keys):
    rows = min(map(len, columns))
    table = Table({key: column[:rows] for key, column in zip(keys, columns)})
    assert indented_json(table) == json.dumps(table.objects(), ensure_ascii=False, indent=2)
    assert indented_json({"file": "f", "mentions": table}) == json.dumps(
        {"file": "f", "mentions": table.objects()}, ensure_ascii=False, indent=2)
