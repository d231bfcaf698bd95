"""Rewrite MkDocs' log records for editors: file and line first, then what to do."""

from __future__ import annotations

import difflib
import logging
import posixpath
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from .problems import did_you_mean
from .site import Site

MISSING_TARGET = re.compile(
    r"Doc file '(?P<file>[^']+)' contains a link '(?P<link>[^']+)', but the target '(?P<target>[^']+)' is not found among documentation files\."
)
MISSING_ANCHOR = re.compile(
    r"Doc file '(?P<file>[^']+)' contains a link '(?P<link>[^']+)', but the doc '(?P<target>[^']+)' does not contain an anchor '#(?P<anchor>[^']+)'\."
)
NOT_IN_NAV = re.compile(
    r"The following pages exist in the docs directory, but are not included in the \"nav\" configuration:\n(?P<pages>.*)", re.DOTALL
)
NAV_NOT_FOUND = re.compile(r"A reference to '(?P<page>[^']+)' is included in the 'nav' configuration, which is not found")
OTHER_LINK = re.compile(r"Doc file '(?P<file>[^']+)' contains (?P<rest>.*)")


class EditorWarningFilter(logging.Filter):
    """Rewrites MkDocs' warnings about links and the menu, and drops repeats across languages."""

    def __init__(self) -> None:
        super().__init__()
        self.docs_dir: Path | None = None
        self.docs = ""  # the docs folder as the editor sees it, from the folder of mkdocs.yml (set by start)
        self.config_file = Path("mkdocs.yml")
        self.default_language = ""
        self.glossary_page: str | None = None
        self.glossary_ids: list[str] = []
        self.glossary_file = ""
        self.seen: set[str] = set()

    def start(self, config: MkDocsConfig, site: Site, glossary_ids: list[str]) -> None:
        self.docs_dir = site.docs_dir
        self.config_file = Path(config.config_file_path)
        self.docs = site.docs_folder
        self.default_language = site.default.code
        self.glossary_page, self.glossary_ids, self.glossary_file = site.glossary_page, glossary_ids, site.data_file("glossary.yml")
        self.seen = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.docs_dir is None or record.levelno < logging.WARNING:
            return True
        message = self.rewrite(record.getMessage())
        if message in self.seen:
            return False
        self.seen.add(message)
        record.msg, record.args = message, None
        return True

    def rewrite(self, message: str) -> str:
        if match := MISSING_TARGET.match(message):
            file, link = match["file"], match["link"]
            hint = self._similar_page(match["target"])
            return f"{self._where(file, link)}: the link '{link}' leads to no page: {self.docs}/{match['target']} does not exist{hint}"
        if match := MISSING_ANCHOR.match(message):
            file, link, anchor = match["file"], match["link"], match["anchor"]
            if self.glossary_page and match["target"].split("/", 1)[-1] == self.glossary_page:
                # The glossary's words are not headings: their ids come from the data.
                hint = did_you_mean(anchor, self.glossary_ids) or f"; the ids are in {self.glossary_file}"
                return f"{self._where(file, link)}: the link '{link}' points to '#{anchor}', but no word of the glossary has that id{hint}"
            return (
                f"{self._where(file, link)}: the link '{link}' points to '#{anchor}', but {self.docs}/{match['target']} "
                f"has no heading with that id; give the heading an id like '## Title {{ #{anchor} }}' or fix the link"
            )
        if match := NOT_IN_NAV.match(message):
            pages = [page.strip()[2:] for page in match["pages"].strip().split("\n")]
            return "\n".join(
                f"{self.docs}/{page}: this page is not in the menu; add it under 'nav:' in {self.config_file.name} "
                f"(as '- {page.split('/', 1)[-1]}'), so that readers can find it"
                for page in pages
            )
        if match := NAV_NOT_FOUND.match(message):
            page = match["page"]
            where = self._line_in(self.config_file, page, self.config_file.name)
            return f"{where}: nav: '{page}' is not a page in {self.docs}/{self.default_language}/{self._similar_page(page, self.default_language)}"
        if match := OTHER_LINK.match(message):
            return f"{self.docs}/{match['file']}: contains {match['rest']}"
        return message

    def _where(self, file: str, link: str) -> str:
        return self._line_in(self.docs_dir / file, link, f"{self.docs}/{file}")

    @staticmethod
    def _line_in(path: Path, needle: str, name: str) -> str:
        """``name:line`` of the first line of ``path`` that contains ``needle``, else ``name``."""
        try:
            for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
                if needle in line:
                    return f"{name}:{number}"
        except OSError:
            pass
        return name

    def _similar_page(self, target: str, language: str | None = None) -> str:
        """A "did you mean" for a missing page; ``language``: the target is inside that folder."""
        base = self.docs_dir / language if language else self.docs_dir
        pages = [p.relative_to(base).as_posix() for p in base.rglob("*.md")]
        match = difflib.get_close_matches(target, pages, n=1, cutoff=0.7)
        if not match:
            return "; check the spelling, or create the page"
        if language:
            return f"; did you mean '{match[0]}'?"
        folder = posixpath.dirname(target)
        return f"; did you mean '{posixpath.relpath(match[0], folder)}' ({self.docs}/{match[0]})?"
