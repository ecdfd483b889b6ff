"""Wordings of known concepts that round 30 of the held-out texts showed missing."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, expected", [
    ("Batı, Rusya’nın post-Sovyet alandaki nüfuzunu kırmak istiyor.",
     [("Batı", "the-west"), ("post-Sovyet alandaki", "post-soviet-space")]),
    ("post-Sovyet coğrafyasının sorunları", [("post-Sovyet coğrafyasının", "post-soviet-space")]),
    # the convention's full name holds the UN: the longest name is the only mention
    ("They met on the sidelines of the 29th Conference of the Parties to the UN Framework "
     "Convention on Climate Change in Baku.",
     [("29th Conference of the Parties to the UN Framework Convention on Climate Change",
       "cop29")]),
    # the forum's short name holds the EU programme's: the forum only
    ("The pledge came during the Global Gateway Investors Forum in Brussels.",
     [("Global Gateway Investors Forum", "eu-central-asia-transport-investors-forum")]),
])
def test_wordings(text, expected):
    assert _found(text) == expected


def test_the_programme_alone_stays_the_programme():
    assert _found("the EU's Global Gateway strategy") == [
        ("EU's", "eu"), ("Global Gateway strategy", "global-gateway")]
