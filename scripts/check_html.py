"""Every page of the built site through the Nu HTML Checker (vnu.jar from npm, run with Java).

The pages are checked as a reader's browser gets them: served by nginx with deploy/nginx.conf, so
that the content security policy's 'self' means the site (checked from disk, every stylesheet
would look blocked). Prints one line per message; exits with 1 on any error or warning.

Usage: python scripts/check_html.py SITE
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from local_server import nginx
from project_config import ROOT

VNU = ROOT / "checkers" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class Message:
    page: str  # path inside the site, e.g. "ar/wohnen/kaution.html"
    line: int | None
    kind: str  # "error", "warning" or "info"
    text: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line or '?'}: {self.kind}: {self.text}"


def check_site(site: Path) -> list[Message]:
    """Every error, warning and note the checker has about the site's pages."""
    if not VNU.is_file():
        sys.exit(f"{VNU} is missing: run `make test` once, or `cd checkers && npm ci`")
    java = shutil.which("java")
    if java is None:
        sys.exit("Java is missing: install Debian's default-jre-headless")
    pages = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    with nginx(site, "/checked/") as base:
        result = subprocess.run(
            [
                java,
                "-Xss2m",
                # A run of some seconds: the quick compiler alone and the simple collector need half the CPU.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dnu.validator.servlet.allow-forbidden-hosts=true",
                "-jar",
                str(VNU),
                "--format",
                "json",
                "--exit-zero-always",
                *(base + page for page in pages),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    messages = []
    for message in json.loads(result.stderr)["messages"]:
        kind = message.get("subType", message["type"]) if message["type"] == "info" else message["type"]
        page = message.get("url", "").partition("/checked/")[2]
        messages.append(Message(page, message.get("lastLine"), kind, message["message"]))
    return messages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    messages = check_site(parser.parse_args().site)
    for message in messages:
        print(message)
    problems = [message for message in messages if message.kind in ("error", "warning", "non-document-error")]
    print(f"{len(problems)} errors and warnings in {parser.parse_args().site}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
