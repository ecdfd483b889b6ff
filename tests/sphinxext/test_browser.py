"""A real browser on the site `caglossary build` makes from the bundled seeds.

Headless Chromium (Debian's chromium and chromium-driver, which .ci/run
installs) opens every page, follows every ``cag-term`` and ``cag-cite`` link,
checks that the target element exists and that the link has a tooltip, and
saves a screenshot of a research page to ``$CAG_ARTIFACTS`` (default
tests/_artifacts/). Skipped, with the reason, where Chromium is absent.
"""

from __future__ import annotations

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urldefrag

import pytest

# Debian's paths; CAG_CHROMIUM and CAG_CHROMEDRIVER point elsewhere on other systems.
CHROMIUM = Path(os.environ.get("CAG_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("CAG_CHROMEDRIVER", "/usr/bin/chromedriver"))
ARTIFACTS = Path(os.environ.get("CAG_ARTIFACTS") or Path(__file__).parents[1] / "_artifacts")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason=f"needs Debian's chromium and chromium-driver ({CHROMIUM}, "
                              f"{CHROMEDRIVER}); set CAG_CHROMIUM/CAG_CHROMEDRIVER elsewhere"),
]

_LINKS_JS = """
return Array.from(document.querySelectorAll('a.cag-term, a.cag-cite')).map(a => [
    a.href, a.getAttribute('title') || a.getAttribute('data-cag-tip') || '', a.classList.contains('cag-term') ? 'term' : 'cite',
    a.textContent]);
"""
_JUMP_JS = """
location.hash = arguments[0];
const el = document.getElementById(decodeURIComponent(arguments[0]));
return el !== null && document.querySelector(':target') === el;
"""
# The same jump for every anchor of a page in one round trip; returns the failures.
# (An anchor may be an empty span at the start of its entry, hence the parent.)
_JUMP_ALL_JS = """
return arguments[0].filter(fragment => {
    location.hash = fragment;
    const el = document.getElementById(decodeURIComponent(fragment));
    return el === null || document.querySelector(':target') !== el
        || (el.textContent + el.parentElement.textContent).trim() === '';
});
"""


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    """The seed site, built by the command line and served on localhost."""
    from caglossary.cli import main

    out = tmp_path_factory.mktemp("browser") / "site"
    assert main(["build", "-o", str(out)]) == 0
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield out, f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (test extra)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 "--window-size=1280,1400",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    offline = os.environ.get("SE_OFFLINE")
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download a driver
    try:
        driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    finally:
        if offline is None:
            del os.environ["SE_OFFLINE"]
        else:
            os.environ["SE_OFFLINE"] = offline
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.glob("*.html")
                  if p.name not in ("genindex.html", "search.html"))


def test_every_link_leads_to_its_target_and_has_a_tooltip(seed_site, browser):
    site, base = seed_site
    links: dict[str, list[tuple[str, str, str, str]]] = {}
    for page in _pages(site):
        browser.get(base + page)
        assert browser.title, page
        assert browser.execute_script("return document.querySelectorAll('a a').length") == 0
        for href, title, kind, text in browser.execute_script(_LINKS_JS):
            links.setdefault(href, []).append((page, title, kind, text))
    uses = [use for found in links.values() for use in found]
    assert sum(kind == "term" for *_, kind, _ in uses) >= 50
    assert sum(kind == "cite" for *_, kind, _ in uses) >= 20
    untitled = [(page, text) for page, title, _, text in uses if not title.strip()]
    assert untitled == []
    by_page: dict[str, list[str]] = {}
    for href in links:
        page, fragment = urldefrag(href)
        assert fragment, href
        by_page.setdefault(page, []).append(fragment)
    missing, followed = [], 0
    for page, fragments in sorted(by_page.items()):
        browser.get(page)  # load the target page once, then jump to each anchor on it
        followed += len(fragments)
        failed = browser.execute_script(_JUMP_ALL_JS, sorted(fragments))
        missing += [unquote(f"{page}#{fragment}") for fragment in failed]
    assert missing == []
    print(f"browser: {len(uses)} cag links on {len(_pages(site))} pages, "
          f"{followed} distinct targets followed")


def test_clicking_the_first_links_of_each_page_lands_on_the_target(seed_site, browser):
    site, base = seed_site
    clicked = 0
    for page in _pages(site):
        browser.get(base + page)
        for selector in ("a.cag-term", "a.cag-cite"):
            found = browser.find_elements("css selector", selector)
            if not found:
                continue
            href = found[0].get_attribute("href")
            browser.execute_script("arguments[0].click();", found[0])
            assert browser.current_url == href
            assert browser.execute_script(_JUMP_JS, urldefrag(href).fragment), href
            clicked += 1
            browser.back()
    assert clicked >= 3  # terms on both research pages, citations on the one that cites


def test_screenshot_of_a_research_page(seed_site, browser):
    site, base = seed_site
    research = next(p for p in _pages(site) if p.startswith("000_"))
    browser.get(base + research)
    first = browser.find_element("css selector", "a.cag-term")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", first)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "research-page.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"
              and "favicon.ico" not in entry["message"]]  # the browser asks; sites need none
    assert errors == []
