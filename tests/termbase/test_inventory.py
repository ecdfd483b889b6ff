"""The curated glossary: clean, complete on both sides, and reviewed when it changes."""

from __future__ import annotations

from caglossary import glossary
from caglossary.resources import builtin_bib_paths, builtin_glossary_path
from caglossary.text.turkish import tr_sorted
from caglossary.termbase.checks import validate_files

LOOK_ALIKES = [
    ("shanghai-five", "sco"),
    ("multi-vector-foreign-policy", "multidimensional-foreign-policy"),
    ("dialogue-partner", "observer"),
    ("dialogue-partner", "full-member"),
    ("observer", "full-member"),
]


def test_shipped_glossary_validates_with_zero_problems():
    assert validate_files([builtin_glossary_path()], builtin_bib_paths()) == []


def test_inventory_snapshot(data_regression):
    """Accidental loss of a concept, term or abbreviation shows up in review."""
    inventory = [{
        "id": c.id,
        "category": c.category,
        "tr": c.tr.term,
        "en": c.en.term,
        "abbr": tr_sorted({*c.tr.abbr, *c.en.abbr}),
    } for c in glossary().sorted_by("tr")]
    data_regression.check(inventory)


def test_look_alike_concepts_stay_distinct():
    for first, second in LOOK_ALIKES:
        assert first in glossary() and second in glossary()
        assert glossary()[first].tr.term != glossary()[second].tr.term


def test_former_names_of_the_organization_of_turkic_states_are_one_concept():
    for name in ("Türk Devletleri Teşkilatı", "TDT", "OTS", "Türk Konseyi", "Turkic Council",
                 "Turkish Council"):
        assert glossary().lookup(name).id == "ots", name


def test_acronyms_in_both_languages():
    pairs = {"sco": ("ŞİÖ", "SCO"), "ots": ("TDT", "OTS"), "cis": ("BDT", "CIS"),
             "osce": ("AGİT", "OSCE"), "oic": ("İİT", "OIC"), "un": ("BM", "UN"),
             "eu": ("AB", "EU")}
    for cid, (tr, en) in pairs.items():
        assert tr in glossary()[cid].tr.abbr and en in glossary()[cid].en.abbr, cid
