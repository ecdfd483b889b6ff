"""Concepts of the twenty-third curation reading, part B (conventions, declarations and
resolutions the field cites): the Tehran Convention on the Caspian's environment, the Caspian
convention's Konvansiyon wordings, the Aral Sea region's zone of ecological innovations, the
Central Asian zone of peace, the SCO's Astana Declaration of 2024 and the OTS's Bishkek
Declaration of 2024 (docs/curation.rst). The sentences that must link are shortened from the
pages the reading counted unless a comment says they were written for the test; the look-alikes
are written for the test unless a comment names a page."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("This Convention is also known as Tehran Convention after the city where it was adopted",
     "Tehran Convention", "tehran-convention"),
    ("The Framework Convention for the Protection of the Marine Environment of the Caspian Sea is "
     "the first legally binding agreement", "Framework Convention for the Protection of the "
     "Marine Environment of the Caspian Sea", "tehran-convention"),
    ("Tahran Sözleşmesi için bölgede bir sekreterya kurulması", "Tahran Sözleşmesi",
     "tehran-convention"),
    # written for the test: a genitive ending after an apostrophe
    ("İran, Tahran Sözleşmesi'nin protokollerini onayladı.", "Tahran Sözleşmesi'nin",
     "tehran-convention"),
    ("22 Yıllık Çıkmazın Sonu: Hazar Beşlisi Zirvesi ve Hazar Konvansiyonu",
     "Hazar Konvansiyonu", "caspian-convention-2018"),
    ("tüm taraflar henüz Hazar Konvansiyonu’nu onaylamamış olsalar bile",
     "Hazar Konvansiyonu’nu", "caspian-convention-2018"),
    ("cumhurbaşkanları Hazar Denizi'nin Hukuki Statüsü Konvansiyonunu imzaladı",
     "Hazar Denizi'nin Hukuki Statüsü Konvansiyonunu", "caspian-convention-2018"),
    # the wordings of round 32's text 379, written for the test in a sentence of their own
    ("Aktau Konvansiyonu 2018'de imzalandı.", "Aktau Konvansiyonu", "caspian-convention-2018"),
    ("Hazar’ın Hukuki Statüsü Hakkında Konvansiyon, Aktau kentinde imzalandı.",
     "Hazar’ın Hukuki Statüsü Hakkında Konvansiyon", "caspian-convention-2018"),
    ("a resolution declaring the Aral Sea region a zone of ecological innovations and "
     "technologies", "zone of ecological innovations and technologies",
     "aral-sea-zone-of-ecological-innovations"),
    ("proposed to make the Aral sea region a zone of environmental innovations and technologies",
     "zone of environmental innovations and technologies",
     "aral-sea-zone-of-ecological-innovations"),
    ("declaring the Aral Sea region as a zone of environmental innovation and technology",
     "zone of environmental innovation and technology", "aral-sea-zone-of-ecological-innovations"),
    # written for the test: the Turkish rendering with a locative ending
    ("Aral bölgesi ekolojik yenilikler ve teknolojiler bölgesinde yeni yatırımlar bekleniyor.",
     "ekolojik yenilikler ve teknolojiler bölgesinde", "aral-sea-zone-of-ecological-innovations"),
    ("adopted a resolution declaring Central Asia a zone of peace, trust and cooperation",
     "zone of peace, trust and cooperation", "central-asia-zone-of-peace"),
    ("the UN General Assembly adopted the resolution “Zone of Peace, Trust, and Cooperation in "
     "Central Asia,” presented by Turkmenistan",
     "Zone of Peace, Trust, and Cooperation in Central Asia", "central-asia-zone-of-peace"),
    ("resolution 76/299 of 28 July 2022 on the Central Asian Zone of Peace, Trust and Cooperation",
     "Central Asian Zone of Peace, Trust and Cooperation", "central-asia-zone-of-peace"),
    # written for the test: no counted Turkish page named the zone
    ("BM Genel Kurulu, Orta Asya Barış, Güven ve İşbirliği Bölgesi'ne ilişkin kararı kabul etti.",
     "Orta Asya Barış, Güven ve İşbirliği Bölgesi'ne", "central-asia-zone-of-peace"),
    ("Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organization",
     "Astana Declaration of the Council of Heads of State of the Shanghai Cooperation "
     "Organization", "sco-astana-declaration-2024"),
    ("The Astana Declaration of the Council of Heads of State of the SCO member states is signed.",
     "Astana Declaration of the Council of Heads of State of the SCO",
     "sco-astana-declaration-2024"),
    # written for the test: the Turkish name with a genitive ending
    ("ŞİÖ Astana Bildirgesi'nin ilk maddesi çok kutuplu düzeni anar.",
     "ŞİÖ Astana Bildirgesi'nin", "sco-astana-declaration-2024"),
    ("1. Bishkek Declaration of the 11th Summit of the Organization of Turkic States;",
     "Bishkek Declaration of the 11th Summit of the Organization of Turkic States",
     "ots-bishkek-declaration-2024"),
    ("Heads of State will sign the Bishkek Declaration and several key resolutions. Prior to the "
     "Summit, the Council of Foreign Ministers of the OTS will convene in Bishkek",
     "Bishkek Declaration", "ots-bishkek-declaration-2024"),
    # written for the test: the bare Turkish name beside the organisation's acronym
    ("TDT zirvesinde Devlet Başkanları Bişkek Bildirisi'ni imzaladı.", "Bişkek Bildirisi'ni",
     "ots-bishkek-declaration-2024"),
])
def test_forms_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # the Allied conference of 1943 in the same city
    ("The Tehran Conference of 1943 brought Stalin, Roosevelt and Churchill together.",
     "tehran-convention"),
    # the SCO's Bishkek Declaration of 2007 (UzDaily's communiqué)
    ("The leaders of the six states signed the Bishkek Declaration and approved the Action Plan of "
     "the member states of the Shanghai Cooperation Organisation.", "ots-bishkek-declaration-2024"),
    ("Even the OTS leaders recalled the SCO's Bishkek Declaration of 2007.",
     "ots-bishkek-declaration-2024"),
    # the China-Central Asia summit's declaration of 2025 keeps the bare name
    ("Leaders of China and Central Asia adopted the Astana Declaration at the China-Central Asia "
     "Summit.", "sco-astana-declaration-2024"),
    # a zone of peace elsewhere
    ("The South Atlantic was declared a zone of peace and cooperation in 1986.",
     "central-asia-zone-of-peace"),
    ("Bölgede barış, güvenlik ve istikrar için işbirliği vurgulandı.",
     "central-asia-zone-of-peace"),
    # a special economic zone is not the Aral Sea's zone
    ("Navoi free industrial economic zone attracts technologies and innovations.",
     "aral-sea-zone-of-ecological-innovations"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
