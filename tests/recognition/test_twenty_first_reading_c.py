"""Concepts of the twenty-first curation reading, part C (the UN's and the region's transport
programmes): UNECE, ESCAP, SPECA, the Euro-Asian Transport Links, the Asian Highway Network, the
Trans-Asian Railway, the TIR Convention and the IRU (docs/curation.rst). The sentences that must
link are shortened from the pages the reading counted unless a comment says they were written for
the test; the look-alikes are written for the test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("ESCAP, in collaboration with UNECE (United Nations Economic Commission for Europe), is "
     "supporting sustainable transport networks in Central Asia", "UNECE", "unece"),
    ("Birleşmiş Milletler Avrupa Ekonomik Komisyonu (UNECE) ve Birleşmiş Milletler Asya ve "
     "Pasifik Ekonomik ve Sosyal Komisyonu (ESCAP) deneyimlerinden faydalanmanın önemi",
     "Birleşmiş Milletler Avrupa Ekonomik Komisyonu", "unece"),
    ("Trans-Hazar ve Almatı-İstanbul Koridorları EİT/BMAEK Koordinasyon Komitesi", "BMAEK",
     "unece"),
    ("Birleşmiş Milletler Avrupa Ekonomik Komisyonu (UNECE) ve Birleşmiş Milletler Asya ve "
     "Pasifik Ekonomik ve Sosyal Komisyonu (ESCAP) deneyimlerinden faydalanmanın önemi",
     "Birleşmiş Milletler Asya ve Pasifik Ekonomik ve Sosyal Komisyonu", "escap"),
    ("The commission was first established as the United Nations Economic Commission for Asia "
     "and the Far East (ECAFE)", "Economic Commission for Asia and the Far East", "escap"),
    ("the ambassadors discussed the events in Ashgabat of the UN special program for the economy "
     "of Central Asia (SPECA) in November 2019", "SPECA", "speca"),
    ("The United Nations Special Programme for the Economies of Central Asia (SPECA) was launched "
     "in 1998", "United Nations Special Programme for the Economies of Central Asia", "speca"),
    ("The Euro-Asian Transport Links (EATL) project started with Phase I (2002-07)",
     "Euro-Asian Transport Links", "euro-asian-transport-links"),
    ("Euro-Asian Transport Linkages (EATL): the connection of the main regions in Asia to the "
     "Pan-European Transport Corridors", "Euro-Asian Transport Linkages",
     "euro-asian-transport-links"),
    ("The Asian Highway network is a regional transport cooperation initiative",
     "Asian Highway network", "asian-highway"),
    ("Türkiye sınırları dahilindeki Asya Karayolu Ağının tespiti", "Asya Karayolu Ağının",
     "asian-highway"),
    ("The Trans-Asian Railway Network now comprises approximately 125,500 km of railway lines",
     "Trans-Asian Railway Network", "trans-asian-railway"),
    ("Asya Karayolu ve Asya Demiryolu ve Trans-Asya Demiryolunu kapsayacak şekilde",
     "Trans-Asya Demiryolunu", "trans-asian-railway"),
    ("Uzbekistan has been a member of the TIR Convention since 1995", "TIR Convention",
     "tir-convention"),
    ("Bu kapsamda TIR Sözleşmesine taraf olup uygulamaya geçiren 66. ülke olan Irak",
     "TIR Sözleşmesine", "tir-convention"),
    ("The global TIR system, managed by the International Road Transport Union (IRU) under a UN "
     "mandate, reduces transit times", "International Road Transport Union", "iru"),
    ("Uluslararası Karayolu Taşımacılığı Birliği (IRU) TIR ve Transit Hizmetleri Direktörü",
     "Uluslararası Karayolu Taşımacılığı Birliği", "iru"),
])
def test_forms_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # written for the test: in Turkish a TIR is a lorry; the bare word is not the convention
    ("Limana gemilerle TIR ve konteynerler taşınıyor.", "tir-convention"),
    # written for the test: AH without the network's name in the paragraph
    ("The mosque was completed in 1320 AH.", "asian-highway"),
    # written for the test: another region's roads
    ("The South Asian Highway Network links Nepal and Bangladesh.", "asian-highway"),
    # written for the test: ECE alone is a Turkish given name
    ("Ece Hanım toplantıya katıldı.", "unece"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
