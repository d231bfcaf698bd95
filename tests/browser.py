"""A record of everything a page asks for while it is open in Chromium."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Page


@dataclass
class PageRecord:
    """What happened while a page was open: requests, failures and console errors."""

    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> PageRecord:
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("requestfailed", self._failed)
        page.on("response", lambda response: response.status >= 400 and self.failed.append(f"{response.url} ({response.status})"))
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        return self

    def _console(self, message) -> None:
        if message.type == "error":  # with the address of the file it concerns (a 404 names no file)
            self.console_errors.append(f"{message.text} [{message.location.get('url', '')}]")

    def _failed(self, request) -> None:
        # ERR_ABORTED: the test moved on to the next page while a request (often the favicon) was
        # still under way. That is the test's doing, not the site's; errors from the server and
        # unreachable addresses are still recorded.
        if request.failure != "net::ERR_ABORTED":
            self.failed.append(f"{request.url} ({request.failure})")

    def other_hosts(self, own: str) -> list[str]:
        host = urlsplit(own).netloc
        return [url for url in self.requests if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != host]
