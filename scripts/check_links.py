"""Links in the built site: every internal link and anchor must lead somewhere; links that leave
the site are listed, not fetched (the test machines have no general internet access).

Checks what a reader's browser would follow: href and src of every element in every page, the
part after # included. MkDocs checks the Markdown's links; this checks the finished pages,
including what the hooks and the theme wrote.

Usage: python scripts/check_links.py SITE [--external-report FILE]
Prints one line per broken link (page: link: what is wrong) and exits with 1 if there is one.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LINK_ATTRIBUTES = {"href", "src"}
NOT_FOLLOWED = ("mailto:", "tel:", "javascript:", "data:")


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            elif name in LINK_ATTRIBUTES and not (tag == "link" and ("rel", "preconnect") in attrs):
                self.links.append(value)


@dataclass
class LinkReport:
    broken: list[tuple[str, str, str]] = field(default_factory=list)  # (page, link, what is wrong)
    external: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # URL -> pages
    internal_count: int = 0


def check_links(site: Path) -> LinkReport:
    pages = {path.relative_to(site).as_posix(): _parse(path) for path in sorted(site.rglob("*.html"))}
    report = LinkReport()
    for page, parsed in pages.items():
        for link in parsed.links:
            if link.startswith(NOT_FOLLOWED) or link in ("", "#"):
                continue
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                report.external[link].add(page)
                continue
            report.internal_count += 1
            problem = _problem(site, pages, page, link)
            if problem:
                report.broken.append((page, link, problem))
    return report


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _problem(site: Path, pages: dict[str, _PageParser], page: str, link: str) -> str | None:
    resolved = urlsplit(urljoin(f"http://site/{page}", link))
    target = unquote(resolved.path).lstrip("/")
    if target == "" or target.endswith("/"):
        target += "index.html"
    if not (site / target).is_file():
        return f"{target} does not exist"
    anchor = unquote(resolved.fragment)
    if anchor and target in pages and anchor not in pages[target].ids:
        return f"{target} has no anchor #{anchor}"
    return None


def external_report(report: LinkReport) -> str:
    lines = [f"{len(report.external)} addresses outside the site (not fetched; check them by hand now and then):", ""]
    for url in sorted(report.external):
        used_on = sorted(report.external[url])
        lines.append(f"{url}\n    on {len(used_on)} page(s), e.g. {', '.join(used_on[:3])}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--external-report", type=Path, help="write the list of outside addresses to this file")
    arguments = parser.parse_args()
    report = check_links(arguments.site)
    for page, link, problem in report.broken:
        print(f"{page}: {link}: {problem}")
    if arguments.external_report:
        arguments.external_report.write_text(external_report(report), encoding="utf-8")
        print(f"{len(report.external)} outside addresses listed in {arguments.external_report}")
    print(f"{report.internal_count} internal links checked, {len(report.broken)} broken")
    return 1 if report.broken else 0


if __name__ == "__main__":
    sys.exit(main())
