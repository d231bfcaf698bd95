"""A search index for each language, loaded only when a reader searches.

While a language is built, each page's sections (search_text.py) are collected in the build's
state; at the end of the whole build, assets/search/<language>.js is written for every language:
the sections and the scripts (lunr's stemmer for this language, from the Material theme) that the
site's script needs. A script file, not JSON, so that search also works when the site is opened from
disk. A page deleted, or a translation deleted so that the page falls back, is simply not collected
in the next build, and so leaves the index.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

from markupsafe import Markup
from mkdocs.structure.pages import Page

from .assets import search_rules
from .languages import Language, name_in
from .search_text import page_sections
from .state import BuildState

INDEX = "assets/search/{code}.js"
LUNR = "assets/javascripts/vendor/lunr.min.js"
LABELS = ("label", "placeholder", "start", "loading", "none", "results", "failed", "region")
ON_THE_PAGE = ("start", "loading", "failed")  # in each page's search settings; the others come with the index
WITH_RESULTS = ("none", "results")


def collect(html: str, page: Page, state: BuildState, reader: Language) -> None:
    if page.file.locale != reader.code:
        return  # a page shown in the default language here is found through that language's index
    state.sections.setdefault(reader.code, {})[page.url] = [
        {"u": page.url + (f"#{anchor}" if anchor else ""), "t": page.title, "h": heading, "x": text} for anchor, heading, text in page_sections(html)
    ]


def settings(state: BuildState, reader: Language, base_url: str) -> dict:
    """What the search box needs on a page: its labels in the reader's language and the indexes.
    The texts shown only with results come with the reader's index (``result_texts``)."""
    default = state.site.default
    t = state.strings(reader.code)
    labels = {key: t(f"search.{key}").text for key in LABELS}
    script = {
        "root": base_url,  # the site's root, relative to this page
        "code": state.assets["assets/javascripts/search.js"],  # loaded when the reader starts to search
        "lunr": state.assets[LUNR],
        "lang": reader.code,
        "index": INDEX.format(code=reader.code),
        "fallback": None if reader.default else INDEX.format(code=default.code),
        "fallbackLang": default.code,
        "fallbackTag": default.html_lang,
        "fallbackDir": default.direction,
        "text": {key: labels[key] for key in ON_THE_PAGE},
    }
    settings_json = json.dumps(script, ensure_ascii=False, separators=(",", ":"))
    # For an attribute in single quotes: the JSON's many double quotes need no escaping there.
    attribute = Markup(settings_json.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&#39;"))
    return {**labels, "index": script["index"], "json": attribute}


def result_texts(state: BuildState, reader: Language) -> dict:
    """The texts that stand above results, in the reader's language: they travel with the index, so
    that every page carries only what it shows before the reader searches."""
    t = state.strings(reader.code)
    texts = {key: t(f"search.{key}").text for key in WITH_RESULTS}
    texts["fallback"] = t("search.fallback", language=reader.name, original=partial(name_in, state.site.default)).text
    return texts


def write_indexes(site_dir: Path, state: BuildState) -> None:
    for code, pages in state.sections.items():
        target = site_dir / INDEX.format(code=code)
        target.parent.mkdir(parents=True, exist_ok=True)
        docs = [entry for entries in pages.values() for entry in entries]
        text = result_texts(state, state.site.language(code))
        payload = {"lang": code, "rules": search_rules(code), "scripts": state.search_scripts.get(code, []), "text": text, "docs": docs}
        payload = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        target.write_text(f"civicSearch.register({payload});\n", encoding="utf-8")
