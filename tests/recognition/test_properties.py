"""Properties that must hold for any input (hypothesis).

Example counts scale with the hypothesis profile: the default keeps the suite
fast, ``pytest --hypothesis-profile=long`` runs twenty times as many.
Folding and collation basics live in tests/test_turkish.py and the BibTeX
export → parse round trip of generated records in tests/test_bib_export.py;
the properties here go further than those, not over them again.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from caglossary import glossary
from strategies import assert_sorted_and_disjoint, examples, prose
from caglossary.text.turkish import fold, tr_casefold, tr_lower, tr_sort_key, tr_sorted


@examples(300)
@given(prose, st.booleans())
def test_term_spans_slice_to_their_surface_and_never_overlap(text, ocr):
    mentions = glossary().find_terms(text, ocr=ocr)
    assert all(text[m.start:m.end] == m.surface for m in mentions)
    assert_sorted_and_disjoint([(m.start, m.end) for m in mentions], text)


@examples(200)
@given(prose, prose, st.booleans())
def test_what_a_matcher_finds_does_not_depend_on_texts_it_read_before(earlier, text, ocr):
    """Readings of candidate words are cached per matcher; the cache must be invisible."""
    from caglossary.recognition.terms import TermMatcher

    concepts = list(glossary())
    warmed = TermMatcher(concepts, ocr=ocr)
    warmed.find(earlier)
    warmed.find(text.upper())
    assert warmed.find(text) == TermMatcher(concepts, ocr=ocr).find(text)


@examples(300)
@given(prose, st.booleans())
def test_citation_spans_slice_to_their_surface_and_never_overlap(text, ocr):
    from caglossary.recognition.citations import find_citations

    mentions = find_citations(text, ocr=ocr)
    assert all(text[m.start:m.end] == m.surface for m in mentions)
    assert all(len(m.keys) == len(m.locators) for m in mentions)
    assert_sorted_and_disjoint([(m.start, m.end) for m in mentions], text)


@examples(150)
@given(prose, st.sampled_from(["\n", "\r\n"]), st.booleans(), st.booleans())
def test_annotate_offsets_slice_the_file_text(tmp_path_factory, text, newline, bom, ocr):
    """The offsets `annotate --json` prints index the file's UTF-8 text and nothing else."""
    from caglossary.bib.library import bibliography
    from caglossary.cli.annotate_cmd import annotate_text
    from caglossary.cli.common import read_text_file

    path = tmp_path_factory.mktemp("annotate") / "doc.txt"
    raw = ("\ufeff" if bom else "") + text.replace("\n", newline)
    path.write_bytes(raw.encode("utf-8", errors="surrogatepass"))
    decoded = read_text_file(str(path)) if "\x00" not in raw[:8192] else raw
    assert decoded == raw
    result = annotate_text(glossary(), bibliography(), str(path), decoded, ocr)
    for item in result["mentions"] + result["citations"]:
        assert decoded[item["start"]:item["end"]] == item["text"]


# ---------------------------------------------------------------- BibTeX parse → export → parse

# Pieces of field values as a .bib file spells them: Turkish letters, LaTeX accent
# commands, escaped specials, groups, and strings that mean something elsewhere.
# BibTeX counts every brace, escaped or not, so \{ and \} only come in pairs.
_BIB_PIECES = [
    "Şanghay", "İşbirliği", "Örgütü", "ığdır", "Kâbil", "çğıöşü", "ÇĞİÖŞÜ", " ", " ", ", ",
    r"{\c{S}}", r"{\u{g}}", r"{\.I}", r"{\i}", r"\"{o}", r"{\"u}", r"\'{e}", r"\^{a}",
    r"\%", r"\&", r"\#", r"\_", r"\$", r"\{set\}", r"\textbackslash{}", "~", "--", "---",
    "{NATO}", "{Türkiye {Cumhuriyeti}}", "<script>", "\"", "'", "{{ x }}", "*emph*", "`x`",
    "1996", ":", "/", "@", "=", "|", "_",
]
_bib_value = st.lists(st.sampled_from(_BIB_PIECES), min_size=1, max_size=10).map(
    lambda parts: "".join(parts).strip() or "x")
_bib_names = st.lists(st.sampled_from(["title", "note", "publisher", "booktitle", "series",
                                       "x-note", "address"]), min_size=1, max_size=4,
                      unique=True)
_people = st.lists(st.sampled_from([r"Ayd{\i}n, Mustafa", "Sarı, Ayşe", r"{\c{S}}ahin, Ömer",
                                    "{Türkiye Cumhuriyeti Dışişleri Bakanlığı}", "Cooley, A.",
                                    "van der Hill, Anna", "İnan, İ."]),
                   min_size=1, max_size=3).map(" and ".join)


@examples(200)
@given(_bib_names.flatmap(lambda names: st.tuples(
    st.just(names), st.lists(_bib_value, min_size=len(names), max_size=len(names)))),
    _people, st.booleans(), st.sampled_from(["bibtex", "biblatex"]))
def test_bib_file_survives_parse_export_parse(named_values, people, latex, dialect):
    from caglossary.bib.reader import read_bib_text
    from caglossary.exchange.bibtex import dialect_fields, entry_to_bibtex
    from caglossary.bib.library import Reference

    names, values = named_values
    body = ",\n".join(f"  {n} = {{{v}}}" for n, v in zip(names, values, strict=True))
    source = f"@misc{{gen2024,\n  author = {{{people}}},\n{body},\n  year = {{2024}}\n}}\n"
    first = read_bib_text(source)
    assert [p for p in first.problems if p.severity == "error"] == [], first.problems
    ref = Reference.from_entry(first.entries[0])
    again = read_bib_text(entry_to_bibtex(ref, latex=latex, dialect=dialect))
    assert again.problems == [] or all(p.severity == "warning" for p in again.problems)
    back = Reference.from_entry(again.entries[0])
    assert back.fields == dialect_fields(ref, dialect)[1]  # biblatex renames address
    assert back.authors == ref.authors


# ---------------------------------------------------------------- collation and folding

_turkish_words = st.text(alphabet=st.sampled_from(list(
    "aAâÂbcçÇdeEğĞhıIiİîoOöÖsşŞuUüÜû '’-.1\u0307")), max_size=10)


@examples(200)
@given(st.lists(_turkish_words, max_size=12))
def test_casefold_equal_strings_sort_next_to_each_other(words):
    """In Turkish order, strings that differ only in case form one unbroken run."""
    ordered = tr_sorted(words)
    runs: list[str] = []
    for word in ordered:
        folded = tr_casefold(word)
        if not runs or runs[-1] != folded:
            assert folded not in runs, (folded, ordered)
            runs.append(folded)


@examples(200)
@given(_turkish_words, _turkish_words)
def test_order_of_two_strings_ignores_case_unless_they_are_equal_without_it(a, b):
    if tr_casefold(a) != tr_casefold(b):
        lowered = tr_sort_key(tr_lower(a)) < tr_sort_key(tr_lower(b))
        assert (tr_sort_key(a) < tr_sort_key(b)) == lowered


_adversarial = st.text(alphabet=st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
    st.sampled_from(list("İIıiŞşĞğÇçÖöÜüâÂ\u0307\u0308\u0327\u0306ǅﬁＡⅫ²ß'’ʼ")),
), max_size=16)


@examples(300)
@given(_adversarial)
def test_fold_is_idempotent_on_adversarial_unicode(text):
    once = fold(text)
    assert fold(once) == once


@examples(300)
@given(_adversarial)
def test_fold_ignores_normalisation_and_turkish_case(text):
    nfc, nfd = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
    assert fold(nfc) == fold(nfd)
    assert fold(tr_lower(text)) == fold(text)
