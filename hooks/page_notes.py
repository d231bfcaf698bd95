"""MkDocs hook: the notes that pages carry besides their text.

- On every page, in the footer: whether this is an official site of the City of Aachen or an
  independent project (data/site.yml: official).
- At the end of every guide (a page whose German version has `facts_checked:` in its front
  matter): the date its facts were checked, that it is general information and not legal
  advice, and a link to where to get advice (data/site.yml: advice_page). Translations show the
  German page's date, which is the date the facts were checked.

Events: on_page_context, on_page_content.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from aachen.bidi import isolate_latin
from aachen.checked import checked_site_data, german_front_matter
from aachen.languages import current_language, default_language, format_locale
from aachen.text import Strings


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    strings = _strings(config)
    notice = strings("site.official" if checked_site_data(config).site["official"] else "site.independent")
    config.extra["site_notice"] = _html(notice)
    return context


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    checked = german_front_matter(config, page.file.norm_src_uri).get("facts_checked")
    if not checked:
        return html
    checked = str(checked)  # YAML may read 2026-11-25 as a date
    strings = _strings(config)
    language = current_language(config)
    formats = checked_site_data(config).site.get("formats", {})
    day = format_date(date.fromisoformat(checked), format="long", locale=format_locale(language, formats))
    advice = files.get_file_from_path(checked_site_data(config).site["advice_page"])
    parts = [
        Markup("<p>{}</p>").format(_with_time(strings("guide.checked"), checked, day)),
        Markup("<p>{}</p>").format(_html(strings("guide.advice"))),
    ]
    if advice is not None and advice.src_uri != page.file.src_uri:
        parts.append(Markup('<p><a href="{}">{}</a></p>').format(advice.url_relative_to(page.file), _html(strings("guide.advice_link"))))
    return html + str(Markup('<aside class="aw-guide-note">{}</aside>').format(Markup("").join(parts)))


def _with_time(template, iso_date: str, written: str) -> Markup:
    """The sentence ``template`` with its {date} placeholder as a <time> element."""
    before, _, after = template.text.partition("{date}")
    time = Markup('<time datetime="{}">{}</time>').format(iso_date, written)
    body = isolate_latin(before, template.dir) + time + isolate_latin(after, template.dir)
    if template.fallback:
        return Markup('<span lang="{}" dir="{}">{}</span>').format(template.lang, template.dir, body)
    return body


def _strings(config: MkDocsConfig) -> Strings:
    return Strings(checked_site_data(config).strings, current_language(config), default_language(config))


def _html(text) -> Markup:
    body = isolate_latin(text.text, text.dir)
    if text.fallback:
        return Markup('<span lang="{}" dir="{}">{}</span>').format(text.lang, text.dir, body)
    return body
