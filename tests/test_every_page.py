"""Every page of every language, visited once in Chromium: it loads without a failed request, a
request to another host or a console error; it does not scroll sideways on a 360 px phone; at
200 % zoom nothing is cut off; and axe-core finds no violation of WCAG 2.1 and 2.2 A and AA.

One visit per page serves the four checks (38 pages a language, some 230 in all); each
check is its own test, so a failure names what a reader would meet."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from axe import load_with_every_page, violations
from browser import PageRecord
from playwright.sync_api import Browser

from helpers import configured_languages, html_path, source_pages

pytestmark = pytest.mark.browser
LANGUAGES = configured_languages()
PHONE = {"width": 360, "height": 740}
ZOOM_200 = {"width": 640, "height": 450}  # a 1280 px window at 200 % zoom leaves 640 CSS pixels
WIDE = {"width": 1280, "height": 720}

# Text of the article that reaches past the window's edge, or a box that cuts its own text off.
CUT_OFF = """() => { const out = []; const W = document.documentElement.clientWidth;
  for (const el of document.querySelectorAll('article p, article li, article h1, article h2, article dt, article dd')) {
    const r = el.getBoundingClientRect();
    if (r.width && (r.left < -1 || r.right > W + 1)) out.push(el.tagName + ': ' + el.textContent.slice(0, 40));
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push('clipped ' + el.tagName);
  } return out; }"""


# After the window changes size, Material moves the menu and the search box with transitions; a
# check in the middle of one would see half-transparent text. The tab plays them a hundred times
# faster (Chromium's DevTools protocol), and each check waits until none is running.
# (An endless animation, such as a spinner, never ends and is not waited for.)
SETTLED = """() => document.getAnimations().every(animation =>
  animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity)"""


def resize(page, size: dict[str, int]) -> None:
    if page.viewport_size != size:
        page.set_viewport_size(size)
    page.wait_for_function(SETTLED)


@dataclass
class Tour:
    """What one language's pages showed: per page address, what went wrong."""

    record: PageRecord = field(default_factory=PageRecord)
    sideways: dict[str, int] = field(default_factory=dict)  # page -> its width on a 360 px phone
    cut_off: dict[str, list[str]] = field(default_factory=dict)  # page -> what is cut off at 200 % zoom
    violations: dict[str, list[str]] = field(default_factory=dict)  # page -> axe's findings


# Each language's tour is a group of its own: the test processes share the languages out.
@pytest.fixture(
    scope="module",
    params=[pytest.param(language, id=language.code, marks=pytest.mark.xdist_group(f"every-page-{language.code}")) for language in LANGUAGES],
)
def tour(request: pytest.FixtureRequest, browser: Browser, base_url: str) -> Iterator[tuple[str, Tour]]:
    language = request.param
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    devtools = context.new_cdp_session(page)
    devtools.send("Animation.enable")
    devtools.send("Animation.setPlaybackRate", {"playbackRate": 100})
    found = Tour()
    found.record.attach(page)
    load_with_every_page(page)
    # Each page is looked at in three sizes; the next page opens in the size the last one ended
    # with and goes through them the other way round (two resizes a page, not three).
    sizes = [PHONE, ZOOM_200, WIDE]
    try:
        for index, source in enumerate(source_pages()):
            url = base_url + language.prefix() + html_path(source)
            page.goto(url)
            for size in sizes if index % 2 == 0 else sizes[::-1]:
                resize(page, size)
                if size == PHONE:
                    width = page.evaluate("document.documentElement.scrollWidth")
                    if width > PHONE["width"]:
                        found.sideways[url] = width
                elif size == ZOOM_200:
                    clipped = page.evaluate(CUT_OFF)
                    if clipped or page.evaluate("document.documentElement.scrollWidth") > ZOOM_200["width"]:
                        found.cut_off[url] = clipped[:3]
                else:
                    problems = violations(page)
                    if problems:
                        found.violations[url] = problems
    finally:
        context.close()
    yield base_url, found


def test_every_page_loads_without_failed_or_foreign_requests_or_console_errors(tour: tuple[str, Tour]) -> None:
    base_url, found = tour
    assert found.record.other_hosts(base_url) == []
    assert found.record.failed == []
    assert found.record.console_errors == []


def test_no_page_scrolls_sideways_on_a_360_px_phone(tour: tuple[str, Tour]) -> None:
    assert tour[1].sideways == {}


def test_nothing_is_cut_off_at_200_percent_zoom(tour: tuple[str, Tour]) -> None:
    assert tour[1].cut_off == {}


def test_every_page_has_no_wcag_22_aa_violations(tour: tuple[str, Tour]) -> None:
    found = tour[1].violations
    assert found == {}, "\n".join(f"{url}\n  " + "\n  ".join(problems) for url, problems in found.items())
