"""The site works under a strict content security policy, from the server and from disk, and the
policy stops what it is meant to stop."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import PageRecord
from playwright.sync_api import Page, expect
from test_search import search

from civic_site.security import content_security_policy
from helpers import configured_languages, html_path
from local_server import HOST_CONFIG

pytestmark = pytest.mark.browser
LANGUAGES = configured_languages()

# Collects every violation the page reports, before any of its own scripts run.
WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__violations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


def violations(page: Page) -> list[str]:
    return page.evaluate("window.__violations || []")


def test_the_server_config_sends_the_policy_the_build_uses() -> None:
    config = HOST_CONFIG.read_text(encoding="utf-8")
    for kind, policy in (("page", content_security_policy()), ("not-found", content_security_policy(not_found_page=True))):
        assert f'{kind} "{policy}";' in config, f"deploy/nginx.conf has an old policy for {kind}; it is now:\n{policy}"


def test_every_page_carries_the_policy_for_hosts_that_cannot_set_headers(built_site: Path) -> None:
    missing = []
    for page in built_site.rglob("*.html"):
        policy = content_security_policy(for_meta_tag=True, not_found_page=page.name == "404.html" and page.parent == built_site)
        tag = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        text = page.read_text(encoding="utf-8")
        if tag.replace("'", "&#39;") not in text and tag not in text:
            missing.append(page.relative_to(built_site))
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_reading_searching_and_glossary_work_under_the_policy(page: Page, base_url: str, language) -> None:
    record = PageRecord().attach(page)
    page.add_init_script(WATCH_VIOLATIONS)
    page.goto(base_url + language.prefix() + html_path("wohnen/kaution.md"), wait_until="networkidle")
    expect(page.locator("html")).to_have_class("js")  # the site's script ran
    term = page.locator("button.civic-term").first
    if term.count():
        term.click()
    search(page, "Aachen")
    expect(page.locator(".civic-result__title").first).to_be_visible()
    assert violations(page) == []
    assert record.console_errors == []


def test_the_page_not_found_page_runs_its_one_inline_script_under_the_policy(page: Page, base_url: str) -> None:
    record = PageRecord().attach(page)
    page.add_init_script(WATCH_VIOLATIONS)
    page.goto(base_url + "wohnen/nicht/da.html")
    home = page.locator("a[data-home]").first
    expect(home).to_be_visible()  # the script found the site's root and showed the links
    assert home.get_attribute("href") == "/" + base_url.split("://", 1)[1].split("/", 1)[1] + "index.html"
    assert violations(page) == []
    # The page itself answers 404 (and so does the browser's own /favicon.ico); nothing else fails.
    assert [error for error in record.console_errors if "status of 404" not in error] == []


def test_an_injected_inline_script_does_not_run(page: Page, base_url: str) -> None:
    page.add_init_script(WATCH_VIOLATIONS)
    page.goto(base_url + "index.html", wait_until="networkidle")
    page.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.__injected = true";
        document.body.append(script);
        const img = document.createElement("img");
        img.src = "https://example.org/tracker.png";
        document.body.append(img);
    }""")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__injected === undefined")
    assert any(item.startswith("script-src") for item in violations(page))
    assert any(item.startswith("img-src") and "example.org" in item for item in violations(page))


def test_opened_from_disk_the_policy_in_the_page_allows_the_site_itself(page: Page, built_site: Path) -> None:
    record = PageRecord().attach(page)
    page.add_init_script(WATCH_VIOLATIONS)
    page.goto((built_site / "ar" / html_path("wohnen/kaution.md")).as_uri())
    expect(page.locator("html")).to_have_class("js")
    assert search(page, "آخن")
    assert violations(page) == []
    assert record.console_errors == []
