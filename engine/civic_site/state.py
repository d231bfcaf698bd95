"""The state of one build: created when a whole build begins (static-i18n then builds every language
in turn, and `mkdocs serve` starts a new whole build on every save) and passed explicitly to the code
that needs it. Nothing of it outlives the build."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .data import SiteData
from .glossary_terms import TermContext
from .html_blocks import HtmlBlock, HtmlBlocks
from .site import Site
from .text import Strings
from .translation import TranslationState, translation_states


@dataclass
class PageState:
    """What the Markdown extensions need about the page being rendered now."""

    terms: TermContext = field(default_factory=TermContext)
    isolate_ltr: bool = False  # right-to-left page: left-to-right runs are isolated
    html_blocks: HtmlBlocks = field(default_factory=HtmlBlocks)  # the markers' HTML, put in after Markdown


@dataclass
class BuildState:
    site: Site
    data: SiteData
    serving: bool
    csp_meta: str | None = None  # the content security policy for a <meta> tag, if the site wants one
    assets: dict[str, str] = field(default_factory=dict)  # the engine's asset paths -> their fingerprinted names
    search_scripts: dict[str, list[str]] = field(default_factory=dict)  # language -> lunr files its search needs
    sections: dict[str, dict[str, list[dict]]] = field(default_factory=dict)  # language -> page URL -> search entries
    untranslated: dict[tuple[str, str], int] = field(default_factory=dict)  # (language, page) -> data texts shown untranslated
    page: PageState = field(default_factory=PageState)
    files: Any = None  # the files of the language being built (MkDocs' Files)
    site_names: dict[str, str] = field(default_factory=dict)  # language -> the site's name in it
    glossary_entries: dict[str, list[dict]] = field(default_factory=dict)  # language -> the glossary words pages explain
    # markers the same on every page -> (their output, data texts in it shown untranslated)
    rendered_markers: dict[tuple, tuple[HtmlBlock | str, int]] = field(default_factory=dict)
    _translation_states: list[TranslationState] | None = None

    def strings(self, code: str) -> Strings:
        return Strings(self.data.strings, self.site.language(code), self.site.default)

    def translation_states(self) -> list[TranslationState]:
        """Every page's translation state in every language, worked out once per build."""
        if self._translation_states is None:
            site = self.site
            self._translation_states = translation_states(site.docs_dir, list(site.codes), site.default.code, site.source_only_key)
        return self._translation_states
