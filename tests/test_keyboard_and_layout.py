"""Keyboard and small screens: the skip link takes the focus to the content; every control can
be reached by keyboard, shows where the focus is and has a name; no page scrolls sideways on a
360 px phone; at 200 % zoom nothing is cut off."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from helpers import configured_languages, html_path, source_pages

pytestmark = pytest.mark.browser
LANGUAGES = configured_languages()


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_the_skip_link_moves_the_focus_to_the_content(page: Page, base_url: str, language) -> None:
    page.goto(base_url + language.prefix() + html_path("wohnen/kaution.md"))
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("article h1")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('article') !== null"), "the next Tab stays in the content"


FOCUS_STYLE = """el => { const s = getComputedStyle(el);
  return [s.outlineStyle, s.outlineWidth, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine].join('|'); }"""


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_every_control_is_reachable_named_and_shows_its_focus(page: Page, base_url: str, language) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base_url + language.prefix() + html_path("wohnen/kaution.md"))
    seen, problems = set(), []
    for _ in range(200):
        page.keyboard.press("Tab")
        element = page.evaluate_handle("document.activeElement")
        if element.evaluate("el => el === document.body"):
            break
        key = element.evaluate("el => el.outerHTML.slice(0, 120)")
        if key in seen:
            break
        seen.add(key)
        snapshot = page.locator(":focus").aria_snapshot()
        if '"' not in snapshot.split("\n")[0]:
            problems.append(f"no accessible name: {key} {snapshot[:60]}")
        focused_style = element.evaluate(FOCUS_STYLE)
        element.evaluate("el => el.blur()")
        resting_style = element.evaluate(FOCUS_STYLE)
        element.evaluate("el => el.focus()")
        if focused_style == resting_style:
            problems.append(f"no visible focus: {key}")
    assert len(seen) > 20, "the keyboard should reach the menu, the links and the glossary buttons"
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_no_page_scrolls_sideways_on_a_360_px_phone(page: Page, base_url: str, language) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    wide = []
    for source in source_pages():
        page.goto(base_url + language.prefix() + html_path(source))
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            wide.append(f"{source}: {width}px")
    assert wide == []


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_opening_search_or_languages_on_a_phone_does_not_scroll_sideways(page: Page, base_url: str, language) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(base_url + language.prefix() + "index.html")
    page.locator(".md-select button").hover()
    assert page.evaluate("document.documentElement.scrollWidth") == 360
    page.locator(".civic-opener--search").click()
    expect(page.locator(".md-search__input")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") == 360


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_at_200_percent_zoom_nothing_is_cut_off(page: Page, base_url: str, language) -> None:
    # 200 % zoom of a 1280 px window leaves 640 CSS pixels.
    page.set_viewport_size({"width": 640, "height": 450})
    cut = []
    for source in source_pages():
        page.goto(base_url + language.prefix() + html_path(source))
        clipped = page.evaluate(
            """() => { const out = []; const W = document.documentElement.clientWidth;
              for (const el of document.querySelectorAll('article p, article li, article h1, article h2, article dt, article dd')) {
                const r = el.getBoundingClientRect();
                if (r.width && (r.left < -1 || r.right > W + 1)) out.push(el.tagName + ': ' + el.textContent.slice(0, 40));
                if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push('clipped ' + el.tagName);
              } return out; }"""
        )
        if clipped or page.evaluate("document.documentElement.scrollWidth") > 640:
            cut.append(f"{source}: {clipped[:3]}")
    assert cut == []
