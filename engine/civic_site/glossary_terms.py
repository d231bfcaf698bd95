"""Explain glossary words where they appear: the first time a page uses a word from
data/glossary.yml, the word becomes a button that opens a short explanation.

The explanation uses the HTML popover attribute: no script, it opens with a tap, a click or the
keyboard, screen readers announce the button and its state, and the German word stays visible.
This is a Markdown tree processor, so it only touches running text: not headings, links, code or
the HTML that markers produce.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

SKIP = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "button", "abbr", "cite", "script", "style"}


@dataclass
class TermContext:
    """What the processor needs about the page being rendered; set by the plugin for each page."""

    entries: list[dict] = field(default_factory=list)  # {id, words, label, explanation, lang, dir}
    glossary_url: str = ""
    more_label: str = ""
    print_label: str = ""
    term_lang: str = ""  # the language the glossary's words are in: the site's default language
    term_dir: str = "ltr"
    enabled: bool = False


class GlossaryTerms(Treeprocessor):
    def __init__(self, md: Markdown, current: Callable[[], TermContext]):
        super().__init__(md)
        self.current = current

    def run(self, root: etree.Element) -> None:
        self.context = self.current()
        if not self.context.enabled or not self.context.entries:
            return
        words = {}
        for entry in self.context.entries:
            for word in entry["words"]:
                words[word] = entry
        # Longest first, so "ortsübliche Vergleichsmiete" wins over "Vergleichsmiete".
        alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w-])({alternatives})(?![\w-])")
        done: set[str] = set()
        self.boxes: list[etree.Element] = []
        self._walk(root, pattern, words, done)
        if self.boxes:
            # The explanations wait at the end of the page, outside the sentences they explain,
            # so that the text of a paragraph stays the text the editor wrote.
            holder = etree.SubElement(root, "div", {"class": "civic-term-boxes", "data-search-ignore": ""})
            # Shown only on paper, where the explanations are printed as a list of words.
            label = etree.SubElement(holder, "p", {"class": "civic-term-boxes__label"})
            label.text = self.context.print_label
            holder.extend(self.boxes)

    def _walk(self, element: etree.Element, pattern: re.Pattern, words: dict, done: set[str]) -> None:
        if element.tag in SKIP:
            return
        children = list(element)  # before marking: buttons added below need no walk of their own
        self._mark_text(element, pattern, words, done)
        for child in children:
            self._walk(child, pattern, words, done)
            self._mark_tail(element, child, pattern, words, done)

    def _mark_text(self, element, pattern, words, done) -> None:
        if not element.text:
            return
        pieces = self._split(element.text, pattern, words, done)
        if pieces is None:
            return
        element.text, button = pieces
        element.insert(0, button)
        self._mark_tail(element, button, pattern, words, done)

    def _mark_tail(self, parent, child, pattern, words, done) -> None:
        """Mark words in the text after ``child``; each new button's own tail is read in turn."""
        while child.tail:
            pieces = self._split(child.tail, pattern, words, done)
            if pieces is None:
                return
            child.tail, button = pieces
            parent.insert(list(parent).index(child) + 1, button)
            child = button

    def _split(self, text: str, pattern, words, done):
        """(text before, button with the rest as its tail) for the first new glossary word, else None."""
        for match in pattern.finditer(text):
            entry = words[match.group(1)]
            if entry["id"] in done:
                continue
            done.add(entry["id"])
            button, box = self._nodes(entry, match.group(1), len(done))
            self.boxes.append(box)
            button.tail = text[match.end() :]
            # Later words in the same text run are handled when the walk reaches button.tail.
            return [text[: match.start()], button]
        return None

    def _nodes(self, entry: dict, word: str, number: int) -> tuple[etree.Element, etree.Element]:
        box_id = f"term-{entry['id']}-{number}"
        button = etree.Element(
            "button",
            {"type": "button", "class": "civic-term", "popovertarget": box_id, "lang": self.context.term_lang, "dir": self.context.term_dir},
        )
        button.text = word
        box = etree.Element("span", {"class": "civic-term__box", "id": box_id, "popover": "auto"})
        heading = etree.SubElement(box, "strong", {"lang": self.context.term_lang, "dir": self.context.term_dir})
        heading.text = entry["term"]
        if entry["label"]:
            label = etree.SubElement(box, "span", {"class": "civic-term__translation"})
            label.text = f" – {entry['label']}"
        explanation = etree.SubElement(box, "span", {"class": "civic-term__text", "lang": entry["lang"], "dir": entry["dir"]})
        explanation.text = " " + entry["explanation"]
        link = etree.SubElement(box, "a", {"class": "civic-term__more", "href": f"{self.context.glossary_url}#{entry['id']}"})
        link.text = self.context.more_label
        return button, box


class GlossaryTermsExtension(Extension):
    def __init__(self, current: Callable[[], TermContext]):
        super().__init__()
        self.current = current

    def extendMarkdown(self, md: Markdown) -> None:
        # After inline processing (priority 20), before the table of contents is built (5).
        md.treeprocessors.register(GlossaryTerms(md, self.current), "civic_glossary_terms", 15)
