"""Save a language for offline use, on a real server that is then stopped (a service worker's own
requests escape the browser's offline emulation): saved pages, links and search work without a
connection, a page not saved says so in the saved language, an update fetches only what changed,
a failed update keeps the old copy, and nothing is stored before the reader asks."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from helpers import ROOT, build_in_process, copy_project, edit, ui_strings
from local_server import free_port, nginx

pytestmark = pytest.mark.browser
STRINGS = ui_strings()
PATH = "/some/town/site/"  # a path the site was not built for


def text(key: str, code: str) -> str:
    return STRINGS[key][code]


@pytest.fixture
def context(browser: Browser) -> BrowserContext:
    context = browser.new_context(service_workers="allow")
    yield context
    context.close()


@pytest.fixture
def site(built_site: Path, tmp_path: Path) -> Path:
    """A copy of the built site that a test may replace by a newer one."""
    return Path(shutil.copytree(built_site, tmp_path / "site"))


def save_language(page: Page, url: str, code: str) -> None:
    page.goto(url)
    page.locator(".civic-offline__button").click()
    panel = page.locator(".civic-offline__panel")
    expect(panel).to_contain_text(" MB")  # the size comes before anything is stored
    page.get_by_role("button", name=text("offline.confirm", code)).click()
    expect(panel).to_contain_text(text("offline.saved", code).split("{")[0].strip(), timeout=60_000)


def test_nothing_is_stored_before_the_reader_asks(context: BrowserContext, site: Path) -> None:
    page = context.new_page()
    with nginx(site, PATH) as base:
        page.goto(base + "wohnen/kaution.html")
        page.goto(base + "index.html")
        assert page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0
        assert page.evaluate("caches.keys().then(keys => keys.length)") == 0
        expect(page.locator(".civic-offline__button")).to_be_visible()


def test_a_saved_language_can_be_read_and_searched_without_the_server(context: BrowserContext, site: Path) -> None:
    page = context.new_page()
    with nginx(site, PATH) as base:
        save_language(page, base + "ar/wohnen/kaution.html", "ar")
    # The server is stopped: the saved pages open, links between them work, and search works.
    page.goto(base + "ar/wohnen/mietvertrag.html")
    expect(page.locator("h1")).to_have_text(re.compile(r"\S"))
    assert page.locator("html").get_attribute("lang") == "ar"
    page.locator("article a[href='kaution.html']").first.click()
    expect(page).to_have_url(base + "ar/wohnen/kaution.html")
    page.locator(".md-search__input").fill("التأمين")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    # A page that was not saved answers in the saved language with what happened and what to do.
    page.goto(base + "en/index.html")
    expect(page.locator("h1")).to_have_text(text("offline.missing_title", "ar"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.get_by_role("link", name=text("offline.home", "ar")).click()
    expect(page).to_have_url(base + "ar/index.html")


def changed_site(tmp_path: Path) -> Path:
    """The site after an editor changed one German guide, built anew."""
    project = copy_project(tmp_path / "project")
    edit(project / "docs/de/wohnen/kaution.md", "Die Zinsen gehören Ihnen.", "Die Zinsen gehören Ihnen, auch wenn es wenige sind.")
    build_in_process(project, tmp_path / "new-site")
    return tmp_path / "new-site"


def test_a_changed_site_updates_only_the_changed_files_and_a_failed_update_keeps_the_old_copy(
    context: BrowserContext, site: Path, tmp_path: Path
) -> None:
    page = context.new_page()
    port = free_port()  # the same address each time the server starts: the browser's saved copy belongs to it
    with nginx(site, PATH, port) as base:
        save_language(page, base + "wohnen/kaution.html", "de")
    old_list = json.loads((site / "assets/offline/de.json").read_text(encoding="utf-8"))
    new_site = changed_site(tmp_path)
    new_list = json.loads((new_site / "assets/offline/de.json").read_text(encoding="utf-8"))
    old_hashes = {entry["u"]: entry["h"] for entry in old_list["files"]}
    changed = {entry["u"] for entry in new_list["files"] if old_hashes.get(entry["u"]) != entry["h"]}
    assert "wohnen/kaution.html" in changed and len(changed) < len(new_list["files"]) / 2

    # The site is replaced at the same address; the next visit fetches only what changed.
    shutil.rmtree(site)
    shutil.copytree(new_site, site)
    fetched: list[str] = []
    with nginx(site, PATH, port) as base:
        # The files the update downloads carry the query that sends them past the saved copy.
        context.on("request", lambda request: fetched.append(request.url[len(base) :].split("?")[0]) if "civic-offline=" in request.url else None)
        page.goto(base + "index.html")
        expect(page.locator(".civic-offline__panel")).to_contain_text(text("offline.updated", "de").split("{")[0], timeout=60_000)
        page.goto(base + "wohnen/kaution.html")
        expect(page.locator("article")).to_contain_text("auch wenn es wenige sind")
    assert set(fetched) == changed, "only the files whose content changed are downloaded"

    # An update that fails half-way (a file cannot be loaded) keeps the whole old copy.
    broken = {**new_list, "version": "newer", "files": [*new_list["files"], {"u": "wohnen/gone.html", "h": "0", "b": 1}]}
    broken["files"][0] = {**broken["files"][0], "h": "changed"}
    (site / "assets/offline/de.json").write_text(json.dumps(broken), encoding="utf-8")
    with nginx(site, PATH, port) as base:
        page.goto(base + "index.html")
        expect(page.locator(".civic-offline__panel")).to_contain_text(text("offline.update_failed", "de").split("{")[0])
    page.goto(base + "wohnen/kaution.html")  # the server is stopped: the old copy is still whole
    expect(page.locator("article")).to_contain_text("auch wenn es wenige sind")


def test_the_saved_copy_can_be_removed_and_a_copy_removed_by_the_browser_is_reported(context: BrowserContext, site: Path) -> None:
    page = context.new_page()
    with nginx(site, PATH) as base:
        save_language(page, base + "tr/index.html", "tr")
        page.evaluate("caches.keys().then(keys => Promise.all(keys.map(key => caches.delete(key))))")  # the browser cleared its storage
        page.reload()
        expect(page.locator(".civic-offline__panel")).to_have_text(text("offline.lost", "tr"))
        save_language(page, base + "tr/index.html", "tr")
        page.get_by_role("button", name=text("offline.remove", "tr")).click()
        expect(page.locator(".civic-offline__panel")).to_have_text(text("offline.removed", "tr"))
        assert page.evaluate("caches.keys().then(keys => keys.length)") == 0
        assert page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0


def test_the_service_worker_is_never_fingerprinted_nor_kept_long(site: Path) -> None:
    import urllib.request

    assert (site / "sw.js").is_file()
    with nginx(site, PATH) as base:
        with urllib.request.urlopen(base + "sw.js") as response:
            assert response.headers["Cache-Control"] == "no-cache"
        with urllib.request.urlopen(base + "assets/manifest/ar.webmanifest") as response:
            assert response.headers["Content-Type"].startswith("application/manifest+json")
            manifest = json.loads(response.read())
    assert manifest["lang"] == "ar" and manifest["start_url"].endswith("ar/index.html")


def test_the_offline_control_is_not_offered_where_a_service_worker_cannot_work(page: Page, built_site: Path) -> None:
    page.goto((built_site / "index.html").as_uri())  # opened from disk
    assert page.locator(".civic-offline").get_attribute("hidden") is not None


__all__ = ["ROOT"]
