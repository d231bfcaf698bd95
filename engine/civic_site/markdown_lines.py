"""The lines of a Markdown page that are prose: what lies in fenced code blocks and in `code
spans` is an example, not a marker, a figure, a citation or HTML to check."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+)(.+?)\1")


def prose_lines(markdown: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """(line number, line) for each line outside fenced code blocks, with code spans blanked out
    (replaced by spaces, so that columns stay where they were)."""
    fence: str | None = None
    for number, line in enumerate(markdown.split("\n"), start=first_line):
        match = FENCE.match(line)
        if match:
            token = match.group(1)
            if fence is None:
                fence = token
            elif token[0] == fence[0] and len(token) >= len(fence):
                fence = None
            continue
        if fence is None:
            yield number, CODE_SPAN.sub(lambda span: " " * len(span.group(0)), line)


def blank_code(markdown: str) -> str:
    """The text with fenced code blocks emptied and code spans blanked; every line kept in place."""
    lines = [""] * (markdown.count("\n") + 1)
    for number, line in prose_lines(markdown, first_line=0):
        lines[number] = line
    return "\n".join(lines)


def map_prose(markdown: str, change: Callable[[str], str]) -> str:
    """``markdown`` with ``change`` applied to its prose: code blocks and code spans stay as written."""
    lines = markdown.split("\n")
    for number, _ in prose_lines(markdown, first_line=0):
        line, parts, last = lines[number], [], 0
        for span in CODE_SPAN.finditer(line):
            parts += [change(line[last : span.start()]), span.group(0)]
            last = span.end()
        lines[number] = "".join([*parts, change(line[last:])])
    return "\n".join(lines)
