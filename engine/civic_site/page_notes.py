"""The notes a page carries besides its own text.

- On every page, in the footer: whether this is the city's official site or an independent project
  (data/site.yml: official), in the reader's language.
- At the end of every guide (a page whose source version has ``facts_checked:`` in its front
  matter): the date its facts were checked, that it is general information and not legal advice,
  and a link to where to get advice (plugin option advice_page). Translations show the source
  page's date, which is the date the facts were checked.
"""

from __future__ import annotations

from markupsafe import Markup
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .formatting import format_day
from .frontmatter import source_front_matter
from .languages import Language
from .state import BuildState
from .text import Localized, localized_html


def site_notice(state: BuildState, reader: Language) -> Markup:
    t = state.strings(reader.code)
    return localized_html(t("site.official" if state.data.site["official"] else "site.independent"))


def guide_note(page: Page, files: Files, state: BuildState, reader: Language) -> str:
    """The note at the end of a guide, or '' for a page that is not a guide."""
    site = state.site
    checked = source_front_matter(site.docs_dir, site.default.code, page.file.norm_src_uri).get("facts_checked")
    if not checked:
        return ""
    t = state.strings(reader.code)
    day = format_day(str(checked), reader, state.data.site.get("formats", {}))
    parts = [
        Markup("<p>{}</p>").format(with_time(t("guide.checked"), str(checked), day)),
        Markup("<p>{}</p>").format(localized_html(t("guide.advice"))),
    ]
    advice = files.get_file_from_path(site.advice_page) if site.advice_page else None
    if advice is not None and advice.src_uri != page.file.src_uri:
        parts.append(Markup('<p><a href="{}">{}</a></p>').format(advice.url_relative_to(page.file), localized_html(t("guide.advice_link"))))
    return str(Markup('<aside class="civic-guide-note" data-search-ignore>{}</aside>').format(Markup("").join(parts)))


def with_time(template: Localized, iso_date: str, written: str) -> Markup:
    """The sentence ``template`` with its {date} placeholder as a <time> element."""
    before, _, after = template.text.partition("{date}")
    time = Markup('<time datetime="{}">{}</time>').format(iso_date, written)
    body = localized_html(Localized(before, template.lang, template.dir, False)) + time
    body += localized_html(Localized(after, template.lang, template.dir, False))
    if template.fallback:
        return Markup('<span lang="{}" dir="{}">{}</span>').format(template.html_lang, template.dir, body)
    return body
