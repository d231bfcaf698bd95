"""MkDocs hook: replace the markers in each page with data from data/, in the page's language.

Markers: see MARKERS in aachen/render.py and the list in README.md. The markers were
already checked by hooks/validate.py, so every id here exists. Events: on_page_markdown.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from aachen.checked import checked_site_data
from aachen.languages import default_language, site_languages
from aachen.markers import Marker, replace_markers
from aachen.render import MARKERS, PageContext, source_link_definitions


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    # On a page that falls back to German, data is shown in German too, like the text around it.
    language = next(language for language in site_languages(config) if language.code == page.file.locale)
    ctx = PageContext(page, files, config, checked_site_data(config), language, default_language(config))

    def render(marker: Marker) -> str:
        return MARKERS[marker.name].render(marker, ctx)

    markdown = replace_markers(markdown, MARKERS, render)
    # Sources can be cited inline as [§ 551 BGB][bgb-551]; the addresses come from data/sources.yml.
    markdown += "\n\n" + source_link_definitions(ctx.data) + "\n"
    # Read by hooks/page_language.py, which puts a notice on pages that show German data text.
    page.untranslated_data = ctx.untranslated
    return markdown
