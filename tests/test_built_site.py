"""What the built site/ contains: every page in every language, each marked with its language
and direction, data in the reader's language and escaped, honest notices, and links that work
under any URL path."""

from __future__ import annotations

import posixpath
import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from editors_changes import MEASURE_TITLE, TRANSLATED_TITLE_START

from helpers import ROOT, configured_languages, default_language, html_path, material_texts, source_pages, ui_strings

LANGUAGES = configured_languages()


@cache  # each page is read by several tests; none of them changes what it reads
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def every_page() -> list[tuple[str, str]]:
    """(language code, source page) for every page the site must have."""
    return [(language.code, page) for language in LANGUAGES for page in source_pages()]


def built(site: Path, language_code: str, page: str) -> Path:
    language = next(lang for lang in LANGUAGES if lang.code == language_code)
    return site / language.prefix() / html_path(page)


def load_data(name: str) -> dict:
    return yaml.safe_load((ROOT / "data" / name).read_text(encoding="utf-8"))


def test_the_site_has_every_german_page_in_every_language_and_nothing_else(built_site: Path) -> None:
    expected = {built(built_site, code, page).relative_to(built_site).as_posix() for code, page in every_page()}
    expected.add("404.html")
    found = {path.relative_to(built_site).as_posix() for path in built_site.rglob("*.html")}
    assert found == expected


@pytest.mark.parametrize(("language_code", "page"), every_page())
def test_every_page_says_its_language_and_direction_on_html(built_site: Path, language_code: str, page: str) -> None:
    html = soup(built(built_site, language_code, page)).html
    language = next(lang for lang in LANGUAGES if lang.code == language_code)
    assert (html["lang"], html["dir"]) == (language.tag, language.direction)


@pytest.mark.parametrize(("language_code", "page"), every_page())
def test_every_released_page_is_translated_and_says_if_a_machine_did_it(built_site: Path, language_code: str, page: str) -> None:
    if "leichte_sprache: true" in (ROOT / "docs" / default_language().code / page).read_text(encoding="utf-8"):
        pytest.skip("Leichte Sprache is German only by nature (see test_content.py)")
    document = soup(built(built_site, language_code, page))
    assert document.select(".civic-fallback") == [], "a released page shows German instead of its translation"
    source = ROOT / "docs" / language_code / page
    assert source.is_file()
    machine = "machine_translation: true" in source.read_text(encoding="utf-8")
    notices = [notice for notice in document.select(".civic-notice") if notice.select(f'a[hreflang="{default_language().code}"]')]
    assert bool(notices) == machine
    for notice in notices:
        link = notice.select_one("a")["href"]
        target = posixpath.normpath(posixpath.join(posixpath.dirname(built(built_site, language_code, page).as_posix()), link))
        assert Path(target) == built(built_site, default_language().code, page), "the notice must link to the German original"


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_the_home_page_offers_every_language_first_each_in_its_own_script(built_site: Path, language) -> None:
    document = soup(built_site / language.prefix() / "index.html")
    content = document.select_one("article")
    h1 = content.find("h1")
    first_after_heading = h1.find_next_sibling()
    assert first_after_heading.name == "nav" and "civic-languages" in first_after_heading["class"]
    links = first_after_heading.select("a")
    assert [(a.get_text(strip=True), a["lang"], a["dir"]) for a in links] == [(lang.name, lang.tag, lang.direction) for lang in LANGUAGES]
    for a, target in zip(links, LANGUAGES, strict=True):
        resolved = (built_site / language.prefix() / a["href"]).resolve()
        assert resolved == (built_site / target.prefix() / "index.html").resolve()
    current = [a["lang"] for a in links if a.get("aria-current") == "page"]
    assert current == [language.tag]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_the_home_page_counts_the_documented_measures_honestly(built_site: Path, language) -> None:
    text = soup(built_site / language.prefix() / "index.html").select_one(".civic-count").get_text(" ", strip=True)
    documented = len(load_data("measures.yml")["measures"])
    total = load_data("concept.yml")["measures_total"]
    assert str(documented) in text and str(total) in text


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_the_home_page_links_all_fields_of_action_in_the_readers_language(built_site: Path, language) -> None:
    home = built_site / language.prefix() / "index.html"
    links = soup(home).select(".civic-fields a")
    fields = load_data("fields.yml")["fields"]
    assert [a.get_text(strip=True) for a in links] == [field["title"][language.code] for field in fields]
    for a, field in zip(links, fields, strict=True):
        target = (home.parent / a["href"]).resolve()
        assert target == (built_site / language.prefix() / "handlungsfelder" / f"{field['id']}.html").resolve()


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_the_housing_field_page_lists_its_needs_and_measures_in_the_readers_language(built_site: Path, language) -> None:
    page = soup(built_site / language.prefix() / "handlungsfelder" / "wohnen.html")
    fields = {field["id"]: field for field in load_data("fields.yml")["fields"]}
    measures = [m for m in load_data("measures.yml")["measures"] if m["field"] == "wohnen"]
    assert page.find("h1").get_text(strip=True) == fields["wohnen"]["title"][language.code]
    assert [li.get_text(strip=True) for li in page.select(".civic-needs li")] == [n[language.code] for n in fields["wohnen"]["needs"]]
    assert [p.get_text(strip=True) for p in page.select(".civic-measure__title")] == [m["title"][language.code] for m in measures]
    statuses = ui_strings()
    assert {dd.get_text(strip=True) for dd in page.select(".civic-status")} == {statuses[f"status.{m['status']}"][language.code] for m in measures}


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_a_field_without_documented_measures_says_so(built_site: Path, language) -> None:
    undocumented = [
        f["id"] for f in load_data("fields.yml")["fields"] if not any(m["field"] == f["id"] for m in load_data("measures.yml")["measures"])
    ]
    strings = ui_strings()
    for field_id in undocumented:
        page = soup(built_site / language.prefix() / "handlungsfelder" / f"{field_id}.html")
        texts = [p.get_text(strip=True) for p in page.select(".civic-unknown")]
        assert strings["measures.none"][language.code] in texts


@pytest.mark.parametrize(("language_code", "page"), every_page())
def test_the_language_switcher_leads_to_the_same_page_in_each_language(built_site: Path, language_code: str, page: str) -> None:
    path = built(built_site, language_code, page)
    links = soup(path).select(".md-select__link")
    assert [a["lang"] for a in links] == [language.tag for language in LANGUAGES]
    for a, language in zip(links, LANGUAGES, strict=True):
        assert (path.parent / a["href"]).resolve() == built(built_site, language.code, page).resolve()


# Where each of Material's texts stands on a page, and how to read it there.
THEME_TEXTS = {
    "action.skip": ("a.md-skip", None),
    "header": ("header nav", "aria-label"),
    "nav": ("nav.md-nav--primary", "aria-label"),
    "toc": ("nav.md-nav--secondary", "aria-label"),
    "footer": ("nav.md-footer__inner", "aria-label"),
}


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_screen_readers_hear_the_skip_link_and_the_parts_of_a_page_named_in_the_readers_language(built_site: Path, language) -> None:
    """Material's own texts, except where the engine's strings.yml has better ones ("theme."): the
    Chinese skip link would say only "jump to", the Ukrainian one "go to the table of contents".
    The button that opens the list of languages has the name of the list on the home page."""
    page = soup(built(built_site, language.code, "wohnen/kaution.md"))
    strings = ui_strings()
    heard, expected = {}, {}
    for key, (selector, attribute) in THEME_TEXTS.items():
        element = page.select_one(selector)
        heard[key] = " ".join(element.get_text().split()) if attribute is None else element[attribute]
        expected[key] = strings.get(f"theme.{key}", {}).get(language.code) or str(material_texts(language.code).t(key))
    assert heard == expected
    assert page.select_one(".md-select button")["aria-label"] == strings["languages.label"][language.code]


@pytest.mark.parametrize(("language_code", "page"), every_page())
def test_no_page_links_to_an_absolute_path_so_the_site_works_under_any_url_path(built_site: Path, language_code: str, page: str) -> None:
    document = soup(built(built_site, language_code, page))
    for element in document.select("[href], [src]"):
        url = element.get("href") or element.get("src")
        assert not url.startswith("/"), f"{element.name} {url}"
        if url.startswith(("http://", "https://")):
            assert element.name == "a", f"a resource from another host: {url}"


def test_no_page_loads_fonts_from_google(built_site: Path) -> None:
    for path in built_site.rglob("*.html"):
        assert "fonts.googleapis" not in path.read_text(encoding="utf-8") and "fonts.gstatic" not in path.read_text(encoding="utf-8")


def test_the_404_page_speaks_every_language_and_needs_no_other_file(built_site: Path) -> None:
    document = soup(built_site / "404.html")
    # Its icon is an empty data: address, so that browsers do not ask for a favicon.ico that is not there.
    assert document.select('link[rel=stylesheet], script[src], img, link[rel=icon]:not([href^="data:"])') == []
    sections = document.select("main .entry")
    assert [(s["lang"], s["dir"]) for s in sections] == [(lang.tag, lang.direction) for lang in LANGUAGES]
    strings = ui_strings()
    for section, language in zip(sections, LANGUAGES, strict=True):
        assert strings["not_found.text"][language.code] in section.get_text()


def test_no_sitemap_with_wrong_addresses_is_published(built_site: Path) -> None:
    assert not (built_site / "sitemap.xml").exists()


# Editors' changes (editors_changes.py): script tags in data, one English title missing, one Arabic
# page missing.


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_html_in_data_is_shown_as_text_never_run(edited_site: Path, language) -> None:
    html = (edited_site / language.prefix() / "handlungsfelder" / "wohnen.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "<b>bold</b>" not in html
    titles = [p.get_text() for p in BeautifulSoup(html, "html.parser").select(".civic-measure__title")]
    if language.default:
        assert titles[0] == MEASURE_TITLE
    else:
        assert titles[0].startswith(TRANSLATED_TITLE_START)


def test_data_text_without_a_translation_is_shown_in_german_marked_as_german_and_as_untranslated(edited_site: Path) -> None:
    page = soup(edited_site / "en" / "handlungsfelder" / "wohnen.html")
    h1 = page.find("h1")
    assert (h1["lang"], h1["dir"], h1.get_text(strip=True)) == ("de", "ltr", "Wohnen / Sozialplanung")
    strings = ui_strings()
    notices = [notice.get_text(strip=True) for notice in page.select(".civic-notice")]
    assert strings["fallback.parts"]["en"].format(original="German") in notices
    home_link = next(a for a in soup(edited_site / "en" / "index.html").select(".civic-fields a") if "wohnen" in a["href"])
    marked = home_link.select_one('[lang="de"]')
    assert marked is not None and marked["dir"] == "ltr" and marked.get_text() == "Wohnen / Sozialplanung"
    assert strings["fallback.badge"]["en"] in home_link.get_text()


def test_a_page_without_translation_shows_german_under_a_notice_in_the_readers_language(edited_site: Path) -> None:
    page = soup(edited_site / "ar" / "handlungsfelder" / "kultur.html")
    assert (page.html["lang"], page.html["dir"]) == ("ar", "rtl")
    wrapper = page.select_one(".civic-fallback")
    assert (wrapper["lang"], wrapper["dir"]) == ("de", "ltr")
    assert wrapper.find("h1").get_text(strip=True) == "Kultur"
    notice = page.select_one("article .civic-notice")
    strings = ui_strings()
    arabic = next(lang for lang in LANGUAGES if lang.code == "ar")
    assert notice.get_text(strip=True) == strings["fallback.page"]["ar"].format(language=arabic.name, original="الألمانية")
    assert notice.find_parent(attrs={"lang": "de"}) is None


RTL_LANGUAGES = [language for language in LANGUAGES if language.direction == "rtl"]
LATIN = re.compile(r"[A-Za-zÄÖÜäöüß§]")


@pytest.mark.parametrize("language", RTL_LANGUAGES, ids=lambda language: language.code)
def test_latin_words_in_right_to_left_text_are_isolated(built_site: Path, language) -> None:
    """German words, paragraphs of law and addresses keep their order inside Arabic sentences."""
    loose = []
    for page in source_pages():
        article = soup(built(built_site, language.code, page)).select_one("article")
        for text in article.find_all(string=LATIN):
            if text.find_parent(["code", "pre", "bdi"]) or text.find_parent(attrs={"dir": "ltr"}):
                continue
            loose.append(f"{page}: {text.strip()[:40]!r}")
    assert loose == []
