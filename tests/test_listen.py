"""Listen to this page: the button reads the article aloud in order, in the page's language, with
the device's own voices only; it pauses, resumes and stops; where the device has no voice of its
own for the language, the reader is told so in their language, with help; nothing leaves the site.

Headless Chromium has no voices, so each test puts a stand-in for the browser's speech synthesis
in place before the page's scripts run: it offers a voice on the device for some languages and
only a network voice for Turkish, records what it is asked to say, and plays each utterance for a
few milliseconds (or until the test ends it).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from axe import violations
from browser import PageRecord
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page, expect
from test_security_policy import WATCH_VIOLATIONS

from civic_site.checks import check_project
from civic_site.problems import EditorError
from civic_site.search_text import page_sections
from helpers import ROOT, configured_languages, edit, html_path, site_at, ui_strings

pytestmark = pytest.mark.browser
LANGUAGES = {language.code: language for language in configured_languages()}
STRINGS = ui_strings()
GUIDE = html_path("wohnen/kaution.md")

FAKE_SPEECH = """
(() => {
  const voices = [
    ["Anna", "de-DE", true], ["Samantha", "en-US", true], ["Google UK English Female", "en-GB", false],
    ["Google Türkçe", "tr-TR", false], ["Maged", "ar-SA", true],
    ["Sin-ji", "zh-HK", true], ["Mei-Jia", "zh-TW", true], ["Ting-Ting", "zh-CN", true],
  ].map(([name, lang, localService]) => ({ name, lang, localService, voiceURI: name, default: false }));
  const log = { spoken: [], calls: [], manual: false, duration: 5 };
  let current = null;
  let queue = [];
  const fire = (utterance, type, error) => {
    const event = new Event(type);
    event.utterance = utterance;
    if (error) event.error = error;
    utterance.dispatchEvent(event);
  };
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, { text: text ?? "", lang: "", voice: null, voiceURI: "", rate: 1, pitch: 1, volume: 1 });
    }
  }
  const end = (utterance) => {
    if (utterance !== current) return;
    if (synth.paused) { utterance.waiting = true; return; }
    current = null;
    synth.speaking = queue.length > 0;
    fire(utterance, "end");
    next();
  };
  const next = () => {
    if (current || !queue.length) return;
    current = queue.shift();
    synth.speaking = true;
    const utterance = current;
    setTimeout(() => {
      fire(utterance, "start");
      if (!log.manual) setTimeout(() => end(utterance), log.duration);
    }, 0);
  };
  const synth = {
    paused: false, speaking: false, pending: false, onvoiceschanged: null,
    getVoices: () => voices,
    speak(utterance) {
      log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice ? utterance.voice.name : null });
      queue.push(utterance);
      next();
    },
    pause() { log.calls.push("pause"); this.paused = true; },
    resume() {
      log.calls.push("resume");
      this.paused = false;
      if (current && current.waiting) { current.waiting = false; end(current); }
    },
    cancel() {
      log.calls.push("cancel");
      const stopped = current;
      const waiting = queue;
      current = null;
      queue = [];
      this.speaking = false;
      if (stopped) fire(stopped, "error", "interrupted");
      for (const utterance of waiting) fire(utterance, "error", "canceled");
    },
    addEventListener() {},
    removeEventListener() {},
  };
  log.finish = () => current && end(current);
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
  window.__speech = log;
})();
"""

NO_SPEECH = 'Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });'
ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"


def spoken(page: Page) -> list[dict]:
    """What the page asked the device to say (the empty utterance that unlocks Safari left out)."""
    return [entry for entry in page.evaluate("window.__speech.spoken") if entry["text"]]


def wait_for_said(page: Page, count: int) -> None:
    """Until the page has asked for ``count`` utterances (polled: the policy forbids eval, which
    Playwright's wait_for_function needs)."""
    for _ in range(400):
        if len(spoken(page)) >= count:
            assert len(spoken(page)) == count, spoken(page)
            return
        page.wait_for_timeout(25)
    raise AssertionError(f"waited for {count} utterances, got {spoken(page)}")


def open_page(page: Page, url: str, *, manual: bool = False) -> None:
    page.add_init_script(FAKE_SPEECH + ("window.__speech.manual = true;" if manual else ""))
    page.goto(url)


def listen_button(page: Page):
    return page.locator(".civic-listen__button")


def wait_until_done(page: Page, code: str) -> None:
    """Until the reading has started and come to its end (the button says "Listen" again)."""
    for _ in range(400):
        if spoken(page):
            break
        page.wait_for_timeout(25)
    expect(listen_button(page)).to_have_text(STRINGS["listen.start"][code], timeout=20_000)
    expect(page.locator(".civic-listen__stop")).to_be_hidden()


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_the_button_sits_below_the_heading_and_notices_and_weighs_little(built_site: Path) -> None:
    for language in LANGUAGES.values():
        html = (built_site / language.prefix() / GUIDE).read_text(encoding="utf-8")
        article = BeautifulSoup(html, "html.parser").select_one("article")
        box = article.select_one(".civic-listen")
        assert box.has_attr("hidden") and box.has_attr("data-search-ignore")
        assert box.button.get_text() == STRINGS["listen.start"][language.code]
        before = [element for element in box.find_all_previous(["h1", "aside", "p"]) if element.find_parent("article")]
        assert before[-1].name == "h1", "the heading comes first"
        notices = [element for element in before if element.name != "h1"]
        assert all(element.has_attr("data-search-ignore") or element.find_parent(attrs={"data-search-ignore": True}) for element in notices), (
            "only the heading and the notices come before it"
        )
        assert len(str(box).encode("utf-8")) < 400, "a few hundred bytes"


def test_a_help_page_missing_from_the_sources_is_an_editor_error(project: Path) -> None:
    edit(project / "data/sources.yml", "  - id: android-tts-help\n", "  - id: android-tts\n")
    with pytest.raises(EditorError) as error:
        check_project(site_at(project))
    assert error.value.lines() == [
        "mkdocs.yml: plugins.civic.voice_help.Android: 'android-tts-help' is not a source in data/sources.yml; did you mean 'android-tts'?"
    ]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_button_reads_the_article_in_order_without_notices_or_glossary_boxes(page: Page, base_url: str, code: str) -> None:
    record = PageRecord().attach(page)
    page.add_init_script(WATCH_VIOLATIONS)
    open_page(page, base_url + LANGUAGES[code].prefix() + GUIDE)
    expect(listen_button(page)).to_be_visible()
    article_html = page.locator("article").inner_html()
    listen_button(page).click()
    wait_until_done(page, code)
    said = spoken(page)
    expected = " ".join(f"{heading} {text}" for _, heading, text in page_sections(article_html))
    assert squeeze(" ".join(entry["text"] for entry in said)) == squeeze(expected), "the page's own words, in order"
    assert said[0]["text"] == page.locator("article h1").inner_text()
    text = " ".join(entry["text"] for entry in said)
    for left_out in [".civic-notice", ".civic-path-position", ".civic-term__text", ".civic-sources", ".civic-guide-note", ".civic-path-nav"]:
        for element in page.locator(f"article {left_out}").all():
            assert squeeze(element.text_content()) not in squeeze(text), f"{left_out} is not read"
    assert "Kaution" in text, "glossary words are read as they stand"
    expected_voice = {"en": "Samantha", "ar": "Maged"}[code]
    assert {entry["voice"] for entry in said} == {expected_voice}
    assert record.other_hosts(base_url) == [], "nothing leaves the site while listening"
    assert page.evaluate("window.__violations") == []


def test_a_page_shown_untranslated_is_read_in_its_own_language(page: Page, base_url: str) -> None:
    open_page(page, base_url + "en/leichte-sprache.html")
    listen_button(page).click()
    wait_until_done(page, "en")
    said = spoken(page)
    assert {entry["voice"] for entry in said} == {"Anna"}
    assert "Integrationskonzept" in " ".join(entry["text"] for entry in said), "the middle dots of Leichte Sprache are not read"


def test_simplified_chinese_is_read_by_a_voice_for_mainland_china(page: Page, base_url: str) -> None:
    open_page(page, base_url + LANGUAGES["zh"].prefix() + GUIDE)
    listen_button(page).click()
    wait_until_done(page, "zh")
    assert {entry["voice"] for entry in spoken(page)} == {"Ting-Ting"}


def test_pause_resume_and_stop(page: Page, base_url: str) -> None:
    open_page(page, base_url + LANGUAGES["en"].prefix() + GUIDE, manual=True)
    button, stop = listen_button(page), page.locator(".civic-listen__stop")
    expect(stop).to_be_hidden()
    button.click()
    expect(button).to_have_text(STRINGS["listen.pause"]["en"])
    expect(stop).to_have_text(STRINGS["listen.stop"]["en"])
    wait_for_said(page, 1)
    heading = page.locator("article h1")
    expect(heading).to_have_class(re.compile("civic-listen-reading"))

    before = len(page.evaluate("window.__speech.calls"))  # easy-speech also pauses and resumes Chrome every 5 s
    button.click()
    expect(button).to_have_text(STRINGS["listen.resume"]["en"])
    assert page.evaluate("window.__speech.calls")[before:] == ["pause"]
    page.evaluate("window.__speech.finish()")  # the sentence ends while paused: nothing new is said
    page.wait_for_timeout(200)
    assert len(spoken(page)) == 1

    button.click()
    expect(button).to_have_text(STRINGS["listen.pause"]["en"])
    wait_for_said(page, 2)
    assert spoken(page)[1]["text"] != spoken(page)[0]["text"], "it goes on where it paused"

    stop.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_text(STRINGS["listen.start"]["en"])
    expect(stop).to_be_hidden()
    expect(button).to_be_focused()
    assert "cancel" in page.evaluate("window.__speech.calls")
    expect(page.locator(".civic-listen-reading")).to_have_count(0)
    page.evaluate("window.__speech.finish()")
    page.wait_for_timeout(200)
    assert len(spoken(page)) == 2, "nothing more is said after stop"

    button.click()  # and it starts again from the beginning
    wait_for_said(page, 3)
    assert spoken(page)[2]["text"] == spoken(page)[0]["text"]


def test_on_android_a_paused_sentence_is_read_again_from_its_start(browser: Browser, base_url: str) -> None:
    # easy-speech pauses Android's speech by cancelling it: pausing there would end the sentence.
    context = browser.new_context(user_agent=ANDROID, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        open_page(page, base_url + LANGUAGES["de"].prefix() + GUIDE, manual=True)
        button = listen_button(page)
        button.click()
        wait_for_said(page, 1)
        button.click()
        expect(button).to_have_text(STRINGS["listen.resume"]["de"])
        assert page.evaluate("window.__speech.calls").count("cancel") >= 1
        button.click()
        wait_for_said(page, 2)
        first, again = spoken(page)
        assert again == first
    finally:
        context.close()


def test_a_network_voice_is_never_used_and_the_reader_is_told_there_is_no_voice(page: Page, base_url: str) -> None:
    record = PageRecord().attach(page)
    page.add_init_script(WATCH_VIOLATIONS)
    open_page(page, base_url + LANGUAGES["tr"].prefix() + GUIDE)  # Turkish: only a network voice
    listen_button(page).click()
    status = page.locator(".civic-listen__status")
    turkish = LANGUAGES["tr"]
    expect(status).to_contain_text(STRINGS["listen.no_voice"]["tr"].format(language="Türkçe"))
    expect(status).to_contain_text(STRINGS["listen.hint"]["tr"])
    expect(status).to_contain_text(STRINGS["listen.help"]["tr"])
    sources = {source["id"]: source["url"] for source in yaml.safe_load((ROOT / "data/sources.yml").read_text(encoding="utf-8"))["sources"]}
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    help_ids = dict(re.findall(r"^\s+(Android|iPhone|Windows): ([\w-]+)$", config, re.MULTILINE))
    links = status.locator("a")
    assert [(link.inner_text(), link.get_attribute("href")) for link in links.all()] == [(name, sources[source]) for name, source in help_ids.items()]
    assert status.get_attribute("role") == "status"
    assert spoken(page) == [], "nothing is read with a voice that sends the text away"
    expect(listen_button(page)).to_have_text(STRINGS["listen.start"][turkish.code])
    expect(page.locator(".civic-listen__stop")).to_be_hidden()
    assert record.other_hosts(base_url) == []
    assert page.evaluate("window.__violations") == []
    assert violations(page) == [], "the message passes axe"


def test_nothing_is_loaded_for_listening_until_the_reader_taps(page: Page, base_url: str) -> None:
    record = PageRecord().attach(page)
    open_page(page, base_url + LANGUAGES["en"].prefix() + GUIDE)
    page.wait_for_load_state("networkidle")
    listening = re.compile(r"listen|easy-speech")
    assert [url for url in record.requests if listening.search(url)] == []
    listen_button(page).click()
    wait_until_done(page, "en")
    loaded = sorted(url.split("/assets/")[-1] for url in record.requests if listening.search(url))
    assert [re.sub(r"\.[0-9a-f]{8}\.", ".", name) for name in loaded] == [
        "javascripts/listen.js",
        "javascripts/vendor/easy-speech.iife.js",
        "listen/en.js",
        "stylesheets/listen.css",
    ]
    assert record.other_hosts(base_url) == []


def test_the_button_is_hidden_where_the_browser_cannot_speak(page: Page, base_url: str) -> None:
    page.add_init_script(NO_SPEECH)
    page.goto(base_url + LANGUAGES["en"].prefix() + GUIDE)
    expect(page.locator("html")).to_have_class("js")
    expect(page.locator(".civic-listen")).to_be_hidden()


@pytest.mark.parametrize("code", ["de", "ar"])
def test_the_controls_fit_a_phone_are_large_enough_and_pass_axe_while_reading(page: Page, base_url: str, code: str) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    open_page(page, base_url + LANGUAGES[code].prefix() + GUIDE, manual=True)
    button, stop = listen_button(page), page.locator(".civic-listen__stop")
    box = button.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    button.click()
    expect(stop).to_be_visible()
    wait_for_said(page, 1)
    for control in (button, stop):
        box = control.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    start_side = "right" if LANGUAGES[code].direction == "rtl" else "left"
    main, other = button.bounding_box(), stop.bounding_box()
    assert (main["x"] > other["x"]) == (start_side == "right"), "the main button comes first in the reading direction"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert violations(page) == []
    # While reading, the controls stay in reach below the header.
    page.mouse.wheel(0, 1500)
    page.wait_for_timeout(300)
    expect(stop).to_be_in_viewport()
