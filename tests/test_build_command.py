"""`make build` (civic-site build) builds strictly and replaces site/ only when the build
succeeded: an editor's mistake gives plain messages, no traceback, and the old site stays."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from helpers import copy_project, edit, line_of, run_build


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
    "a link to a page that does not exist": (
        "docs/de/index.md",
        "## Was ist das Integrationskonzept?",
        "Siehe [Kaution](wohnen/kautionen.md).\n\n## Was ist das Integrationskonzept?",
        "the link 'wohnen/kautionen.md' leads to no page",
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


def test_a_successful_build_replaces_the_old_site(project_with_site: tuple[Path, dict[str, str]]) -> None:
    project, _ = project_with_site
    edit(project / "docs/de/index.md", "Die Texte sind kurz und einfach.", "Die Texte sind kurz, einfach und neu.")
    result = run_build(project, atomic=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "kurz, einfach und neu" in (project / "site/index.html").read_text(encoding="utf-8")
    assert not list((project / ".build").iterdir()), "the build left temporary folders behind"


def _rows(output: str) -> list[str]:
    """Output lines with MkDocs' log prefix ("WARNING -  ") removed."""
    return [row.split(" -  ", 1)[1] if " -  " in row else row for row in output.splitlines()]


def test_a_new_page_left_out_of_the_menu_is_named_with_what_to_add(project: Path) -> None:
    (project / "docs/de/neu.md").write_text("# Neu\n\nEin Text.\n", encoding="utf-8")
    result = run_build(project, atomic=True)
    assert result.returncode != 0
    assert "docs/de/neu.md: this page is not in the menu; add it under 'nav:' in mkdocs.yml (as '- neu.md')" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
