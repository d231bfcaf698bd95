"""Leaflets to print: every housing guide in every language as an A4 PDF, for welfare workers to
hand to people without a smartphone.

Chromium prints the built page (its print styles in overrides/assets/stylesheets/site.css drop
the menus and write out links), as a tagged PDF that screen readers can follow. When data/site.yml
has a `public_url`, each leaflet ends with a QR code to the same page online; the site itself
stays free of its address.

Usage: python scripts/leaflets.py [--site site] [--out leaflets]
Writes OUT/<language>/<guide>.pdf and prints one line per leaflet.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import segno
from chromium import CHROMIUM, CHROMIUM_ARGS
from playwright.sync_api import Browser, Page, sync_playwright
from project_config import ROOT, languages, mkdocs_config, site_settings, strings

GUIDES_FOLDER = "wohnen"
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
  block.className = "aw-leaflet-online";
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


def guides(root: Path = ROOT) -> list[str]:
    """The housing guides (by their German file name), in the order of the menu: the section
    overview and the glossary are not guides."""
    skipped = {f"{GUIDES_FOLDER}/index.md", site_settings(root)["glossary_page"]}
    return [Path(page).stem for page in _menu_pages(mkdocs_config(root)["nav"]) if page.startswith(f"{GUIDES_FOLDER}/") and page not in skipped]


def _menu_pages(nav: list) -> list[str]:
    """Every page path in the menu, in its order."""
    pages = []
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        pages += _menu_pages(value) if isinstance(value, list) else [value]
    return pages


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
    site: Path, out: Path, root: Path = ROOT, *, public_url: str | None = None, only: list[str] | None = None, browser: Browser | None = None
) -> list[Path]:
    """Print every guide (or those in ``only``) in every language; ``public_url`` (for tests)
    stands in for the one in data/site.yml, ``browser`` for a Chromium started here."""
    if browser is None:
        with sync_playwright() as playwright:
            own = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return make_leaflets(site, out, root, public_url=public_url, only=only, browser=own)
            finally:
                own.close()
    texts = strings(root)
    public_url = public_url or site_settings(root).get("public_url")
    written = []
    page = browser.new_page()
    try:
        for code, prefix in languages(root):
            for guide in only or guides(root):
                address = f"{prefix}{GUIDES_FOLDER}/{guide}.html"
                built_page = site / address
                if not built_page.is_file():
                    sys.exit(f"{built_page} is missing: build the site first (make build)")
                online = None
                if public_url:
                    label = texts["leaflet.online"].get(code, texts["leaflet.online"]["de"])
                    online = (label, public_url + address)
                target = out / code / f"{guide}.pdf"
                print_leaflet(page, built_page, target, online)
                written.append(target)
                print(target)
    finally:
        page.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--out", type=Path, default=ROOT / "leaflets", help="where the PDFs go (default: leaflets/)")
    arguments = parser.parse_args()
    leaflets = make_leaflets(arguments.site, arguments.out)
    print(f"{len(leaflets)} leaflets in {arguments.out}")


if __name__ == "__main__":
    main()
