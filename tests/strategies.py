"""Hypothesis strategies shared by the property tests of several folders (no tests here)."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from caglossary import glossary
from caglossary.text.turkish import fold, tr_lower, tr_upper


def examples(n: int) -> settings:
    """*n* examples under the default profile, proportionally more under a longer one."""
    scale = max(1, settings.default.max_examples // 100)
    return settings(max_examples=n * scale, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


# ---------------------------------------------------------------- text made of real terms

_ENDINGS = ["", "", "'nin", "'ın", "'ye", "'de", "nda", "ları", "lerin", "sı", "s", "'s",
            "ler", "ı", "ğı", "’nün", "'"]
_CITATIONS = [
    "(Cooley, 2012:79)", "Cooley (2012: 79)", "(Vanderhill vd. 2020:979; Peyrouse, 2008:16)",
    "(Aydın, 2024)", "(Sarı, 2017)", "(Sar1, 2017)", "(CICA)", "(Nosuchauthor, 2019)",
    "(Türkiye Cumhuriyeti Dışişleri Bakanlığı)", "(Burkhanov & Chen, 2016)", "Jain (2017)",
    "(Alpar, 2020a)", "(Umarov 2020: 3-4)", "(2012)", "()", "(Cooley,", "2012)",
]
_NOISE = [" ", " ", "\n", "\n\n", ", ", ". ", "(", ")", ";", ":", "'", "’", "-", "İ", "ı",
          "\u0307", "\u200b", "\u00ad", "\t", "«", "»", "“", "”"]


@cache
def term_forms() -> tuple[str, ...]:
    forms = []
    for concept in glossary():
        for side in (concept.tr, concept.en):
            forms += [side.term, *side.abbr, *side.variants, *side.ocr]
    return tuple(sorted(set(forms)))


def _variants(form: str) -> st.SearchStrategy[str]:
    return st.sampled_from([form, tr_upper(form), tr_lower(form), fold(form)])


_term = st.deferred(lambda: st.sampled_from(term_forms()).flatmap(_variants))
_inflected = st.tuples(_term, st.sampled_from(_ENDINGS)).map("".join)
_fragment = st.one_of(_inflected, st.sampled_from(_CITATIONS), st.sampled_from(_NOISE),
                      st.text(max_size=6))
prose = st.lists(_fragment, max_size=24).map("".join)


def assert_sorted_and_disjoint(spans: list[tuple[int, int]], text: str) -> None:
    for start, end in spans:
        assert 0 <= start < end <= len(text)
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start, spans
