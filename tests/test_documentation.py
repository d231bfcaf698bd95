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
