"""MkDocs hook: the files at the root of the site. One "page not found" page for the whole site,
in every language at once; and no sitemap while the site does not know its public address.

Web servers send 404.html for a missing address at any depth and under any URL path, so the page
cannot rely on relative links to stylesheets: it carries its own small style and works out the
link to the home pages from the address (see aachen/templates/404.js). Material would instead
write a 404.html in whichever language was built last.

Events: on_config, on_post_build.
"""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig

from aachen.checked import checked_site_data
from aachen.languages import default_language, site_languages
from aachen.security import not_found_script, not_found_style
from aachen.text import Strings

TEMPLATES = Path(__file__).parent / "aachen" / "templates"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.theme.static_templates.discard("404.html")
    return config


def on_post_build(config: MkDocsConfig) -> None:
    default = default_language(config)
    strings = checked_site_data(config).strings
    entries = []
    for language in site_languages(config):
        t = Strings(strings, language, default)
        entries.append(
            {
                "language": language,
                "title": t("not_found.title"),
                "text": t("not_found.text"),
                "link": t("not_found.home"),
                "home": "index.html" if language.default else f"{language.code}/index.html",
            }
        )
    site_dir = Path(config.site_dir)
    top_level = sorted(path.name for path in site_dir.iterdir() if path.is_dir())
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True)
    html = env.get_template("404.html").render(
        default=default,
        entries=entries,
        top_level=json.dumps(top_level),
        policy=config.extra.get("content_security_policy"),
        style=Markup(not_found_style()),
        script=Markup(not_found_script()),
    )
    (site_dir / "404.html").write_text(html, encoding="utf-8")
    if not config.site_url:
        # A sitemap needs the site's absolute address, which the site deliberately does not know.
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            (site_dir / name).unlink(missing_ok=True)
