"""Concepts of the twenty-third curation reading, part A (the unmapped slugs of the evaluation
rounds): the Vakhsh River, the OTS Samarkand Declaration of 2022, the OTS Civil Protection
Mechanism, the UN General Assembly's 2018 resolution on Central Asia and Tajikistan's open door
policy (docs/curation.rst). The sentences that must link are shortened from the pages the reading
counted unless a comment says they were written for the test; the look-alikes are written for the
test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


_RESOLUTION = ("Strengthening regional and international cooperation to ensure peace, stability "
               "and sustainable development in the Central Asian Region")
_RESOLUTION_FOR = ("Strengthening regional and international cooperation for peace, stability "
                   "and sustainable development in the Central Asian region")
_RESOLUTION_TR = ("Orta Asya Bölgesinde Barış, İstikrar ve Sürdürülebilir Kalkınmanın Sağlanması "
                  "İçin Bölgesel ve Uluslararası İşbirliğinin Güçlendirilmesi")


@pytest.mark.parametrize("text, surface, concept", [
    ("The Roghun Dam is an embankment dam under construction on the Vakhsh River in southern "
     "Tajikistan.", "Vakhsh River", "vakhsh-river"),
    ("Rogun Dam is a dam located on the River Vakhsh in Tajikistan.", "River Vakhsh",
     "vakhsh-river"),
    ("Roghun HPP is a hydropower plant that is being constructed in Tajikistan on Vakhsh river",
     "Vakhsh river", "vakhsh-river"),
    # written for the test: no Turkish page the reading saw names the river
    ("Rogun Barajı, Vahş Nehri'nin üzerinde yükseliyor.", "Vahş Nehri'nin", "vakhsh-river"),
    ("These documents feature decisions on the Samarkand Declaration, OTS’s 2022-2026 Strategy",
     "Samarkand Declaration", "ots-samarkand-declaration-2022"),
    ("The summit of the Organization of Turkic States will be held on November 11 in Samarkand. "
     "Following the meeting, they plan to adopt the Samarkand Declaration.",
     "Samarkand Declaration", "ots-samarkand-declaration-2022"),
    ("Türk Devletleri Teşkilatı 9’uncu Zirvesi Semerkant Bildirisi'nde, Kıbrıs Türklerinin Türk "
     "dünyasının parçası olarak görüldüğü bildirildi.",
     "Türk Devletleri Teşkilatı 9’uncu Zirvesi Semerkant Bildirisi'nde",
     "ots-samarkand-declaration-2022"),
    ("Liderler, TDT Sekretaryasındaki atamalar da dahil bir dizi kararla birlikte Semerkant "
     "Bildirisini imzalayacak.", "Semerkant Bildirisini", "ots-samarkand-declaration-2022"),
    # written for the test: the declaration wording rule's Deklarasyonu, on the guarded short name
    ("TDT zirvesinde Semerkant Deklarasyonu kabul edildi.", "Semerkant Deklarasyonu",
     "ots-samarkand-declaration-2022"),
    ("The Senate approved a law ratifying the agreement establishing the Civil Protection "
     "Mechanism of the Organization of Turkic States (OTS).",
     "Civil Protection Mechanism of the Organization of Turkic States",
     "ots-civil-protection-mechanism"),
    ("The Turkic States Organization Civil Protection Mechanism (TSOCPM) is designed to "
     "coordinate emergency response operations", "Turkic States Organization Civil Protection "
     "Mechanism", "ots-civil-protection-mechanism"),
    ("the Agreement on the Establishment of the Civil Defense Mechanism of the Organization of "
     "Turkic States", "Civil Defense Mechanism of the Organization of Turkic States",
     "ots-civil-protection-mechanism"),
    ("The senators will review the Agreement establishing a civil defense mechanism for the "
     "Organization of Turkic States (OTS).",
     "civil defense mechanism for the Organization of Turkic States",
     "ots-civil-protection-mechanism"),
    ("Türk Devletleri Teşkilatı (TDT) Sivil Koruma Mekanizması'nı kurmanın eşiğindeyiz",
     "Türk Devletleri Teşkilatı (TDT) Sivil Koruma Mekanizması'nı",
     "ots-civil-protection-mechanism"),
    # written for the test: the short Turkish name with a dative ending
    ("Kazakistan TDT Sivil Koruma Mekanizması'na katıldı.", "TDT Sivil Koruma Mekanizması'na",
     "ots-civil-protection-mechanism"),
    (f"the UN General Assembly at the plenary session adopted the resolution “{_RESOLUTION}”.",
     _RESOLUTION, "unga-resolution-central-asia-2018"),
    (f"{_RESOLUTION_FOR}. The text of the UN resolution adopted, at the initiative of Uzbekistan",
     _RESOLUTION_FOR, "unga-resolution-central-asia-2018"),
    # written for the test: the Turkish rendering with an accusative ending
    (f"Genel Kurul, “{_RESOLUTION_TR}” kararını oybirliğiyle kabul etti.",
     f"{_RESOLUTION_TR}", "unga-resolution-central-asia-2018"),
    ("The foreign policy of Tajikistan is based on the principle of a multi-vector approach and "
     "an open doors policy.", "open doors policy", "open-door-policy"),
    ("Tajikistan implemented an “open door” policy that led the relatively new nation to gain "
     "international recognition", "“open door” policy", "open-door-policy"),
    ("the main principle of the open door policy, which we adhere to and implement in our foreign "
     "policy", "open door policy", "open-door-policy"),
    # written for the test: the only Turkish page naming it is a development text
    ("Tacikistan bağımsızlıktan sonra açık kapı politikasını izledi.", "açık kapı politikasını",
     "open-door-policy"),
])
def test_forms_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # the SCO adopted its own Samarkand Declaration in September 2022
    ("The SCO heads of state adopted the Samarkand Declaration in September 2022.",
     "ots-samarkand-declaration-2022"),
    ("ŞİÖ Devlet Başkanları Konseyi Semerkant Bildirisi'ni kabul etti.",
     "ots-samarkand-declaration-2022"),
    # the wording rule must not make unguarded forms of the short name
    ("ŞİÖ zirvesinde Semerkant Deklarasyonu kabul edildi.", "ots-samarkand-declaration-2022"),
    ("The SCO adopted the Samarkand Summit Declaration.", "ots-samarkand-declaration-2022"),
    # the EU's civil protection mechanism
    ("Türkiye'nin AB Sivil Koruma Mekanizmasına katılımına ilişkin anlaşma imzalandı.",
     "ots-civil-protection-mechanism"),
    ("The EU Civil Protection Mechanism was activated after the earthquake.",
     "ots-civil-protection-mechanism"),
    # another General Assembly resolution on the region
    ("The General Assembly adopted the resolution “Zone of peace, trust and cooperation of "
     "Central Asian countries”.", "unga-resolution-central-asia-2018"),
    # the region inside the resolution's title is not linked on its own
    (f"the resolution “{_RESOLUTION}” was adopted", "central-asia"),
    # the cascade and the town share the river's name; the bare name stays out
    ("It is one of the planned hydroelectric power plants of Vakhsh Cascade.", "vakhsh-river"),
    ("The town of Vakhsh lies in Khatlon.", "vakhsh-river"),
    # NATO's enlargement and Türkiye's refugee policy are other open-door policies
    ("NATO's open door policy remains unchanged.", "open-door-policy"),
    ("Turkey's open-door policy toward Syrian refugees", "open-door-policy"),
    ("NATO gibi açık kapı politikası uygulayan KGAÖ", "open-door-policy"),
    ("Türkiye'nin açık kapı politikası sayesinde sığınmacılar geldi.", "open-door-policy"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
