"""What a host gets from `make build` and deploy/nginx.conf: compressed pages, files that browsers
may keep, and the security headers."""

from __future__ import annotations

import gzip
import re
import urllib.request
from pathlib import Path

from civic_site.plugin import THEME_DIR
from civic_site.security import content_security_policy
from helpers import ROOT, configured_languages, edit, html_path, run_build
from local_server import HOST_CONFIG

THEME = Path(THEME_DIR)

LANGUAGES = configured_languages()


def fetch(url: str, **headers: str):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip", **headers})
    try:
        return urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as error:
        return error


def assets_of(page_html: str) -> list[str]:
    return re.findall(r'<(?:link rel="stylesheet" href|script src)="([^"]+)"', page_html)


def test_every_page_stylesheet_and_script_is_published_with_a_compressed_copy(built_site: Path) -> None:
    for path in built_site.rglob("*"):
        if path.suffix in (".html", ".css", ".js"):
            compressed = path.with_name(path.name + ".gz")
            assert compressed.is_file(), f"{path.relative_to(built_site)} has no .gz"
            assert gzip.decompress(compressed.read_bytes()) == path.read_bytes(), f"{compressed.name} is stale"


def test_the_server_sends_compressed_pages_that_must_be_checked_again(base_url: str) -> None:
    for language in LANGUAGES:
        response = fetch(base_url + language.prefix() + html_path("wohnen/kaution.md"))
        assert response.status == 200
        assert response.headers["Content-Encoding"] == "gzip"
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"
        # Pages change when facts are corrected: a browser asks again (and gets a small 304).
        assert response.headers["Cache-Control"] == "no-cache"
        assert fetch(response.url, **{"If-None-Match": response.headers["ETag"]}).status == 304


def test_stylesheets_and_scripts_have_fingerprinted_names_and_are_kept_for_a_year(built_site: Path, base_url: str) -> None:
    page_html = (built_site / "index.html").read_text(encoding="utf-8")
    assets = assets_of(page_html)
    assert len(assets) >= 3, assets  # Material's stylesheet, the site's stylesheet and script
    for asset in assets:
        assert re.search(r"\.[0-9a-f]{8}(\.min)?\.(css|js)$", asset), f"{asset} has no fingerprint: browsers could not keep it"
        response = fetch(base_url + asset)
        assert response.status == 200 and response.headers["Content-Encoding"] == "gzip"
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_a_changed_stylesheet_gets_a_new_name(project: Path, tmp_path: Path, built_site: Path) -> None:
    before = built_site
    # A town changes the engine's stylesheet in its own theme folder (custom_dir).
    stylesheet = project / "overrides" / "assets" / "stylesheets" / "site.css"
    stylesheet.parent.mkdir(parents=True)
    stylesheet.write_text(
        (THEME / "assets/stylesheets/site.css").read_text(encoding="utf-8") + "\n.civic-new { color: inherit; }\n", encoding="utf-8"
    )
    edit(project / "mkdocs.yml", "  name: material\n", "  name: material\n  custom_dir: overrides\n")
    after = tmp_path / "after"
    assert run_build(project, after).returncode == 0
    old, new = (set(assets_of((site / "index.html").read_text(encoding="utf-8"))) for site in (before, after))
    changed = new - old
    assert len(changed) == 1 and "site." in changed.pop(), (old, new)
    assert not (after / next(iter(old - new))).exists()


def test_the_site_ships_no_theme_files_that_no_page_loads(built_site: Path) -> None:
    shipped = {path.relative_to(built_site).as_posix() for path in built_site.rglob("*") if path.is_file()}
    assert not [path for path in shipped if path.endswith(".map") or "/bundle." in path or "/workers/" in path]
    stemmers = sorted(path.split("/")[-1].split(".")[1] for path in shipped if path.startswith("assets/javascripts/lunr/") and path.endswith(".js"))
    assert set(stemmers) <= {language.code for language in LANGUAGES} | {"stemmer"}, stemmers


def test_the_server_sends_the_security_headers_also_with_page_not_found(base_url: str) -> None:
    for url, not_found in ((base_url + "index.html", False), (base_url + "wohnen/gibt-es-nicht.html", True)):
        headers = fetch(url).headers
        # Only the 404 page, with its own inline style and script, has them allowed.
        assert headers["Content-Security-Policy"] == content_security_policy(not_found_page=not_found)
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


def test_stylesheets_and_scripts_come_without_the_pages_headers_but_never_sniffed(base_url: str, built_site: Path) -> None:
    stylesheet = next(built_site.glob("assets/stylesheets/site.*.css")).relative_to(built_site).as_posix()
    headers = fetch(base_url + stylesheet).headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" not in headers and "Permissions-Policy" not in headers
    # The service worker is governed by the policy sent with it, not by the page's.
    assert fetch(base_url + "sw.js").headers["Content-Security-Policy"] == content_security_policy()


def test_the_example_server_config_tells_a_host_what_to_change() -> None:
    text = HOST_CONFIG.read_text(encoding="utf-8")
    comments = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    for example in ("/srv/aachen/site/", "/integration/", "make build", "gzip_static"):
        assert example in comments, f"deploy/nginx.conf does not explain {example}"
    assert (ROOT / "README.md").read_text(encoding="utf-8").count("deploy/nginx.conf") >= 1
