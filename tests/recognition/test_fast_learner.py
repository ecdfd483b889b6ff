"""The acronym learner's first readings, gathered in C, are those of the first mentions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caglossary.recognition.otherdefined import acronyms_taken
from caglossary.recognition.terms import TermMention
from strategies import examples

_CONCEPTS = ["sco", "nato", "un", "west", "caspian"]


@examples(200)
@given(st.lists(st.tuples(st.sampled_from(["SCO", "ŞİÖ", "UN"]), st.sampled_from(_CONCEPTS)),
                max_size=12))
def test_the_learner_reads_an_acronym_as_its_first_mention_does(pairs):
    # the mentions stand after the text, away from the names that define the acronyms
    mentions = [TermMention(10_000 + i, 10_001 + i, "x", concept, "tr", form)
                for i, (form, concept) in enumerate(pairs)]
    first: dict[str, str] = {}
    for form, concept in pairs:
        first.setdefault(form, concept)
    text = "Some Capital Org (SCO) ve Şanghay İşbirliği Örgütü (ŞİÖ) "
    taken = acronyms_taken(text, mentions, {}, lambda acronym: None)
    assert taken == {form: first[form] for form in ("SCO", "ŞİÖ") if form in first}
