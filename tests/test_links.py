"""Links in the built site: every internal link and anchor of every language leads somewhere;
addresses outside the site are listed for editors, never fetched."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from check_links import check_links, external_report
from helpers import ROOT


def test_every_internal_link_and_anchor_in_every_language_resolves(built_site: Path) -> None:
    report = check_links(built_site)
    assert report.internal_count > 1000, "the pages' links were read"
    assert report.broken == []


def test_a_missing_page_or_anchor_is_reported_with_the_page_that_links_to_it(built_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    (site / "wohnen/auszug.html").unlink()
    guide = site / "en/wohnen/kaution.html"
    guide.write_text(guide.read_text(encoding="utf-8").replace('id="instalments"', 'id="renamed"'), encoding="utf-8")
    broken = {(page, problem) for page, _, problem in check_links(site).broken}
    assert ("wohnen/kaution.html", "wohnen/auszug.html does not exist") in broken
    assert any(page == "en/wohnen/kaution.html" and "#instalments" in problem for page, problem in broken)


def test_addresses_outside_the_site_are_listed_with_the_pages_that_use_them(built_site: Path) -> None:
    report = check_links(built_site)
    sources = yaml.safe_load((ROOT / "data/sources.yml").read_text(encoding="utf-8"))["sources"]
    law = next(source["url"] for source in sources if source["id"] == "bgb-551")
    assert "wohnen/kaution.html" in report.external[law]
    assert all(url.startswith(("http://", "https://")) for url in report.external)
    assert law in external_report(report)
