from __future__ import annotations

import fcntl
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from editors_changes import make_editors_changes
from playwright.sync_api import Browser, Page, sync_playwright

from civic_site.chromium import CHROMIUM, CHROMIUM_ARGS
from helpers import ROOT, copy_project, default_language, run_build
from local_server import nginx

# Files whose tests take longest start first (as measured on two cores), so that the test processes
# end at about the same time; the many short files fill the gaps at the end. The first two groups
# start at once, one in each process: the first builds the site most tests share, and the second,
# the fuzzing, needs no built site, so that no process sits waiting for the build.
LONGEST_FIRST = (
    f"every-page-{default_language().code}",
    "test_fuzzing.py",
    "test_every_page.py",
    "test_keyboard_and_layout.py",
    "test_leaflets.py",
    "test_search.py",
    "test_any_path_and_disk.py",
    "test_interrupted_build.py",
    "test_stylesheet.py",
    "test_build_command.py",
    "test_listen.py",
    "test_offline.py",
)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests of a file run in one test process (xdist's loadgroup), where they share what the
    file's fixtures built; a file may split itself into groups (test_every_page.py: one per language)."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.path.name))

    def place(item: pytest.Item) -> int:
        group = item.get_closest_marker("xdist_group").args[0]
        for name in (group, item.path.name):
            if name in LONGEST_FIRST:
                return LONGEST_FIRST.index(name)
        return len(LONGEST_FIRST)

    items.sort(key=place)


def pytest_collection_finish(session: pytest.Session) -> None:
    if getattr(session.config.option, "loadgroup", False) and session.items and not any("@" in item.nodeid for item in session.items):
        raise pytest.UsageError("pytest-xdist did not keep the tests of a file together (see requirements/test.txt)")


def built_once_per_run(tmp_path_factory: pytest.TempPathFactory, worker_id: str, name: str, change: Callable[[Path], None] | None = None) -> Path:
    """A site built once per test run, as `make build` publishes it, from the project or from a copy
    changed by ``change``. The test processes share it: the first to need it builds, the other waits."""
    shared = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    folder = shared / name
    site, failure = folder / "site", folder / "failure.txt"
    folder.mkdir(exist_ok=True)
    with (folder / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not site.is_dir() and not failure.exists():
            project = ROOT
            if change is not None:
                project = copy_project(folder / "project")
                change(project)
            result = run_build(project, site, atomic=True)
            if result.returncode != 0:
                failure.write_text(f"{result.stdout}\n{result.stderr}", encoding="utf-8")
    assert not failure.exists(), f"the site does not build:\n{failure.read_text(encoding='utf-8')}"
    return site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The real project, built once, for tests that read the output."""
    return built_once_per_run(tmp_path_factory, worker_id, "built")


@pytest.fixture(scope="session")
def edited_site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """A copy of the project with the editors' changes of editors_changes.py, built once."""
    return built_once_per_run(tmp_path_factory, worker_id, "edited", make_editors_changes)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the project that a test may change."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def base_url(built_site: Path) -> Iterator[str]:
    """The built site served with deploy/nginx.conf under a path it was not built for, different each run."""
    with nginx(built_site, f"/city-{secrets.token_hex(3)}/integration/") as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        # ComputedAccessibilityInfo: element.computedName, the name Chromium gives screen readers.
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, "--enable-blink-features=ComputedAccessibilityInfo"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
