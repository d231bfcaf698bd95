"""Which static files the site ships, and under which names.

The site's own scripts and stylesheets get a fingerprint in their file name (site.css becomes
site.1a2b3c4d.css), from their content. A server can then let browsers keep them for a year
(deploy/nginx.conf): a reader's next page costs only its HTML, and a changed file gets a new name.

Material copies all of its assets into every build; the site loads only its stylesheet. Its
JavaScript bundle, search worker, source maps and the search stemmers of languages the site does
not have are left out, which keeps site/ small for hosts and the build quick.
"""

from __future__ import annotations

import fnmatch
import hashlib
import posixpath
from functools import lru_cache
from pathlib import Path

import yaml

# The site's own assets (in the engine's theme folder), each loaded under a fingerprinted name.
OWN = (
    "assets/stylesheets/site.css",
    "assets/javascripts/site.js",
    "assets/javascripts/search.js",
    "assets/javascripts/vendor/lunr.min.js",
    "assets/javascripts/stemmer-uk.js",
    "assets/javascripts/offline.js",
    "assets/stylesheets/listen.css",
    "assets/javascripts/vendor/easy-speech.iife.js",
    "assets/javascripts/listen.js",
)
STEMMERS = {"ukrainian": "assets/javascripts/stemmer-uk.js"}  # the engine's own stemmers for lunr

LUNR_DIR = "assets/javascripts/lunr/min/"
LUNR_PACK = LUNR_DIR + "lunr.{code}.min.js"  # a language's stemmer and stop words, from Material
LUNR_SUPPORT = LUNR_DIR + "lunr.stemmer.support.min.js"  # needed by every pack

# Material's files that no page of this site loads.
UNUSED = (
    "assets/javascripts/bundle.*",
    "assets/javascripts/workers/*",
    "assets/javascripts/lunr/*",
    "assets/images/favicon.png",
    "*.map",
)
PALETTE = "assets/stylesheets/palette.*"  # loaded by every page when theme.palette is set


def lunr_packs(codes: list[str], available: set[str]) -> list[str]:
    """The lunr files search needs for these languages, as far as Material has them (none for a
    language whose search uses no lunr pack, see search_languages.yml)."""
    packs = [
        LUNR_PACK.format(code=code)
        for code in codes
        if LUNR_PACK.format(code=code) in available and search_rules(code).get("stemmer", "lunr") == "lunr"
    ]
    return [LUNR_SUPPORT, *packs] if packs else []


@lru_cache(maxsize=1)
def _search_languages() -> dict:
    return yaml.safe_load((Path(__file__).parent / "search_languages.yml").read_text(encoding="utf-8"))


def search_rules(code: str) -> dict:
    """How search treats the words of the language ``code`` (search_languages.yml)."""
    return dict(_search_languages().get(code.split("-")[0], {}))


def is_unused(path: str, needed: set[str], *, palette: bool) -> bool:
    patterns = UNUSED if palette else (*UNUSED, PALETTE)
    return path not in needed and any(fnmatch.fnmatch(path, pattern) for pattern in patterns)


def fingerprinted(path: str, source: str) -> str:
    """``path`` with a short hash of the file's content before its last extension."""
    stem, extension = posixpath.splitext(path)
    return f"{stem}.{_digest(source, Path(source).stat().st_mtime_ns)}{extension}"


@lru_cache(maxsize=64)
def _digest(source: str, _mtime: int) -> str:
    return hashlib.sha256(Path(source).read_bytes()).hexdigest()[:8]
