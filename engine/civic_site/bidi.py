"""Keep left-to-right words in order inside right-to-left text.

In an Arabic sentence, a German word followed by punctuation ("… Leichte Sprache، …") can be
shown in the wrong order. Wrapping each left-to-right run in <bdi> isolates it, as the Unicode
bidirectional algorithm recommends for text of unknown direction. What counts as left-to-right is
the Unicode property Bidi_Class of each character (strong L: Latin with every accent, İstanbul,
Łódź, Nguyễn, Cyrillic, Greek, Chinese), not a list of letters.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as etree
from collections.abc import Callable
from functools import cache

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE
from markupsafe import Markup, escape

# Between the letters of a run: spaces and the punctuation of names, numbers, dates and addresses
# (§ 551 BGB, Leichte Sprache, 2018-07-11, www.example.org).
INNER = frozenset(" .,:/_+'’–-§@")
SIGNS = frozenset("§@")


@cache
def _kind(character: str) -> str:
    """A: left-to-right letter, D: European digit, M: combining mark, S: § or @, P: inner punctuation, '.': other."""
    bidi = unicodedata.bidirectional(character)
    if bidi == "L":
        return "A"
    if bidi == "EN":
        return "D"
    if bidi == "NSM":
        return "M"
    if character in SIGNS:
        return "S"
    return "P" if character in INNER else "."


# A run starts with a letter, digit or sign and ends with a letter, digit or mark; it must hold a
# letter or a sign: plain numbers read correctly in Arabic text.
_RUN = re.compile(r"[ADS](?:[ADSMP]*[ADM])?")


def ltr_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each left-to-right run to isolate in ``text``."""
    kinds = "".join(_kind(character) for character in text)
    return [match.span() for match in _RUN.finditer(kinds) if "A" in match.group() or "S" in match.group()]


def isolate_ltr(text: str, direction: str) -> Markup:
    """``text`` escaped; on a right-to-left page, with each left-to-right run wrapped in <bdi>."""
    if direction != "rtl":
        return escape(text)
    parts, last = [], 0
    for start, end in ltr_runs(text):
        parts.append(escape(text[last:start]))
        parts.append(Markup("<bdi>{}</bdi>").format(text[start:end]))
        last = end
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


class IsolateLtrRuns(Treeprocessor):
    """Markdown tree processor for right-to-left pages: wraps left-to-right runs in running text in
    <bdi>. Elements already marked left-to-right (dir="ltr"), code and the placeholders that
    Markdown uses for raw HTML are left as they are."""

    SKIP = frozenset({"code", "pre", "bdi", "script", "style"})

    def __init__(self, md: Markdown, enabled: Callable[[], bool]) -> None:
        super().__init__(md)
        self.enabled = enabled

    def run(self, root) -> None:
        if self.enabled():
            self._walk(root)

    def _walk(self, element) -> None:
        if element.tag in self.SKIP or element.get("dir") == "ltr":
            return
        children = list(element)
        if element.text:
            nodes = self._split(element.text)
            if nodes:
                element.text = nodes[0]
                for offset, node in enumerate(nodes[1:]):
                    element.insert(offset, node)
        for child in children:
            self._walk(child)
            if child.tail:
                nodes = self._split(child.tail)
                if nodes:
                    child.tail = nodes[0]
                    position = list(element).index(child)
                    for offset, node in enumerate(nodes[1:], start=1):
                        element.insert(position + offset, node)

    def _split(self, text: str):
        """[text before, <bdi> with tail, <bdi> with tail, …] or None if nothing to isolate."""
        parts, last = [], 0
        for placeholder in [*HTML_PLACEHOLDER_RE.finditer(text), None]:
            end = placeholder.start() if placeholder else len(text)
            chunk, position = text[last:end], 0
            for start, stop in ltr_runs(chunk):
                parts.append((chunk[position:start], False))
                parts.append((chunk[start:stop], True))
                position = stop
            parts.append((chunk[position:], False))
            if placeholder:
                parts.append((placeholder.group(), False))
                last = placeholder.end()
        if not any(isolated for _, isolated in parts):
            return None
        head, nodes = "", []
        for piece, isolated in parts:
            if isolated:
                node = etree.Element("bdi")
                node.text = piece
                node.tail = ""
                nodes.append(node)
            elif nodes:
                nodes[-1].tail += piece
            else:
                head += piece
        return [head, *nodes]


class IsolateLtrRunsExtension(Extension):
    def __init__(self, enabled: Callable[[], bool]):
        super().__init__()
        self.enabled = enabled

    def extendMarkdown(self, md: Markdown) -> None:
        # After attribute lists (8), so "{ #id }" is gone, and before the table of contents (5).
        md.treeprocessors.register(IsolateLtrRuns(md, self.enabled), "civic_isolate_ltr", 7)
