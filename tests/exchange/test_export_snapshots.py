"""Every export format against a reviewed snapshot, and byte-identical on re-run."""

from __future__ import annotations

from pathlib import Path

import pytest

from caglossary import load_glossary
from caglossary.exchange import FORMATS, export_glossary

DATA = Path(__file__).parents[1] / "data"

CASES = {
    "tbx": ("tbx", {"version": "2019"}, ".tbx"),
    "tbx2008": ("tbx", {"version": "2008"}, ".tbx"),
    "skos": ("skos", {}, ".ttl"),
    "skos_base_iri": ("skos", {"base_iri": "https://example.org/terms#"}, ".ttl"),
    "skos_jsonld": ("skos-jsonld", {}, ".jsonld"),
    "omegat_tr_en": ("omegat", {}, ".utf8"),
    "omegat_en_tr": ("omegat", {"source": "en"}, ".utf8"),
    "csv": ("csv", {}, ".csv"),
    "po_tr_en": ("po", {}, ".po"),
    "po_en_tr": ("po", {"source": "en", "target": "tr"}, ".po"),
    "pot": ("po", {"template": True}, ".pot"),
    "json": ("json", {}, ".json"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_snapshot(mini, file_regression, case):
    fmt, options, suffix = CASES[case]
    text = export_glossary(mini, fmt, **options)
    file_regression.check(text.encode("utf-8"), binary=True, extension=suffix)


def test_every_format_has_a_snapshot():
    assert {fmt for fmt, _, _ in CASES.values()} == set(FORMATS)


@pytest.mark.parametrize("case", sorted(CASES))
def test_output_is_identical_across_runs(case):
    fmt, options, _ = CASES[case]
    # Two independent loads, so no cached object can make the runs agree.
    first = load_glossary([DATA / "mini_glossary.toml"], builtin=False, strict=True)
    second = load_glossary([DATA / "mini_glossary.toml"], builtin=False, strict=True)
    assert export_glossary(first, fmt, **options) == export_glossary(second, fmt, **options)


@pytest.mark.parametrize("case", sorted(CASES))
def test_order_does_not_depend_on_data_order(mini, case):
    fmt, options, _ = CASES[case]
    reversed_glossary = type(mini)(list(reversed([mini[i] for i in mini.ids])))
    assert export_glossary(reversed_glossary, fmt, **options) == export_glossary(
        mini, fmt, **options)
