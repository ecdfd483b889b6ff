"""``@string`` macros: how they expand, and every bad or repeated one named at its line."""

from __future__ import annotations

import pytest

from caglossary.bib.reader import read_bib_text


def _read(text: str):
    report = read_bib_text(text, "refs.bib")
    fields = {entry.key: dict(entry.fields) for entry in report.entries}
    return fields, [(p.line, p.message) for p in report.problems]


@pytest.mark.parametrize(("text", "line", "words"), [
    ("@string{ = {Nameless}}", 1, "has no macro name; write it as @string{name = {value}}"),
    ('@string{  = "Nameless"}', 1, "has no macro name"),
    ("\n@string{two words = {x}}", 2, "macro name 'two words' is not a BibTeX name"),
    ("@string{9lives = {x}}", 1, "macro name '9lives' is not a BibTeX name"),
    ("@string{pub = }", 1, "macro 'pub' has no value; write it as @string{pub = {value}}"),
    ("@string{a = {x}, b = {y}}", 1, "define one macro per @string"),
    ('@string{a = "x", b = "y"}', 1, "define one macro per @string"),
])
def test_a_malformed_string_is_reported_at_its_line(text, line, words):
    fields, problems = _read(text + "\n@misc{after, title = {Kept}}")
    assert fields == {"after": {"title": "Kept"}}
    assert len(problems) == 1 and problems[0][0] == line and words in problems[0][1]
    assert problems[0][1].endswith("it is not loaded")


@pytest.mark.parametrize("text", [
    "@string{pub = {First}}\n@string{pub = {Second}}",
    "@string{Pub = {First}}\n@string{pUB = {Second}}",  # names are case-insensitive
])
def test_a_redefined_string_names_the_first_line_and_keeps_the_first_value(text):
    fields, problems = _read(text + "\n@misc{k, publisher = pub}")
    assert fields == {"k": {"publisher": "First"}}
    ((line, message),) = problems
    assert line == 2 and "(first at line 1)" in message and "@string macro" in message


def test_a_string_may_use_an_earlier_string_and_numbers():
    text = ('@string{oup = "Oxford" # { University Press}}\n'
            "@string{where = oup # {, } # 2012}\n"
            "@misc{k, publisher = where, note = {n}}")
    fields, problems = _read(text)
    assert problems == []
    assert fields["k"]["publisher"] == "Oxford University Press, 2012"


def test_a_string_using_an_undefined_macro_is_reported():
    fields, problems = _read("@string{a = {x} # later}\n@string{later = {y}}\n@misc{k, title = a}")
    assert problems == [(1, "@string macro 'a' uses the undefined @string macro 'later'; "
                            "define that one first or put the value in braces")]
    assert "k" in fields


def test_braces_and_quotes_inside_a_value_are_one_value():
    fields, problems = _read('@string{q = "a {"} b"}\n@string{r = {c {d} e}}\n'
                             "@misc{k, title = q # r}")
    assert problems == [] and "k" in fields


def test_problems_come_in_file_order():
    text = ("@misc{first, title = undefinedmacro}\n"
            "@string{ = {Nameless}}\n"
            "@misc{first, title = {Again}}\n")
    _, problems = _read(text)
    assert [line for line, _ in problems] == [1, 2, 3]
