"""A copy of the project with ten times the pages and measures, to see how the build grows.

Every language's pages are copied nine more times into docs/<lang>/kopie-<n>/ (their relative
links stay valid) and listed in the navigation; every measure gets nine copies with new ids.

Usage: python scripts/scaled_copy.py TARGET [--factor 10]
"""

from __future__ import annotations

import argparse
import copy
import re
import shutil
from pathlib import Path

import yaml

from project_config import IgnoreTags, copy_parts

PARTS = ["mkdocs.yml", "data", "docs"]


def scaled_copy(target: Path, factor: int = 10) -> Path:
    copy_parts(target, PARTS)
    copies = [f"kopie-{number}" for number in range(1, factor)]
    _copy_pages(target / "docs", copies)
    _extend_nav(target / "mkdocs.yml", copies)
    _copy_measures(target / "data" / "measures.yml", copies)
    return target


def _copy_pages(docs: Path, copies: list[str]) -> None:
    for language in [path for path in docs.iterdir() if path.is_dir()]:
        originals = [path for path in language.rglob("*.md")]
        for name in copies:
            for page in originals:
                destination = language / name / page.relative_to(language)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(page, destination)


def _prefixed(nav: list, prefix: str) -> list:
    result = []
    for entry in nav:
        if isinstance(entry, str):
            result.append(f"{prefix}/{entry}")
        else:
            ((title, value),) = entry.items()
            result.append({f"{title} ({prefix})": _prefixed(value, prefix) if isinstance(value, list) else f"{prefix}/{value}"})
    return result


def _extend_nav(config_file: Path, copies: list[str]) -> None:
    text = config_file.read_text(encoding="utf-8")
    nav = yaml.load(text, Loader=IgnoreTags)["nav"]
    scaled = copy.deepcopy(nav) + [{name: _prefixed(nav, name)} for name in copies]
    # The nav is a top-level key: replace it, keep the rest of the file (and its tags) as it is.
    block = re.search(r"^nav:\n(?:[ \t]+.*\n|\n)*", text, flags=re.MULTILINE)
    new_nav = yaml.safe_dump({"nav": scaled}, allow_unicode=True, sort_keys=False)
    config_file.write_text(text[: block.start()] + new_nav + text[block.end() :], encoding="utf-8")


def _copy_measures(measures_file: Path, copies: list[str]) -> None:
    data = yaml.safe_load(measures_file.read_text(encoding="utf-8"))
    originals = list(data["measures"])
    for name in copies:
        for measure in originals:
            data["measures"].append({**copy.deepcopy(measure), "id": f"{measure['id']}-{name}"})
    measures_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path)
    parser.add_argument("--factor", type=int, default=10)
    arguments = parser.parse_args()
    print(scaled_copy(arguments.target, arguments.factor))
