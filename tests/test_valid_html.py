"""Every built page is valid HTML for the Nu HTML Checker (vnu.jar): no errors, no warnings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from check_html import check_site

pytestmark = pytest.mark.browser  # needs nginx and Java, like the browser tests

BROKEN_PAGE = "kaputt.html"


@pytest.fixture(scope="module")
def messages(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> list:
    """The checker's messages for the built site plus one page broken on purpose, in one run: the
    broken page proves that the checker really read the pages."""
    site = tmp_path_factory.mktemp("checked") / "site"
    shutil.copytree(built_site, site)
    page = (site / "wohnen/kaution.html").read_text(encoding="utf-8")
    (site / BROKEN_PAGE).write_text(page.replace("<article", '<article id="x"><p id="x"><div></div></p', 1), encoding="utf-8")
    return check_site(site)


def test_the_checker_finds_the_page_broken_on_purpose(messages: list) -> None:
    assert any(message.page == BROKEN_PAGE and message.kind == "error" for message in messages)


def test_every_page_of_every_language_is_valid_html(messages: list, built_site: Path) -> None:
    problems = [str(message) for message in messages if message.page != BROKEN_PAGE and message.kind != "info"]
    assert problems == [], "\n".join(problems)
    checked = {message.page for message in messages}
    assert checked <= {path.relative_to(built_site).as_posix() for path in built_site.rglob("*.html")} | {BROKEN_PAGE}
