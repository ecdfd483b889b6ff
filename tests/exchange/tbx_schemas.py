"""The official TBX-Basic schemas, found outside the repository, run on a document.

The schemas are third-party files no package on PyPI ships, so they are not
vendored: set ``CAGLOSSARY_TBX_SCHEMAS`` to a folder holding them (searched
recursively by file name) and the schema tests run; otherwise they skip.

- TBX 2008 / TBX-Basic (LISA, 2009; the ``byutrg/TBX-Basic-Package`` repository
  before its 2019 update): ``TBXBasicRNGV02.rng`` (integrated RELAX NG, with the
  data-category picklists as embedded Schematron 1.5 rules),
  ``TBXBasiccoreStructV02.dtd`` and ``TBXBasicXCSV02.xcs``.
- TBX 2019 / TBX-Basic v3 (LTAC Global): ``TBXcoreStructV03.rng`` from
  ``LTAC-Global/TBX_Core_RNG`` and ``TBX-Basic_DCA.sch`` from
  ``LTAC-Global/TBX-Basic_dialect``.

lxml runs RELAX NG, DTD and XSLT 1 Schematron; the TBX-Basic v3 Schematron is
written for XPath 2 (``matches()``), which libxslt lacks, so its rules are
evaluated with elementpath following Schematron's rule semantics (within a
pattern, only the first rule whose context matches a node applies to it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ENV = "CAGLOSSARY_TBX_SCHEMAS"
OLD_SCHEMATRON = "http://www.ascc.net/xml/schematron"
ISO_SCHEMATRON = "http://purl.oclc.org/dsdl/schematron"
RNG_2008, DTD_2008, XCS_2008 = ("TBXBasicRNGV02.rng", "TBXBasiccoreStructV02.dtd",
                                "TBXBasicXCSV02.xcs")
RNG_2019, SCH_2019 = "TBXcoreStructV03.rng", "TBX-Basic_DCA.sch"


def schema_file(name: str) -> Path:
    """The named schema file under ``$CAGLOSSARY_TBX_SCHEMAS``, or skip saying how to get it."""
    folder = os.environ.get(ENV)
    if not folder:
        pytest.skip(f"{ENV} is not set: point it at a folder with the official TBX-Basic "
                    f"schemas to validate against {name}")
    found = sorted(Path(folder).rglob(name))
    if not found:
        pytest.skip(f"{name} is not under {ENV}; the schema check needs it")
    return found[0]


def relaxng_errors(document: bytes, rng: Path) -> list[str]:
    from lxml import etree

    schema = etree.RelaxNG(etree.parse(str(rng)))
    schema.validate(etree.fromstring(document))
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def dtd_errors(document: bytes, dtd: Path) -> list[str]:
    from lxml import etree

    schema = etree.DTD(str(dtd))
    schema.validate(etree.fromstring(document))
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def embedded_schematron_errors(document: bytes, rng: Path) -> list[str]:
    """The Schematron 1.5 rules inside the 2008 RELAX NG, rewritten as ISO Schematron for lxml."""
    from lxml import etree, isoschematron

    schema = etree.Element(f"{{{ISO_SCHEMATRON}}}schema", nsmap={"sch": ISO_SCHEMATRON})
    for number, old in enumerate(etree.parse(str(rng)).iter(f"{{{OLD_SCHEMATRON}}}pattern")):
        pattern = etree.SubElement(schema, f"{{{ISO_SCHEMATRON}}}pattern", id=f"p{number}")
        for old_rule in old.iter(f"{{{OLD_SCHEMATRON}}}rule"):
            rule = etree.SubElement(pattern, f"{{{ISO_SCHEMATRON}}}rule",
                                    context=old_rule.get("context"))
            for old_assert in old_rule.iter(f"{{{OLD_SCHEMATRON}}}assert"):
                check = etree.SubElement(rule, f"{{{ISO_SCHEMATRON}}}assert",
                                         test=old_assert.get("test"))
                check.text = " ".join((old_assert.text or "").split())
    if not len(schema):
        pytest.fail(f"{rng.name} holds no embedded Schematron rules: not the expected file")
    validator = isoschematron.Schematron(schema, store_report=True)
    validator.validate(etree.fromstring(document))
    report = validator.validation_report
    svrl = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
    return [f"{failed.get('location')}: {' '.join(failed.itertext()).strip()}"
            for failed in report.xpath("//svrl:failed-assert", namespaces=svrl)]


def xpath2_schematron_errors(document: bytes, sch: Path) -> list[str]:
    """Every failed assert of an XPath 2 ISO Schematron, evaluated with elementpath."""
    from elementpath import XPath2Parser, XPathContext, get_node_tree
    from lxml import etree

    rules = etree.parse(str(sch)).getroot()
    q = {"s": ISO_SCHEMATRON}
    namespaces = {n.get("prefix"): n.get("uri") for n in rules.findall("s:ns", q)}
    # One node tree for every evaluation: elementpath would rebuild it per context otherwise.
    parser, root = XPath2Parser(namespaces=namespaces), get_node_tree(etree.fromstring(document))
    problems = []
    for pattern in rules.findall("s:pattern", q):
        fired: set[object] = set()
        for rule in pattern.findall("s:rule", q):
            checks = [(parser.parse(f"boolean(({check.get('test')}))"), check.text)
                      for check in rule.findall("s:assert", q)]
            for node in _matches(parser, root, rule.get("context")):
                if _identity(node) in fired:
                    continue
                fired.add(_identity(node))
                problems += [f"{pattern.get('id')}: {message} ({node})" for test, message in checks
                             if not test.evaluate(XPathContext(root, item=node))]
    return problems


def _matches(parser, root, context: str) -> list[object]:
    """The nodes a rule context matches: Schematron contexts are match patterns, so search all."""
    from elementpath import XPathContext

    paths = [p.strip() for p in context.split("|")]
    found = []
    for path in paths:
        found += list(parser.parse(path if path.startswith("/") else f"//{path}")
                      .select(XPathContext(root)))
    return found


def _identity(node) -> object:
    element = getattr(node, "elem", None)
    if element is not None:
        return ("element", id(element))
    return ("attribute", id(getattr(node.parent, "elem", None)), node.name)


def tbx_checker_report(document: str, folder: Path) -> str:
    """What the TBX Checker (``tbxcheck-*.jar``, TBX 2008) says about *document*.

    The checker validates against the XCS named in the file, which must declare
    every language used; the official TBX-Basic XCS declares only its demo
    languages and tells users to list theirs, so a copy declaring Turkish is
    written next to the document.
    """
    import shutil
    import subprocess

    java = shutil.which("java")
    jar, xcs = schema_file("tbxcheck-1.2.9.jar"), schema_file(XCS_2008)
    if java is None:
        pytest.skip("the TBX Checker needs java")
    turkish = "<languages>\n<langInfo><langCode>tr</langCode><langName>Turkish</langName></langInfo>"
    (folder / XCS_2008).write_text(xcs.read_text("utf-8").replace("<languages>", turkish, 1),
                                   "utf-8")
    shutil.copy(schema_file("tbxxcsdtd.dtd"), folder)
    (folder / "glossary.tbx").write_text(document, "utf-8")
    done = subprocess.run([java, "-cp", str(jar), "org.ttt.salt.Main", "glossary.tbx"],
                          cwd=folder, capture_output=True, text=True, timeout=300, check=False)
    return done.stdout + done.stderr
