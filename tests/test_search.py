"""Search in the reader's language: nothing is downloaded until the reader types, then only the
own language's index; word forms (also Ukrainian cases), Arabic articles and alef forms, Turkish
dotted and dotless i, Ukrainian apostrophes and Chinese words inside longer words all match;
German results are offered, labelled, when the own language has none."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from browser import PageRecord
from playwright.sync_api import Browser, Page, expect

from helpers import configured_languages, ui_strings

pytestmark = pytest.mark.browser
LANGUAGES = {language.code: language for language in configured_languages()}
STRINGS = ui_strings()


def search(page: Page, query: str) -> list[str]:
    """Type ``query`` into the search box as a reader would; the titles of the results."""
    box = page.locator(".md-search__input")
    opener = page.locator(".civic-opener--search")
    if opener.is_visible() and opener.get_attribute("aria-expanded") != "true":
        opener.click()  # on a phone, search opens from its button in the header
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=20)
    expect(page.locator(".md-search-result__meta")).not_to_have_text(re.compile("…|\\.\\.\\."), timeout=10_000)
    return page.locator(".civic-result__title").all_inner_texts()


def test_a_page_loads_no_search_index_until_the_reader_types(page: Page, base_url: str) -> None:
    record = PageRecord().attach(page)
    page.goto(base_url + "en/index.html", wait_until="networkidle")
    page.locator(".md-search__input").click()
    page.wait_for_timeout(300)
    assert [url for url in record.requests if "/search/" in url or "lunr" in url] == []
    search(page, "deposit")
    loaded = [url.split("/assets/")[-1] for url in record.requests if "/search/" in url]
    assert loaded == ["search/en.js"], "only the reader's own language is loaded"


# (language, query, words one of the first three results must contain)
QUERIES = [
    ("de", "Kautionen", "Kaution"),
    ("de", "Mietverträge", "Mietvertrag"),
    ("de", "Nebenkostenabrechnung", "Mietvertrag"),
    ("en", "deposits", "deposit"),
    ("en", "registering", "register"),
    ("tr", "depozitoyu", "depozito"),
    ("tr", "KİRA", "kira"),
    ("tr", "KIRA", "kira"),
    ("tr", "kıra", "kira"),
    ("ar", "تأمين", "التأمين"),
    ("ar", "التأمين", "التأمين"),
    ("ar", "والتأمين", "التأمين"),
    ("ar", "التأ", "التأمين"),  # half-typed, with the article
    ("ar", "إيجار", "الإيجار"),
    ("ar", "ايجار", "الإيجار"),
    # Chinese is written without spaces: words of two to four characters, also inside longer words.
    # The words below never begin a run of characters between punctuation on the Chinese pages,
    # so only a search that looks inside runs finds them.
    ("zh", "押金", "押金"),
    ("zh", "租房合同", "租房合同"),
    ("zh", "邻居", "邻居"),  # inside 怎样和邻居好好相处
    ("zh", "补助", "补助"),  # inside 住房费用有哪些补助
    ("zh", "涨房租", "涨房租"),  # inside 房东可以涨房租吗
    ("zh", "合租房", "合租房"),  # inside 转租和合租房
    ("zh", "失去房子", "失去房子"),  # inside 我可能失去房子时
    ("zh", "障碍声明", "无障碍声明"),
    # Ukrainian words change their ending by case; the apostrophe is typed in three ways.
    ("uk", "застава", "застав"),
    ("uk", "заставу", "застав"),
    ("uk", "договору", "договор"),
    ("uk", "сусіди", "сусід"),
    ("uk", "електроенергії", "електроенерг"),
    ("uk", "обов'язок", "обовʼязок"),
    ("uk", "обов’язок", "обовʼязок"),
    ("uk", "обовʼязку", "обовʼязок"),
]


@pytest.fixture(scope="module")
def home_page_in(browser: Browser, base_url: str) -> Iterator[Callable[[str], Page]]:
    """A language's home page, opened once: as a reader does, one word is searched after another."""
    context = browser.new_context()
    page = context.new_page()

    def home_page(code: str) -> Page:
        url = base_url + LANGUAGES[code].prefix() + "index.html"
        if page.url != url:
            page.goto(url)
        return page

    yield home_page
    context.close()


@pytest.mark.parametrize(("code", "query", "expected"), QUERIES, ids=[f"{c}-{q}" for c, q, _ in QUERIES])
def test_word_forms_find_the_page_in_the_readers_language(home_page_in: Callable[[str], Page], code: str, query: str, expected: str) -> None:
    page = home_page_in(code)
    titles = search(page, query)
    assert titles, f"nothing found for {query!r}"
    assert any(expected.casefold() in title.casefold() for title in titles[:3]), titles[:3]
    assert page.locator(".md-search-result__item[lang]").count() == 0, "results are in the reader's language"


def test_typing_a_word_letter_by_letter_loads_only_the_readers_own_index(page: Page, base_url: str) -> None:
    record = PageRecord().attach(page)
    page.goto(base_url + LANGUAGES["ar"].prefix() + "index.html")
    titles = search(page, "التأمين")  # typed at 20 ms a letter, as a quick reader types
    assert titles
    loaded = [url.split("/assets/")[-1] for url in record.requests if "/search/" in url]
    assert loaded == ["search/ar.js"], "no German index for the half-typed words on the way"


def test_german_results_are_offered_labelled_when_the_own_language_has_none(page: Page, base_url: str) -> None:
    english = LANGUAGES["en"]
    page.goto(base_url + english.prefix() + "index.html")
    titles = search(page, "Strichen")  # only the German-only Leichte Sprache page has this word
    assert titles == ["Leichte Sprache – Wie finde ich mich zurecht?"]
    expect(page.locator(".md-search-result__meta")).to_have_text(STRINGS["search.fallback"]["en"].format(language=english.name, original="German"))
    assert page.locator(".md-search-result__item").first.get_attribute("lang") == "de"


def test_a_result_leads_to_the_section_it_found(page: Page, base_url: str) -> None:
    page.goto(base_url + "index.html")
    search(page, "Raten")
    link = page.locator('.md-search-result__link[href$="wohnen/kaution.html#instalments"]')
    expect(link).to_have_count(1)
    link.click()
    expect(page).to_have_url(base_url + "wohnen/kaution.html#instalments")


def test_the_count_is_the_number_of_pages_found_not_the_number_shown(page: Page, base_url: str) -> None:
    page.goto(base_url + "index.html")
    shown = search(page, "Miete")
    count = int(re.search(r"\d+", page.locator(".md-search-result__meta").inner_text()).group())
    assert len(shown) == 10, "the first ten are shown"
    assert count > len(shown)
    expect(page.locator(".md-search-result__meta")).to_have_text(STRINGS["search.results"]["de"].format(count=count))


def test_only_the_status_line_is_read_out_as_results_change(page: Page, base_url: str) -> None:
    page.goto(base_url + "index.html")
    search(page, "Kaution")
    live = page.locator(".md-search [aria-live], .md-search [role=status], .md-search [role=alert], .md-search [role=log]")
    expect(live).to_have_count(1)
    assert live.first.get_attribute("class") == "md-search-result__meta"


def test_a_search_that_failed_to_load_works_at_the_next_keystroke_without_reloading(page: Page, base_url: str) -> None:
    page.route("**/assets/search/de.js", lambda route: route.abort())
    page.goto(base_url + "index.html")
    search(page, "Kautio")
    expect(page.locator(".md-search-result__meta")).to_have_text(STRINGS["search.failed"]["de"])
    page.unroute("**/assets/search/de.js")
    page.locator(".md-search__input").press("n")
    expect(page.locator(".civic-result__title").first).to_contain_text("Kaution")


@pytest.mark.parametrize("width", [360, 1280])
def test_escape_closes_search_and_gives_the_focus_back(page: Page, base_url: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(base_url + "index.html")
    search(page, "Kaution")
    results = page.locator(".md-search-result__list").bounding_box()
    page.keyboard.press("Escape")
    # What shows where the results were is the page again, not the results.
    point = {"x": results["x"] + results["width"] / 2, "y": results["y"] + 40}
    page.wait_for_function("p => !document.elementFromPoint(p.x, p.y)?.closest('.md-search__output, .md-search__overlay')", arg=point)
    opener = page.locator(".civic-opener--search")
    # On a phone, search opened from its button in the header; on a wide screen the box itself is there.
    expect(opener if opener.is_visible() else page.locator(".md-search__input")).to_be_focused()
    assert width > 600 or opener.is_visible(), "on a phone the search button is shown"
