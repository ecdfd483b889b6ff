"""``annotate``: the manuscript checker — term mentions and citations with offsets."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..recognition.annotate import annotate
from ..text.files import LineIndex
from .common import emit_json, read_text_file
from .inputs import load_user_glossary

if TYPE_CHECKING:
    from ..bib.library import Bibliography
    from ..recognition.glossary import Glossary

__all__ = ["register"]


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    annotate = commands.add_parser(
        "annotate", parents=[parent], help="find glossary terms and citations in text files",
        description="Offsets index each file's text decoded as UTF-8 (Python code points).")
    annotate.add_argument("files", nargs="+", metavar="FILE")
    annotate.add_argument("--ocr", action="store_true",
                          help="tolerate OCR damage (ü→ii, ş→$, ı→1 …)")
    annotate.add_argument("--json", action="store_true", help="print a JSON array, one object per file")
    annotate.set_defaults(func=run_annotate)


def annotate_text(glossary: Glossary, bibliography: Bibliography, path: str, text: str,
                  ocr: bool) -> dict[str, Any]:
    found = annotate(text, glossary, bibliography, ocr=ocr)
    return {"file": path, "mentions": [m.as_json() for m in found.terms],
            "citations": [c.as_json() for c in found.citations]}


def _report_unresolved(texts: list[tuple[str, str]], results: list[dict[str, Any]]) -> int:
    """Print each citation that names no record; their count decides the exit code."""
    count = 0
    for (path, text), result in zip(texts, results):
        lines = LineIndex(text)
        for cite in result["citations"]:
            if cite.get("unresolved"):
                line, col = lines.line_col(cite["start"])
                shown = " ".join(cite["text"].split())
                print(f"{path}:{line}:{col}: unresolved citation {shown}: "
                      f"{'; '.join(cite['unresolved'])} — add the record or fix the citation",
                      file=sys.stderr)
                count += 1
    return count


def run_annotate(args: argparse.Namespace) -> int:
    from ..bib.library import bibliography

    glossary = load_user_glossary(args)
    texts = [(path, read_text_file(path)) for path in args.files]
    results = [annotate_text(glossary, bibliography(), path, text, args.ocr)
               for path, text in texts]
    if args.json:
        emit_json(results)
    else:
        _print_human(glossary, texts, results)
    return 1 if _report_unresolved(texts, results) else 0


def _print_human(glossary: Glossary, texts: list[tuple[str, str]],
                 results: list[dict[str, Any]]) -> None:
    for (path, text), result in zip(texts, results):
        lines = LineIndex(text)
        for mention in result["mentions"]:
            concept = glossary[mention["concept"]]
            line, col = lines.line_col(mention["start"])
            shown = " ".join(mention["text"].split())
            print(f"{path}:{line}:{col}  {shown} → {concept.id} "
                  f"({concept.tr.term} / {concept.en.term})")
        for cite in result["citations"]:
            line, col = lines.line_col(cite["start"])
            shown = " ".join(cite["text"].split())
            print(f"{path}:{line}:{col}  {shown} → {', '.join(cite['keys']) or '?'}")
