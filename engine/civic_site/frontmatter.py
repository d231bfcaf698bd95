"""The front matter of a Markdown page: the YAML block between two '---' lines at the top."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

# libyaml's parser where it is installed (it is with PyYAML's wheels): several times faster.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(?P<yaml>.*?\n)?(?:-{3}|\.{3})[ \t]*(?:\n|\Z)", re.DOTALL)


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter YAML or None, Markdown body, line number where the body starts)."""
    match = FRONT_MATTER.match(text)
    if match is None:
        return None, text, 1
    return match.group("yaml") or "", text[match.end() :], text[: match.end()].count("\n") + 1


def read_front_matter(path: Path) -> dict:
    """The front matter of a page as a dict; {} if it has none or it cannot be read (the build's
    checks report that case with its line). Read again only when the file changes."""
    return _read_front_matter(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=4096)
def _read_front_matter(path: Path, mtime_ns: int) -> dict:
    front_matter, _, _ = split_front_matter(path.read_text(encoding="utf-8-sig"))
    try:
        data = yaml.load(front_matter, Loader=SafeLoader) if front_matter else {}
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def source_front_matter(docs_dir: Path, default: str, page: str) -> dict:
    """The front matter of the default language's version of a page; {} if it has none.
    Translations take facts about the page, such as when its facts were checked, from there."""
    path = docs_dir / default / page
    return read_front_matter(path) if path.is_file() else {}
