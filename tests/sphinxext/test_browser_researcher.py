"""The researcher project in real Chromium with furo: tooltips, dark mode, search.

Built with furo (a test dependency) and served on localhost; the tooltip must
open on keyboard focus and on a tap, read well in furo's dark mode, and the
Turkish search must find pages for words typed without diacritics or endings.
A screenshot of the dark page with an open tooltip goes to ``$CAG_ARTIFACTS``.
Skipped where Chromium (or furo) is absent, as test_browser.py is.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer

import pytest
from test_browser import ARTIFACTS, _QuietHandler, browser, pytestmark  # noqa: F401

from test_sphinx_support import ROOTS

_COLOURS_JS = """
const tip = document.getElementById('cag-tip');
const style = getComputedStyle(tip);
return [tip.hidden, tip.textContent, style.color, style.backgroundColor,
        document.activeElement.classList.contains('cag-term')];
"""


@pytest.fixture(scope="module")
def furo_site(tmp_path_factory):
    pytest.importorskip("furo", reason="needs furo (test extra)")
    src = tmp_path_factory.mktemp("researcher") / "src"
    shutil.copytree(ROOTS / "test-researcher", src)
    out = src.parent / "html"
    # in a child process, as a researcher runs it (and Sphinx's Turkish
    # interface strings stay out of this test process)
    done = subprocess.run([sys.executable, "-m", "sphinx", "-W", "-q", "-b", "html", "-D",
                           "html_theme=furo", str(src), str(out)], capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _luminance(css: str) -> float:
    parts = [float(x) for x in css[css.index("(") + 1:css.index(")")].split(",")[:3]]
    linear = [(c / 255) / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4
              for c in parts]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(fg: str, bg: str) -> float:
    high, low = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_tooltip_opens_on_keyboard_focus_and_reads_in_both_themes(furo_site, browser, theme):
    from selenium.webdriver.common.keys import Keys

    browser.get(furo_site + "bolgesel-orgutler.html")
    browser.execute_script(f"document.body.dataset.theme = '{theme}';")
    link = browser.find_element("css selector", "article a.cag-term")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", link)
    link.send_keys(Keys.NULL)  # keyboard focus without a click
    hidden, text, colour, background, focused = browser.execute_script(_COLOURS_JS)
    assert focused and not hidden and "—" in text
    assert _contrast(colour, background) >= 4.5, (colour, background)
    if theme == "dark":
        assert _luminance(background) < 0.2  # a dark tooltip, not a white box
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        assert browser.save_screenshot(str(ARTIFACTS / "researcher-dark-tooltip.png"))


def test_definitions_in_dark_glossary_keep_contrast(furo_site, browser):
    browser.get(furo_site + "sozluk.html")
    browser.execute_script("document.body.dataset.theme = 'dark';")
    colour, background, opacity = browser.execute_script("""
        const p = document.querySelector('.cag-definition-en');
        let bg = 'rgba(0, 0, 0, 0)', el = p;
        while (el && bg === 'rgba(0, 0, 0, 0)') { bg = getComputedStyle(el).backgroundColor;
                                                  el = el.parentElement; }
        return [getComputedStyle(p).color, bg, getComputedStyle(p).opacity];""")
    assert _contrast(colour, background) * float(opacity) >= 4.5


def test_a_tap_shows_the_tooltip_before_following_the_link(furo_site, browser):
    browser.get(furo_site + "bolgesel-orgutler.html")
    shown = browser.execute_script("""
        const link = document.querySelector('article a.cag-term');
        link.dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'touch', bubbles: true}));
        link.click();
        return [document.getElementById('cag-tip').hidden, location.pathname];""")
    assert shown[0] is False and shown[1].endswith("bolgesel-orgutler.html")


@pytest.mark.parametrize("query", ["sanghay", "orgut", "sanghay isbirligi"])
def test_turkish_search_finds_pages_without_diacritics_or_endings(furo_site, browser, query):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(furo_site + "search.html?q=" + query.replace(" ", "+"))
    WebDriverWait(browser, 15).until(lambda d: d.execute_script(
        "return document.querySelectorAll('#search-results li').length > 0"))
    found = browser.execute_script(
        "return Array.from(document.querySelectorAll('#search-results li a'))"
        ".map(a => a.getAttribute('href'))")
    assert any("bolgesel-orgutler" in href for href in found), found
