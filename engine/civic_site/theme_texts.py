"""Material's own interface texts (the skip link, the names of the header, footer and menu that
screen readers announce), with the engine's and the site's texts in their place.

Material keeps them per language in partials/languages/<code>.html, and some of its translations
mislead a reader: the Chinese skip link says only "jump to" (跳转至), the Ukrainian one "go to the
table of contents". The engine's strings.yml names such texts "theme." and Material's key
("theme.action.skip"); a site may write its own in data/strings.yml, also for a language Material
has no texts for at all (which otherwise starts from English: the engine's, else Material's).

Every language of the site gets its partial: Material's, under another name, behind a macro that
answers with the site's text where the language has one.
"""

from __future__ import annotations

from jinja2 import Environment, TemplateNotFound

from .languages import Language
from .text import BASE

PREFIX = "theme."
GLOBAL = "civic_theme_texts"  # per language code: Material's key -> this site's text

PARTIAL = """{{% import "civic/material-languages/{code}.html" as material %}}
{{% macro t(key) %}}{{% set own = {name}["{code}"] %}}{{{{ (own[key] | e) if key in own else material.t(key) }}}}{{% endmacro %}}
"""


def language_partials(env: Environment, languages: list[Language], strings: dict[str, dict[str, str]]) -> dict[str, str]:
    """Template sources for a loader in front of the theme's; the texts go into ``env.globals``,
    so that a text is never read as a template."""
    theme = {key.removeprefix(PREFIX): text for key, text in strings.items() if key.startswith(PREFIX)}
    partials, texts = {}, {}
    for language in languages:
        own = {key: text[language.code] for key, text in theme.items() if language.code in text}
        try:
            material, _, _ = env.loader.get_source(env, f"partials/languages/{language.code}.html")
        except TemplateNotFound:  # Material has no texts for this language: English, with the language's code and direction
            material, _, _ = env.loader.get_source(env, "partials/languages/en.html")
            english = {key: text[BASE.code] for key, text in theme.items() if BASE.code in text}
            own = {**english, "language": language.code, "direction": language.direction, **own}
        partials[f"civic/material-languages/{language.code}.html"] = material
        partials[f"partials/languages/{language.code}.html"] = PARTIAL.format(code=language.code, name=GLOBAL)
        texts[language.code] = own
    env.globals[GLOBAL] = texts
    return partials
