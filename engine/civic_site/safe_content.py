"""Refuse content that could harm readers: Markdown may carry HTML, but not scripts, event
handlers, javascript: links, frames, or images, fonts and scripts from other servers.

Pages come in as pull requests, also from strangers. Anything that runs code or loads a file from
another server on a reader's phone is an error with the file, the line and what to do instead.
Code examples (in `backticks` or fenced blocks) are left alone.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .markdown_lines import blank_code
from .problems import Problem

FORBIDDEN_TAGS = {
    "script": "it would run a program on readers' devices",
    "iframe": "it would show another website inside this one, which then learns who reads the page",
    "frame": "it would show another website inside this one",
    "frameset": "it would show other websites inside this one",
    "object": "it would load a program or file into the page",
    "embed": "it would load a program or file into the page",
    "applet": "it would run a program on readers' devices",
    "base": "it would change where every link of the page leads",
    "meta": "it would change how browsers treat the page",
    "link": "it would load a file into the page",
    "style": "it would change the look of the whole site; styles belong in a stylesheet of the site, listed under extra_css in mkdocs.yml",
    "form": "it would send what readers type to another place",
    "svg": "it can contain scripts; save the picture as a file in {assets} and show it with ![description](…)",
    "math": "it can hide scripts",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "srcset", "cite", "ping"}
LOADING_ATTRIBUTES = {"src", "srcset", "poster", "data", "background"}
DANGEROUS_SCHEME = re.compile(r"^\s*(javascript|vbscript|data)\s*:", re.IGNORECASE)
REMOTE = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
MARKDOWN_LINK = re.compile(r"(!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^\s)>]+)")
REFERENCE = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
AUTOLINK = re.compile(r"<((?:javascript|vbscript|data):[^>]*)>", re.IGNORECASE)

REMEDY_LINK = "link to a page of this site or to an address that starts with https://"
REMEDY_FILE = "put the file into {assets} and use it from there"  # {assets}: the site's assets folder


def unsafe_content_problems(body: str, first_line: int, file: str, assets: str) -> list[Problem]:
    """``assets``: the folder for pictures and files as editors see it, e.g. 'docs/assets/'."""
    text = blank_code(body)
    problems = _html_problems(text, first_line, file, assets)
    for number, line in enumerate(text.split("\n"), start=first_line):
        for match in MARKDOWN_LINK.finditer(line):
            image, url = match.group(1) == "!", match.group(2)
            problems.extend(_url_problems(url, "image" if image else "link", image, file, number, assets))
        reference = REFERENCE.match(line)
        if reference:
            problems.extend(_url_problems(reference.group(1), "link", False, file, number, assets))
        for match in AUTOLINK.finditer(line):
            problems.extend(_url_problems(match.group(1), "link", False, file, number, assets))
    return problems


def _url_problems(url: str, what: str, loads: bool, file: str, line: int, assets: str) -> list[Problem]:
    scheme = DANGEROUS_SCHEME.match(url)
    if scheme:
        return [
            Problem(
                file,
                line,
                f"{what} '{url[:40]}'",
                f"a {scheme.group(1).lower()}: address can run a script or hide content; {REMEDY_LINK}",
            )
        ]
    if loads and REMOTE.match(url):
        return [
            Problem(
                file,
                line,
                f"{what} '{url[:60]}'",
                f"this loads a file from another server, which then learns who reads the page; {REMEDY_FILE.format(assets=assets)}",
            )
        ]
    return []


class _Tags(HTMLParser):
    def __init__(self, file: str, first_line: int, assets: str) -> None:
        super().__init__(convert_charrefs=True)
        self.file, self.line_offset, self.assets = file, first_line - 1, assets
        self.problems: list[Problem] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0] + self.line_offset
        if tag in FORBIDDEN_TAGS:
            reason = FORBIDDEN_TAGS[tag].format(assets=self.assets)
            self.problems.append(Problem(self.file, line, f"<{tag}>", f"<{tag}> is not allowed in a page: {reason}; remove it"))
            return
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(
                    Problem(self.file, line, f"<{tag} {name}>", f"the attribute {name} runs a script when readers use the page; remove it")
                )
            elif name == "style" and re.search(r"url\s*\(|expression\s*\(|@import", value, re.IGNORECASE):
                remedy = REMEDY_FILE.format(assets=self.assets)
                message = f"this style can load files from other servers; remove it ({remedy})"
                self.problems.append(Problem(self.file, line, f"<{tag} style>", message))
            elif name in URL_ATTRIBUTES:
                loads = name in LOADING_ATTRIBUTES or tag in {"img", "source", "audio", "video", "track", "input"}
                urls = [part.strip().split(" ")[0] for part in value.split(",")] if name == "srcset" else [value]
                for url in urls:
                    self.problems.extend(_url_problems(url, f"<{tag} {name}>", loads and name != "href", self.file, line, self.assets))

    handle_startendtag = handle_starttag


def _html_problems(text: str, first_line: int, file: str, assets: str) -> list[Problem]:
    parser = _Tags(file, first_line, assets)
    parser.feed(text)
    parser.close()
    return parser.problems
