"""Bibliography anchors of the keys researchers' tools make."""

from __future__ import annotations

import re

from caglossary.sphinxext.domain import cite_anchor


def test_ascii_keys_keep_their_anchor():
    assert cite_anchor("cooley2012great") == "cag-ref-cooley2012great"
    assert cite_anchor("mfa-tr-sco") == "cag-ref-mfa-tr-sco"


def test_keys_that_spell_alike_in_ascii_keep_apart():
    # Better BibTeX keeps non-ASCII letters in keys; 'özkan2022' and 'üzkan2022'
    # were both 'cag-ref--zkan2022', so a citation of one linked to the other
    keys = ["özkan2022", "üzkan2022", "ozkan2022", "smith:2020", "smith-2020", "smith_2020"]
    anchors = [cite_anchor(key) for key in keys]
    assert len(set(anchors)) == len(keys)
    assert all(re.fullmatch(r"cag-ref-[a-z0-9_-]+", anchor) for anchor in anchors)
    assert cite_anchor("özkanTürkDevletleriTeşkilatı2022").startswith(
        "cag-ref-ozkanturkdevletleriteskilati2022-")
    assert cite_anchor("Özkan2022") == cite_anchor("özkan2022")  # BibTeX's keys are caseless
