"""Keyboard and small screens: the skip link takes the focus to the content; every control can
be reached by keyboard, shows where the focus is, has a name and is never hidden under the sticky
header, on a wide screen, a 360 px phone and at 200 % zoom; opening search or the languages on a
phone does not scroll sideways; body text is at least 16 px on a phone; help is in the same place
on every page. Every page at 360 px and 200 % zoom: test_every_page.py."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from helpers import configured_languages, html_path, ui_strings

pytestmark = pytest.mark.browser
LANGUAGES = configured_languages()
# A wide screen; a small phone; a 1280 px window at 200 % zoom, which leaves 640 CSS pixels.
SCREENS = {"wide": (1280, 900), "phone-360": (360, 740), "zoom-200": (640, 450)}


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


# The focused element as the keyboard left it: what it is, the name a screen reader announces
# (Chromium's own, see conftest.py), whether it hides entirely behind the sticky header (inside its
# band, and what shows at its centre is the header), and its look with and without the focus.
# One call per Tab: a tour presses Tab a hundred times.
FOCUSED = """() => { const el = document.activeElement;
  if (el === document.body) return null;
  const look = () => { const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine].join('|'); };
  const underHeader = (() => { const header = document.querySelector('.md-header');
    if (!header || header.contains(el)) return false;
    const h = header.getBoundingClientRect(), r = el.getBoundingClientRect();
    if (!(r.height > 0 && r.top >= h.top && r.bottom <= h.bottom)) return false;
    const shown = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return shown !== null && header.contains(shown) && !el.contains(shown); })();
  const focused = look();
  el.blur();
  const resting = look();
  el.focus();
  return {key: el.outerHTML.slice(0, 120), name: el.computedName, underHeader, focused, resting}; }"""


# One language per kind of script and direction (German, Arabic, Chinese), where a layout can break
# differently, on each screen. (The controls are the same in every language: the templates and the
# menu are shared; every page of every language is checked with axe in test_every_page.py.)
TOURS = [(language, screen) for screen in SCREENS for language in LANGUAGES if language.code in ("de", "ar", "zh")]


@pytest.mark.parametrize(("language", "screen"), TOURS, ids=[f"{language.code}-{screen}" for language, screen in TOURS])
def test_every_control_is_reachable_named_and_shows_its_focus(page: Page, base_url: str, language, screen: str) -> None:
    width, height = SCREENS[screen]
    page.set_viewport_size({"width": width, "height": height})
    page.goto(base_url + language.prefix() + html_path("wohnen/kaution.md"))
    seen, problems = set(), []
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None or focused["key"] in seen:
            break
        key = focused["key"]
        seen.add(key)
        if focused["underHeader"]:
            problems.append(f"hidden under the header: {key}")
        assert isinstance(focused["name"], str), "Chromium gives no accessible names (conftest.py's browser flag)"
        if not focused["name"].strip():
            problems.append(f"no accessible name: {key}")
        if focused["focused"] == focused["resting"]:
            problems.append(f"no visible focus: {key}")
    assert len(seen) > 20, "the keyboard should reach the menu or its button, the links and the glossary buttons"
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_opening_search_or_languages_on_a_phone_does_not_scroll_sideways(page: Page, base_url: str, language) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(base_url + language.prefix() + "index.html")
    page.locator(".md-select button").hover()
    assert page.evaluate("document.documentElement.scrollWidth") == 360
    # Every language of the list is on the screen, whole, named in its own script.
    for link in page.locator(".md-select__link").all():
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, link.inner_text()
    assert page.locator(".md-select__link").all_inner_texts() == [other.name for other in LANGUAGES]
    page.locator(".civic-opener--search").click()
    expect(page.locator(".md-search__input")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") == 360


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_body_text_is_at_least_16_px_on_a_phone(page: Page, base_url: str, language) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(base_url + language.prefix() + html_path("wohnen/kaution.md"))
    sizes = page.evaluate(
        "() => [...document.querySelectorAll('article p, article li')].filter(el => el.offsetParent)"
        ".map(el => [parseFloat(getComputedStyle(el).fontSize), el.textContent.slice(0, 30)])"
    )
    assert sizes, "the guide has text"
    assert [text for size, text in sizes if size < 16] == []


def test_help_and_feedback_are_in_the_same_place_on_every_page(page: Page, base_url: str) -> None:
    strings = ui_strings()
    for language in LANGUAGES:
        expected = [strings["footer.help"][language.code], strings["footer.contact"][language.code]]
        # Three kinds of page in German; the home page in the other languages.
        for source in ("index.md", "wohnen/kaution.md", "barrierefreiheit.md") if language.default else ("index.md",):
            page.goto(base_url + language.prefix() + html_path(source))
            links = page.locator("footer .civic-help-links a")
            assert [" ".join(text.split()) for text in links.all_inner_texts()] == expected, f"{language.code}/{source}"
            # The same order in the page: after the content, in the footer.
            after_the_content = "Node.DOCUMENT_POSITION_PRECEDING & document.querySelector('footer .civic-help-links')"
            assert page.evaluate(after_the_content + ".compareDocumentPosition(document.querySelector('article'))")


def test_a_wide_screen_shows_the_menu_and_search_box_without_their_phone_buttons(page: Page, base_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(base_url + html_path("wohnen/kaution.md"))
    expect(page.locator(".md-sidebar--primary nav.md-nav--primary")).to_be_visible()
    expect(page.locator(".md-search__input")).to_be_visible()
    expect(page.locator(".civic-opener--drawer")).to_be_hidden()
    expect(page.locator(".civic-opener--search")).to_be_hidden()
    page.set_viewport_size({"width": 360, "height": 740})
    expect(page.locator(".civic-opener--drawer")).to_be_visible()
    expect(page.locator(".civic-opener--search")).to_be_visible()
