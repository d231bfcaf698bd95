"""The site's languages, read from the i18n plugin's configuration in mkdocs.yml.

Nothing else in the code lists languages: adding one is an entry in mkdocs.yml and a folder in
docs/. Writing direction comes from the CLDR data in Babel, so a new right-to-left language
needs no code either.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url


@dataclass(frozen=True)
class Language:
    code: str  # e.g. "ar"; also the language's folder in docs/ and in the site
    name: str  # in its own script, e.g. "العربية"
    direction: str  # "ltr" or "rtl"
    default: bool
    tag: str = ""  # the BCP 47 tag for HTML's lang, where it says more than the code (zh-Hans)

    @property
    def html_lang(self) -> str:
        return self.tag or self.code


@cache
def direction_of(code: str) -> str:
    try:
        return "rtl" if Locale.parse(code.replace("-", "_")).text_direction == "rtl" else "ltr"
    except (UnknownLocaleError, ValueError):
        return "ltr"


def i18n_plugin(config: MkDocsConfig):
    return config.plugins["i18n"]


def site_languages(config: MkDocsConfig, html_lang: dict[str, str] | None = None) -> list[Language]:
    """The built languages, in the order of mkdocs.yml; ``html_lang``: a BCP 47 tag for HTML per code."""
    configured = i18n_plugin(config).config.languages
    tags = html_lang or {}
    return [
        Language(lang.locale, lang.name, direction_of(lang.locale), bool(lang.default), tags.get(lang.locale, ""))
        for lang in configured
        if lang.build
    ]


def current_code(config: MkDocsConfig) -> str:
    """The code of the language being built now (static-i18n builds the site once per language)."""
    plugin = i18n_plugin(config)
    return plugin.current_language or plugin.default_language


def alternate_urls(page: Page, languages, *, relative: bool = True) -> list[tuple[Language, str]]:
    """Each language with the URL of this page in it: relative to the page, or to the site root."""
    result = []
    for language in languages:
        alternate = page.file.alternates.get(language.code)
        if alternate is not None:
            result.append((language, get_relative_url(alternate.url, page.url) if relative else alternate.url))
    return result


def name_in(language: Language, code: str) -> str:
    """The name of ``language`` as it is written in a sentence of the language ``code`` (from CLDR),
    e.g. German is "Deutsch" in German, "Almanca" in Turkish and "الألمانية" in Arabic."""
    try:
        name = Locale.parse(language.code.replace("-", "_")).get_display_name(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        name = None
    return name or language.name
