"""A proper name whose first word running prose writes in lower case."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface", [
    ("after the second Nagorno-Karabakh war ended", "second Nagorno-Karabakh war"),
    ("ikinci Karabağ Savaşı sona erdi", "ikinci Karabağ Savaşı"),
])
def test_a_name_keeps_its_proper_noun_capitalised(text, surface):
    assert (surface, "karabakh-war-2020") in _found(text)


@pytest.mark.parametrize("text", ["orta asya ülkeleri", "second karabakh war", "a cold war"])
def test_a_name_with_no_capital_at_all_is_no_mention(text):
    assert _found(text) == []
