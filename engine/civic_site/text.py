"""Pick the text for a page's language from a ``{language: text}`` map, falling back to the site's
default language, and for the engine's own texts finally to English."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from .bidi import isolate_ltr
from .languages import Language


@dataclass(frozen=True)
class Localized:
    text: str
    lang: str  # the code of the language the text is written in
    dir: str
    fallback: bool  # shown in the default language because no translation exists
    tag: str = ""  # that language's tag for HTML's lang attribute, if it says more than the code

    @property
    def html_lang(self) -> str:
        return self.tag or self.lang

    def __str__(self) -> str:
        return self.text


BASE = Language("en", "English", "ltr", False)  # every text of the engine has it


def localize(text: dict[str, str], language: Language, default: Language) -> Localized:
    for candidate in (language, default, BASE):
        if candidate.code in text:
            return Localized(text[candidate.code], candidate.code, candidate.direction, candidate.code != language.code, candidate.tag)
    raise KeyError(f"no text in {language.code}, {default.code} or {BASE.code}")


class Strings:
    """The engine's texts (with the site's own in their place) for one language."""

    def __init__(self, strings: dict[str, dict[str, str]], language: Language, default: Language):
        self.strings, self.language, self.default = strings, language, default

    def __call__(self, key: str, **values: object) -> Localized:
        """The text for ``key``; a value may be a function of the language the text is written in
        (a language's name, say, must be written in the language of the sentence around it)."""
        localized = localize(self.strings[key], self.language, self.default)
        if values:
            filled = {name: value(localized.lang) if callable(value) else value for name, value in values.items()}
            localized = Localized(localized.text.format(**filled), localized.lang, localized.dir, localized.fallback, localized.tag)
        return localized


def localized_html(text: Localized) -> Markup:
    """The text escaped, its left-to-right runs isolated on a right-to-left page, and marked with
    its own language where it is shown in place of a missing translation."""
    body = isolate_ltr(text.text, text.dir)
    if text.fallback:
        return Markup('<span lang="{}" dir="{}">{}</span>').format(text.html_lang, text.dir, body)
    return body
