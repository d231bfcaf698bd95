"""Leaflets to print: every guide in every language as an A4 PDF, for welfare workers to hand to
people without a smartphone. A guide is a page whose source version has ``facts_checked`` in its
front matter; the leaflets follow the order of the menu.

Chromium prints the built page (its print styles in the engine's site.css drop the menus and write
out links), as a tagged PDF that screen readers can follow. When data/site.yml has a `public_url`,
each leaflet ends with a QR code to the same page online; the site itself stays free of its address.
Writes OUT/<language>/<guide>.pdf and prints one line per leaflet.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import segno
from playwright.sync_api import Browser, Page, sync_playwright

from .chromium import CHROMIUM, CHROMIUM_ARGS
from .data import engine_strings
from .frontmatter import read_front_matter
from .site import Site
from .text import localize
from .yaml_source import load_yaml

# The page's title (with the site's name) above, page numbers below, small.
HEADER = '<div style="width:100%;font-size:7pt;text-align:center;font-family:sans-serif;color:#444"><span class="title"></span></div>'
FOOTER = (
    '<div style="width:100%;font-size:8pt;text-align:center;font-family:sans-serif">'
    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
)

# Adds "This page on the internet:", the QR code and the address at the end of the guide. The
# texts are set as text, and the QR code (segno's SVG) is parsed as SVG, never as HTML.
ADD_QR_CODE = """([svg, label, address]) => {
  const block = document.createElement("aside");
  block.className = "civic-leaflet-online";
  block.style.cssText = "display:flex;gap:1em;align-items:center;margin-top:1.5em;break-inside:avoid";
  const code = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  code.setAttribute("role", "img");
  code.setAttribute("aria-label", address);
  const text = document.createElement("p");
  const written = document.createElement("span");
  written.dir = "ltr";
  written.textContent = address;
  text.append(label, document.createElement("br"), written);
  block.append(document.importNode(code, true), text);
  document.querySelector("article").append(block);
}"""


def guides(site: Site, nav: list) -> list[str]:
    """The guides (by their path inside a language folder), in the order of the menu."""
    return [page for page in _menu_pages(nav) if read_front_matter(site.source_file(page)).get("facts_checked")]


def _menu_pages(nav: list) -> list[str]:
    """Every page path in the menu, in its order."""
    pages = []
    for entry in nav or []:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        pages += _menu_pages(value) if isinstance(value, list) else [value]
    return [page for page in pages if isinstance(page, str) and page.endswith(".md")]


def qr_svg(address: str) -> str:
    """The QR code as a standalone SVG document. Error correction M: still readable from a
    creased or smudged copy; about 3 cm wide on paper."""
    buffer = io.BytesIO()
    segno.make(address, error="m", micro=False).save(buffer, kind="svg", xmldecl=False, scale=4, border=2, dark="#000", light="#fff")
    return buffer.getvalue().decode("utf-8")


def print_leaflet(page: Page, built_page: Path, target: Path, online: tuple[str, str] | None) -> None:
    page.goto(built_page.resolve().as_uri(), wait_until="load")
    if online is not None:
        label, address = online
        page.evaluate(ADD_QR_CODE, [qr_svg(address), label, address])
    target.parent.mkdir(parents=True, exist_ok=True)
    page.pdf(
        path=str(target),
        format="A4",
        margin={"top": "16mm", "bottom": "18mm", "left": "16mm", "right": "16mm"},
        display_header_footer=True,
        header_template=HEADER,
        footer_template=FOOTER,
        tagged=True,
        outline=True,
    )


def make_leaflets(
    site: Site,
    nav: list,
    built: Path,
    out: Path,
    *,
    public_url: str | None = None,
    only: list[str] | None = None,
    languages: list[str] | None = None,
    browser: Browser | None = None,
) -> list[Path]:
    """Print every guide (or those whose file name is in ``only``) in every language (or those whose
    code is in ``languages``); ``public_url`` (for tests) stands in for the one in data/site.yml,
    ``browser`` for a Chromium started here."""
    unknown = sorted(set(languages or []) - {language.code for language in site.languages})
    if unknown:
        sys.exit(f"No language {', '.join(unknown)} in this site; it has {', '.join(language.code for language in site.languages)}.")
    if browser is None:
        with sync_playwright() as playwright:
            own = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return make_leaflets(site, nav, built, out, public_url=public_url, only=only, languages=languages, browser=own)
            finally:
                own.close()
    settings, _ = load_yaml(site.data_dir / "site.yml", site.data_file("site.yml"))
    public_url = public_url or (settings.data.get("public_url") if settings else None)
    texts = {**engine_strings(), **_site_strings(site)}
    written = []
    page = browser.new_page()
    try:
        for language in site.languages:
            if languages and language.code not in languages:
                continue
            prefix = "" if language.default else f"{language.code}/"
            for guide in guides(site, nav):
                name = Path(guide).stem
                if only and name not in only:
                    continue
                address = prefix + guide[: -len(".md")] + ".html"
                built_page = built / address
                if not built_page.is_file():
                    sys.exit(f"{built_page} is missing: build the site first (make build)")
                online = None
                if public_url:
                    online = (localize(texts["leaflet.online"], language, site.default).text, public_url + address)
                target = out / language.code / f"{name}.pdf"
                print_leaflet(page, built_page, target, online)
                written.append(target)
                print(target)
    finally:
        page.close()
    return written


def _site_strings(site: Site) -> dict:
    document, _ = load_yaml(site.data_dir / "strings.yml", site.data_file("strings.yml")) if (site.data_dir / "strings.yml").is_file() else (None, [])
    return document.data.get("strings", {}) if document else {}
