"""``caglossary_pdf_text_documents``: PDF-text mode for the documents it names, and only those."""

from __future__ import annotations

from types import SimpleNamespace

from caglossary.sphinxext.config import OPTIONS
from caglossary.sphinxext.transforms import document_uses_pdf_text


def test_pdf_text_mode_is_off_by_default():
    (option,) = [o for o in OPTIONS if o.name == "caglossary_pdf_text_documents"]
    assert option.default == []


def test_pdf_text_mode_follows_the_document_patterns():
    config = SimpleNamespace(caglossary_pdf_text_documents=["sources/pdf/*"])
    assert document_uses_pdf_text(SimpleNamespace(docname="sources/pdf/report"), config)
    assert not document_uses_pdf_text(SimpleNamespace(docname="chapters/one"), config)
