"""MkDocs hook: the "skip to content" link moves keyboard focus to the content.

Material's skip link points at the page's first heading. A heading cannot take focus, so
browsers move only the view, and the next Tab starts again in the header. A tabindex of -1
lets the heading take focus without adding it to the Tab order. Events: on_post_page.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

SKIP_LINK = re.compile(r'<a href="#([^"]+)" class="md-skip">')


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    match = SKIP_LINK.search(output)
    if match is None:
        return output
    target = re.compile(rf'(<h[1-6]\b[^>]*\bid="{re.escape(match.group(1))}")')
    return target.sub(r'\1 tabindex="-1"', output, count=1)
