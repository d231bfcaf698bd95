"""The engine knows no city: a second town, made with `civic-site new-site`, builds with its own
languages (the default not German, one right to left, one Material has no texts for), its own
data, its own folder names and its own theme settings, without a change to the engine's code."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pyuca import Collator
from town import GLOSSARY_WORDS, LANGUAGES, make_town, soup

from civic_site.checks import check_project
from civic_site.cli import main as civic_site
from civic_site.collation import collation_order
from civic_site.new_site import create_site
from civic_site.problems import EditorError
from civic_site.site import load_site
from helpers import build_in_process, edit


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_town(tmp_path_factory.mktemp("town") / "musterstad")
    build_in_process(folder, folder / "site")
    return folder


@pytest.mark.parametrize(("code", "direction"), LANGUAGES.items())
def test_every_language_of_the_town_has_its_own_lang_and_dir(town: Path, code: str, direction: str) -> None:
    prefix = "" if code == "nl" else f"{code}/"
    for page in ("index.html", "help.html", "fields/example.html"):
        html = soup(town / "site" / prefix / page).html
        assert (html["lang"], html["dir"]) == (code, direction), f"{prefix}{page}"


def test_a_page_missing_in_a_language_says_so_and_names_the_towns_own_default_language(town: Path) -> None:
    notice = soup(town / "site" / "ar" / "fields" / "example.html").select_one("[role=note]")
    assert " ".join(notice.get_text().split()) == "هذه الصفحة غير متوفرة بعد باللغة العربية. أنت تقرؤها باللغة الهولندية."
    # Tigrinya has no texts of the engine yet: the notice is in English, and marked as English.
    notice = soup(town / "site" / "ti" / "fields" / "example.html").select_one("[role=note] span")
    assert (notice["lang"], " ".join(notice.get_text().split())) == ("en", "This page is not yet available in ትግርኛ. You are reading it in Dutch.")


def test_the_towns_own_words_replace_materials_for_the_skip_link_and_the_header(town: Path) -> None:
    def heard(prefix: str) -> tuple[str, str]:
        page = soup(town / "site" / prefix / "help.html")
        return page.select_one("a.md-skip").get_text(strip=True), page.select_one("header nav")["aria-label"]

    assert heard("") == ("Direct naar de tekst", 'Bovenkant "kop" van de pagina')
    # Arabic: the town's skip link; its header keeps Material's word, as the town's entry has no Arabic.
    assert heard("ar") == ("انتقل إلى النص", "عنوان العارضة")
    # Tigrinya, which neither Material nor the engine has texts for: English, the engine's where it has its own.
    assert heard("ti") == ("Skip to content", "Header")
    assert soup(town / "site" / "ti" / "help.html").select_one("nav.md-nav--primary")["aria-label"] == "Main menu"


def test_the_glossary_is_in_unicode_collation_order(town: Path) -> None:
    terms = [
        " ".join(term.get_text().split()) for term in soup(town / "site" / "glossary.html").select(".civic-glossary__entry dt, .civic-glossary dt")
    ]
    assert [term for term in terms if term in GLOSSARY_WORDS] == ["Apfel", "Ärger", "İstanbul", "Łódź", "Öl", "Zeeland"]


def test_words_sorted_with_part_of_the_collation_table_are_in_the_whole_tables_order() -> None:
    words = ["Zeeland", "Äpfel", "Apfel", "İstanbul", "Istanbul", "Łódź", "Lodz", "Ærø", "Ångström", "ça", "Ça", "ǆungla"]
    words += ["Україна", "Ґанок", "Гана", "中文", "押金", "naïve", "naive", "co-op", "coop", "Øst", "Ost", "ŉ", "Straße", "Strasse"]
    whole = Collator()
    assert collation_order(reversed(words)) == sorted(words, key=whole.sort_key)


def test_left_to_right_words_of_any_latin_alphabet_keep_their_order_in_right_to_left_text(town: Path) -> None:
    isolated = [bdi.get_text() for bdi in soup(town / "site" / "ar" / "help.html").select("article bdi")]
    assert {"Kraków", "Şişli", "Nguyễn Văn"} <= set(isolated), isolated


def test_a_figure_of_the_towns_data_is_written_into_its_page(town: Path) -> None:
    text = " ".join(soup(town / "site" / "help.html").select_one("article").get_text().split())
    assert "De grens is €23.540, since 1 januari 2025." in text


def test_the_towns_palette_extra_stylesheet_and_script_are_kept(town: Path) -> None:
    page = soup(town / "site" / "index.html")
    stylesheets = [link["href"] for link in page.select("link[rel=stylesheet]")]
    assert any("palette." in href for href in stylesheets), stylesheets
    assert stylesheets[-1] == "assets/town.css", "the town's own stylesheet comes after the engine's, so it can change it"
    assert any(re.search(r"assets/stylesheets/site\.[0-9a-f]{8}\.css", href) for href in stylesheets)
    assert page.body["data-md-color-primary"] == "teal"
    for href in stylesheets:
        assert (town / "site" / href).is_file(), f"{href} is linked but not shipped"
    assert "assets/town.js" in [script.get("src") for script in page.select("script")]


def test_each_language_of_the_town_gets_its_own_search_index(town: Path) -> None:
    for code in LANGUAGES:
        assert (town / "site" / "assets" / "search" / f"{code}.js").is_file()


def test_the_towns_status_lists_its_translations_and_figures(town: Path, capsys: pytest.CaptureFixture) -> None:
    assert civic_site(["-f", str(town / "mkdocs.yml"), "status", "--today", "2026-12-03"]) == 0
    report = capsys.readouterr().out
    assert re.search(r"^help\.md\s+OUTDATED\s+MISSING", report, re.MULTILINE), report
    assert re.search(r"^\s+limit\s+23\.540 Euro|^\s+limit\s+€23\.540", report, re.MULTILINE), report
    assert civic_site(["-f", str(town / "mkdocs.yml"), "status", "--strict", "--today", "2026-12-03"]) == 1


def test_a_new_site_refuses_a_folder_that_exists(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="exists already"):
        create_site(tmp_path, "X", ["nl"])


def test_a_new_site_builds_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    create_site(folder, "Ort", ["fr", "fa"])
    build_in_process(folder, folder / "site")
    assert soup(folder / "site" / "fa" / "index.html").html["dir"] == "rtl"
    shutil.rmtree(folder)


def test_mistakes_are_named_in_the_towns_own_folders(tmp_path: Path) -> None:
    """A town may keep its facts and pages in folders of other names (options data_dir, docs_dir)."""
    town = make_town(tmp_path / "musterstad")
    (town / "data").rename(town / "feiten")
    edit(town / "mkdocs.yml", "      data_dir: data\n", "      data_dir: feiten\n")
    help_page = town / "pages" / "nl" / "help.md"
    help_page.write_text(
        help_page.read_text(encoding="utf-8")
        + "\nZie de [regels][regelz] en [[limiet]].\n\n![Kaart](https://example.org/kaart.png)\n\n<style>p { color: red; }</style>\n",
        encoding="utf-8",
    )
    with pytest.raises(EditorError) as raised:
        check_project(load_site(town / "mkdocs.yml")[0])
    messages = [f"{problem.file}: {problem.message}" for problem in raised.value.problems]
    assert "pages/nl/help.md: 'regelz' is not a source in feiten/sources.yml; add the source to feiten/sources.yml first" in messages
    assert any(message.startswith("pages/nl/help.md: 'limiet' is not a figure in feiten/figures.yml") for message in messages), messages
    assert any(message.endswith("put the file into pages/assets/ and use it from there") for message in messages), messages
    assert any("styles belong in a stylesheet of the site, listed under extra_css in mkdocs.yml" in message for message in messages), messages
