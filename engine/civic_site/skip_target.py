"""The "skip to content" link moves keyboard focus to the content.

Material's skip link points at the page's first heading. A heading cannot take focus, so browsers
move only the view, and the next Tab starts again in the header. A tabindex of -1 lets the heading
take focus without adding it to the Tab order. A Markdown tree processor sets it on the first
heading, the one Material's link points at (the first entry of the table of contents)."""

from __future__ import annotations

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class SkipTarget(Treeprocessor):
    def run(self, root) -> None:
        for element in root.iter():
            if element.tag in HEADINGS:
                element.set("tabindex", "-1")
                return


class SkipTargetExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(SkipTarget(md), "civic_skip_target", 4)
