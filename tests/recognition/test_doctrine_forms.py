"""A doctrine named with the word doctrine: ``Yakın Çevre Doktrini'nin``, ``Near Abroad doctrine``."""

from __future__ import annotations

import pytest

import caglossary
from caglossary import glossary


def _found(text: str, **modes: bool) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text, **modes)]


@pytest.mark.parametrize("modes", [{}, {"ocr": True}])
@pytest.mark.parametrize("text, surface", [
    # the bare name is guarded (it counts only near the Soviet past); the word vouches for it
    ("İlk bölümde Yakın Çevre Doktrini’nin şekillenmesi ele alınıyor.",
     "Yakın Çevre Doktrini’nin"),
    ("Bu, temelleri önceden atılmış Yakın Çevre Doktrininin uygulanmasıdır.",
     "Yakın Çevre Doktrininin"),
    ("Moskova Yakın Çevre Doktrinini etkin biçimde uygulayamadı.", "Yakın Çevre Doktrinini"),
    ("Scholars traced the Near Abroad doctrine to 1993.", "Near Abroad doctrine"),
])
def test_the_word_doctrine_vouches_for_a_guarded_name(text, surface, modes):
    assert _found(text, **modes) == [(surface, "near-abroad")]


def test_the_bare_guarded_name_still_needs_its_context():
    assert _found("Yakın Çevre Belediyesi toplantısı") == []


def test_every_doctrine_is_found_with_the_word_in_both_languages():
    for concept in glossary():
        if concept.category != "doctrine":
            continue
        for lang, word in (("tr", "doktrini"), ("en", "doctrine")):
            text = f"Bu metin {concept.side(lang).term} {word} üzerine."
            if lang == "en":
                text = f"This text is about the {concept.side(lang).term} {word} today."
            found = caglossary.find_terms(text)
            assert [m.concept for m in found] == [concept.id], (concept.id, lang, found)
            assert found[0].surface.endswith(word), (concept.id, lang, found[0].surface)


def test_a_doctrine_form_the_data_writes_is_not_made_twice():
    from caglossary.recognition.termforms import compile_forms

    depth = next(c for c in glossary() if c.id == "strategic-depth")
    written = [f.written for f in compile_forms([depth], ocr=False) if f.lang == "tr"
               and "doktrin" in f.written]
    assert len(written) == len(set(written))
    assert "Stratejik Derinlik doktrini" in written and "stratejik derinlik doktrini" in written
