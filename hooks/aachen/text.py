"""Pick the text for a page's language from a ``{language: text}`` map, falling back to German."""

from __future__ import annotations

from dataclasses import dataclass

from .languages import Language


@dataclass(frozen=True)
class Localized:
    text: str
    lang: str  # the language the text is written in
    dir: str
    fallback: bool  # shown in the default language because no translation exists

    def __str__(self) -> str:
        return self.text


def localize(text: dict[str, str], language: Language, default: Language) -> Localized:
    if language.code in text:
        return Localized(text[language.code], language.code, language.direction, False)
    return Localized(text[default.code], default.code, default.direction, True)


class Strings:
    """The labels and sentences of data/strings.yml for one language."""

    def __init__(self, strings: dict[str, dict[str, str]], language: Language, default: Language):
        self.strings, self.language, self.default = strings, language, default

    def __call__(self, key: str, **values: object) -> Localized:
        localized = localize(self.strings[key], self.language, self.default)
        if values:
            localized = Localized(localized.text.format(**values), localized.lang, localized.dir, localized.fallback)
        return localized
