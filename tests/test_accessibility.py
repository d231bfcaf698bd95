"""Every page in every language passes axe-core's WCAG 2.1 and 2.2 A and AA rules in Chromium, and,
on the same visit, loads without a failed request, a request to another host or a console error."""

from __future__ import annotations

import pytest
from axe import load_with_every_page, violations
from browser import PageRecord
from playwright.sync_api import Page

from helpers import configured_languages, html_path, source_pages

pytestmark = pytest.mark.browser
LANGUAGES = configured_languages()


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_every_page_loads_cleanly_and_has_no_wcag_22_aa_violations(page: Page, base_url: str, language) -> None:
    found = {}
    record = PageRecord().attach(page)
    load_with_every_page(page)
    for source in source_pages():
        url = base_url + language.prefix() + html_path(source)
        page.goto(url)
        problems = violations(page)
        if problems:
            found[url] = problems
    assert record.other_hosts(base_url) == []
    assert record.failed == []
    assert record.console_errors == []
    assert found == {}, "\n".join(f"{url}\n  " + "\n  ".join(problems) for url, problems in found.items())


def test_an_open_glossary_explanation_has_no_violations(page: Page, base_url: str) -> None:
    page.goto(base_url + html_path("wohnen/kaution.md"))
    page.locator("button.civic-term").first.click()
    assert violations(page) == []
