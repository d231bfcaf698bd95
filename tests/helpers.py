"""Shared helpers for the tests: the project's layout, its languages, and building copies of it."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from civic_site.languages import direction_of
from civic_site.site import Site, load_site
from project_config import copy_parts

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ["mkdocs.yml", "data", "docs"]


@dataclass(frozen=True)
class SiteLanguage:
    code: str
    name: str
    direction: str
    default: bool
    tag: str  # as pages write it in lang and hreflang (e.g. zh-Hans for the code zh)

    def prefix(self) -> str:
        """Where this language's pages live in the built site: '' or e.g. 'en/'."""
        return "" if self.default else f"{self.code}/"


@cache
def configured_languages(config_file: Path = ROOT / "mkdocs.yml") -> tuple[SiteLanguage, ...]:
    """The languages as mkdocs.yml configures them; tests never list languages by hand."""
    from mkdocs.config import load_config

    config = load_config(str(config_file))
    tags = config.plugins["civic"].config.html_lang or {}
    return tuple(
        SiteLanguage(lang.locale, lang.name, direction_of(lang.locale), bool(lang.default), tags.get(lang.locale, lang.locale))
        for lang in config.plugins["i18n"].config.languages
        if lang.build
    )


def default_language() -> SiteLanguage:
    return next(language for language in configured_languages() if language.default)


def source_pages() -> list[str]:
    """Every page of the German source, as a path inside docs/de/ (e.g. 'handlungsfelder/wohnen.md')."""
    base = ROOT / "docs" / default_language().code
    return sorted(path.relative_to(base).as_posix() for path in base.rglob("*.md"))


def html_path(source: str) -> str:
    return source[: -len(".md")] + ".html"


def copy_project(target: Path) -> Path:
    """A copy of everything a build needs, to change without touching the real project."""
    return copy_parts(target, PROJECT_PARTS)


def run_build(project: Path, site_dir: Path | None = None, *, atomic: bool = False) -> subprocess.CompletedProcess:
    """Build ``project`` strictly, as `make build` does (atomic) or with plain `mkdocs build`."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    site_dir = site_dir or project / "site"
    if atomic:
        command = [sys.executable, "-m", "civic_site", "-f", str(project / "mkdocs.yml"), "build", "--site-dir", str(site_dir)]
    else:
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300)


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not found in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if needle in line:
            return number
    raise AssertionError(f"test setup: {needle!r} not in {path}")


@cache
def _site_of_project() -> Site:
    return load_site(ROOT / "mkdocs.yml")[0]


def site_at(root: Path) -> Site:
    """The project's site as the engine sees it, for a copy of the project at ``root``."""
    site = _site_of_project()
    return replace(site, root=root.resolve(), docs_dir=(root / "docs").resolve(), data_dir=(root / "data").resolve())


@cache
def ui_strings() -> dict[str, dict[str, str]]:
    """The texts the build puts on pages: the engine's, with this site's own (data/strings.yml) in their place."""
    import yaml

    from civic_site.data import engine_strings

    own = yaml.safe_load((ROOT / "data/strings.yml").read_text(encoding="utf-8"))["strings"]
    return {**engine_strings(), **own}


@cache
def material_texts(code: str):
    """Material's own interface texts in a language (its partials/languages/<code>.html): ``.t(key)``."""
    import jinja2
    import material

    templates = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(material.__file__).parent / "templates"))
    return templates.get_template(f"partials/languages/{code}.html").module


def build_in_process(project: Path, site_dir: Path) -> None:
    """Build ``project`` strictly in this process (faster than a new Python for each build).
    Raises mkdocs.exceptions.Abort or an EditorError if the build fails."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
