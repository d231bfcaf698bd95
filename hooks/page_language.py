"""MkDocs hook: every page says which language it is in, and says so honestly.

- ``<html lang dir>`` is the language being built (Material puts ``dir`` only on ``<body>``).
- A page that falls back to German keeps the reader's language for menus and notices; its German
  content is wrapped in ``lang="de" dir="ltr"`` under a notice in the reader's language.
- A translation older than its German page, a machine translation, and a page that shows
  German data text, get a notice as well.
- On right-to-left pages, Latin-script words keep their order (each run in <bdi>).
- The language switcher leads to the same page in each language, with relative links, so the
  site works under any URL path and from disk.

Events: on_config, on_page_markdown, on_page_context, on_page_content, on_post_page.
"""

from __future__ import annotations

import re
from pathlib import Path

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from aachen.bidi import IsolateLatinRuns, IsolateLatinRunsExtension, isolate_latin
from aachen.checked import checked_site_data, german_front_matter, project_root
from aachen.languages import Language, alternate_urls, current_language, default_language, site_languages
from aachen.text import Strings
from aachen.translation import OUTDATED, translation_state

HTML_TAG = re.compile(r"<html\b[^>]*>")
# Notices go below the page's heading, and below the language choice if one follows it: a reader
# who cannot read this language must find their own first.
NOTICE_PLACE = re.compile(r"</h1>\s*(?:<nav class=\"aw-languages\".*?</nav>)?", re.DOTALL)


ISOLATE_LATIN = IsolateLatinRuns()


@event_priority(-110)  # after static-i18n has switched the config to the language being built
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    language = current_language(config)
    config.theme["direction"] = language.direction
    if not any((Path(folder) / "partials" / "languages" / f"{language.code}.html").is_file() for folder in config.theme.dirs):
        # Material has no labels in this language (it would stop with TemplateNotFound): its
        # menus fall back to English, Material's own fallback; lang and dir stay the page's own.
        config.theme["language"] = "en"
    if not any(isinstance(extension, IsolateLatinRunsExtension) for extension in config.markdown_extensions):
        config.markdown_extensions.append(IsolateLatinRunsExtension(ISOLATE_LATIN))
    return config


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    # German words, numbers with §, and web addresses keep their order inside Arabic sentences.
    language = next(language for language in site_languages(config) if language.code == page.file.locale)
    ISOLATE_LATIN.enabled = language.direction == "rtl"
    return markdown


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    alternates = [
        {"name": language.name, "lang": language.code, "link": url, "dir": language.direction}
        # Site-relative: the template's `url` filter makes them relative to the page.
        for language, url in alternate_urls(page, config, relative=False)
    ]
    config.extra["current_language"] = current_language(config).code
    # static-i18n sets `extra.alternate` as an attribute, which templates read before the key.
    config.extra["alternate"] = alternates
    config.extra.alternate = alternates
    return context


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    reader, default = current_language(config), default_language(config)
    strings = Strings(checked_site_data(config).strings, reader, default)
    if page.file.locale != reader.code:
        content_dir = default.direction
        german_only = german_front_matter(config, page.file.norm_src_uri).get("leichte_sprache")
        notice = _notice(strings("fallback.leichte_sprache") if german_only else strings("fallback.page", language=reader.name), reader)
        return f'{notice}<div class="aw-fallback" lang="{default.code}" dir="{content_dir}">{html}</div>'

    notices = []
    original = page.file.alternates.get(default.code)
    link = None
    if original is not None and not reader.default:
        link = (get_relative_url(original.url, page.url), strings("machine.original"), default)
    docs = project_root(config) / "docs"
    if not reader.default and translation_state(docs, page.file.norm_src_uri, reader.code, default.code).state == OUTDATED:
        notices.append(_notice(strings("outdated.notice"), reader, link))
    if page.meta.get("machine_translation"):
        notices.append(_notice(strings("machine.notice"), reader, link))
    if getattr(page, "untranslated_data", 0):
        notices.append(_notice(strings("fallback.parts"), reader))
    if not notices:
        return html
    match = NOTICE_PLACE.search(html)
    at = match.end() if match else 0
    return html[:at] + "".join(notices) + html[at:]


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    language = current_language(config)
    return HTML_TAG.sub(f'<html lang="{language.code}" dir="{language.direction}" class="no-js">', output, count=1)


def _notice(text, reader: Language, link: tuple | None = None) -> str:
    body = isolate_latin(text.text, text.dir)
    if text.fallback:
        body = Markup('<span lang="{}" dir="{}">{}</span>').format(text.lang, text.dir, body)
    if link is not None:
        href, label, target = link
        body += Markup(' <a href="{}" hreflang="{}">{}</a>').format(href, target.code, label.text)
    return str(Markup('<aside class="aw-notice" role="note"><p>{}</p></aside>').format(body))
