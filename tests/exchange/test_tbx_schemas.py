"""TBX exports against the official TBX-Basic schemas (see ``tbx_schemas``).

Every test skips with the reason when ``CAGLOSSARY_TBX_SCHEMAS`` does not name
a folder holding the schema it needs; the hand-written dialect rules in
``test_export_tbx.py`` run everywhere.
"""

from __future__ import annotations

import pytest
from tbx_schemas import (DTD_2008, RNG_2008, RNG_2019, SCH_2019, dtd_errors,
                         embedded_schematron_errors, relaxng_errors, schema_file,
                         tbx_checker_report, xpath2_schematron_errors)

import caglossary
from caglossary.exchange import export_glossary


@pytest.fixture(scope="module")
def builtin():
    return caglossary.glossary()


def test_the_2008_default_is_valid_tbx_basic(builtin):
    document = export_glossary(builtin, "tbx").encode("utf-8")
    rng = schema_file(RNG_2008)
    assert relaxng_errors(document, rng) == []
    assert embedded_schematron_errors(document, rng) == []
    assert dtd_errors(document, schema_file(DTD_2008)) == []


def test_the_2019_export_is_valid_tbx_basic(builtin):
    document = export_glossary(builtin, "tbx", version="2019").encode("utf-8")
    assert relaxng_errors(document, schema_file(RNG_2019)) == []
    assert xpath2_schematron_errors(document, schema_file(SCH_2019)) == []


def test_the_tbx_checker_accepts_the_default(builtin, tmp_path):
    report = tbx_checker_report(export_glossary(builtin, "tbx"), tmp_path)
    assert "Valid file:" in report and "INVALID" not in report, report


@pytest.mark.parametrize("version", ["2008", "2019"])
@pytest.mark.parametrize("old, new", [(">acronym<", ">initialism<"),
                                      ('type="subjectField"', 'type="usageNote"')])
def test_the_schemas_catch_a_broken_picklist_or_type(mini, version, old, new):
    """The schema checks really check: one wrong value makes them fail."""
    broken = export_glossary(mini, "tbx", version=version).replace(old, new, 1).encode("utf-8")
    if version == "2008":
        rng = schema_file(RNG_2008)
        problems = relaxng_errors(broken, rng) + embedded_schematron_errors(broken, rng)
    else:
        problems = (relaxng_errors(broken, schema_file(RNG_2019))
                    + xpath2_schematron_errors(broken, schema_file(SCH_2019)))
    assert problems
