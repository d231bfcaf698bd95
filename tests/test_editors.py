"""What editors rely on: a new language is one entry in mkdocs.yml and one folder; translation
states are reported to editors and to readers; a typo fix does not make translations outdated."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from editors_changes import CHANGED_GERMAN_PAGE, DELETED_TRANSLATION, REPOSITORY

from civic_site.languages import Language, name_in
from helpers import ROOT, build_in_process, configured_languages, copy_project, edit, line_of, ui_strings

STRINGS = ui_strings()
TRANSLATED = [language.code for language in configured_languages() if not language.default]
TODAY = "2026-12-03"  # fixed, so that no test starts failing as time passes


def german_in(code: str) -> str:
    """The name of German in a sentence of the language ``code``."""
    return name_in(Language("de", "Deutsch", "ltr", True), code)


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def status(project: Path, *options: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "civic_site", "status", "--today", TODAY, *options]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=120)


NEW_LANGUAGES = [("fa", "فارسی", "rtl"), ("ti", "ትግርኛ", "ltr"), ("ps", "پښتو", "rtl")]  # right to left; no theme texts; both


def add_language(project: Path, code: str, name: str) -> None:
    """What the contributor guide says: one entry in mkdocs.yml and one folder in docs/."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    entry = f"        - locale: {code}\n          name: {name}\n          build: true\n"
    at = text.index("  - civic:")  # the entry goes at the end of the i18n plugin's list of languages
    config.write_text(text[:at].rstrip("\n") + "\n" + entry + "\n" + text[at:], encoding="utf-8")
    folder = project / "docs" / code
    folder.mkdir()
    (folder / "index.md").write_text(f"---\nmachine_translation: true\n---\n\n# {name}\n\n<!-- languages -->\n\nText.\n", encoding="utf-8")


@pytest.fixture(scope="module")
def more_languages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("languages") / "project")
    for code, name, _ in NEW_LANGUAGES:
        add_language(project, code, name)
    build_in_process(project, project / "site")
    return project / "site"


@pytest.mark.parametrize(("code", "name", "direction"), NEW_LANGUAGES, ids=[code for code, _, _ in NEW_LANGUAGES])
def test_a_new_language_needs_one_config_entry_and_one_folder(more_languages: Path, code: str, name: str, direction: str) -> None:
    site = more_languages / code
    home = soup(site / "index.html")
    assert (home.html["lang"], home.html["dir"]) == (code, direction)
    assert code in [a["lang"] for a in home.select("nav.civic-languages a")]
    # A page not translated yet shows German, marked as such, under a notice; the engine has no texts
    # in these languages yet, so the notice is in the site's own language, marked as German.
    guide = soup(site / "wohnen" / "kaution.html")
    assert (guide.html["lang"], guide.html["dir"]) == (code, direction)
    assert guide.select_one(".civic-fallback")["lang"] == "de"
    notice = guide.select_one("[role=note] span")
    assert notice["lang"] == "de"
    assert " ".join(notice.get_text().split()) == f"Diese Seite gibt es noch nicht auf {name}. Sie lesen sie auf Deutsch."
    assert (more_languages / "assets" / "search" / f"{code}.js").is_file()


def test_a_changed_german_page_makes_its_translations_outdated_for_editors(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    edit(project / CHANGED_GERMAN_PAGE[0], *CHANGED_GERMAN_PAGE[1:])
    report = status(project, "--strict")
    assert report.returncode == 1
    row = next(line for line in report.stdout.splitlines() if line.startswith("wohnen/kaution.md"))
    assert row.split()[1:] == ["OUTDATED"] * len(TRANSLATED)


def test_a_changed_german_page_makes_its_translations_outdated_for_readers(edited_site: Path) -> None:
    for code in TRANSLATED:
        page = soup(edited_site / code / "wohnen" / "kaution.html")
        notices = [" ".join(n.get_text().split()) for n in page.select(".civic-notice")]
        assert any(STRINGS["outdated.notice"][code].format(original=german_in(code)) in notice for notice in notices), notices
        table = soup(edited_site / code / "uebersetzungen.html")
        cells = [td.get_text(strip=True) for td in table.find("code", string="wohnen/kaution.md").find_parent("tr").find_all("td")]
        assert cells == [STRINGS["translation.outdated"][code]] * len(TRANSLATED)


def test_a_typo_fix_marked_as_minor_keeps_translations_current(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "add", "-A"], cwd=project, check=True)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "start"], cwd=project, check=True)
    edit(project / "docs/de/wohnen/kaution.md", "Die Zinsen gehören Ihnen.", "Die Zinsen gehören Ihnen .")
    assert status(project, "--strict").returncode == 1
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "civic_site", "minor", "docs/de/wohnen/kaution.md"], cwd=project, env=env, check=True)
    assert status(project, "--strict").returncode == 0


def test_a_missing_translation_is_reported_to_editors(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / DELETED_TRANSLATION).unlink()
    report = status(project)
    assert report.returncode == 0, "without --strict, status only reports"
    row = next(line for line in report.stdout.splitlines() if line.startswith("wohnen/auszug.md"))
    assert "MISSING" in row
    assert status(project, "--strict").returncode == 1


def test_a_missing_translation_shows_german_with_a_notice(edited_site: Path) -> None:
    assert DELETED_TRANSLATION == "docs/tr/wohnen/auszug.md", "test setup"
    page = soup(edited_site / "tr" / "wohnen" / "auszug.html")
    assert page.html["lang"] == "tr" and page.select_one(".civic-fallback")["lang"] == "de"
    notice = " ".join(page.select_one(".civic-notice").get_text().split())
    assert notice == STRINGS["fallback.page"]["tr"].format(language="Türkçe", original="Almanca")


def test_the_current_translations_are_reported_current() -> None:
    report = status(ROOT, "--strict")
    assert report.returncode == 0, report.stdout + report.stderr


def test_edit_links_lead_to_each_pages_own_file_without_asking_the_host(edited_site: Path) -> None:
    site = edited_site  # with a repository set in editors_changes.py
    for prefix, source in [("", "de/wohnen/kaution.md"), ("en/", "en/wohnen/kaution.md"), ("ar/", "ar/wohnen/kaution.md")]:
        page = soup(site / prefix / "wohnen" / "kaution.html")
        edit_link = page.select_one("a.md-content__button[href*='/edit/']")
        assert edit_link["href"] == f"{REPOSITORY}/edit/main/docs/{source}"
    # Material would ask GitHub's API for stars and forks from its script; the page loads only the site's own.
    scripts = [tag["src"] for tag in soup(site / "index.html").select("script[src]")]
    assert scripts and all(re.search(r"assets/javascripts/site\.[0-9a-f]{8}\.js$", src) for src in scripts), scripts


def test_a_guide_checked_years_ago_is_listed_with_its_line_and_fails_the_strict_status(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    guide = project / "docs/de/wohnen/kaution.md"
    guide.write_text(re.sub(r"(?m)^facts_checked: .*$", "facts_checked: 2019-05-01", guide.read_text(encoding="utf-8")), encoding="utf-8")
    figures = project / "data/figures.yml"
    figures.write_text(figures.read_text(encoding="utf-8").replace("checked: 2026-12-03", "checked: 2020-01-31", 1), encoding="utf-8")
    report = status(project)
    line = line_of(guide, "facts_checked:")
    assert f"OVERDUE docs/de/wohnen/kaution.md:{line}: wohnen/kaution.md: last checked on 2019-05-01" in report.stdout
    figure_line = line_of(figures, "checked: 2020-01-31")
    assert f"OVERDUE data/figures.yml:{figure_line}: " in report.stdout
    strict = status(project, "--strict")
    assert strict.returncode == 1 and "2 facts overdue" in strict.stderr
