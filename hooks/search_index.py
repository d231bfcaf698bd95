"""MkDocs hook: a search index for each language, loaded only when a reader searches.

Collects each page's sections (aachen/search_text.py) while the language is built, and writes
assets/search/<language>.js: the sections and the scripts (lunr's stemmer for this language,
from the Material theme) that assets/javascripts/site.js needs. A script file, not JSON, so that
search also works when the site is opened from disk.

Events: on_page_content, on_page_context, on_post_build.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from aachen.checked import checked_site_data
from aachen.languages import current_language, default_language
from aachen.search_text import page_sections
from aachen.text import Strings

INDEX = "assets/search/{code}.js"
LUNR = "assets/javascripts/vendor/lunr.min.js"

_sections: dict[str, dict[str, list[dict]]] = {}  # language -> page URL -> entries, filled while that language is built


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    language = current_language(config).code
    if page.file.locale != language:
        return html  # a page shown in German here is found through the German index
    # By page, so that a rebuild under `make serve` replaces the page's entries.
    _sections.setdefault(language, {})[page.url] = [
        {"u": page.url + (f"#{anchor}" if anchor else ""), "t": page.title, "h": heading, "x": text} for anchor, heading, text in page_sections(html)
    ]
    return html


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    language, default = current_language(config), default_language(config)
    t = Strings(checked_site_data(config).strings, language, default)
    labels = {key: t(f"search.{key}").text for key in ("label", "placeholder", "close", "start", "loading", "none", "results", "failed", "region")}
    labels["fallback"] = t("search.fallback", language=language.name).text
    settings = {
        "root": context["base_url"],  # the site's root, relative to this page
        "lunr": config.extra["assets"][LUNR],  # fingerprinted by hooks/assets.py
        "index": INDEX.format(code=language.code),
        "fallback": None if language.default else INDEX.format(code=default.code),
        "fallbackLang": default.code,
        "fallbackDir": default.direction,
        "text": labels,
    }
    config.extra["search_strings"] = {
        **labels,
        "index": settings["index"],
        "json": json.dumps(settings, ensure_ascii=False),  # the template escapes it into an attribute
    }
    return context


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    for code, pages in _sections.items():
        # Material's stemmer for this language and the support it needs (hooks/assets.py).
        scripts = config.extra["search_scripts"][code]
        target = site / INDEX.format(code=code)
        target.parent.mkdir(parents=True, exist_ok=True)
        docs = [entry for entries in pages.values() for entry in entries]
        payload = json.dumps({"lang": code, "scripts": scripts, "docs": docs}, ensure_ascii=False, separators=(",", ":"))
        target.write_text(f"awSearch.register({payload});\n", encoding="utf-8")
