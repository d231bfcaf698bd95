"""MkDocs hook: repairs the three places where Material's templates write invalid HTML, so that
every page passes the Nu HTML Checker (tests/test_valid_html.py).

- Menu section labels get ``tabindex=""`` (an empty value is not a number): the attribute goes.
- The menu and search toggles (checkboxes) carry ``autocomplete="off"``, which HTML allows only
  on text-like inputs: it goes; assets/javascripts/site.js closes both when a page is shown from
  the browser's back/forward cache, which is what the attribute was there for.
- A section's overview page has a "table of contents" label pointing at a checkbox that Material
  leaves out on such pages: the label keeps its text and loses the broken ``for``.

Events: on_post_page.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

REPAIRS = [
    (' tabindex=""', ""),
    ('type="checkbox" id="__drawer" autocomplete="off">', 'type="checkbox" id="__drawer">'),
    ('type="checkbox" id="__search" autocomplete="off">', 'type="checkbox" id="__search">'),
]
TOC_LABEL = '<label class="md-nav__title" for="__toc">'


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    for broken, repaired in REPAIRS:
        output = output.replace(broken, repaired)
    if TOC_LABEL in output and 'id="__toc"' not in output:
        output = output.replace(TOC_LABEL, '<label class="md-nav__title">')
    return output
