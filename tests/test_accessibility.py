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


def test_the_check_finds_what_a_reader_would_meet_on_a_page_broken_on_purpose(page: Page) -> None:
    """The same rules and options as on every page: pale text, a button and a link without a name,
    links a finger can hardly hit (WCAG 2.2), and a picture without a text."""
    page.set_content(
        '<!doctype html><html lang="de"><title>Kaputt</title><main><h1>Kaputt</h1>'
        '<p style="color:#bbb;background:#fff">Blasser Text</p><button></button>'
        '<p><a href="#leer"></a></p><nav><a href="#a" style="display:inline-block;width:10px;height:10px;overflow:hidden">a</a>'
        '<a href="#b" style="display:inline-block;width:10px;height:10px;overflow:hidden">b</a></nav>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20"></main></html>'
    )
    found = {line.split(" ")[0] for line in violations(page)}
    assert {"color-contrast", "button-name", "link-name", "target-size", "image-alt"} <= found, found
