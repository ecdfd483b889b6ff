"""TBX export: well-formed XML that keeps the TBX-Basic dialect's rules.

No package ships the TBX-Basic schemas (``test_tbx_schemas.py`` runs them
where ``CAGLOSSARY_TBX_SCHEMAS`` names a folder holding them), so the
dialect's rules for the parts this exporter writes are also spelled out below
as a checker that runs everywhere: which elements may appear under which
parent, which attributes are required, and which ``type`` values and
picklist values are allowed where. A test feeds the checker broken documents
to show it rejects them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from caglossary.exchange import ExportError, export_glossary

NS = "urn:iso:std:iso:30042:ed-2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
AUX = {"admin", "descrip", "descripGrp", "note", "ref", "transacGrp", "xref"}

# Element names per edition, by role.
LAYOUTS = {
    "2019": {"root": "tbx", "header": "tbxHeader", "entry": "conceptEntry",
             "lang": "langSec", "term": "termSec"},
    "2008": {"root": "martif", "header": "martifHeader", "entry": "termEntry",
             "lang": "langSet", "term": "tig"},
}
CHILDREN_BY_ROLE = {
    "root": {"header", "text"},
    "header": {"fileDesc", "encodingDesc", "revisionDesc"},
    "fileDesc": {"titleStmt", "publicationStmt", "sourceDesc"},
    "sourceDesc": {"p"},
    "text": {"body", "back"},
    "body": {"entry"},
    "entry": AUX | {"lang"},
    "lang": AUX | {"term"},
    "term": AUX | {"term_text", "termNote", "termNoteGrp"},
}
# Allowed descrip/termNote/ref types at each level, and picklists.
TYPES = {
    ("descrip", "entry"): {"subjectField", "definition"},
    ("descrip", "lang"): {"definition"},
    ("descrip", "term"): {"context"},
    ("ref", "entry"): {"crossReference"},
    ("ref", "lang"): {"crossReference"},
    ("ref", "term"): {"crossReference"},
    ("termNote", "term"): {"partOfSpeech", "termType", "administrativeStatus",
                           "grammaticalGender", "geographicalUsage", "termLocation"},
}
PICKLISTS = {
    "partOfSpeech": {"noun", "verb", "adjective", "adverb", "properNoun", "other"},
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
    "administrativeStatus": {"preferredTerm-admn-sts", "admittedTerm-admn-sts",
                             "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"},
}


def _local(tag: str, version: str) -> str:
    if version == "2019":
        assert tag.startswith("{" + NS + "}"), f"{tag} is outside the TBX namespace"
        return tag[len(NS) + 2:]
    assert not tag.startswith("{"), f"{tag}: TBX 2008 uses no namespace"
    return tag


def _role(name: str, parent_role: str, layout: dict[str, str]) -> str:
    by_name = {v: k for k, v in layout.items()}
    if parent_role == "term" and name == "term":
        return "term_text"  # <term> inside <tig> shares the role name "term" in 2008
    return by_name.get(name, name)


def tbx_violations(document: str, version: str = "2019") -> list[str]:
    """Every rule the document breaks, as readable messages (empty when valid)."""
    layout, problems = LAYOUTS[version], []
    root = ET.fromstring(document.encode("utf-8"))
    if _local(root.tag, version) != layout["root"]:
        return [f"root is {root.tag}, not {layout['root']}"]
    expected_root = {"type": "TBX-Basic", **({"style": "dca"} if version == "2019" else {})}
    problems += [f"root {k} must be {v!r}" for k, v in expected_root.items() if root.get(k) != v]
    if not root.get(XML_LANG):
        problems.append("root has no xml:lang")
    ids = {e.get("id") for e in root.iter() if _local(e.tag, version) == layout["entry"]}
    _walk(root, "root", version, layout, ids, problems)
    return problems


def _walk(element, role, version, layout, ids, problems) -> None:
    names = [_role(_local(child.tag, version), role, layout) for child in element]
    for child, child_role in zip(element, names):
        if child_role not in CHILDREN_BY_ROLE.get(role, set()) and role in CHILDREN_BY_ROLE:
            problems.append(f"<{_local(child.tag, version)}> not allowed in {role}")
        _check_element(child, child_role, role, ids, problems)
        _walk(child, child_role, version, layout, ids, problems)
    _check_structure(element, role, names, problems)


def _check_element(child, role, parent_role, ids, problems) -> None:
    kind = child.get("type")
    if role in ("descrip", "termNote", "ref"):
        allowed = TYPES.get((role, parent_role), set())
        if kind not in allowed:
            problems.append(f"{role} type {kind!r} not allowed at {parent_role} level")
        if kind in PICKLISTS and (child.text or "") not in PICKLISTS[kind]:
            problems.append(f"{kind} value {child.text!r} not in the picklist")
        if not (child.text or "").strip():
            problems.append(f"empty {role} {kind}")
    if role == "ref" and child.get("target") not in ids:
        problems.append(f"ref target {child.get('target')!r} is not an entry id")
    if role == "entry" and not NCNAME.match(child.get("id") or ""):
        problems.append(f"entry id {child.get('id')!r} is not an NCName")
    if role == "lang" and not child.get(XML_LANG):
        problems.append("language section without xml:lang")


def _check_structure(element, role, names, problems) -> None:
    if role == "entry":
        if "lang" not in names or names.index("lang") < max(
                (i for i, n in enumerate(names) if n in AUX), default=-1):
            problems.append(f"entry {element.get('id')}: language sections must follow notes")
    if role == "lang":
        if "term" not in names:
            problems.append("language section without a term section")
        statuses = [n.text for t in element for n in t
                    if n.get("type") == "administrativeStatus"]
        if statuses.count("preferredTerm-admn-sts") != 1:
            problems.append(f"{element.get(XML_LANG)}: not exactly one preferred term")
    if role == "term":
        if names[:1] != ["term_text"] or names.count("term_text") != 1:
            problems.append("a term section starts with exactly one <term>")
        first_aux = min((i for i, n in enumerate(names) if n in AUX), default=len(names))
        if any(n == "termNote" for n in names[first_aux:]):
            problems.append("termNote after other information in a term section")


@pytest.mark.parametrize("version", ["2019", "2008"])
def test_export_keeps_the_dialect_rules(mini, version):
    document = export_glossary(mini, "tbx", version=version)
    assert tbx_violations(document, version) == []


@pytest.mark.parametrize("version", ["2019", "2008"])
def test_ids_are_unique_and_every_concept_is_there(mini, version):
    root = ET.fromstring(export_glossary(mini, "tbx", version=version).encode("utf-8"))
    entry = LAYOUTS[version]["entry"]
    ids = [e.get("id") for e in root.iter() if e.tag.endswith(entry)]
    assert len(ids) == len(set(ids)) == len(mini)
    assert set(ids) == set(mini.ids)


def test_root_element_is_tbx_basic_2019(mini):
    head = export_glossary(mini, "tbx", version="2019").splitlines()[:2]
    assert head == ['<?xml version="1.0" encoding="UTF-8"?>',
                    '<tbx type="TBX-Basic" style="dca" xml:lang="tr" '
                    'xmlns="urn:iso:std:iso:30042:ed-2">']


def test_terms_carry_type_and_status(mini):
    root = ET.fromstring(export_glossary(mini, "tbx", version="2019").encode("utf-8"))
    q = {"t": NS}
    sco = root.find(".//t:conceptEntry[@id='sco']", q)
    assert sco.find("t:descrip[@type='subjectField']", q).text == "organisation"
    tr = sco.find(f"t:langSec[@{XML_LANG}='tr']", q)
    rows = {s.find("t:term", q).text: (s.find("t:termNote[@type='termType']", q).text,
                                       s.find("t:termNote[@type='administrativeStatus']", q).text)
            for s in tr.findall("t:termSec", q)}
    assert rows == {
        "Şanghay İşbirliği Örgütü": ("fullForm", "preferredTerm-admn-sts"),
        "Şanghay İş Birliği Örgütü": ("variant", "admittedTerm-admn-sts"),
        "ŞİÖ": ("acronym", "admittedTerm-admn-sts"),
    }
    assert tr.find("t:descrip[@type='definition']", q).text.startswith("Şanghay Beşlisi'nin")
    refs = [r.get("target") for r in sco.findall("t:ref[@type='crossReference']", q)]
    assert refs == ["shanghai-five", "dialogue-partner"]


@pytest.mark.parametrize("break_it, complaint", [
    (lambda s: s.replace(">acronym<", ">initialism<", 1), "termType value"),
    (lambda s: s.replace('style="dca" ', "", 1), "root style"),
    (lambda s: s.replace('<langSec xml:lang="en">', "<langSec>", 1), "without xml:lang"),
    (lambda s: s.replace('type="subjectField"', 'type="usageNote"', 1), "not allowed"),
    (lambda s: s.replace("preferredTerm-admn-sts", "admittedTerm-admn-sts", 1), "preferred"),
    (lambda s: s.replace('target="sco"', 'target="nowhere"', 1), "ref target"),
    (lambda s: s.replace("<body>", "<body><p>stray</p>", 1), "not allowed in body"),
])
def test_checker_rejects_broken_documents(mini, break_it, complaint):
    broken = break_it(export_glossary(mini, "tbx", version="2019"))
    assert any(complaint in problem for problem in tbx_violations(broken))


def test_text_is_escaped(mini):
    from caglossary import Concept, Glossary, LangSide

    risky = LangSide("A & B <C>", 'Quotes " and \' and a\ttab\x01.')
    glossary = Glossary([Concept("risky", "concept", risky, LangSide("X", "Y"))])
    root = ET.fromstring(export_glossary(glossary, "tbx", version="2019").encode("utf-8"))
    assert root.find(f".//{{{NS}}}term").text == "A & B <C>"
    assert root.find(f".//{{{NS}}}descrip[@type='definition']").text == (
        "Quotes \" and ' and a tab.")


def test_digit_initial_ids_become_ncnames():
    from caglossary import Concept, Glossary, LangSide

    glossary = Glossary([Concept("2001-charter", "document", LangSide("Şart", "t"),
                                 LangSide("Charter", "d"))])
    document = export_glossary(glossary, "tbx", version="2019")
    assert '<conceptEntry id="_2001-charter">' in document
    assert tbx_violations(document) == []


def test_unknown_version_is_an_export_error(mini):
    with pytest.raises(ExportError, match="unknown TBX version"):
        export_glossary(mini, "tbx", version="3")


def test_translate_toolkit_reads_the_2008_file(mini):
    from translate.storage.tbx import tbxfile

    store = tbxfile.parsestring(export_glossary(mini, "tbx", version="2008").encode("utf-8"),
                                sourcelanguage="tr", targetlanguage="en")
    pairs = {unit.source: unit.target for unit in store.units}
    assert len(store.units) == len(mini)
    assert pairs["Şanghay İşbirliği Örgütü"] == "Shanghai Cooperation Organization"
    assert pairs["diyalog ortağı"] == "dialogue partner"
    assert set(pairs) == {c.tr.term for c in mini}


@pytest.mark.parametrize("version", ["2019", "2008"])
def test_builtin_glossary_keeps_the_dialect_rules(version):
    import caglossary

    glossary = caglossary.glossary()
    document = export_glossary(glossary, "tbx", version=version)
    assert tbx_violations(document, version) == []
    assert document.count(f"<{LAYOUTS[version]['entry']} ") == len(glossary)


def test_the_default_is_the_2008_layout_translate_toolkit_reads():
    import caglossary
    from translate.storage.tbx import tbxfile

    glossary = caglossary.glossary()
    document = export_glossary(glossary, "tbx")
    assert document.splitlines()[1:3] == [
        '<!DOCTYPE martif PUBLIC "ISO 30042:2008A//DTD TBX core//EN" "TBXcoreStructV02.dtd">',
        '<martif type="TBX-Basic" xml:lang="tr">']
    assert tbx_violations(document, "2008") == []
    store = tbxfile.parsestring(document.encode("utf-8"), sourcelanguage="tr",
                                targetlanguage="en")
    pairs = {unit.source: unit.target for unit in store.units}
    assert len(store.units) == len(glossary)
    assert pairs == {c.tr.term: c.en.term for c in glossary}


@pytest.mark.parametrize("version", ["2019", "2008"])
@pytest.mark.parametrize("bad", ["\ufffe", "\uffff", "\x00", "\x0b", "\ud800"])
def test_characters_xml_forbids_never_reach_the_file(version, bad):
    from caglossary import Concept, Glossary, LangSide

    side = LangSide(f"te{bad}rim", f"tanım{bad} metni")
    glossary = Glossary([Concept("x", "concept", side, LangSide("term", f"def{bad}"))])
    document = export_glossary(glossary, "tbx", version=version)
    root = ET.fromstring(document.encode("utf-8", "surrogatepass"))  # well-formed
    assert bad not in document
    assert [t.text for t in root.iter() if t.tag.endswith("term")][0] == "terim"
