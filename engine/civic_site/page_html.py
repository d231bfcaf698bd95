"""Changes to a finished page's HTML that no template or Markdown extension can make.

- ``<html>`` gets the page's ``dir`` next to its ``lang`` (Material writes ``dir`` only on
  ``<body>``); the tag is found with an HTML parser, not a pattern.
- Material's templates write invalid HTML in three places; they are repaired, so that every page
  passes the Nu HTML Checker:
  - menu section labels get ``tabindex=""`` (an empty value is not a number): the attribute goes;
  - the menu and search toggles (checkboxes) carry ``autocomplete="off"``, which HTML allows only on
    text-like inputs: it goes (the site's script closes both when a page comes back from the
    browser's back/forward cache, which is what the attribute was there for);
  - a section's overview page has a "table of contents" label pointing at a checkbox that Material
    leaves out on such pages: the label keeps its text and loses the broken ``for``.
  Each repair names the exact markup it expects; ``material_repairs_apply`` says whether a Material
  update changed it (a test fails then, instead of the repair silently doing nothing).
- Attributes and the empty dialog that only Material's JavaScript uses (``data-md-component`` and
  the like, ``md-dialog``) go: the site does not ship that script, and no rule of the stylesheet
  needs them.
- The indentation of the templates goes (a tenth of a page's compressed bytes): a run of white
  space with a line break next to a tag becomes one line break, which a browser shows exactly as
  it showed the run; the contents of pre, code, textarea, script and style are left as they are.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

REPAIRS = [
    (' tabindex=""', ""),
    ('type="checkbox" id="__drawer" autocomplete="off">', 'type="checkbox" id="__drawer">'),
    ('type="checkbox" id="__search" autocomplete="off">', 'type="checkbox" id="__search">'),
]
TOC_LABEL = '<label class="md-nav__title" for="__toc">'
# Elements whose white space is shown as written (code is pre-wrap in Material's stylesheet).
AS_WRITTEN = re.compile(r"(<(pre|code|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
FOR_MATERIALS_SCRIPT = re.compile(r' data-md-(?:component|level|scrollfix|type|state)(?:="[^"]*")?(?=[\s>/])')
MATERIALS_DIALOG = re.compile(r'<div class="md-dialog">\s*<div class="md-dialog__inner md-typeset"></div>\s*</div>\s*')
BEFORE_TAG = re.compile(r"\n\s+(?=<)")
AFTER_TAG = re.compile(r"(?<=>)[ \t]*\n\s*")


class _FirstTag(HTMLParser):
    """Finds the first start tag with a given name: its position and attributes."""

    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=False)
        self.name = name
        self.found: tuple[tuple[int, int], str, list[tuple[str, str | None]]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.found is None and tag == self.name:
            self.found = (self.getpos(), self.get_starttag_text() or "", attrs)


def set_attributes(html: str, tag: str, values: dict[str, str]) -> str:
    """``html`` with the first ``tag`` carrying ``values`` (other attributes kept)."""
    parser = _FirstTag(tag)
    head = html[: html.find(">", html.find(f"<{tag}")) + 1] if f"<{tag}" in html else ""
    parser.feed(head)
    if parser.found is None:
        return html
    (line, column), source, attrs = parser.found
    start = sum(len(text) + 1 for text in html.split("\n", line - 1)[: line - 1]) + column
    merged = dict(attrs)
    merged.update(values)
    written = "".join(f' {name}="{escape(value or "", quote=True)}"' if value is not None else f" {name}" for name, value in merged.items())
    return html[:start] + f"<{tag}{written}>" + html[start + len(source) :]


def repair_material_html(html: str) -> str:
    html = MATERIALS_DIALOG.sub("", FOR_MATERIALS_SCRIPT.sub("", html))
    for broken, repaired in REPAIRS:
        html = html.replace(broken, repaired)
    if TOC_LABEL in html and 'id="__toc"' not in html:
        html = html.replace(TOC_LABEL, '<label class="md-nav__title">')
    return html


def material_repairs_apply(html: str) -> list[str]:
    """The repairs whose markup a page of Material's still contains (for a test across Material updates)."""
    return [broken for broken, _ in REPAIRS if broken in html]


def drop_indentation(html: str) -> str:
    """``html`` without the templates' indentation (see the module's docstring)."""
    parts = AS_WRITTEN.split(html)
    # split() returns text, whole element, tag name, text, …: only the text between them changes.
    for index in range(0, len(parts), 3):
        parts[index] = AFTER_TAG.sub("\n", BEFORE_TAG.sub("\n", parts[index]))
    return "".join(part for index, part in enumerate(parts) if index % 3 != 2)
