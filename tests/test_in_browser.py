"""The built site in Debian's Chromium, served by nginx under a sub-path: what a reader sees."""

from __future__ import annotations

import pytest
from browser import PageRecord
from playwright.sync_api import Page, expect

from helpers import configured_languages, html_path

pytestmark = pytest.mark.browser
LANGUAGES = configured_languages()


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_each_home_page_renders_in_its_language_with_no_failed_or_foreign_requests(page: Page, base_url: str, language) -> None:
    record = PageRecord().attach(page)
    page.goto(base_url + language.prefix() + "index.html", wait_until="networkidle")

    expect(page.locator("html")).to_have_attribute("lang", language.tag)
    expect(page.locator("html")).to_have_attribute("dir", language.direction)
    expect(page.locator("article h1")).to_be_visible()
    expect(page.locator("nav.civic-languages a")).to_have_count(len(LANGUAGES))
    assert record.other_hosts(base_url) == []
    assert record.failed == []
    assert record.console_errors == []


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_the_language_switcher_keeps_the_reader_on_the_same_page(page: Page, base_url: str, language) -> None:
    page_path = html_path("handlungsfelder/wohnen.md")
    record = PageRecord().attach(page)
    page.goto(base_url + language.prefix() + page_path, wait_until="networkidle")
    others = [target for target in LANGUAGES if target != language]
    switcher = page.get_by_role("button", name=page.locator(".md-select button").get_attribute("aria-label"))
    for target in others:
        link = page.locator(f'.md-select__link[hreflang="{target.tag}"]')
        assert link.evaluate("a => a.href") == base_url + target.prefix() + page_path, f"the link to {target.name}"
    # And one of them followed, as a reader does: the next language in the list.
    target = others[LANGUAGES.index(language) % len(others)]
    switcher.hover()
    page.locator(f'.md-select__link[hreflang="{target.tag}"]').click()
    expect(page).to_have_url(base_url + target.prefix() + page_path)
    expect(page.locator("html")).to_have_attribute("lang", target.tag)
    assert record.failed == [] and record.console_errors == []


def test_a_missing_address_shows_the_not_found_page_with_working_links_home(page: Page, base_url: str) -> None:
    arabic = next((language for language in LANGUAGES if language.direction == "rtl"), LANGUAGES[-1])
    record = PageRecord().attach(page)
    response = page.goto(base_url + arabic.prefix() + "handlungsfelder/gibt-es-nicht.html", wait_until="networkidle")
    assert response is not None and response.status == 404
    # Only the missing page itself answers 404: the browser asks for no favicon.ico or other file.
    assert [url for url in record.requests if url != response.url] == []
    assert [error for error in record.console_errors if not error.endswith(f"[{response.url}]")] == []
    links = page.locator("a[data-home]")
    expect(links).to_have_count(len(LANGUAGES))
    for index, language in enumerate(LANGUAGES):
        expect(links.nth(index)).to_be_visible()
        assert links.nth(index).evaluate("a => a.href") == base_url + language.prefix() + "index.html"
