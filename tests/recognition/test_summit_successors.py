"""A city-named summit read from context, dated after its organisation was succeeded."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    # the Shanghai Five named last, but the year is after 2001: the SCO's summit
    ("ŞİÖ, Şanghay Beşlisi'nin devamıdır. 2017'de Kazakistan'da düzenlenen Astana Zirvesi'nde "
     "Hindistan katıldı.", "Astana Zirvesi'nde", "sco-heads-of-state-council"),
    ("The Shanghai Five met yearly; the 2019 Bishkek summit was held.", "Bishkek summit",
     "sco-heads-of-state-council"),
    # a year before the succession, or none in the sentence: the predecessor's summit
    ("Şanghay Beşlisi 1998'de Almatı Zirvesi'nde toplandı.", "Almatı Zirvesi'nde",
     "shanghai-five-summit"),
    ("Şanghay Beşlisi 2005 yılında değil, önce toplandı. Duşanbe Zirvesi'nde karar alındı.",
     "Duşanbe Zirvesi'nde", "shanghai-five-summit"),
])
def test_the_year_decides_between_an_organisation_and_its_successor(text, surface, concept):
    assert (surface, concept) in _found(text)


def test_a_summit_named_with_its_organisation_keeps_it_whatever_the_year():
    found = _found("2017'de Şanghay Beşlisi Duşanbe Zirvesi anıldı.")
    assert ("Şanghay Beşlisi Duşanbe Zirvesi", "shanghai-five-summit") in found
