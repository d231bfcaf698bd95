"""`make build` (civic-site build) builds strictly and replaces site/ only when the build
succeeded: an editor's mistake gives plain messages, no traceback, and the old site stays."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from town import make_town

from helpers import build_in_process, copy_project, edit, line_of, run_build


def tree_fingerprint(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.rglob("*")) if path.is_file()
    }


@pytest.fixture(scope="module")
def built_project(tmp_path_factory: pytest.TempPathFactory, built_site: Path) -> tuple[Path, dict[str, str]]:
    """The project with the site `make build` made of it, once for the module."""
    project = copy_project(tmp_path_factory.mktemp("built-project") / "project")
    shutil.copytree(built_site, project / "site")
    return project, tree_fingerprint(project / "site")


@pytest.fixture
def project_with_site(built_project: tuple[Path, dict[str, str]], tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A copy of that project and its site, for one test to change."""
    original, fingerprint = built_project
    project = tmp_path / "project"
    shutil.copytree(original, project, symlinks=True)
    return project, fingerprint


BROKEN_EDITS = {
    "an unknown field in data": ("data/measures.yml", "field: wohnen", "field: wohne", "measures[0].field: 'wohne' is not a field of action"),
    "a YAML syntax error": ("data/concept.yml", "measures_total: 107", "measures_total: [107", "the YAML cannot be read"),
    "an unknown marker": ("docs/de/index.md", "<!-- fields -->", "<!-- feld -->", "there is no marker called 'feld'"),
    "a menu entry for a page that does not exist": (
        "mkdocs.yml",
        "      - handlungsfelder/sport.md\n",
        "      - handlungsfelder/sportt.md\n",
        "nav: 'handlungsfelder/sportt.md' is not a page in docs/de/; did you mean 'handlungsfelder/sport.md'?",
    ),
    "front matter that is not closed": (
        "docs/en/index.md",
        "machine_translation: true\n---\n",
        "machine_translation: true\n",
        "front matter: the block that starts with '---' on line 1 is not closed",
        1,  # reported where the block opens
    ),
}


@pytest.mark.parametrize("name", BROKEN_EDITS)
def test_a_broken_edit_stops_the_build_with_a_plain_message_and_keeps_the_old_site(project_with_site: tuple[Path, dict[str, str]], name: str) -> None:
    project, before = project_with_site
    file, old, new, message, *explicit_line = BROKEN_EDITS[name]
    edit(project / file, old, new)
    line = explicit_line[0] if explicit_line else line_of(project / file, new.split("\n")[0])

    result = run_build(project, atomic=True)

    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    assert any(row.startswith(f"{file}:{line}: ") and message in row for row in _rows(output)), output
    assert tree_fingerprint(project / "site") == before, "site/ changed although the build failed"


def test_a_markdown_file_that_is_not_utf8_stops_the_build_without_a_traceback(project: Path) -> None:
    path = project / "docs/en/index.md"
    path.write_bytes(path.read_bytes().replace(b"short and simple", b"short and simple \xe9", 1))
    result = run_build(project, atomic=True)
    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    assert "docs/en/index.md:" in result.stderr and "is not saved as UTF-8" in result.stderr


# What the build does with site/ is the engine's, whatever the town: these run on the small
# second town of the engine's tests (tests/town.py), which builds in a second.


@pytest.fixture
def town_with_site(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    town = make_town(tmp_path / "town")
    build_in_process(town, town / "site")
    return town, tree_fingerprint(town / "site")


def test_a_successful_build_replaces_the_old_site(town_with_site: tuple[Path, dict[str, str]]) -> None:
    town, _ = town_with_site
    edit(town / "pages/nl/news.md", "Over de nieuwe bibliotheek.", "Over de nieuwe bibliotheek en het zwembad.")
    result = run_build(town, atomic=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "het zwembad" in (town / "site/news.html").read_text(encoding="utf-8")
    assert not list((town / ".build").iterdir()), "the build left temporary folders behind"


def test_a_link_to_a_page_that_does_not_exist_stops_the_build_and_keeps_the_old_site(town_with_site: tuple[Path, dict[str, str]]) -> None:
    town, before = town_with_site
    edit(town / "pages/nl/news.md", "Over de nieuwe bibliotheek.", "Over de nieuwe bibliotheek.\n\nZie [hulp](hulp.md).")
    result = run_build(town, atomic=True)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    line = line_of(town / "pages/nl/news.md", "Zie [hulp]")
    assert any(row.startswith(f"pages/nl/news.md:{line}: ") and "the link 'hulp.md' leads to no page" in row for row in _rows(output)), output
    assert "pages/nl/hulp.md does not exist; did you mean 'help.md' (pages/nl/help.md)?" in output, "named in the town's own folder"
    assert tree_fingerprint(town / "site") == before, "site/ changed although the build failed"


def test_links_to_a_word_of_the_glossary_are_checked_and_a_missing_word_or_heading_is_named(tmp_path: Path) -> None:
    """The glossary's words are in HTML that a marker writes, not in headings; links to them are checked all the same."""
    town = make_town(tmp_path / "town")
    links = "Zie [Apfel](glossary.md#word-3), [Ärger](glossary.md#word2) en [hulp](help.md#vragen)."
    edit(town / "pages/nl/news.md", "Over de nieuwe bibliotheek.", f"Over de nieuwe bibliotheek.\n\n{links}")
    result = run_build(town, atomic=True)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    line = line_of(town / "pages/nl/news.md", "Zie [Apfel]")
    problems = [row for row in _rows(output) if row.startswith("pages/nl/news.md:")]
    assert sorted(problems) == [
        f"pages/nl/news.md:{line}: the link 'glossary.md#word2' points to '#word2', but no word of the glossary has that id; did you mean 'word-2'?",
        # In the Arabic site, the page (shown in Dutch) links to the Arabic help page, which lacks the heading too.
        *(
            f"pages/nl/news.md:{line}: the link 'help.md#vragen' points to '#vragen', but pages/{code}/help.md has no heading with that id; "
            "give the heading an id like '## Title { #vragen }' or fix the link"
            for code in ("ar", "nl")
        ),
    ], output


def _rows(output: str) -> list[str]:
    """Output lines with MkDocs' log prefix ("WARNING -  ") removed."""
    return [row.split(" -  ", 1)[1] if " -  " in row else row for row in output.splitlines()]


def test_a_new_page_left_out_of_the_menu_is_named_with_what_to_add(project: Path) -> None:
    (project / "docs/de/neu.md").write_text("# Neu\n\nEin Text.\n", encoding="utf-8")
    result = run_build(project, atomic=True)
    assert result.returncode != 0
    assert "docs/de/neu.md: this page is not in the menu; add it under 'nav:' in mkdocs.yml (as '- neu.md')" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
