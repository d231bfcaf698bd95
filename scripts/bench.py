"""The site's speed and weight against its budgets, beside a default Material + static-i18n
build of the same docs (system fonts, no hooks, no overrides).

Measures, in this order:
  build       full `mkdocs build --strict`, median of several runs, against the default build
  scale       a copy with ten times the pages and measures (scripts/scaled_copy.py)
  rebuild     under `mkdocs serve`: from saving a page to the new page being served
  weight      bytes transferred in Chromium from nginx (deploy/nginx.conf, gzip): first visit
              with an empty cache, next page with a warm cache, first search

Prints a table with the budgets beside the figures and exits with 1 when one is exceeded.
Usage: python scripts/bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

from civic_site.chromium import CHROMIUM, CHROMIUM_ARGS
from local_server import free_port, nginx
from page_weight import first_search, first_visit, next_page
from project_config import ROOT, languages, mkdocs_config
from scaled_copy import scaled_copy

KB = 1024
GUIDE = "wohnen/kaution"  # the guide measured in every language
NEXT_FROM = ""  # the next page is the guide, opened from the language's home page
# A word per language to search for, from the site's data (data/site.yml: search_examples).
QUERIES = yaml.safe_load((ROOT / "data" / "site.yml").read_text(encoding="utf-8")).get("search_examples", {})
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@dataclass
class Row:
    figure: str
    ours: float
    default: float | None = None
    unit: str = "KB"
    budget: str = ""
    ok: bool | None = None  # None: reported, no budget
    ratio: float | None = None  # when not ours / default, e.g. the median of paired runs

    def cells(self) -> list[str]:
        number = (lambda value: f"{value:.1f}") if self.unit == "KB" else (lambda value: f"{value:.2f}")
        ratio = self.ratio if self.ratio is not None else (self.ours / self.default if self.default else None)
        ratio = f"{ratio:.2f}" if ratio is not None else ""
        verdict = {True: "ok", False: "OVER", None: ""}[self.ok]
        return [
            self.figure,
            f"{number(self.ours)} {self.unit}",
            f"{number(self.default)} {self.unit}" if self.default is not None else "",
            ratio,
            self.budget,
            verdict,
        ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="builds per configuration for the medians (default 5)")
    runs = parser.parse_args().runs
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        tmp = Path(folder)
        default_config = _default_config(tmp)

        # The machine's speed drifts (shared CPUs): each ratio compares builds made side by side,
        # and the median of those ratios is judged.
        print(f"Building {runs}× each, the site and the default build, alternating …", flush=True)
        ours_times, default_times = [], []
        for run in range(runs):
            ours_times.append(_timed_build(ROOT / "mkdocs.yml", tmp / f"ours-{run}"))
            default_times.append(_timed_build(default_config, tmp / f"default-{run}"))
        build_ratio = statistics.median(ours / default for ours, default in zip(ours_times, default_times, strict=True))
        ours_build, default_build = statistics.median(ours_times), statistics.median(default_times)
        rows.append(Row("full build (median)", ours_build, default_build, "s", "≤ 1.25× default", build_ratio <= 1.25, build_ratio))

        print("Building a copy with ten times the pages and measures, between two normal builds …", flush=True)
        scaled = scaled_copy(tmp / "scaled")
        before = _timed_build(ROOT / "mkdocs.yml", tmp / "normal-before")
        scaled_time = _timed_build(scaled / "mkdocs.yml", tmp / "scaled-site")
        after = _timed_build(ROOT / "mkdocs.yml", tmp / "normal-after")
        scale_ratio = scaled_time / ((before + after) / 2)
        rows.append(Row("build, 10× pages and measures", scaled_time, None, "s", "≤ 11× normal build", scale_ratio <= 11, scale_ratio))

        print("Editing a page under mkdocs serve …", flush=True)
        rows.append(Row("rebuild after saving a page (serve)", _rebuild_time(tmp / "serve"), None, "s"))

        print("Loading pages in Chromium …", flush=True)
        published = tmp / "published" / "site"
        subprocess.run(
            [sys.executable, "-m", "civic_site", "-f", str(ROOT / "mkdocs.yml"), "build", "--site-dir", str(published)],
            check=True,
            env=ENV,
            capture_output=True,
        )
        rows += _weights(published, tmp / "default-0", languages())

    _print_table(rows)
    over = [row.figure for row in rows if row.ok is False]
    if over:
        print(f"\nOver budget: {', '.join(over)}")
        return 1
    print("\nAll budgets kept.")
    return 0


def _default_config(tmp: Path) -> Path:
    """Material's defaults (system fonts, its search), static-i18n as configured, the same docs and
    navigation; none of the project's hooks, overrides or stylesheet."""
    ours = mkdocs_config()
    i18n = next(plugin for plugin in ours["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)["i18n"]
    i18n = {key: value for key, value in i18n.items() if key != "reconfigure_search"}
    config = {
        "site_name": ours["site_name"],
        "docs_dir": str(ROOT / "docs"),
        "theme": {"name": "material", "language": "de", "font": False},
        "markdown_extensions": ["attr_list", "toc"],
        "plugins": ["search", {"i18n": i18n}],
        "nav": ours["nav"],
    }
    path = tmp / "default-mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _timed_build(config: Path, site: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)], env=ENV, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"The build with {config} failed:\n{result.stderr[-3000:]}")
    return elapsed


def _rebuild_time(copy_to: Path) -> float:
    """Seconds from saving a German guide to the changed page being served by `mkdocs serve`."""
    project = scaled_copy(copy_to, factor=1)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/{GUIDE}.html"
    try:
        _wait_until(lambda: "Kaution" in _get(url), timeout=120)
        times = []
        for attempt in range(2):
            marker = f"Benchmark-Satz {attempt} {time.time_ns()}."
            guide = project / "docs" / "de" / f"{GUIDE}.md"
            start = time.perf_counter()
            guide.write_text(guide.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
            _wait_until(lambda marker=marker: marker in _get(url), timeout=120)
            times.append(time.perf_counter() - start)
        return statistics.median(times)
    finally:
        server.terminate()
        server.wait(timeout=10)


def _get(url: str) -> str:
    with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8", "replace")
    return ""


def _wait_until(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise SystemExit("mkdocs serve did not show the change in time")


def _weights(ours: Path, default: Path, languages: list[tuple[str, str]]) -> list[Row]:
    rows = []
    with sync_playwright() as playwright, nginx(ours, "/ours/") as ours_url, nginx(default, "/default/") as default_url:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ours_page = lambda prefix, page: f"{ours_url}{prefix}{page}.html" if page else f"{ours_url}{prefix}index.html"  # noqa: E731
        default_page = lambda prefix, page: f"{default_url}{prefix}{page}/" if page else f"{default_url}{prefix}"  # noqa: E731
        for code, prefix in languages:
            for label, page in (("home", ""), ("guide", GUIDE)):
                visit = first_visit(browser, ours_page(prefix, page))
                mine, theirs = visit.total / KB, first_visit(browser, default_page(prefix, page)).total / KB
                rows.append(Row(f"first visit, {label}, {code}", mine, theirs, "KB", "≤ 28 KB", mine <= 28))
                before_text = (visit.matching(".html") + visit.matching(".css")) / KB  # the page and its stylesheets block the first paint
                rows.append(Row(f"  before text shows, {label}, {code}", before_text, None, "KB"))
        for code, prefix in languages:
            mine = next_page(browser, ours_page(prefix, NEXT_FROM), ours_page(prefix, GUIDE)).total / KB
            theirs = next_page(browser, default_page(prefix, NEXT_FROM), default_page(prefix, GUIDE)).total / KB
            rows.append(Row(f"next page (warm cache), {code}", mine, theirs, "KB", "≤ 7 KB", mine <= 7))
        heaviest = max(((first_visit(browser, ours_url + page).total / KB, page) for page in _all_pages(ours)), default=(0.0, ""))
        rows.append(Row(f"first visit, heaviest of all pages ({heaviest[1]})", heaviest[0], None, "KB", "≤ 32 KB", heaviest[0] <= 32))
        for code, prefix in languages:
            search = first_search(browser, ours_page(prefix, GUIDE), QUERIES.get(code, "Aachen"))
            index = search.matching("/assets/search/") / KB
            rows.append(Row(f"search index, {code} (loaded when searching)", index, None, "KB"))
            rows.append(Row(f"first search in all, {code} (index, lunr, stemmer)", search.total / KB, None, "KB"))
        shared = first_visit(browser, default_page("", "")).matching("search_index.json") / KB
        rows.append(Row("default: search index, all languages (loaded on every first visit)", shared, None, "KB"))
        browser.close()
    return rows


def _all_pages(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html") if path.name != "404.html")


def _print_table(rows: list[Row]) -> None:
    header = ["figure", "this site", "default", "ratio", "budget", ""]
    table = [header] + [row.cells() for row in rows]
    widths = [max(len(line[column]) for line in table) for column in range(len(header))]
    print()
    for index, line in enumerate(table):
        cells = [cell.ljust(width) if column == 0 else cell.rjust(width) for column, (cell, width) in enumerate(zip(line, widths, strict=True))]
        print("  ".join(cells).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
