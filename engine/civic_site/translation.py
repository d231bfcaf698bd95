"""The version of a source page that a translation was made from, and the state of each translation.

A translation records the version in its front matter (``translated_from: 3f2a9c1e0b``). It is a
hash of the source page's text, not a date from git, so it survives shallow clones and zip downloads.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .frontmatter import read_front_matter, split_front_matter


def source_version(source_text: str) -> str:
    """A short hash of the source page's body; front matter and trailing spaces do not count."""
    _, body, _ = split_front_matter(source_text.replace("\r\n", "\n"))
    normalized = "\n".join(line.rstrip() for line in body.strip().split("\n"))
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:10]


# The states a translated page can be in, from best to worst for a reader.
CURRENT = "current"  # made from the current source page and checked by a person
MACHINE = "machine"  # made from the current source page by a machine, not yet checked
OUTDATED = "outdated"  # the source page has changed since the translation was made
MISSING = "missing"  # no translation: readers see the source page
SOURCE_ONLY = "source-only"  # exists in the source language only, on purpose


@dataclass(frozen=True)
class TranslationState:
    page: str  # path inside a language folder, e.g. "housing/deposit.md"
    language: str
    state: str


def translation_state(docs: Path, page: str, language: str, default: str, source_only_key: str) -> TranslationState:
    source = docs / default / page
    if read_front_matter(source).get(source_only_key):
        return TranslationState(page, language, SOURCE_ONLY)
    translation = docs / language / page
    if not translation.is_file():
        return TranslationState(page, language, MISSING)
    meta = read_front_matter(translation)
    if str(meta.get("translated_from")) != _current_version(source, source.stat().st_mtime_ns):
        return TranslationState(page, language, OUTDATED)
    return TranslationState(page, language, MACHINE if meta.get("machine_translation") else CURRENT)


def translation_states(docs: Path, languages: list[str], default: str, source_only_key: str) -> list[TranslationState]:
    """The state of every source page in every other language, sorted by page."""
    pages = sorted(path.relative_to(docs / default).as_posix() for path in (docs / default).rglob("*.md"))
    return [translation_state(docs, page, language, default, source_only_key) for page in pages for language in languages if language != default]


@lru_cache(maxsize=4096)
def _current_version(source: Path, mtime_ns: int) -> str:
    return source_version(source.read_text(encoding="utf-8-sig"))
