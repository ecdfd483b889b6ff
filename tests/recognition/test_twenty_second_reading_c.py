"""Concepts of the twenty-second curation reading, part C (water and climate, the Turkic world's
cultural institutions): the Aral Sea's bodies and programmes (ICSD, ASBP, the UN's trust fund and
special programme), the Chu-Talas commission, the two basin water organisations, the Kokaral Dam,
the UNECE Water Convention, the environmental centre for Central Asia, the glaciers year, the
Turkic World Youth Capital and TURKSOY's Permanent Council (docs/curation.rst). The sentences that
must link are shortened from the pages the reading counted unless a comment says they were written
for the test; the Turkish sentences and the look-alikes are written for the test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("the meeting of the Interstate Commission for Sustainable Development of the International "
     "Fund for Saving the Aral Sea (ICSD IFAS), held on March 27-28, 2024, in Astana",
     "ICSD", "icsd"),
    ("It was originally called the Interstate Commission on Socio-economic Development, "
     "Scientific, Technical, and Environmental Cooperation, but changed its name in 1995.",
     "Interstate Commission on Socio-economic Development, Scientific, Technical, and "
     "Environmental Cooperation", "icsd"),
    ("The Aral Sea Basin Program (ASBP-4) was developed on the basis of the decision of the IFAS "
     "Board of 30 January 2018", "ASBP", "aral-sea-basin-programme"),
    ("the Board of the International Fund for Saving the Aral Sea reviewed the draft third Aral Sea "
     "basin programme for 2011-2015", "Aral Sea basin programme", "aral-sea-basin-programme"),
    ("The Multi-Partner Human Security Trust Fund for the Aral Sea region in Uzbekistan (MPHSTF) "
     "aims to be transformative", "MPHSTF", "mphstf-aral-sea"),
    ("There was noted the creation of the multi-partner human security trust fund for the Aral Sea "
     "region under the auspices of the United Nations",
     "multi-partner human security trust fund for the Aral Sea region", "mphstf-aral-sea"),
    ("The UN Special Program for the Aral Sea Basin (UN SPAS) was presented at the headquarters of "
     "the UN Economic and Social Commission for Asia and the Pacific", "UN SPAS",
     "un-spas-aral-sea"),
    ("the Regional Consultative Meeting on discussion of the establishment of the United Nations "
     "Special Programme for the Aral Sea Basin (UNSPAS) was held in Ashgabat", "UNSPAS",
     "un-spas-aral-sea"),
    ("The meeting was organized in connection with the eighteenth meeting of the bilateral "
     "Kazakh-Kyrgyz Chu-Talas Water Commission.", "Chu-Talas Water Commission",
     "chu-talas-water-commission"),
    ("The project culminated with the inauguration of the Chu and Talas Commission, in July 2006",
     "Chu and Talas Commission", "chu-talas-water-commission"),
    ("two such entities: Amudarya BWO with headquarters in Urgench, and Syrdarya BWO in Tashkent",
     "Amudarya BWO", "bwo-amu-darya"),
    ("two such entities: Amudarya BWO with headquarters in Urgench, and Syrdarya BWO in Tashkent",
     "Syrdarya BWO", "bwo-syr-darya"),
    ("By-law of the Basin Water Association Syrdarya", "Basin Water Association Syrdarya",
     "bwo-syr-darya"),
    ("The 12-km long Kokaral dam, which splits off the North Aral Sea from its southern "
     "counterpart, was completed in 2005", "Kokaral dam", "kokaral-dam"),
    ("Construction of the 13-km Kok-Aral Dam in 2005 brought benefits which exceeded the project "
     "expectations", "Kok-Aral Dam", "kokaral-dam"),
    ("On 4 August 2012, the Parliament of Turkmenistan voted for the country's accession to the "
     "United Nations Economic Commission for Europe (UNECE) Convention on the Protection and Use "
     "of Transboundary Watercourses and International Lakes (Water Convention).",
     "Convention on the Protection and Use of Transboundary Watercourses and International Lakes",
     "unece-water-convention"),
    ("Turkmen parliament decides to accede to the UNECE Water Convention",
     "UNECE Water Convention", "unece-water-convention"),
    ("The Regional Environmental Centre for Central Asia (CAREC) is an independent, non-political "
     "and non-for-profit international organisation", "Regional Environmental Centre for Central "
     "Asia", "regional-environmental-centre-central-asia"),
    ("The event is part of the UN-declared International Year of Glacier Preservation, initiated "
     "by Tajikistan's President", "International Year of Glacier Preservation",
     "international-year-of-glaciers-preservation-2025"),
    ("a resolution was unanimously adopted to declare the “International Year of Glaciers’ "
     "Preservation, 2025”", "International Year of Glaciers’ Preservation",
     "international-year-of-glaciers-preservation-2025"),
    ("Istanbul was declared the 2023 Turkic World Youth Capital in a signing ceremony",
     "Turkic World Youth Capital", "turkic-world-youth-capital"),
    ("Istanbul formally received the title of Youth Capital of the Turkic World 2023",
     "Youth Capital of the Turkic World", "turkic-world-youth-capital"),
    ("Forum kapsamında Buhara, Türk Dünyası Gençlik Başkenti seçildi.",
     "Türk Dünyası Gençlik Başkenti", "turkic-world-youth-capital"),
    ("On 16 November 2024, the 41st meeting of the TURKSOY Permanent Council was held in Ashgabat",
     "TURKSOY Permanent Council", "turksoy-permanent-council"),
    ("TÜRKSOY Daimi Konseyi 25. Dönem Toplantısı, Kırgızistan'ın başkenti Bişkek'te yapılan gala "
     "konseri ile sona erdi.", "TÜRKSOY Daimi Konseyi", "turksoy-permanent-council"),
    ("Uluslararası Türk Kültürü Teşkilatı'na (TÜRKSOY) üye ülkelerin Daimi Kültür Bakanları "
     "Konseyi'nin 41. toplantısı Aşkabat'ta gerçekleştirildi.",
     "Daimi Kültür Bakanları Konseyi'nin", "turksoy-permanent-council"),
])
def test_forms_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, surface, concept", [
    # written for the test: the Turkish renderings, with endings
    ("Sürdürülebilir Kalkınma Devletlerarası Komisyonu'nun toplantısı Astana'da yapıldı.",
     "Sürdürülebilir Kalkınma Devletlerarası Komisyonu'nun", "icsd"),
    ("Aral Denizi Havzası Programı'nın dördüncüsü 2030'a kadar uzanıyor.",
     "Aral Denizi Havzası Programı'nın", "aral-sea-basin-programme"),
    ("Türkmenistan, BM Aral Denizi Havzası Özel Programı'nı yeniden gündeme getirdi.",
     "BM Aral Denizi Havzası Özel Programı'nı", "un-spas-aral-sea"),
    ("Kazakistan ve Kırgızistan, Çu-Talas Su Komisyonu'nda bir araya geldi.",
     "Çu-Talas Su Komisyonu'nda", "chu-talas-water-commission"),
    ("Amuderya Havza Su İdaresi'nin kotaları açıklandı.", "Amuderya Havza Su İdaresi'nin",
     "bwo-amu-darya"),
    ("Kokaral Barajı'nın yükseltilmesi planlanıyor.", "Kokaral Barajı'nın", "kokaral-dam"),
    ("Duşanbe konferansı Uluslararası Buzulları Koruma Yılı'nın en önemli etkinliğiydi.",
     "Uluslararası Buzulları Koruma Yılı'nın", "international-year-of-glaciers-preservation-2025"),
    ("Türk Dünyasının Gençlik Başkentinde etkinlikler sürüyor.",
     "Türk Dünyasının Gençlik Başkentinde", "turkic-world-youth-capital"),
])
def test_turkish_inflections_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # written for the test: the crystal database, with no Aral body in the paragraph
    ("The ICSD lists the structures of inorganic crystals.", "icsd"),
    # written for the test: the Baltic Sea's convention of the same short name
    ("The Helsinki Convention protects the Baltic Sea.", "unece-water-convention"),
    # written for the test: the island and the village, not the dam
    ("Kokaral was an island in the northern part of the Aral Sea.", "kokaral-dam"),
    # written for the test: the centre's acronym is not the ADB programme
    ("The Regional Environmental Centre for Central Asia (CAREC) met in Almaty.", "carec"),
    # written for the test: a capital of the Turkic world that is not the youth one
    ("Şuşa, Türk Dünyası Kültür Başkenti seçildi.", "turkic-world-youth-capital"),
    # written for the test: another body's permanent council
    ("The CSTO Permanent Council met in Moscow.", "turksoy-permanent-council"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
