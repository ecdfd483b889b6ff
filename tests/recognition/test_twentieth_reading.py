"""Concepts and wordings of the twentieth curation reading (rounds 25 and 26, the states' own
institutions): Kazakhstan's National Kurultai, Senate and Security Council, Tajikistan's Majlisi
Oli, the Mejlis of Turkmenistan, the Senate of Uzbekistan's Oliy Majlis, the constitutional
referendums of 2021-2023, the GCC-Central Asia Strategic Dialogue, the K-Silk Road, the
Surkhan-Puli-Khumri power line and Euro-Atlantic integration (docs/curation.rst). The sentences
that must link are shortened from the pages the reading counted; the look-alikes are written for
the test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("The National Kurultai will meet in Atyrau for its third session on March 15",
     "National Kurultai", "national-kurultai"),
    ("Tokayev proposed to hold the 4th meeting of the Ulttyq Qurultay in Kokshetau",
     "Ulttyq Qurultay", "national-kurultai"),
    ("The Senate of Kazakhstan is the upper house of two chambers in Kazakhstan's legislature",
     "Senate of Kazakhstan", "senate-of-kazakhstan"),
    ("Maulen Ashimbayev was elected as the Speaker of the Senate of the Parliament of Kazakhstan",
     "Senate of the Parliament of Kazakhstan", "senate-of-kazakhstan"),
    ("Nazarbaev Becomes Security Council's Chairman For Life; the Security Council of Kazakhstan "
     "is a constitutional advisory body", "Security Council of Kazakhstan",
     "security-council-of-kazakhstan"),
    ("Majlisi Oli consists of two chambers - Majlisi Milli and Majlisi Namoyandagon",
     "Majlisi Oli", "majlisi-oli"),
    ("Assembly of Turkmenistan: lower house of parliament of Turkmenistan",
     "Assembly of Turkmenistan", "mejlis-of-turkmenistan"),
    ("The Senate of the Oliy Majlis is the upper chamber of the Parliament of Uzbekistan",
     "Senate of the Oliy Majlis", "senate-of-uzbekistan"),
    ("the 2022 Kazakh constitutional referendum changed 33 of the document's 98 articles",
     "2022 Kazakh constitutional referendum", "kazakhstan-constitutional-referendum-2022"),
    ("A constitutional referendum was held in Uzbekistan: 2023 Uzbek Constitutional Referendum",
     "2023 Uzbek Constitutional Referendum", "uzbekistan-constitutional-referendum-2023"),
    ("The inaugural Ministerial Meeting of the GCC-Central Asia Strategic Dialogue was held in "
     "Riyadh", "GCC-Central Asia Strategic Dialogue", "gcc-central-asia-strategic-dialogue"),
    ("the third meeting of foreign ministers within the Central Asia — Gulf Cooperation Council "
     "strategic dialogue", "Central Asia — Gulf Cooperation Council strategic dialogue",
     "gcc-central-asia-strategic-dialogue"),
    ("The GCC+CA Strategic Dialogue is aimed at strengthening the political dialogue",
     "GCC+CA Strategic Dialogue", "gcc-central-asia-strategic-dialogue"),
    ("Samarkand To Host Central Asia-Gulf States Summit", "Central Asia-Gulf States Summit",
     "gcc-central-asia-summit"),
    ("The K-Silk Road initiative seeks to merge Korea's technological prowess with the resources "
     "of Central Asia", "K-Silk Road initiative", "k-silk-road"),
    ("the construction of the Surkhan-Puli Khumri power transmission line",
     "Surkhan-Puli Khumri power transmission line", "surkhan-puli-khumri-power-line"),
    ("The construction of the Surkhan-Puli-Khumri transmission line will increase the supply of "
     "electricity", "Surkhan-Puli-Khumri transmission line", "surkhan-puli-khumri-power-line"),
    ("Georgia's Euro-Atlantic inclination has slowed down Euro-Atlantic integration",
     "Euro-Atlantic integration", "euro-atlantic-integration"),
])
def test_forms_from_the_pages(text, surface, concept):
    assert (surface, concept) in _found(text)


def test_bare_mejlis_counts_only_in_a_turkmen_paragraph():
    text = ("The Mejlis adopted the constitutional law on the national leader of the Turkmen "
            "people.")
    assert ("Mejlis", "mejlis-of-turkmenistan") in _found(text)


@pytest.mark.parametrize("text, concept", [
    # the Crimean Tatars' representative body is also the Mejlis
    ("The Mejlis is a national congress and the highest representative authority of the Crimean "
     "Tatars", "mejlis-of-turkmenistan"),
    # a lower-case mejlis is an ordinary word
    ("the members of local mejlises were outlawed", "mejlis-of-turkmenistan"),
    # bare chamber and assembly words belong to many states
    ("The Senate approved the bill on Tuesday", "senate-of-kazakhstan"),
    ("Senato tasarıyı onayladı", "senate-of-kazakhstan"),
    ("The Kurultai of the Crimean Tatar People elects the Mejlis", "national-kurultai"),
    ("CHP Kurultayı yarın toplanıyor", "national-kurultai"),
    ("the UN Security Council met on Kazakhstan's proposal", "security-council-of-kazakhstan"),
    # the other Silk Road
    ("China's Silk Road Economic Belt crosses Kazakhstan", "k-silk-road"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
