"""The one entry point the hooks use to get checked data: validate ``data/`` and ``docs/`` once,
then serve the result from a cache until a file changes.

static-i18n runs MkDocs' events once per language, and ``mkdocs serve`` rebuilds on every save;
the cache makes both cheap and keeps errors from being printed four times.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from .data import SiteData, load_site_data
from .docs_check import check_docs
from .frontmatter import read_front_matter
from .languages import default_language, site_languages
from .problems import EditorError
from .render import MARKERS
from .schema import Schemas

_cache: dict[str, object] = {}


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def checked_site_data(config: MkDocsConfig, *, recheck: bool = False) -> SiteData:
    """The site's data, checked together with every Markdown file; raises ``EditorError``.

    hooks/validate.py asks with ``recheck=True`` at the start of each build, which looks for
    changed files; the hooks that run for every page get the result of that check."""
    if not recheck and "data" in _cache:
        return _cache["data"]  # type: ignore[return-value]
    root = project_root(config)
    languages = tuple(language.code for language in site_languages(config))
    default = default_language(config).code
    signature = (languages, _signature(root))
    if _cache.get("signature") == signature:
        return _cache["data"]  # type: ignore[return-value]

    data = check_project(root, languages, default)
    _cache.update(signature=signature, data=data)
    return data


def check_project(root: Path, languages: tuple[str, ...], default: str) -> SiteData:
    """Check data/ and docs/ of the project at ``root``; raise ``EditorError`` with every problem."""
    problems = []
    data = None
    try:
        data = load_site_data(root, languages, default)
    except EditorError as error:
        problems.extend(error.problems)
    schemas = Schemas(root / "data" / "schema", languages, default)
    # Markdown is checked even when data has problems: all mistakes are reported in one go.
    problems.extend(check_docs(root, default, data, schemas, MARKERS))
    if problems:
        raise EditorError(problems)
    assert data is not None
    return data


def _signature(root: Path) -> tuple:
    paths = sorted([*(root / "data").rglob("*"), *(root / "docs").rglob("*.md")])
    return tuple((str(path), path.stat().st_mtime_ns, path.stat().st_size) for path in paths if path.is_file())


_front_matter_cache: dict[Path, tuple[int, dict]] = {}


def german_front_matter(config: MkDocsConfig, norm_src_uri: str) -> dict:
    """The front matter of the German (default language) version of a page; {} if it has none.
    Translations take facts about the page, such as when its facts were checked, from there."""
    path = project_root(config) / "docs" / default_language(config).code / norm_src_uri
    if not path.is_file():
        return {}
    mtime = path.stat().st_mtime_ns
    cached = _front_matter_cache.get(path)
    if cached is None or cached[0] != mtime:
        _front_matter_cache[path] = (mtime, read_front_matter(path))
    return _front_matter_cache[path][1]
