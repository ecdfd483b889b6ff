"""Concepts of the twenty-third curation reading, part C (rivers, mountains, ports and the places
of connectivity): the Tian Shan and the Hindu Kush, lakes Balkhash and Issyk-Kul, the Panj,
Zarafshan and Ili rivers, Georgia's Anaklia, Poti and Batumi ports and Azerbaijan's Alat Free
Economic Zone (docs/curation.rst). The sentences that must link are shortened from the pages the
reading counted unless a comment says they were written for the test; the look-alikes are
written for the test or taken from a development text where a comment says so."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("Tian Shan Mountain range lies in the border region of Kazakhstan, Kyrgyzstan, and China",
     "Tian Shan", "tian-shan"),
    ("Tien Shan is one of the highest mountain-mass in the ex-USSR.", "Tien Shan", "tian-shan"),
    ("The Tian Shan, also known as the Tengri Tagh, is a large system of mountain ranges",
     "Tengri Tagh", "tian-shan"),
    ("Kırgızlar, Tanrı Dağları’nın doğusu ile Tannu-Ola arasında ortaya çıkmışlardır.",
     "Tanrı Dağları’nın", "tian-shan"),
    ("Tanrı/Tengri Dağları, doğal güzelliğiyle görenleri kendisine hayran bırakıyor.",
     "Tengri Dağları", "tian-shan"),
    ("The Hindu Kush is a mountain range in Central and South Asia to the west of the Himalayas.",
     "Hindu Kush", "hindu-kush"),
    ("the Hindukush system, the most important, is the westernmost extension of the Pamir "
     "Mountains", "Hindukush", "hindu-kush"),
    ("the Hindu Kush Mountains running from northeast to southwest", "Hindu Kush Mountains",
     "hindu-kush"),
    ("The Ili River alone contributes nearly 70% of Lake Balkhash’s inflow", "Ili River",
     "ili-river"),
    ("The Ili River alone contributes nearly 70% of Lake Balkhash’s inflow", "Lake Balkhash’s",
     "lake-balkhash"),
    ("Lake Balkhash, also spelt Lake Balqash, is a lake in southeastern Kazakhstan",
     "Lake Balqash", "lake-balkhash"),
    ("Issyk-Kul Lake in the Tian Shan Mountains in eastern Kyrgyzstan is the country’s biggest "
     "lake", "Issyk-Kul Lake", "lake-issyk-kul"),
    ("Cholpon-Ata is a resort town on the northern shore of Lake Issyk-Kul in Kyrgyzstan",
     "Lake Issyk-Kul", "lake-issyk-kul"),
    ("Kırgızistan’ın en önemli turizm alanlarından Issık Göl Kırgızlar için bir vaha gibi.",
     "Issık Göl", "lake-issyk-kul"),
    ("Cengiz Aytmatov’a esin kaynağı olan Isık Göl, Kırgız dilinde ‘ılık’ "
     "anlamına geliyor.", "Isık Göl", "lake-issyk-kul"),
    ("The narrow Panj river, which at some points is less than 40 metres wide, separates "
     "Afghanistan and Tajikistan", "Panj river", "panj-river"),
    ("sheep on the road along the Panj River, Afghan mountains in the back", "Panj River",
     "panj-river"),
    ("The Zarafshan river, which is considered the main water source of Samarkand and Bukhara",
     "Zarafshan river", "zarafshan-river"),
    ("The environmental situation of the Zeravshan River will be discussed at an international "
     "conference", "Zeravshan River", "zarafshan-river"),
    ("The Anaklia Deep Sea Port is often described as Georgia's most important infrastructure "
     "project.", "Anaklia Deep Sea Port", "anaklia-port"),
    ("Anaklia Port in Georgia to receive first ship by 2029.", "Anaklia Port", "anaklia-port"),
    ("Georgian Government claims Anaklia deep seaport project will go ahead",
     "Anaklia deep seaport", "anaklia-port"),
    ("Limanın lansmanıyla birlikte Anaklia Derin Deniz Limanı Gürcistan'ın konumunu "
     "güçlendirecek.", "Anaklia Derin Deniz Limanı", "anaklia-port"),
    ("Poti port increases cargo turnover by 17%", "Poti port", "poti-port"),
    ("Poti Sea Port, located at the mouth of the Rioni River, is Georgia’s largest multipurpose "
     "port", "Poti Sea Port", "poti-port"),
    ("Kafkasya Bölgesi’nin Karadeniz’den tek giriş kapısı olan Gürcistan’ın Poti Limanı "
     "jeopolitik açıdan büyük bir önem teşkil ediyor.", "Poti Limanı", "poti-port"),
    ("cargo turnover through the Batumi Sea Port reached 6.1 million tons", "Batumi Sea Port",
     "batumi-port"),
    ("The Port of Batumi has international significance for Georgian maritime shipping.",
     "Port of Batumi", "batumi-port"),
    ("The Alat Free Economic Zone (AFEZ) is a free economic zone in Azerbaijan",
     "Alat Free Economic Zone", "alat-free-economic-zone"),
    ("The Alat Free Economic Zone (AFEZ) is a free economic zone in Azerbaijan", "AFEZ",
     "alat-free-economic-zone"),
    ("The cargo airport planned for construction in the Alat FEZ", "Alat FEZ",
     "alat-free-economic-zone"),
])
def test_forms_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, surface, concept", [
    # written for the test: the Turkish names with case endings
    ("Bişkek, Tanrı Dağlarının kuzey eteklerinde yer alır.", "Tanrı Dağlarının", "tian-shan"),
    ("Taliban Hindukuş Dağları'nda yeni bir karakol kurdu.", "Hindukuş Dağları'nda",
     "hindu-kush"),
    ("Balkaş Gölü'nün seviyesi bu yıl 32 santim yükseldi.", "Balkaş Gölü'nün", "lake-balkhash"),
    ("Gölün kuzeybatı kıyısında Issık Gölüne doğru ilerledik.", "Issık Gölüne",
     "lake-issyk-kul"),
    ("Pencap Nehri'nin öte yakasında Taliban devriyeleri görülüyor.", "Pencap Nehri'nin",
     "panj-river"),
    ("Zerefşan Nehri'nin suyu Semerkant ve Buhara vahalarını besler.", "Zerefşan Nehri'nin",
     "zarafshan-river"),
    ("Kazakistan, İli Nehri'nden gelen suyun arttığını açıkladı.", "İli Nehri'nden",
     "ili-river"),
    ("Anaklia Limanı'nın inşası yeniden başladı.", "Anaklia Limanı'nın", "anaklia-port"),
    ("Kazak petrolü Batum Limanı'ndan Avrupa'ya gönderiliyor.", "Batum Limanı'ndan",
     "batumi-port"),
    ("Alat Serbest Ekonomik Bölgesi'nde yeni bir kargo havalimanı yapılacak.",
     "Alat Serbest Ekonomik Bölgesi'nde", "alat-free-economic-zone"),
])
def test_turkish_inflections_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # a development text's list (round 22, text 261): the bare city names are not the ports
    ("Seaports Baku/Alyat, Batumi, Poti, Aktau, and Kuryk are capable of redirecting about seven "
     "million tonnes of cargo to this route.", "poti-port"),
    ("Seaports Baku/Alyat, Batumi, Poti, Aktau, and Kuryk are capable of redirecting about seven "
     "million tonnes of cargo to this route.", "batumi-port"),
    # written for the test: the village, the town and the province, not the port, lake or river
    ("Anaklia is a seaside village at the mouth of the Enguri.", "anaklia-port"),
    ("The town of Balkhash has about 66,000 inhabitants.", "lake-balkhash"),
    ("Zarafshan is also a city in Uzbekistan's Navoiy Province.", "zarafshan-river"),
    ("Panj is a district of Khatlon province.", "panj-river"),
    # written for the test: the Turkish word for province, and the conjunction "ile"
    ("Bedahşan ili, nehrin kuzeyindeki Tacikistan ile sınır komşusudur.", "ili-river"),
    # written for the test: an ordinary free zone, with no Alat in it
    ("Georgia sold a stake in Poti to develop a free industrial zone.",
     "alat-free-economic-zone"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
