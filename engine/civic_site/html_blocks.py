"""The HTML that markers become joins the page after Markdown, not through it.

Markdown would pass a marker's HTML on unchanged, but it reads it twice on the way: Python-Markdown
looks for the end of each raw HTML block, and MkDocs looks for ids that links may point to. On the
glossary and the translation-status pages that is some 25 KB a page, read with Python's HTML
parser. So a marker's line becomes a comment that holds its place; once Markdown is done, the
comment is replaced by the HTML, and the ids in it are added to the page's anchors, where MkDocs
checks the links that point to them (``validation: anchors``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from mkdocs.structure.pages import Page

_MAY_HAVE_IDS = re.compile(r"\b(?:id|name)\s*=", re.IGNORECASE)


@dataclass(frozen=True)
class HtmlBlock:
    """A block of finished HTML and the ids a link may point to in it."""

    html: str
    ids: frozenset[str]

    @classmethod
    def of(cls, html: str) -> HtmlBlock:
        if not _MAY_HAVE_IDS.search(html):  # most blocks have none; parsing them would cost what was saved
            return cls(html, frozenset())
        finder = _Ids()
        finder.feed(html)
        finder.close()
        return cls(html, frozenset(finder.ids))


class _Ids(HTMLParser):
    """The anchors in HTML, as MkDocs counts them: every id, and the name of an <a>."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (name == "id" or (name == "name" and tag == "a")):
                self.ids.add(value)


@dataclass
class HtmlBlocks:
    """The HTML blocks of the page being built, each waiting behind its placeholder."""

    blocks: list[HtmlBlock] = field(default_factory=list)

    def place(self, block: HtmlBlock) -> str:
        """Markdown that holds the block's place: a comment standing alone, as the marker did."""
        self.blocks.append(block)
        return f"\n{self._placeholder(len(self.blocks) - 1)}\n"

    def fill(self, html: str, page: Page) -> str:
        """``html`` (Markdown's output) with each placeholder replaced by its block."""
        for number, block in enumerate(self.blocks):
            placeholder = self._placeholder(number)
            if placeholder not in html:  # Markdown keeps comments; if it ever stops, say so
                raise RuntimeError(f"{page.file.src_uri}: the place of an HTML block was lost in Markdown")
            html = html.replace(placeholder, block.html, 1)
            if block.ids:
                page.present_anchor_ids = (page.present_anchor_ids or set()) | block.ids
        return html

    @staticmethod
    def _placeholder(number: int) -> str:
        return f"<!-- civic-html-block {number} -->"
