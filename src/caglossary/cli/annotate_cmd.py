"""``annotate``: the manuscript checker — term mentions and citations with offsets."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import emit_json, load_user_glossary, read_text_file

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


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _citations(text: str, ocr: bool) -> list[dict[str, Any]]:
    from ..recognition.citations import find_citations

    return [c.as_json() for c in find_citations(text, ocr=ocr)]


def annotate_text(glossary, path: str, text: str, ocr: bool) -> dict[str, Any]:
    mentions = [m.as_json() for m in glossary.find_terms(text, ocr=ocr)]
    return {"file": path, "mentions": mentions, "citations": _citations(text, ocr)}


def _report_unresolved(texts: list[tuple[str, str]], results: list[dict[str, Any]]) -> int:
    """Print each citation that names no record; their count decides the exit code."""
    count = 0
    for (path, text), result in zip(texts, results):
        for cite in result["citations"]:
            if cite.get("unresolved"):
                line, col = _line_col(text, cite["start"])
                shown = " ".join(cite["text"].split())
                print(f"{path}:{line}:{col}: unresolved citation {shown}: "
                      f"{'; '.join(cite['unresolved'])} — add the record or fix the citation",
                      file=sys.stderr)
                count += 1
    return count


def run_annotate(args: argparse.Namespace) -> int:
    glossary = load_user_glossary(args)
    texts = [(path, read_text_file(path)) for path in args.files]
    results = [annotate_text(glossary, path, text, args.ocr) for path, text in texts]
    if args.json:
        emit_json(results)
    else:
        _print_human(glossary, texts, results)
    return 1 if _report_unresolved(texts, results) else 0


def _print_human(glossary, texts: list[tuple[str, str]], results: list[dict[str, Any]]) -> None:
    for (path, text), result in zip(texts, results):
        for mention in result["mentions"]:
            concept = glossary[mention["concept"]]
            line, col = _line_col(text, mention["start"])
            shown = " ".join(mention["text"].split())
            print(f"{path}:{line}:{col}  {shown} → {concept.id} "
                  f"({concept.tr.term} / {concept.en.term})")
        for cite in result["citations"]:
            line, col = _line_col(text, cite["start"])
            shown = " ".join(cite["text"].split())
            print(f"{path}:{line}:{col}  {shown} → {', '.join(cite['keys']) or '?'}")
