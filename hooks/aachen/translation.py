"""The version of a German page that a translation was made from.

A translation records it in its front matter (``translated_from: 3f2a9c1e0b``). It is a hash of
the German page's text, not a date from git, so it survives shallow clones and zip downloads.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .frontmatter import read_front_matter, split_front_matter


def source_version(german_text: str) -> str:
    """A short hash of the German page's body; front matter and trailing spaces do not count."""
    _, body, _ = split_front_matter(german_text.replace("\r\n", "\n"))
    normalized = "\n".join(line.rstrip() for line in body.strip().split("\n"))
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:10]


# The states a translated page can be in, from best to worst for a reader.
CURRENT = "current"  # made from the current German page and checked by a person
MACHINE = "machine"  # made from the current German page by a machine, not yet checked
OUTDATED = "outdated"  # the German page has changed since the translation was made
MISSING = "missing"  # no translation: readers see the German page
GERMAN_ONLY = "german-only"  # exists in German only on purpose (Leichte Sprache)
STATES = (CURRENT, MACHINE, OUTDATED, MISSING, GERMAN_ONLY)


@dataclass(frozen=True)
class TranslationState:
    page: str  # path inside docs/<language>/, e.g. "wohnen/kaution.md"
    language: str
    state: str
    machine: bool = False  # also true for an outdated machine translation


def translation_state(docs: Path, page: str, language: str, default: str) -> TranslationState:
    german = docs / default / page
    if read_front_matter(german).get("leichte_sprache"):
        return TranslationState(page, language, GERMAN_ONLY)
    translation = docs / language / page
    if not translation.is_file():
        return TranslationState(page, language, MISSING)
    meta = read_front_matter(translation)
    machine = bool(meta.get("machine_translation"))
    if str(meta.get("translated_from")) != _current_version(german, german.stat().st_mtime_ns):
        return TranslationState(page, language, OUTDATED, machine)
    return TranslationState(page, language, MACHINE if machine else CURRENT, machine)


def translation_states(docs: Path, languages: list[str], default: str) -> list[TranslationState]:
    """The state of every German page in every other language, sorted by page."""
    pages = sorted(path.relative_to(docs / default).as_posix() for path in (docs / default).rglob("*.md"))
    return [translation_state(docs, page, language, default) for page in pages for language in languages if language != default]


@lru_cache(maxsize=4096)
def _current_version(german: Path, mtime_ns: int) -> str:
    return source_version(german.read_text(encoding="utf-8-sig"))
