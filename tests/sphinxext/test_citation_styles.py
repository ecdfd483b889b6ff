"""Citation styles in Sphinx: the configured CSL style renders the reference list,
the tooltips and ``:cag:cite:``; a written citation and the role give the same
links; groups are one link per work; unknown citations fail ``-W``."""

from __future__ import annotations

import re
import shutil

import pytest

STYLES = {
    # style: (an entry of the reference list, the role's text)
    "isnad-metinici": ("Cooley, Alexander. <em>Great Games, Local Rules",
                       "(Cooley, 2012, 79)"),
    "apa": ("Cooley, A. (2012). <em>Great Games, Local Rules", "(Cooley, 2012, s. 79)"),
    "chicago-author-date": ("Cooley, Alexander. 2012. <em>Great Games, Local Rules",
                            "(Cooley 2012, 79)"),
}
_LINK = re.compile(r'<a class="[^"]*cag-cite[^"]*"[^>]*>.*?</a>', re.DOTALL)


def _build(make_app, rootdir, tmp_path, style, extra=""):
    src = tmp_path / style
    shutil.copytree(rootdir / "test-citestyles", src)
    if extra:
        with (src / "research.rst").open("a", encoding="utf-8") as out:
            out.write("\n" + extra + "\n")
    app = make_app("html", srcdir=src, freshenv=True,
                   confoverrides={"caglossary_citation_style": style})
    app.build()
    return app


def _paragraph(html, start):
    return html[html.index(start):].split("</p>", 1)[0]


def _links(paragraph):
    return [re.sub(r'\s(id)="[^"]*"', "", link) for link in _LINK.findall(paragraph)]


@pytest.mark.parametrize("style", list(STYLES))
def test_style_renders_list_role_and_user_bib(make_app, rootdir, tmp_path, style):
    app = _build(make_app, rootdir, tmp_path, style)
    entry, role_text = STYLES[style]
    references = (app.outdir / "references.html").read_text(encoding="utf-8")
    assert entry in references
    assert "Öztürk, A" in references  # the user's .bib is rendered by the same style
    research = (app.outdir / "research.html").read_text(encoding="utf-8")
    assert role_text in _paragraph(research, "Rol:")


def test_written_citation_and_role_give_the_same_link(make_app, rootdir, tmp_path):
    app = _build(make_app, rootdir, tmp_path, "isnad-metinici")
    research = (app.outdir / "research.html").read_text(encoding="utf-8")
    written = _links(_paragraph(research, "Yazılı:"))
    role = _links(_paragraph(research, "Rol:"))
    assert len(written) == 1 and written == role
    assert 'title="Cooley, Alexander. Great Games' in written[0]


def test_each_work_of_a_group_is_its_own_link(make_app, rootdir, tmp_path):
    app = _build(make_app, rootdir, tmp_path, "isnad-metinici")
    research = (app.outdir / "research.html").read_text(encoding="utf-8")
    group = _paragraph(research, "Grup:")
    hrefs = re.findall(r'href="references.html#cag-ref-([^"]+)"', group)
    assert hrefs == ["vanderhill2020between", "ozturk2021", "yilmaz2019a", "yilmaz2019b"]
    role_group = _paragraph(research, "Rol grubu:")
    assert re.findall(r'href="references.html#cag-ref-([^"]+)"', role_group) == [
        "cooley2012great", "ozturk2021"]
    assert "(Cooley, 2012, 79; Öztürk, 2021, 42)" in re.sub(r"<[^>]+>", "", role_group)


def test_unknown_narrative_citation_fails_W_with_a_suggestion(make_app, rootdir, tmp_path):
    src = tmp_path / "w"
    shutil.copytree(rootdir / "test-citestyles", src)
    with (src / "research.rst").open("a", encoding="utf-8") as out:
        out.write("\nCooly (2012) bunu savunur.\n")
    app = make_app("html", srcdir=src, freshenv=True, warningiserror=True)
    app.build()
    assert app.statuscode == 1
    warnings = app._warning.getvalue()
    assert re.search(r"research\.rst:12: WARNING: caglossary: .*Cooly.*did you mean "
                     r"Cooley \(2012\)\? \[caglossary\.unknown-citation\]", warnings)
