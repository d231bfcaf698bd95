"""The searchable text of a page: one entry per section, split at the page's headings.

Only what a reader reads counts: notices about translations, glossary pop-ups and source lists
are left out, so that a search finds pages by their own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

SKIP_CLASSES = {"aw-term-boxes", "aw-notice", "aw-sources", "aw-guide-note", "aw-languages", "headerlink"}
VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "col", "embed", "track"}


@dataclass
class Section:
    anchor: str  # heading id, "" for the text before the first heading
    heading: str
    text: list[str] = field(default_factory=list)


class _Sections(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections = [Section("", "")]
        self.skip_depth = 0  # > 0 inside an element whose text is left out
        self.depth = 0
        self.heading: list[str] | None = None
        self.heading_id = ""

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in VOID:
            return
        self.depth += 1
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        if self.skip_depth or classes & SKIP_CLASSES:
            self.skip_depth += 1
            return
        if tag in ("h2", "h3") and attributes.get("id"):
            self.heading, self.heading_id = [], attributes["id"]

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        self.depth -= 1
        if self.skip_depth:
            self.skip_depth -= 1
            return
        if tag in ("h2", "h3") and self.heading is not None:
            self.sections.append(Section(self.heading_id, " ".join("".join(self.heading).split())))
            self.heading = None
        elif tag in ("p", "li", "dd", "dt", "td", "th", "h1", "h4"):
            self.sections[-1].text.append(" ")

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.heading is not None:
            self.heading.append(data)
        else:
            self.sections[-1].text.append(data)


def page_sections(html: str) -> list[tuple[str, str, str]]:
    """(anchor, heading, text) for each section of a page's content that has text."""
    parser = _Sections()
    parser.feed(html)
    result = []
    for section in parser.sections:
        text = " ".join("".join(section.text).split())
        if text or section.heading:
            result.append((section.anchor, section.heading, text))
    return result
