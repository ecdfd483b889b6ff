"""Concepts of the fifteenth curation reading: the concepts of rounds 17 and 18
(docs/curation.rst). The sentences that must link are shortened from the pages the reading
counted; the look-alikes are written for the test unless a comment names their page."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("the cooperation format between the Gulf Cooperation Council (GCC) and Central Asia",
     "Gulf Cooperation Council", "gcc"),
    ("ambassadors of Central Asian states and representatives of the GCC have met", "GCC", "gcc"),
    ("Körfez Arap Ülkeleri İşbirliği Konseyi (KİK), üyeleri Suudi Arabistan, Bahreyn",
     "Körfez Arap Ülkeleri İşbirliği Konseyi", "gcc"),
    ("a meeting of the Supreme Eurasian Economic Council was held in the Leningrad Region",
     "Supreme Eurasian Economic Council", "supreme-eurasian-economic-council"),
    ("Xi Jinping proposed the creation of a Silk Road Economic Belt", "Silk Road Economic Belt",
     "silk-road-economic-belt"),
    ("Nazarbayev Üniversitesi'nde İpek Yolu Ekonomik Kuşağı'nı ortaklaşa kurma önerisini",
     "İpek Yolu Ekonomik Kuşağı'nı", "silk-road-economic-belt"),
    ("to build the 21st Century's Maritime Silk Road", "Maritime Silk Road", "maritime-silk-road"),
    ("the Silk Road Economic Belt and the 21st-Century Maritime Silk Road",
     "21st-Century Maritime Silk Road", "maritime-silk-road"),
    ("Aliyev: Nagorno-Karabakh conflict can be resolved militarily",
     "Nagorno-Karabakh conflict", "nagorno-karabakh-conflict"),
    ("Baku seeks final solution to Karabakh issue", "Karabakh issue",
     "nagorno-karabakh-conflict"),
    ("Peki Dağlık Karabağ sorunu, 100 yıldır neden çözülemedi?", "Dağlık Karabağ sorunu",
     "nagorno-karabakh-conflict"),
    ("the signing of the Armenian-Azerbaijani peace treaty is conditional",
     "Armenian-Azerbaijani peace treaty", "armenia-azerbaijan-peace-treaty"),
    ("the \"Agreement on the Establishment of Peace and Interstate Relations between the "
     "Republic of Azerbaijan and the Republic of Armenia\"",
     "Agreement on the Establishment of Peace and Interstate Relations",
     "armenia-azerbaijan-peace-treaty"),
    ("Bakü ile Erivan arasındaki barış anlaşmasının bölge açısından olumlu sonuçları",
     "Bakü ile Erivan arasındaki barış anlaşmasının", "armenia-azerbaijan-peace-treaty"),
    ("the first meeting of the Coordination Council of Ashgabat Agreement",
     "Ashgabat Agreement", "ashgabat-agreement"),
    ("Aşkabat Anlaşması aracılığıyla Avrupa, Türkiye ve Hint Okyanusu'na bağlanarak",
     "Aşkabat Anlaşması", "ashgabat-agreement"),
    ("The Trans-Caspian International Transport Route Association (TITR) and DB Engineering",
     "Trans-Caspian International Transport Route Association",
     "titr-international-association"),
    ("The General Meeting was opened by Mr. Kudaibergenov, the Secretary General of IA TITR.",
     "IA TITR", "titr-international-association"),
    ("Turkmenistan joined NAM on the principles of non-alignment in the military blocs",
     "non-alignment", "non-alignment"),
    ("the Summit of Heads of States of Türkiye-Azerbaijan-Turkmenistan held in Avaza",
     "Summit of Heads of States of Türkiye-Azerbaijan-Turkmenistan",
     "turkiye-azerbaijan-turkmenistan-summit"),
    ("Türkiye-Azerbaycan-Türkmenistan Devlet Başkanları Zirvesi’ne katılmak üzere",
     "Türkiye-Azerbaycan-Türkmenistan Devlet Başkanları Zirvesi’ne",
     "turkiye-azerbaijan-turkmenistan-summit"),
    ("with the signing of the Treaty on Eternal Good-Neighborliness, Friendship, and Cooperation",
     "Treaty on Eternal Good-Neighborliness, Friendship, and Cooperation",
     "china-central-asia-good-neighbourliness-treaty-2025"),
    ("A treaty on eternal good-neighborliness, friendship and cooperation signed during the "
     "Second China-Central Asia Summit", "treaty on eternal good-neighborliness, friendship and "
     "cooperation", "china-central-asia-good-neighbourliness-treaty-2025"),
    ("the 7th meeting of the Intergovernmental Turkmen-Turkish Commission on Economic Cooperation",
     "Intergovernmental Turkmen-Turkish Commission on Economic Cooperation",
     "turkmen-turkish-intergovernmental-commission"),
])
def test_the_new_concepts_are_found(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # the GCC's summit with Central Asia keeps its own concept
    ("the first GCC-Central Asia Summit in Jeddah", "gcc"),
    # the route is the Middle Corridor, the association is a body
    ("the Trans-Caspian International Transport Route runs through Kazakhstan",
     "titr-international-association"),
    # the bare Silk Road is the historical route, not the belt
    ("caravans crossed the Silk Road for centuries", "silk-road-economic-belt"),
    # the SCO's 2023 declaration (theindianawaaz.com, "SCO adopts New Delhi Declaration")
    ("Leaders of the Shanghai Cooperation Organisation (SCO) today adopted New Delhi "
     "Declaration.", "delhi-declaration-2022"),
    # the Karabakh wars keep their own concepts
    ("the First Karabakh War ended with the 1994 ceasefire", "nagorno-karabakh-conflict"),
    # the SCO's treaty of 2007 is long-term, not eternal
    ("the Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation of 2007",
     "china-central-asia-good-neighbourliness-treaty-2025"),
])
def test_look_alikes_are_not_the_new_concepts(text, concept):
    assert all(found != concept for _, found in _found(text))
