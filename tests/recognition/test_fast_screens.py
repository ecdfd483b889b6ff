"""C-level screens in front of per-mention work skip only what the work would reject."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caglossary.recognition.guards import _ends_with_any, _is_ending, _phrase_at_end
from strategies import examples


@examples(400)
@given(st.text(alphabet="ab kKönseyi'nin.\u00e7", max_size=30),
       st.lists(st.sampled_from(["konsey", "Güvenlik Konseyi", "a b", "nin", "ö", ""]),
                max_size=3))
def test_the_phrase_screen_keeps_what_the_pattern_finds(words, phrases):
    plain = any((found := _phrase_at_end(p).search(words)) and _is_ending(found.group(1))
                for p in phrases)
    assert _ends_with_any(words, tuple(phrases)) == bool(plain)
