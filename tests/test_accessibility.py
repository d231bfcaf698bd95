"""axe-core's WCAG 2.1 and 2.2 A and AA rules in Chromium on states that a page shows only after
the reader acts. Every page of every language as it opens: test_every_page.py."""

from __future__ import annotations

import pytest
from axe import violations
from playwright.sync_api import Page

from helpers import html_path

pytestmark = pytest.mark.browser


def test_an_open_glossary_explanation_has_no_violations(page: Page, base_url: str) -> None:
    page.goto(base_url + html_path("wohnen/kaution.md"))
    page.locator("button.civic-term").first.click()
    assert violations(page) == []
