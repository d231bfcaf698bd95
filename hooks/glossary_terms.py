"""MkDocs hook: explain glossary words (data/glossary.yml) where a page first uses them.

The work is done by a Markdown extension (aachen/glossary_terms.py) that this hook adds once and
points at the page being rendered. The glossary page itself (data/site.yml: glossary_page) is
left alone. Events: on_config, on_page_markdown.
"""

from __future__ import annotations

import posixpath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from aachen.checked import checked_site_data
from aachen.glossary_terms import GlossaryTermsExtension, TermContext
from aachen.languages import default_language, site_languages
from aachen.text import Strings, localize

CONTEXT = TermContext()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not any(isinstance(extension, GlossaryTermsExtension) for extension in config.markdown_extensions):
        config.markdown_extensions.append(GlossaryTermsExtension(CONTEXT))
    return config


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    data = checked_site_data(config)
    default = default_language(config)
    language = next(language for language in site_languages(config) if language.code == page.file.locale)
    glossary_page = data.site["glossary_page"]
    CONTEXT.enabled = page.file.norm_src_uri != glossary_page
    if not CONTEXT.enabled:
        return markdown
    # A link to the Markdown file: MkDocs turns it into the page's address and checks it.
    CONTEXT.glossary_url = posixpath.relpath(glossary_page, posixpath.dirname(page.file.norm_src_uri) or ".")
    strings = Strings(data.strings, language, default)
    CONTEXT.more_label = strings("glossary.more").text
    CONTEXT.print_label = strings("glossary.on_paper").text
    CONTEXT.term_lang, CONTEXT.term_dir = default.code, default.direction
    CONTEXT.entries = []
    for term in data.glossary:
        explanation = localize(term["explanation"], language, default)
        CONTEXT.entries.append(
            {
                "id": term["id"],
                "term": term["term"],
                "words": [term["term"], *term.get("forms", [])],
                "label": None if language.default else term["translation"].get(language.code),
                "explanation": explanation.text,
                "lang": explanation.lang,
                "dir": explanation.dir,
            }
        )
    return markdown
