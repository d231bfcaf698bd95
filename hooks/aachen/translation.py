"""The version of a German page that a translation was made from.

A translation records it in its front matter (``translated_from: 3f2a9c1e0b``). It is a hash of
the German page's text, not a date from git, so it survives shallow clones and zip downloads.
"""

from __future__ import annotations

import hashlib

from .docs_check import split_front_matter


def source_version(german_text: str) -> str:
    """A short hash of the German page's body; front matter and trailing spaces do not count."""
    _, body, _ = split_front_matter(german_text.replace("\r\n", "\n"))
    normalized = "\n".join(line.rstrip() for line in body.strip().split("\n"))
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:10]
