"""What editors read matches what the build does."""

from __future__ import annotations

import re

from civic_site.render import MARKERS
from helpers import ROOT


def test_every_marker_is_documented_in_the_readme_and_every_documented_marker_exists() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Markers", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `<!-- ([a-z-]+)", table, flags=re.MULTILINE))
    assert documented == set(MARKERS)


def test_the_contributor_guide_documents_every_marker_in_german_and_in_english() -> None:
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    german, english = guide.split("\n## English\n", 1)
    for part in (german, english):
        documented = set(re.findall(r"^\| `<!-- ([a-z-]+)", part, flags=re.MULTILINE))
        assert documented == set(MARKERS)


def test_the_readme_shows_the_two_commands_first() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_section = readme.split("\n## ", 2)[1]
    assert first_section.startswith("Two commands") and "make serve" in first_section and "make test" in first_section


def test_the_readme_names_every_module_of_the_engine_and_no_other() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("### The engine", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `([a-z_]+\.py)` \|", table, flags=re.MULTILINE))
    modules = {path.name for path in (ROOT / "engine" / "civic_site").glob("*.py") if path.name not in {"__init__.py", "__main__.py"}}
    assert documented == modules, f"missing in the README: {sorted(modules - documented)}; gone from the engine: {sorted(documented - modules)}"


def test_the_engine_names_no_city_and_no_folder_of_this_site() -> None:
    """What another town reuses (code, templates, script, styles, schemas, texts, starter) knows no city."""
    engine = ROOT / "engine" / "civic_site"
    names = re.compile(r"aachen|wohnen|handlungsfelder", re.IGNORECASE)
    found = []
    for path in sorted(engine.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".html", ".js", ".css", ".json", ".yml", ".md"} and "vendor" not in path.parts:
            for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
                if names.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:100]}")
    assert found == []
