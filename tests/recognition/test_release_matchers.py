"""A glossary can let its compiled matchers go and build the same ones again."""

from __future__ import annotations

from caglossary import glossary

TEXT = ("Türkiye 2013'te Şanghay İşbirliği Örgütü'nün diyalog ortağı oldu; "
        "the Organization of Turkic States met in Bishkek.")


def test_release_then_search_finds_the_same_mentions():
    shipped = glossary()
    before = shipped.find_terms(TEXT)
    assert before
    shipped.release_matchers()
    assert "_matchers" not in shipped.__dict__
    assert shipped.find_terms(TEXT) == before
    shipped.release_matchers()
    assert shipped.get("Şanghay İşbirliği Örgütü'nün") is not None
