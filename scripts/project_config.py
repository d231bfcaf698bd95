"""What the scripts need to know about the project, read from mkdocs.yml and data/site.yml."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


class IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml without constructing its !!python objects (the scripts need plain keys)."""


IgnoreTags.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def copy_parts(target: Path, parts: list[str], root: Path = ROOT) -> Path:
    """Copy the named files and folders of the project into ``target`` (no Python caches)."""
    target.mkdir(parents=True, exist_ok=True)
    for part in parts:
        source = root / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


def mkdocs_config(root: Path = ROOT) -> dict:
    return yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=IgnoreTags)


def languages(root: Path = ROOT) -> list[tuple[str, str]]:
    """(code, URL prefix) of each built language, in the order of mkdocs.yml; the default first."""
    plugins = mkdocs_config(root)["plugins"]
    i18n = next(plugin["i18n"] for plugin in plugins if isinstance(plugin, dict) and "i18n" in plugin)
    return [(lang["locale"], "" if lang.get("default") else f"{lang['locale']}/") for lang in i18n["languages"] if lang.get("build", True)]
