"""gettext export: a valid catalogue that msgfmt-style tools and sphinx-intl can use."""

from __future__ import annotations

import io
import os
import shutil
import subprocess

import pytest
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from caglossary.exchange import export_glossary


def catalog(text: str):
    return read_po(io.StringIO(text), abort_invalid=True)


@pytest.mark.parametrize("source, target", [("tr", "en"), ("en", "tr")])
def test_po_maps_every_source_form_to_its_equivalent(mini, source, target):
    messages = {m.id: m for m in catalog(export_glossary(mini, "po", source=source)) if m.id}
    forms = {form for c in mini for form in c.side(source).forms}
    assert set(messages) == forms
    for concept in mini:
        for form in concept.side(source).forms:
            message = messages[form]
            assert message.string in (concept.side(target).term, *concept.side(target).abbr)
            assert any(concept.id in note for note in message.auto_comments)


def test_po_header(mini):
    text = export_glossary(mini, "po")
    parsed = catalog(text)
    assert str(parsed.locale) == "en" and parsed.charset == "utf-8"
    assert not parsed.fuzzy
    assert parsed.creation_date.year == 1970
    # babel's version must not reach the bytes: an upgrade would change the export
    assert '"Generated-By: caglossary\\n"' in text and "Babel" not in text


def test_abbreviations_translate_to_abbreviations(mini):
    messages = {m.id: m.string for m in catalog(export_glossary(mini, "po")) if m.id}
    assert messages["ŞİÖ"] == "SCO"
    assert messages["Şanghay İş Birliği Örgütü"] == "Shanghai Cooperation Organization"
    assert messages["diyalog ortaklığı"] == "dialogue partner"


def test_pot_has_empty_translations(mini):
    template = catalog(export_glossary(mini, "po", template=True))
    assert template.locale is None
    assert all(m.string == "" for m in template if m.id)
    assert len([m for m in template if m.id]) == sum(len(set(c.tr.forms)) for c in mini)


def test_po_compiles_to_mo_and_back(mini):
    parsed = catalog(export_glossary(mini, "po"))
    buffer = io.BytesIO()
    write_mo(buffer, parsed)
    buffer.seek(0)
    compiled = {m.id: m.string for m in read_mo(buffer) if m.id}
    assert compiled["Şanghay Beşlisi"] == "Shanghai Five"
    assert len(compiled) == len([m for m in parsed if m.id])


def test_messages_follow_turkish_order_of_concepts(mini):
    ids = [m.auto_comments[0].split()[0] for m in catalog(export_glossary(mini, "po")) if m.id]
    ordered = [c.id for c in mini.sorted_by("tr")]
    assert list(dict.fromkeys(ids)) == ordered


def test_a_form_shared_by_two_concepts_keeps_the_first(mini):
    from caglossary import Concept, Glossary, LangSide

    first = Concept("a", "concept", LangSide("Ortak", "d"), LangSide("Common", "d"))
    second = Concept("b", "concept", LangSide("Ortak", "d"), LangSide("Shared", "d"))
    parsed = catalog(export_glossary(Glossary([first, second]), "po"))
    message = parsed.get("Ortak")
    assert message.string == "Common"
    assert message.auto_comments == ["a (term)", "also b (term): Shared"]


GETTEXT_TOOLS = pytest.mark.skipif(
    not (shutil.which("msgfmt") and shutil.which("msgmerge")),
    reason="GNU gettext (msgfmt, msgmerge) is not installed")


@GETTEXT_TOOLS
def test_msgfmt_accepts_the_catalogue(mini, tmp_path):
    po = tmp_path / "glossary.po"
    po.write_text(export_glossary(mini, "po"), encoding="utf-8")
    result = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(po)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@GETTEXT_TOOLS
def test_works_as_a_msgmerge_compendium(mini, tmp_path):
    compendium = tmp_path / "glossary.po"
    compendium.write_text(export_glossary(mini, "po"), encoding="utf-8")
    template = tmp_path / "chapter.pot"
    template.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                        'msgid "Şanghay Beşlisi"\nmsgstr ""\n\nmsgid "Başka bir cümle"\n'
                        'msgstr ""\n', encoding="utf-8")
    merged = tmp_path / "chapter.po"
    subprocess.run(["msgmerge", "--quiet", "--compendium", str(compendium), "-o", str(merged),
                    os.devnull, str(template)], check=True, capture_output=True)
    messages = {m.id: m.string for m in catalog(merged.read_text(encoding="utf-8")) if m.id}
    assert messages == {"Şanghay Beşlisi": "Shanghai Five", "Başka bir cümle": ""}
