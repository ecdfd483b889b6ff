"""OmegaT 3.6 reads the default TBX export through its own glossary reader.

A minimal OmegaT project (Turkish source, English target, one Turkish text,
the export in ``glossary/``) is loaded by OmegaT and its TBX reader run on the
glossary by ``omegat_read_glossary.groovy``. OmegaT makes one glossary entry
per source form and target form of a concept, so the expected entries are
those pairs. Skipped where Debian's ``omegat`` package is not installed (it
is not in ``.ci/run``: with its Java runtime it is too large a download).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import caglossary
from caglossary.exchange import export_glossary
from caglossary.exchange.common import labelled_forms

DRIVER = Path(__file__).with_name("omegat_read_glossary.groovy")
PROJECT = """<?xml version="1.0" encoding="UTF-8"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>tr</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneTurkishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""
SOURCE_TEXT = "Türkiye, Şanghay İşbirliği Örgütü'nün diyalog ortağı oldu.\n"


def _omegat_jar() -> Path:
    """OmegaT.jar as the Debian launcher runs it, or skip."""
    launcher, java = shutil.which("omegat"), shutil.which("java")
    if launcher is None or java is None:
        pytest.skip("OmegaT is not installed (Debian: apt-get install omegat)")
    named = re.search(r"-jar\s+(\S+\.jar)", Path(launcher).read_text("utf-8", "replace"))
    if named is None or not Path(named.group(1)).is_file():
        pytest.skip(f"{launcher} does not name an OmegaT.jar this test can load")
    return Path(named.group(1))


def _run_omegat(document: str, project: Path) -> subprocess.CompletedProcess[str]:
    """Build the project around *document* and run the reader; it writes ``read.tsv``."""
    for folder in ("source", "glossary", "tm", "target", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    (project / "omegat.project").write_text(PROJECT, "utf-8")
    (project / "source" / "metin.txt").write_text(SOURCE_TEXT, "utf-8")
    (project / "glossary" / "caglossary.tbx").write_text(document, "utf-8")
    return subprocess.run(
        ["java", "-cp", str(_omegat_jar()), "groovy.ui.GroovyMain", str(DRIVER),
         str(project), str(project / "read.tsv")],
        capture_output=True, text=True, timeout=300, check=False)


def test_omegat_reads_every_concept_of_the_default_tbx(tmp_path):
    glossary = caglossary.glossary()
    done = _run_omegat(export_glossary(glossary, "tbx"), tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = (tmp_path / "read.tsv").read_text("utf-8").splitlines()
    read = [(source, target) for source, target in (line.split("\t") for line in lines)]
    expected = [(tr, en) for concept in glossary
                for tr, _ in labelled_forms(concept.tr) for en, _ in labelled_forms(concept.en)]
    assert sorted(read) == sorted(expected)
    assert {(c.tr.term, c.en.term) for c in glossary} <= set(read)  # every concept is there
    assert ("Şanghay İşbirliği Örgütü", "Shanghai Cooperation Organization") in read


def test_omegat_cannot_read_the_2019_layout(mini, tmp_path):
    """Why 2008 is the default: OmegaT 3.6 refuses the ``tbx`` root outright."""
    done = _run_omegat(export_glossary(mini, "tbx", version="2019"), tmp_path)
    assert done.returncode != 0
    assert 'unexpected element (uri:"urn:iso:std:iso:30042:ed-2", local:"tbx")' in done.stderr
