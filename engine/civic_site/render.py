"""Turn each marker into output in the page's language.

Every marker has one renderer here and one entry in ``MARKERS``; the markup lives in
``templates/``, rendered with autoescaping on, so text from data never reaches a page unescaped.
A renderer returns an HTML block (which joins the page after Markdown, see ``html_blocks``), except
``field-title``, which returns a Markdown heading so that MkDocs sees it (page title, table of
contents, skip link).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .collation import collation_order
from .data import SiteData
from .figures import FigureWriter, is_overdue
from .formatting import format_date_text, format_number
from .html_blocks import HtmlBlock
from .languages import Language, alternate_urls, direction_of
from .markers import IdKind, Marker, MarkerSpec
from .review import ages, overdue_figures, overdue_guides, today_from_environment
from .site import Site
from .text import Localized, Strings, localize, localized_html

_ENV = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=StrictUndefined,
)


@dataclass
class PageContext:
    """Everything a renderer needs about the page being built."""

    page: Page
    files: Files
    site: Site
    data: SiteData
    language: Language  # the language the page's text is in
    translation_states: Any = None  # a callable giving every translation's state (the editors' page)
    untranslated: int = 0  # how many data texts on this page are shown in the default language
    strings: Strings = field(init=False)
    figures: FigureWriter = field(init=False)

    def __post_init__(self) -> None:
        self.strings = Strings(self.data.strings, self.language, self.site.default)
        self.figures = figure_writer(self.data, self.site)

    @property
    def default(self) -> Language:
        return self.site.default

    def t(self, key: str, **values: object) -> Localized:
        return self.strings(key, **values)

    def text(self, text: dict[str, str]) -> Localized:
        return self.figures.in_text(localize(text, self.language, self.default))

    def url_of(self, docs_path: str) -> str:
        """The URL of a page (given by its path inside a language folder) relative to this page."""
        file = self.files.get_file_from_path(docs_path)
        return file.url_relative_to(self.page.file)

    def number(self, value: float) -> str:
        return format_number(value, self.language, self.data.site.get("formats", {}))

    def date(self, value: str) -> str:
        """A date as YYYY-MM-DD, YYYY-MM or YYYY, written as readers of this language expect."""
        return format_date_text(value, self.language, self.data.site.get("formats", {}))

    def render(self, template: str, **values: Any) -> HtmlBlock:
        colon = self.t("label.colon").text  # the punctuation after a label, e.g. ": ", or "：" in Chinese
        html = _ENV.get_template(template).render(t=self.t, text=self._text_html, source=self._source_html, colon=colon, **values)
        return HtmlBlock.of(html.strip())

    def _text_html(self, value: Localized) -> Markup:
        if not value.fallback:
            return localized_html(value)
        self.untranslated += 1
        badge = self.t("fallback.badge")
        return Markup('{} <span class="civic-untranslated">({})</span>').format(localized_html(value), localized_html(badge))

    def _source_html(self, source_id: str) -> Markup:
        """ "Publisher: Title" in the source's own language, isolated as one piece, so that a
        German citation reads left to right inside an Arabic sentence."""
        source = self.data.sources[source_id]
        cite = Markup("<cite>{}</cite>").format(source["title"])
        if source["url"] != "unknown":
            cite = Markup('<a href="{}">{}</a>').format(source["url"], cite)
        citation = Markup('<span lang="{}" dir="{}">{}: {}</span>').format(
            source["language"], direction_of(source["language"]), source["publisher"], cite
        )
        if source["published"] != "unknown":
            citation += Markup(' (<time datetime="{}">{}</time>)').format(source["published"], self.date(source["published"]))
        return citation


def render_languages(marker: Marker, ctx: PageContext) -> HtmlBlock:
    links = [
        {"language": language, "url": url, "current": language.code == ctx.language.code}
        for language, url in alternate_urls(ctx.page, ctx.site.languages)
    ]
    return ctx.render("languages.html", languages=links)


def render_fields(marker: Marker, ctx: PageContext) -> HtmlBlock:
    fields = [{"title": ctx.text(field["title"]), "url": ctx.url_of(ctx.site.field_page.format(id=field["id"]))} for field in ctx.data.fields]
    return ctx.render("fields.html", fields=fields)


def render_field_title(marker: Marker, ctx: PageContext) -> str:
    title = ctx.text(ctx.data.field(marker.attributes["field"])["title"])
    attributes = ""
    if title.fallback:
        ctx.untranslated += 1
        attributes = f' {{ lang="{title.html_lang}" dir="{title.dir}" }}'
    return f"# {markdown_escape(title.text)}{attributes}"


def render_needs(marker: Marker, ctx: PageContext) -> HtmlBlock:
    field = ctx.data.field(marker.attributes["field"])
    needs = None if field["needs"] == "unknown" else [ctx.text(need) for need in field["needs"]]
    return ctx.render("needs.html", needs=needs, source_id=field["source"])


def render_measures(marker: Marker, ctx: PageContext) -> HtmlBlock:
    measures = [
        {
            "id": measure["id"],
            "title": ctx.text(measure["title"]),
            "status": measure["status"],
            "status_text": ctx.t(f"status.{measure['status']}"),
        }
        for measure in ctx.data.measures_of(marker.attributes["field"])
    ]
    # Most measures share a source: name each source once, under the list.
    source_ids = list(dict.fromkeys(measure["source"] for measure in ctx.data.measures_of(marker.attributes["field"])))
    return ctx.render("measures.html", measures=measures, source_ids=source_ids)


def render_path(marker: Marker, ctx: PageContext) -> HtmlBlock:
    path = next(path for path in ctx.data.paths if path["id"] == marker.attributes["id"])
    steps = [
        {"title": ctx.text(step["title"]), "text": ctx.text(step["text"]), "url": ctx.url_of(step["page"]), "current": False}
        for step in path["steps"]
    ]
    return ctx.render("path.html", title=ctx.text(path["title"]), steps=steps)


def render_sources(marker: Marker, ctx: PageContext) -> HtmlBlock:
    return ctx.render("sources.html", source_ids=marker.attributes["ids"].split())


def render_measure_count(marker: Marker, ctx: PageContext) -> HtmlBlock:
    documented, total = len(ctx.data.measures), ctx.data.concept["measures_total"]
    sentence = ctx.t("measures.count", documented=ctx.number(documented), total=ctx.number(total))
    return ctx.render("measure-count.html", sentence=sentence, source_id=ctx.data.concept["source"])


def render_glossary(marker: Marker, ctx: PageContext) -> HtmlBlock:
    order = {word: place for place, word in enumerate(collation_order(term["term"] for term in ctx.data.glossary))}
    entries = [
        {
            "id": term["id"],
            "term": term["term"],
            "translation": term["translation"].get(ctx.language.code) if not ctx.language.default else None,
            "explanation": ctx.text(term["explanation"]),
        }
        for term in sorted(ctx.data.glossary, key=lambda term: order[term["term"]])
    ]
    return ctx.render("glossary.html", entries=entries, default=ctx.default)


def render_operator(marker: Marker, ctx: PageContext) -> HtmlBlock:
    return ctx.render("operator.html", operator=ctx.data.site["operator"], official=ctx.data.site["official"])


def render_feedback_contact(marker: Marker, ctx: PageContext) -> HtmlBlock:
    return ctx.render("feedback-contact.html", email=ctx.data.site["feedback_email"])


def render_translation_status(marker: Marker, ctx: PageContext) -> HtmlBlock:
    languages = [language for language in ctx.site.languages if not language.default]
    by_page_and_language = {(state.page, state.language): state.state for state in ctx.translation_states()}
    rows = []
    for page in sorted({page for page, _ in by_page_and_language}):
        cells = []
        for language in languages:
            state = by_page_and_language[page, language.code]
            cells.append({"state": state, "label": ctx.t(f"translation.{state}")})
        rows.append({"page": page, "cells": cells})
    return ctx.render("translation-status.html", languages=languages, rows=rows)


def render_figures(marker: Marker, ctx: PageContext) -> HtmlBlock:
    _, figure_months = ages(ctx.data.site)
    today = today_from_environment()
    figures = [
        {
            "id": figure_id,
            "label": ctx.text(figure["label"]),
            "value": ctx.figures.text(figure_id, None, ctx.language.code),
            "applies_from": figure["applies_from"],
            "applies_from_text": ctx.date(str(figure["applies_from"])),
            "checked": figure["checked"],
            "checked_text": ctx.date(str(figure["checked"])),
            "overdue": is_overdue(str(figure["checked"]), today, figure_months),
            "source": figure["source"],
        }
        for figure_id, figure in ctx.data.figures.items()
    ]
    return ctx.render("figures.html", figures=figures)


def render_review_dates(marker: Marker, ctx: PageContext) -> HtmlBlock:
    guide_months, figure_months = ages(ctx.data.site)
    today = today_from_environment()
    late = [*overdue_guides(ctx.site, today, guide_months), *overdue_figures(ctx.site, today, figure_months)]
    items = [
        {
            "name": item.name,
            "checked": item.checked,
            "checked_text": ctx.date(item.checked),
            "where": f"{item.file}:{item.line}" if item.line else item.file,
        }
        for item in late
    ]
    intro = ctx.t("review.intro", guides=guide_months, figures=figure_months)
    return ctx.render("review-dates.html", items=items, intro=intro, nothing_due=ctx.t("review.none"))


MARKERS: dict[str, MarkerSpec] = {
    "languages": MarkerSpec({}, render_languages, "<!-- languages -->"),
    "fields": MarkerSpec({}, render_fields, "<!-- fields -->"),
    "field-title": MarkerSpec({"field": "field"}, render_field_title, '<!-- field-title field="{field}" -->', ("field",)),
    "needs": MarkerSpec({"field": "field"}, render_needs, '<!-- needs field="{field}" -->', ("field",)),
    "measures": MarkerSpec({"field": "field"}, render_measures, '<!-- measures field="{field}" -->', ("field",)),
    "measure-count": MarkerSpec({}, render_measure_count, "<!-- measure-count -->", same_on_every_page=True),
    "sources": MarkerSpec({"ids": "sources"}, render_sources, '<!-- sources ids="{sources}" -->', ("ids",), same_on_every_page=True),
    "glossary": MarkerSpec({}, render_glossary, "<!-- glossary -->", same_on_every_page=True),
    "path": MarkerSpec({"id": "path"}, render_path, '<!-- path id="{path}" -->', ("id",)),
    "operator": MarkerSpec({}, render_operator, "<!-- operator -->", same_on_every_page=True),
    "feedback-contact": MarkerSpec({}, render_feedback_contact, "<!-- feedback-contact -->", same_on_every_page=True),
    "translation-status": MarkerSpec({}, render_translation_status, "<!-- translation-status -->", same_on_every_page=True),
    "figures": MarkerSpec({}, render_figures, "<!-- figures -->", same_on_every_page=True),
    "review-dates": MarkerSpec({}, render_review_dates, "<!-- review-dates -->", same_on_every_page=True),
}


def known_ids(data: SiteData, site: Site) -> dict[str, IdKind]:
    """The ids marker attributes may refer to, by kind."""
    fields, sources, paths = site.data_file("fields.yml"), site.data_file("sources.yml"), site.data_file("paths.yml")
    return {
        "field": IdKind("a field of action", [field["id"] for field in data.fields], listed=f"the ids are in {fields}"),
        "source": IdKind(f"a source in {sources}", list(data.sources), listed=f"the ids are in {sources}"),
        "sources": IdKind(f"a source in {sources}", list(data.sources), many=True, listed=f"the ids are in {sources}"),
        "path": IdKind(f"a path in {paths}", [path["id"] for path in data.paths], listed=f"the ids are in {paths}"),
    }


_BRACKETED = re.compile(r"\[([^\[\]\n]+)\]")


def source_link_definitions(data: SiteData, markdown: str) -> str:
    """Markdown link definitions for the sources ``markdown`` cites, so that a page can write
    [§ 551 BGB][bgb-551] and the address lives only in data/sources.yml. Only the cited ones:
    all of them on every page made Markdown read some 20 KB more a page (a tenth of the build)."""
    bracketed = {label.strip().lower() for label in _BRACKETED.findall(markdown)}
    return "\n".join(
        f"[{source_id}]: {source['url']}"
        for source_id, source in data.sources.items()
        if source["url"] != "unknown" and source_id.lower() in bracketed
    )


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")


def markdown_escape(text: str) -> str:
    """Text that Markdown shows as written: no emphasis, links, headings or raw HTML."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(escape(text)))


def figure_writer(data: SiteData, site: Site) -> FigureWriter:
    return FigureWriter(data.figures, data.strings, site.languages, site.default, data.site.get("formats", {}))
