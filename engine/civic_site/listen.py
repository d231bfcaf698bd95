"""Listen to this page: a button that reads the page's own text aloud with the voices of the
reader's device, and only those (Web Speech API; nothing is sent anywhere).

Every page carries only the button, below its heading and notices, a few hundred bytes, hidden
until the site's script (site.js) finds speech synthesis in the browser. The first tap loads, as
<link> and <script> elements (the content security policy allows no other way): listen.css,
easy-speech (vendor/, for the differences between browsers), the texts of the reader's language
(assets/listen/<language>.js, written at the end of the build) and listen.js, which reads the
article. Where the device has no voice of its own for the page's language, the reader is told so
in their language, with the help pages of the plugin option voice_help (ids in data/sources.yml).
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

from markupsafe import Markup
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from .languages import Language, name_in
from .state import BuildState
from .text import localized_html

# Loaded at the first tap, in this order (site.js keeps it).
STYLESHEET = "assets/stylesheets/listen.css"
EASY_SPEECH = "assets/javascripts/vendor/easy-speech.iife.js"
SCRIPT = "assets/javascripts/listen.js"
TEXTS = "assets/listen/{code}.js"


def button_html(page: Page, state: BuildState, reader: Language, *, foreign: bool) -> str:
    """The button, for the place below the page's heading and notices. ``foreign``: the page's
    text is in another language than the reader's (a page shown untranslated)."""
    t = state.strings(reader.code)
    files = [state.assets[STYLESHEET], state.assets[EASY_SPEECH], TEXTS.format(code=reader.code), state.assets[SCRIPT]]
    # Relative to the page, like every link of the site, so that it works under any path and from disk.
    links = " ".join(get_relative_url(path, page.url) for path in files)
    language = Markup(' lang="{}" dir="{}"').format(reader.html_lang, reader.direction) if foreign else ""
    return str(
        Markup(
            '<div class="civic-listen" data-civic-listen="{}" data-search-ignore hidden{}>'
            '<button type="button" class="civic-listen__button">{}</button></div>'
        ).format(links, language, localized_html(t("listen.start")))
    )


def texts(state: BuildState, reader: Language) -> dict:
    """What listen.js says, in the reader's language."""
    site, t = state.site, state.strings(reader.code)
    return {
        "start": t("listen.start").text,
        "pause": t("listen.pause").text,
        "resume": t("listen.resume").text,
        "stop": t("listen.stop").text,
        "loading": t("listen.loading").text,
        "failed": t("listen.failed").text,
        # Per language a page's text can be in (a page shown untranslated is in the default
        # language), the language's name as the sentence around it needs it.
        "noVoice": {language.html_lang: t("listen.no_voice", language=partial(name_in, language)).text for language in site.languages},
        "hint": t("listen.hint").text,
        "help": t("listen.help").text,
        "links": [{"name": name, "url": state.data.sources[source]["url"]} for name, source in site.voice_help],
    }


def write_texts(site_dir: Path, state: BuildState) -> None:
    for language in state.site.languages:
        target = site_dir / TEXTS.format(code=language.code)
        target.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(texts(state, language), ensure_ascii=False, separators=(",", ":"))
        target.write_text(f"window.civicListenText={payload};\n", encoding="utf-8")
