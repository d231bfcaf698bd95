"""The cut-down stylesheet: a reader sees exactly what Material's whole stylesheet would show. The
same pages, in the same states (menu open, search results, a glossary word open, the language
list), are photographed with the shipped stylesheet and with Material's complete one, pixel by pixel,
on a phone and a wide screen, left to right, right to left and in Chinese."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import material
import pytest
from PIL import Image, ImageChops
from playwright.sync_api import Browser, Page

from helpers import configured_languages, html_path
from local_server import nginx

pytestmark = pytest.mark.browser
LANGUAGES = {language.code: language for language in configured_languages()}
SHOWN = [code for code in ("de", "ar", "zh") if code in LANGUAGES]  # left to right, right to left, Chinese
PAGES = ("index.md", "wohnen/kaution.md", "wohnen/erste-wohnung.md", "uebersetzungen.md")
SCREENS = {"phone": (360, 740), "wide": (1280, 900)}
SEARCH_WORD = {"de": "Kaution", "ar": "التأمين", "zh": "押金"}


@pytest.fixture(scope="module")
def full_stylesheet_url(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site, served with Material's whole stylesheet in place of the cut-down one."""
    site = tmp_path_factory.mktemp("full-css") / "site"
    shutil.copytree(built_site, site)
    original = next((Path(material.__file__).parent / "templates" / "assets" / "stylesheets").glob("main.*.min.css"))
    shipped = [path for path in (site / "assets" / "stylesheets").glob("main.*.css") if path.suffix == ".css"]
    assert len(shipped) == 1, shipped
    assert len(shipped[0].read_bytes()) < len(original.read_bytes()) / 2, "the shipped stylesheet is cut down"
    shipped[0].write_bytes(original.read_bytes())
    shipped[0].with_name(shipped[0].name + ".gz").unlink(missing_ok=True)  # nginx would send the old one
    with nginx(site, "/full/") as url:
        yield url


# Material animates menus, search, the header and placeholders; a photo mid-animation differs by
# timing alone. The style comes with the page, before anything can start to move.
NO_MOTION = """new MutationObserver((_, watch) => {
  if (!document.head) return;
  watch.disconnect();
  const style = document.createElement("style");
  style.textContent = "*, *::before, *::after, ::placeholder { transition: none !important; animation: none !important; }";
  document.head.append(style);
}).observe(document, {childList: true, subtree: true});"""


def photograph(page: Page, url: str, screen: str, state: str, code: str) -> Image.Image:
    width, height = SCREENS[screen]
    page.set_viewport_size({"width": width, "height": height})
    page.mouse.move(0, 0)  # away from where the last photo hovered
    page.goto(url)
    page.evaluate("document.fonts.ready.then(() => true)")
    if state == "menu":
        page.locator(".civic-opener--drawer").click()
    elif state == "search":
        opener = page.locator(".civic-opener--search")
        if opener.is_visible():
            opener.click()
        page.locator(".md-search__input").click()
        page.locator(".md-search__input").press_sequentially(SEARCH_WORD[code])
        page.locator(".civic-result__title").first.wait_for()
    elif state == "glossary":
        page.locator(".civic-term").first.click()
    elif state == "languages":
        page.locator(".md-select button").hover()
    page.wait_for_timeout(100)
    return Image.open(io.BytesIO(page.screenshot(full_page=state == "page", animations="disabled"))).convert("RGB")


def looks_the_same(ours: Image.Image, theirs: Image.Image) -> bool:
    """The same picture to a reader: the same size, no pixel of a clearly other colour, and only a
    few dozen pixels of text smoothing that Chromium does not draw identically twice."""
    if ours.size != theirs.size:
        return False
    histogram = ImageChops.difference(ours, theirs).convert("L").histogram()
    return sum(histogram[49:]) == 0 and sum(histogram[9:]) <= 200


CASES = [(screen, page, "page") for screen in SCREENS for page in PAGES] + [
    ("phone", "wohnen/kaution.md", "menu"),
    ("phone", "wohnen/kaution.md", "search"),
    ("wide", "wohnen/kaution.md", "search"),
    ("phone", "wohnen/kaution.md", "glossary"),
    ("wide", "wohnen/kaution.md", "languages"),
]


# German in every case; right to left and Chinese where their own rules apply (layout mirrored,
# other fonts): a guide and the home page, the menu and search on a phone, a glossary word.
OTHER_SCRIPTS = [
    ("phone", "wohnen/kaution.md", "page"),
    ("wide", "index.md", "page"),
    ("phone", "wohnen/kaution.md", "menu"),
    ("phone", "wohnen/kaution.md", "search"),
    ("phone", "wohnen/kaution.md", "glossary"),
]


@pytest.mark.parametrize("code", SHOWN)
def test_every_page_and_state_looks_the_same_as_with_materials_whole_stylesheet(
    browser: Browser, base_url: str, full_stylesheet_url: str, code: str, tmp_path: Path
) -> None:
    prefix = LANGUAGES[code].prefix()
    different = []
    tabs = []
    for _ in (base_url, full_stylesheet_url):
        tab = browser.new_context(bypass_csp=True).new_page()  # bypass_csp: for the style that stops animations
        tab.add_init_script(script=NO_MOTION)
        tabs.append(tab)
    for screen, source, state in CASES if code == "de" else OTHER_SCRIPTS:
        shots = [
            photograph(tab, root + prefix + html_path(source), screen, state, code)
            for tab, root in zip(tabs, (base_url, full_stylesheet_url), strict=True)
        ]
        ours, theirs = shots
        if not looks_the_same(ours, theirs):
            name = f"{code}-{screen}-{state}-{source.replace('/', '-')}"
            ours.save(tmp_path / f"{name}-shipped.png")
            theirs.save(tmp_path / f"{name}-material.png")
            box = ImageChops.difference(ours, theirs).getbbox() if ours.size == theirs.size else None
            different.append(f"{name}: differs in {box} (screenshots in {tmp_path})")
    for tab in tabs:
        tab.context.close()
    assert different == []
