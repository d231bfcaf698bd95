"""The content keeps its promises: guides are plain, sourced, dated and honest; the glossary
explains every word in every language; the legal pages say who runs the site, or that it is
not yet known."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from editors_changes import OPERATOR_EMAIL, OPERATOR_NAME

from helpers import ROOT, configured_languages, default_language, html_path, site_at, source_pages, ui_strings

sys.path.insert(0, str(ROOT / "scripts"))
from plain_language import LONG_SENTENCE, MAX_AVERAGE_WORDS, MAX_LONG_SHARE, measure, sentences

LANGUAGES = configured_languages()
GERMAN = default_language()


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---"):
        return {}
    return yaml.safe_load(text.split("---", 2)[1]) or {}


def guides() -> list[str]:
    return [page for page in source_pages() if "facts_checked" in front_matter(ROOT / "docs" / GERMAN.code / page)]


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_there_are_at_least_ten_housing_guides() -> None:
    assert len([page for page in guides() if page.startswith("wohnen/")]) >= 10


@pytest.mark.parametrize("guide", guides())
def test_each_german_guide_is_in_plain_language(built_site: Path, guide: str) -> None:
    report = measure((built_site / html_path(guide)).read_text(encoding="utf-8"), guide)
    assert report.is_guide
    assert report.average <= MAX_AVERAGE_WORDS, f"{report.average:.1f} words per sentence; longest: {report.longest()}"
    assert report.long_share <= MAX_LONG_SHARE, f"{report.long_share:.0%} of sentences over {LONG_SENTENCE} words"


def test_the_sentence_count_ignores_abbreviations_ordinals_and_fragments() -> None:
    text = "Das gilt z. B. ab dem 11. Juli 2018 nach § 551 Abs. 1 BGB. Ja. Wer zahlt die Miete? Sie zahlen sie!"
    # "z." and "B." count as words, "§" does not; "Ja." is a fragment.
    assert [len(words) for words in sentences(text)] == [14, 4, 3]


@pytest.mark.parametrize("guide", guides())
@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_each_guide_cites_sources_and_shows_when_its_facts_were_checked(built_site: Path, guide: str, language) -> None:
    page = soup(built_site / language.prefix() / html_path(guide))
    assert page.select(".civic-sources li"), "a guide must cite at least one source"
    note = page.select_one(".civic-guide-note")
    checked = str(front_matter(ROOT / "docs" / GERMAN.code / guide)["facts_checked"])
    assert note.find("time")["datetime"] == checked
    advice_page = site_at(ROOT).advice_page
    if guide != advice_page:
        assert note.select("a[href]"), "the note must lead to where to get advice"


@pytest.mark.parametrize("guide", guides())
def test_guide_headings_are_questions_a_reader_has(built_site: Path, guide: str) -> None:
    page = soup(built_site / html_path(guide))
    headings = [h.get_text(strip=True) for h in page.select("article h1, article h2")]
    assert headings and all(heading.endswith("?") for heading in headings), headings


@pytest.mark.parametrize("guide", guides())
def test_every_paragraph_of_law_in_a_guide_links_to_its_text(built_site: Path, guide: str) -> None:
    page = soup(built_site / html_path(guide))
    for block in page.select("article p, article li"):
        for mention in block.find_all(string=re.compile("§")):
            assert mention.find_parent("a", href=re.compile("^https?://")), f"unlinked: {mention.strip()!r}"


def test_the_glossary_has_at_least_thirty_words_each_explained_in_every_language() -> None:
    terms = yaml.safe_load((ROOT / "data/glossary.yml").read_text(encoding="utf-8"))["terms"]
    assert len(terms) >= 30
    for term in terms:
        assert set(term["explanation"]) == {language.code for language in LANGUAGES}, term["id"]
        assert set(term["translation"]) == {language.code for language in LANGUAGES if not language.default}, term["id"]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_the_glossary_page_shows_each_german_word_beside_its_translation(built_site: Path, language) -> None:
    terms = yaml.safe_load((ROOT / "data/glossary.yml").read_text(encoding="utf-8"))["terms"]
    page = soup(built_site / language.prefix() / "wohnen" / "glossar.html")
    entries = page.select(".civic-glossary__entry")
    assert {entry["id"] for entry in entries} == {term["id"] for term in terms}
    for entry in entries:
        term = next(t for t in terms if t["id"] == entry["id"])
        german = entry.select_one(f'dt [lang="{GERMAN.code}"]')
        assert german.get_text() == term["term"]
        if not language.default:
            assert term["translation"][language.code] in entry.dt.get_text()


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_a_glossary_word_in_a_guide_opens_its_explanation(built_site: Path, language) -> None:
    page = soup(built_site / language.prefix() / html_path("wohnen/kaution.md"))
    button = page.select_one('button.civic-term[popovertarget^="term-kaution"]')
    assert button is not None and button["lang"] == GERMAN.code
    box = page.find(id=button["popovertarget"])
    assert box.has_attr("popover")
    assert box.find_parent("p") is None, "the explanation must not become part of the sentence"
    explanations = yaml.safe_load((ROOT / "data/glossary.yml").read_text(encoding="utf-8"))["terms"]
    kaution = next(t for t in explanations if t["id"] == "kaution")
    assert kaution["explanation"][language.code] in box.get_text()


def test_every_page_says_in_the_footer_that_the_site_is_independent(built_site: Path) -> None:
    strings = ui_strings()
    for language in LANGUAGES:
        for source in source_pages():
            footer = soup(built_site / language.prefix() / html_path(source)).select_one(".md-copyright__highlight")
            assert " ".join(footer.get_text().split()) == strings["site.independent"][language.code]


def test_pages_that_need_the_operator_say_that_it_is_not_entered_yet(built_site: Path) -> None:
    strings = ui_strings()
    for page in ("impressum.md", "kontakt.md", "datenschutz.md", "barrierefreiheit.md"):
        texts = [p.get_text(strip=True) for p in soup(built_site / html_path(page)).select(".civic-operator p")]
        assert strings["operator.unknown"]["de"] in texts, page


def test_operator_details_from_configuration_appear_escaped(edited_site: Path) -> None:
    imprint = soup(edited_site / "impressum.html")  # with the operator entered in editors_changes.py
    assert OPERATOR_NAME in imprint.select_one(".civic-operator p").get_text()
    assert imprint.select_one(f'.civic-operator a[href="mailto:{OPERATOR_EMAIL}"]') is not None
    strings = ui_strings()
    assert imprint.select_one(".md-copyright__highlight").get_text(strip=True) == strings["site.official"]["de"]


@pytest.mark.parametrize("language", [language for language in LANGUAGES if not language.default], ids=lambda language: language.code)
def test_the_leichte_sprache_page_is_german_with_a_note_in_the_readers_language(built_site: Path, language) -> None:
    strings = ui_strings()
    page = soup(built_site / language.prefix() / "leichte-sprache.html")
    assert (page.html["lang"], page.select_one(".civic-fallback")["lang"]) == (language.tag, GERMAN.tag)
    assert " ".join(page.select_one(".civic-notice").get_text().split()) == strings["fallback.source_only"][language.code]


@pytest.mark.parametrize("language", [language for language in LANGUAGES if not language.default], ids=lambda language: language.code)
def test_every_translation_records_the_german_version_it_was_made_from(language) -> None:
    for page in source_pages():
        translation = ROOT / "docs" / language.code / page
        if front_matter(ROOT / "docs" / GERMAN.code / page).get("leichte_sprache"):
            assert not translation.exists(), f"{translation} should not exist: Leichte Sprache is German only"
            continue
        assert re.fullmatch(r"[0-9a-f]{10}", str(front_matter(translation).get("translated_from"))), translation
