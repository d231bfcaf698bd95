"""The searchable text of a page: one entry per section, split at the page's headings.

Only what a reader reads counts: what the engine adds around a page's own words (notices about
translations, glossary pop-ups, source lists, the language choice, the guide note) carries the
attribute ``data-search-ignore`` and is left out, so that a search finds pages by their own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

IGNORE = "data-search-ignore"
VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "col", "embed", "track"}


@dataclass
class Section:
    anchor: str  # heading id, "" for the text before the first heading
    heading: str
    text: list[str] = field(default_factory=list)


# The content is HTML written by Python-Markdown and the site's own templates, which escape '<'
# and '>' inside attributes: a tag is '<' up to the next '>'. Splitting with one regular
# expression is several times faster than html.parser, and the build does it for every page.
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)|<")
_ATTRIBUTE = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
TEXT_ENDS = {"p", "li", "dd", "dt", "td", "th", "h1", "h4"}


def _attributes(source: str) -> dict[str, str]:
    return {match[1].lower(): unescape(match[2] or match[3] or match[4] or "") for match in _ATTRIBUTE.finditer(source)}


def _sections(html: str) -> list[Section]:
    sections = [Section("", "")]
    skip_depth = 0  # > 0 inside an element whose text is left out
    heading: list[str] | None = None
    heading_id = ""
    for closing, tag, attribute_source, text in _TOKEN.findall(_COMMENT.sub("", html)):
        tag = tag.lower()
        if text or not tag:
            if skip_depth:
                continue
            (heading if heading is not None else sections[-1].text).append(unescape(text) if text else "<")
        elif tag in VOID or attribute_source.rstrip().endswith("/"):
            continue
        elif not closing:
            attributes = _attributes(attribute_source) if attribute_source else {}
            if skip_depth or IGNORE in attribute_source:
                skip_depth += 1
            elif tag in ("h2", "h3") and attributes.get("id"):
                heading, heading_id = [], attributes["id"]
        elif skip_depth:
            skip_depth -= 1
        elif tag in ("h2", "h3") and heading is not None:
            sections.append(Section(heading_id, " ".join("".join(heading).split())))
            heading = None
        elif tag in TEXT_ENDS:
            sections[-1].text.append(" ")
    return sections


def page_sections(html: str) -> list[tuple[str, str, str]]:
    """(anchor, heading, text) for each section of a page's content that has text."""
    result = []
    for section in _sections(html):
        text = " ".join("".join(section.text).split())
        if text or section.heading:
            result.append((section.anchor, section.heading, text))
    return result
