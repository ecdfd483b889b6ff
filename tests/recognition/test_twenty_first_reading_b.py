"""Concepts of the twenty-first curation reading, part B (the economy, finance and connectivity
institutions): Samruk-Kazyna, Kazakhstan's National Fund, Nurly Zhol, the SCO Development Bank, the
Tashkent International Investment Forum, the EU's GSP+, the Kumtor gold mine, the
Kazakhstan-Turkmenistan-Iran railway, the dry port, the Astana International Forum, the New
Development Bank, the China-Pakistan Economic Corridor, the Digital Silk Road and JICA
(docs/curation.rst). The sentences that must link are shortened from the pages the reading
counted; the look-alikes are written for the test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("The Samruk-Kazyna Fund plans to launch nine major projects by the end of the year",
     "Samruk-Kazyna Fund", "samruk-kazyna"),
    ("Samruk-Kazyna National Welfare Fund plans to cut 10% of its staff",
     "Samruk-Kazyna National Welfare Fund", "samruk-kazyna"),
    ("The Kazakhstan National Fund was established in 2000 to stabilize the economy",
     "Kazakhstan National Fund", "national-fund-of-kazakhstan"),
    ("officially known as the National Fund of the Republic of Kazakhstan (NFRK)", "NFRK",
     "national-fund-of-kazakhstan"),
    ("The Kazakh Government will extend the Nurly Zhol state program until 2025",
     "Nurly Zhol state program", "nurly-zhol"),
    ("introducing a \"Nurly Jol\" (Bright Path), a new economic policy", "Nurly Jol",
     "nurly-zhol"),
    ("the member-states will continue to work on creation of the SCO Development Fund and SCO "
     "Development Bank", "SCO Development Bank", "sco-development-bank"),
    ("Pakistan has proposed establishment of Shanghai Cooperation Organization Development Bank",
     "Shanghai Cooperation Organization Development Bank", "sco-development-bank"),
    ("over 8,000 participants from 97 countries for the fourth Tashkent International Investment "
     "Forum (TIIF)", "TIIF", "tashkent-international-investment-forum"),
    ("Uzbekistan has gained privileges for duty-free exports to the EU through GSP Plus scheme",
     "GSP Plus", "eu-gsp-plus"),
    ("the EU has extended Uzbekistan's Generalised System of Preferences Plus (GSP+) trade "
     "preference arrangement", "GSP+", "eu-gsp-plus"),
    ("nationalists are threatening to topple another government unless it expropriates the "
     "Kumtor goldmine", "Kumtor goldmine", "kumtor-gold-mine"),
    ("The Kazakhstan-Turkmenistan-Iran railway is part of the International North-South "
     "Transport Corridor", "Kazakhstan-Turkmenistan-Iran railway",
     "kazakhstan-turkmenistan-iran-railway"),
    ("The 928-kilometer Uzen-Bereket-Gorgan railway will be pivotal",
     "Uzen-Bereket-Gorgan railway", "kazakhstan-turkmenistan-iran-railway"),
    ("Kazakhstan will open another dry port and build a logistics park on the border with China",
     "dry port", "dry-port"),
    ("Türkiye, kuru limanların geliştirilmesinde iş birliğini teşvik edecek anlaşmaya taraf "
     "olacak", "kuru limanların", "dry-port"),
    ("The Astana International Forum grew out of the success of the Astana Economic Forum",
     "Astana Economic Forum", "astana-international-forum"),
    ("Kazakhstan will convene the Astana International Forum (AIF) later this month; the AIF "
     "began in 2008", "AIF", "astana-international-forum"),
    ("Kolombiya ve Özbekistan, BRICS Bankası olarak da bilinen Yeni Kalkınma Bankası'na (NDB) "
     "katıldı", "NDB", "new-development-bank"),
    ("the Board of Governors of the BRICS New Development Bank has given its consent",
     "BRICS New Development Bank", "new-development-bank"),
    ("The China-Pakistan Economic Corridor (CPEC) is a huge joint initiative", "CPEC", "cpec"),
    ("China and Central Asian Countries Jointly Building the Digital Silk Road",
     "Digital Silk Road", "digital-silk-road"),
    ("The Japan International Cooperation Agency (JICA) will make funds of $3.5 billion "
     "available to Uzbekistan", "JICA", "jica"),
])
def test_forms_from_the_pages(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # AIF and NDB alone name other things: investment funds, Sri Lanka's development bank
    ("Each AIF has a manager under the Directive", "astana-international-forum"),
    ("NDB raised Rs. 5 billion in Tier II capital through a debenture issue",
     "new-development-bank"),
    ("The National Development Bank PLC reported its results", "new-development-bank"),
    # any state's national fund, and other development banks and forums
    ("Nazarbayev ordered a single pension fund without raiding the National Fund",
     "national-fund-of-kazakhstan"),
    ("the Development Bank of Kazakhstan signed a loan", "sco-development-bank"),
    ("the Eurasian Development Bank and the Asian Development Bank", "new-development-bank"),
    ("the Tashkent International Commercial Court opened", "tashkent-international-investment-forum"),
    # the Khorgos dry port stays its own concept
    ("The Khorgos dry port handled 372,000 TEUs", "dry-port"),
    # the old Silk Road and the Belt and Road are not the digital one
    ("China's Silk Road Economic Belt crosses Kazakhstan", "digital-silk-road"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
