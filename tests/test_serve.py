"""`make serve` (mkdocs serve) rebuilds on every save: what an editor deletes leaves the site at
the next rebuild, search included, and a fact changed in the data folder is on the page, without
restarting the server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from town import make_town


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"after {seconds} s: {what}")


def test_deleted_pages_leave_search_and_a_changed_fact_shows_at_the_next_rebuild(tmp_path: Path) -> None:
    town = make_town(tmp_path / "town")
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(town / "mkdocs.yml"), "--dev-addr", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def served(path: str) -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=2) as response:
                return response.read().decode("utf-8")
        except OSError:
            return ""

    def index(code: str) -> str:
        return served(f"assets/search/{code}.js")

    try:
        wait_for(lambda: "news.html" in index("nl") and '"u":"ar/help.html' in index("ar"), 90, "the first build is served with both pages in search")
        (town / "pages" / "nl" / "news.md").unlink()  # a page deleted
        (town / "pages" / "ar" / "help.md").unlink()  # a translation deleted: the page falls back to Dutch
        wait_for(lambda: "news.html" not in index("nl"), 60, "the deleted page left the Dutch search index")
        wait_for(lambda: '"u":"ar/help.html' not in index("ar"), 60, "the deleted translation left the Arabic search index")
        assert "help.html" in index("nl"), "the Dutch page itself is still found"
        assert "23.540" in served("help.html")
        figures = town / "data" / "figures.yml"
        figures.write_text(figures.read_text(encoding="utf-8").replace("value: 23540", "value: 24999"), encoding="utf-8")
        wait_for(lambda: "24.999" in served("help.html"), 60, "the figure changed in data/ is on the page")
    finally:
        server.terminate()
        server.wait(timeout=20)
