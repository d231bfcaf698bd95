"""The files at the root of the site: one "page not found" page for the whole site, in every
language at once; and no sitemap while the site does not know its public address.

Web servers send 404.html for a missing address at any depth and under any URL path, so the page
cannot rely on relative links to stylesheets: it carries its own small style and works out the
link to the home pages from the address (templates/404.js). Material would instead write a 404.html
in whichever language was built last.
"""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from .security import TEMPLATES, content_security_policy, not_found_script, not_found_style
from .state import BuildState


def write_not_found(site_dir: Path, state: BuildState) -> None:
    site = state.site
    entries = []
    for language in site.languages:
        t = state.strings(language.code)
        entries.append(
            {
                "language": language,
                "title": t("not_found.title"),
                "text": t("not_found.text"),
                "link": t("not_found.home"),
                "home": "index.html" if language.default else f"{language.code}/index.html",
            }
        )
    top_level = sorted(path.name for path in site_dir.iterdir() if path.is_dir())
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True)
    html = env.get_template("404.html").render(
        default=site.default,
        entries=entries,
        top_level=json.dumps(top_level),
        policy=content_security_policy(for_meta_tag=True, not_found_page=True) if state.csp_meta else None,
        style=Markup(not_found_style()),
        script=Markup(not_found_script()),
    )
    (site_dir / "404.html").write_text(html, encoding="utf-8")


def drop_sitemap(site_dir: Path) -> None:
    """A sitemap needs the site's absolute address, which the site deliberately does not know."""
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        (site_dir / name).unlink(missing_ok=True)
