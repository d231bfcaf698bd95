"""How many bytes a reader's browser transfers for a page: Chromium's own count, taken from the
DevTools protocol (Network.loadingFinished: every byte received for a request, headers
included, as compressed on the wire). Files the browser takes from its cache count nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Browser, Page

IDLE_MS = 700  # quiet time after the network went idle, for late requests (e.g. a search worker)


@dataclass
class Transfer:
    """Bytes per request URL while a page loaded."""

    by_url: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_url.values())

    def matching(self, part: str) -> int:
        return sum(size for url, size in self.by_url.items() if part in url)


class Meter:
    """Counts the bytes a page transfers, through a DevTools session on that page."""

    def __init__(self, page: Page):
        self.page = page
        self._urls: dict[str, str] = {}
        self.transfer = Transfer()
        session = page.context.new_cdp_session(page)
        session.on("Network.requestWillBeSent", lambda event: self._urls.__setitem__(event["requestId"], event["request"]["url"]))
        session.on("Network.loadingFinished", self._finished)
        session.send("Network.enable")

    def _finished(self, event: dict) -> None:
        url = self._urls.get(event["requestId"], "?")
        self.transfer.by_url[url] = self.transfer.by_url.get(url, 0) + int(event["encodedDataLength"])

    def reset(self) -> None:
        self.transfer = Transfer()

    def load(self, url: str) -> Transfer:
        """Open ``url`` and wait until the network has been idle for a while."""
        self.reset()
        self.page.goto(url, wait_until="networkidle")
        self.page.wait_for_timeout(IDLE_MS)
        return self.transfer


def first_visit(browser: Browser, url: str) -> Transfer:
    """A reader's first visit: empty cache."""
    context = browser.new_context()
    try:
        return Meter(context.new_page()).load(url)
    finally:
        context.close()


def next_page(browser: Browser, first: str, second: str) -> Transfer:
    """The page a reader opens after ``first``, with what the browser kept from it."""
    context = browser.new_context()
    try:
        meter = Meter(context.new_page())
        meter.load(first)
        return meter.load(second)
    finally:
        context.close()


def first_search(browser: Browser, url: str, query: str) -> Transfer:
    """What the first search on a page transfers, after the page itself has loaded."""
    context = browser.new_context()
    try:
        page = context.new_page()
        meter = Meter(page)
        meter.load(url)
        meter.reset()
        box = page.locator(".md-search__input")
        if not box.is_visible():
            page.locator(".civic-opener--search").click()
        box.click()
        box.press_sequentially(query, delay=30)
        page.locator(".md-search-result__item, .md-search-result__list > li").first.wait_for(timeout=15_000)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(IDLE_MS)
        return meter.transfer
    finally:
        context.close()
