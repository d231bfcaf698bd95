"""Keep Latin-script words in order inside right-to-left text.

In an Arabic sentence, a German word followed by punctuation ("… Leichte Sprache، …") can be
shown in the wrong order. Wrapping each run of Latin letters in <bdi> isolates it, as the
Unicode bidirectional algorithm recommends for text of unknown direction.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup, escape

# A run of Latin letters and digits, with the spaces, dots, hyphens, slashes and section signs
# between them (§ 551 BGB, Leichte Sprache, 2018-07-11, www.aachen.de).
LATIN_RUN = re.compile(r"[§A-Za-zÀ-ÖØ-öø-ÿ0-9@](?:[A-Za-zÀ-ÖØ-öø-ÿ0-9@§ .,:/_+'’–-]*[A-Za-zÀ-ÖØ-öø-ÿ0-9])?")


def isolate_latin(text: str, direction: str) -> Markup:
    """``text`` escaped; on a right-to-left page, with each Latin run wrapped in <bdi>."""
    if direction != "rtl":
        return escape(text)
    parts, last = [], 0
    for match in LATIN_RUN.finditer(text):
        if not re.search(r"[A-Za-zÀ-ÖØ-öø-ÿ§@]", match.group()):
            continue  # plain numbers read correctly in Arabic text
        parts.append(escape(text[last : match.start()]))
        parts.append(Markup("<bdi>{}</bdi>").format(match.group()))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


class IsolateLatinRuns(Treeprocessor):
    """Markdown tree processor for right-to-left pages: wraps Latin runs in running text in <bdi>.

    Elements already marked left-to-right (dir="ltr"), code and the placeholders that Markdown
    uses for raw HTML are left as they are.
    """

    SKIP = frozenset({"code", "pre", "bdi", "script", "style"})
    STASH = re.compile("(\x02wzxhzdk:\\d+\x03)")

    def __init__(self, md=None) -> None:
        super().__init__(md)
        self.enabled = False

    def run(self, root) -> None:
        if self.enabled:
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
        parts = []
        for chunk in self.STASH.split(text):
            if self.STASH.fullmatch(chunk):
                parts.append((chunk, False))
                continue
            last = 0
            for match in LATIN_RUN.finditer(chunk):
                if not re.search(r"[A-Za-zÀ-ÖØ-öø-ÿ§@]", match.group()):
                    continue
                parts.append((chunk[last : match.start()], False))
                parts.append((match.group(), True))
                last = match.end()
            parts.append((chunk[last:], False))
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


class IsolateLatinRunsExtension(Extension):
    def __init__(self, processor: IsolateLatinRuns):
        super().__init__()
        self.processor = processor

    def extendMarkdown(self, md: Markdown) -> None:
        # After attribute lists (8), so "{ #id }" is gone, and before the table of contents (5).
        self.processor.md = md
        md.treeprocessors.register(self.processor, "aachen_isolate_latin", 7)
