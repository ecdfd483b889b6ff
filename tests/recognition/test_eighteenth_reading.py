"""Concepts and wordings of the eighteenth curation reading (rounds 22 and 23): the Naryn river,
Türkiye's Presidency of Defence Industries, the Executive Committee of the SCO's Regional
Anti-Terrorist Structure, and new wordings of the Middle Corridor and the Nagorno-Karabakh
conflict (docs/curation.rst). The sentences that must link are shortened from the pages the
reading counted; the look-alikes are written for the test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("The Naryn River is a major watercourse in Central Asia", "Naryn River", "naryn-river"),
    ("Kyrgyzstan to build hydropower plants on Naryn River", "Naryn River", "naryn-river"),
    ("The river Naryn is the longest river in Kyrgyzstan", "river Naryn", "naryn-river"),
    ("Narın Nehri üzerindeki Toktogul Barajı", "Narın Nehri", "naryn-river"),
    ("the Executive Committee of the SCO RATS on February 21, 2023",
     "Executive Committee of the SCO RATS", "rats-executive-committee"),
    ("a Russian national will lead the RATS Executive Committee in 2014",
     "RATS Executive Committee", "rats-executive-committee"),
    ("Activities of SCO RATS Executive committee in 2011 have been positively estimated",
     "SCO RATS Executive committee", "rats-executive-committee"),
    ("The 26-year ceasefire agreement on the Armenia-Azerbaijan conflict has not ensured peace",
     "Armenia-Azerbaijan conflict", "nagorno-karabakh-conflict"),
    ("Breaking the Deadlock in the Armenia-Azerbaijan Conflict",
     "Armenia-Azerbaijan Conflict", "nagorno-karabakh-conflict"),
    ("Orta Koridor olarak bilinen Trans-Hazar Uluslararası Ulaşım Koridoru üzerinden",
     "Trans-Hazar Uluslararası Ulaşım Koridoru", "middle-corridor"),
    ("Trans Hazar Uluslararası Ulaşım koridoru yoluyla kargo taşımacılığı",
     "Trans Hazar Uluslararası Ulaşım koridoru", "middle-corridor"),
    ("Turkey’s Presidency of Defence Industries (SSB) is a civil institution",
     "Presidency of Defence Industries", "turkish-defence-industry-agency"),
    ("Turkey’s Presidency of Defence Industries (SSB) is a civil institution",
     "SSB", "turkish-defence-industry-agency"),
    ("In Turkey, Defence Industry Agency (Savunma Sanayii Başkanlığı (SSB))",
     "Defence Industry Agency", "turkish-defence-industry-agency"),
    ("Cumhurbaşkanlığı Savunma Sanayii Başkanlığının (SSB) 40'ıncı kuruluş yıl dönümü",
     "Cumhurbaşkanlığı Savunma Sanayii Başkanlığının", "turkish-defence-industry-agency"),
])
def test_forms_from_the_pages(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # the town and the region of Naryn are not the river
    ("Naryn lies at 2,000 metres on the road from Bishkek to Torugart", "naryn-river"),
    ("the Naryn Region borders China", "naryn-river"),
    # Kazakhstan's Narin river in the Ili valley shares a spelling but not the 'Naryn' form
    ("a power plant with three cascades in Narin Oblast", "naryn-river"),
    # SSB alone is also other bodies' acronym (a state security service, a bank)
    ("the SSB detained two officers on Tuesday", "turkish-defence-industry-agency"),
    # the structure itself and its Council keep their own concept
    ("the Council of the Regional Anti-Terrorist Structure met in Tashkent",
     "rats-executive-committee"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in [c for _, c in _found(text)]


def test_the_structure_alone_is_still_rats():
    assert _found("the Regional Anti-Terrorist Structure (RATS) of the SCO")[:1] == [
        ("Regional Anti-Terrorist Structure", "rats")]
