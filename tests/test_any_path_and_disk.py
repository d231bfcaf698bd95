"""The same site/ works at the root of a server, under any path, and opened from disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import PageRecord
from playwright.sync_api import Page, expect
from test_search import search

from helpers import configured_languages, html_path, source_pages
from local_server import nginx

pytestmark = pytest.mark.browser
LANGUAGES = configured_languages()
SAMPLE = ["index.md", "wohnen/kaution.md", "handlungsfelder/wohnen.md"]
# A page of every kind and depth: overviews, a field, guides (one on a path, one with the glossary's
# words), the glossary, the translation status and a page that other languages show untranslated.
# Every page of every language is checked through a server in test_every_page.py; from disk, what
# can differ is the kind of page and its depth, so the default language opens all its pages.
EVERY_KIND = [
    "index.md",
    "handlungsfelder/index.md",
    "handlungsfelder/wohnen.md",
    "wohnen/index.md",
    "wohnen/kaution.md",
    "wohnen/erste-wohnung.md",
    "wohnen/glossar.md",
    "uebersetzungen.md",
    "leichte-sprache.md",
]


def test_the_site_works_at_the_root_of_a_server(page: Page, built_site: Path) -> None:
    record = PageRecord().attach(page)
    with nginx(built_site, "/") as root:
        for language in LANGUAGES:
            for source in SAMPLE:
                page.goto(root + language.prefix() + html_path(source))
                expect(page.locator("article h1")).to_be_visible()
        page.goto(root + "index.html")
        assert search(page, "Kaution")
    assert record.failed == [] and record.console_errors == [] and record.other_hosts(root) == []


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_opened_from_disk_every_kind_of_page_shows_and_links_lead_to_files(page: Page, built_site: Path, language) -> None:
    record = PageRecord().attach(page)
    sources = source_pages() if language.default else EVERY_KIND
    assert set(EVERY_KIND) <= set(source_pages()), "test setup: a page of EVERY_KIND is gone"
    for source in sources:
        page.goto((built_site / language.prefix() / html_path(source)).as_uri())
        expect(page.locator("article h1")).to_be_visible()
    # Links in the menu and the language switcher name files, not folders.
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.href).filter(h => h.startsWith('file:'))")
    assert hrefs and all(href.split("#")[0].endswith(".html") for href in hrefs), [h for h in hrefs if not h.split("#")[0].endswith(".html")]
    assert record.failed == [] and record.console_errors == []


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_opened_from_disk_language_switch_and_search_work(page: Page, built_site: Path, language) -> None:
    record = PageRecord().attach(page)
    page.goto((built_site / language.prefix() / html_path("wohnen/kaution.md")).as_uri())
    target = next(other for other in LANGUAGES if other != language)
    page.locator(".md-select button").hover()
    page.locator(f'.md-select__link[hreflang="{target.code}"]').click()
    expect(page).to_have_url((built_site / target.prefix() / html_path("wohnen/kaution.md")).as_uri())
    page.go_back()
    query = {"de": "Kautionen", "en": "deposits", "tr": "depozito", "ar": "التأمين"}.get(language.code, "Aachen")
    assert search(page, query), f"search from disk found nothing for {query!r}"
    assert record.failed == [] and record.console_errors == []
