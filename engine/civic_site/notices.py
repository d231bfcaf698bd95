"""The notices a page carries about its language, in the reader's language: a page shown in the
default language because it has no translation, a translation older than its source, a machine
translation, and a page that shows data texts not yet translated."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from markupsafe import Markup
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from .frontmatter import source_front_matter
from .languages import Language, name_in
from .markdown_lines import prose_lines
from .state import BuildState
from .text import Localized, localized_html
from .translation import OUTDATED, translation_state

# Where the notices of a translated page go: a line of its own, replaced once the markers are rendered.
NOTICE_PLACE = "\x00civic-notices\x00"


@dataclass(frozen=True)
class Link:
    href: str
    label: Localized
    hreflang: str


def notice(text: Localized, link: Link | None = None) -> Markup:
    body = localized_html(text)
    if link is not None:
        body += Markup(' <a href="{}" hreflang="{}">{}</a>').format(link.href, link.hreflang, localized_html(link.label))
    return Markup('<aside class="civic-notice" role="note" data-search-ignore><p>{}</p></aside>').format(body)


def fallback_page(html: str, page: Page, state: BuildState, reader: Language) -> str:
    """A page shown in the default language: the reader's notice above the content, which is marked
    with its own language and direction."""
    site, t = state.site, state.strings(reader.code)
    source_only = source_front_matter(site.docs_dir, site.default.code, page.file.norm_src_uri).get(site.source_only_key)
    default = site.default
    text = t("fallback.source_only") if source_only else t("fallback.page", language=reader.name, original=partial(name_in, default))
    return f'{notice(text)}<div class="civic-fallback" lang="{default.html_lang}" dir="{default.direction}">{html}</div>'


def mark_notice_place(markdown: str) -> str:
    """``markdown`` with the notice line below its main heading, and below the language choice if
    one follows the heading: a reader who cannot read this language must find their own first."""
    lines = markdown.split("\n")
    at = 0
    for number, line in prose_lines(markdown, first_line=0):
        if line.startswith("# ") or line.lstrip().startswith("<!-- field-title"):
            at = number + 1
            following = [(n, text) for n, text in enumerate(lines[at:], start=at) if text.strip()][:1]
            if following and following[0][1].strip() == "<!-- languages -->":
                at = following[0][0] + 1
            break
    return "\n".join([*lines[:at], "", NOTICE_PLACE, "", *lines[at:]])


def translated_page_notices(page: Page, state: BuildState, reader: Language, untranslated: int) -> str:
    """The notices of a page shown in the reader's language, as an HTML block (or nothing)."""
    site, t = state.site, state.strings(reader.code)
    link = None
    original = page.file.alternates.get(site.default.code)
    if original is not None and not reader.default:
        link = Link(get_relative_url(original.url, page.url), t("machine.original", original=partial(name_in, site.default)), site.default.html_lang)
    notices = []
    if not reader.default:
        if translation_state(site.docs_dir, page.file.norm_src_uri, reader.code, site.default.code, site.source_only_key).state == OUTDATED:
            notices.append(notice(t("outdated.notice", original=partial(name_in, site.default)), link))
        if page.meta.get("machine_translation"):
            notices.append(notice(t("machine.notice"), link))
    if untranslated:
        notices.append(notice(t("fallback.parts", original=partial(name_in, site.default))))
    return "".join(notices)
