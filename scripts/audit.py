"""Lighthouse on a few pages of the built site, as a phone on a slow network would load them.

Serves site/ with nginx under a sub-path, runs Lighthouse (from audit/node_modules, with
Debian's Chromium) on the home page and a guide in German and in a right-to-left language, and
prints the four scores. Exits with 1 if accessibility, best practices or SEO is below 100, or
performance below 95.

Usage: python scripts/audit.py [SITE_DIR]     (`make audit` builds first and installs Lighthouse)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from local_server import nginx

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "audit" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PAGES = ["index.html", "wohnen/kaution.html", "ar/index.html", "ar/wohnen/kaution.html"]
BUDGET = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"


def audit(url: str, report: Path) -> dict[str, int]:
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--only-categories=performance,accessibility,best-practices,seo",
    ]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
    categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: round(category["score"] * 100) for name, category in categories.items()}


def failed_audits(report: Path) -> list[str]:
    data = json.loads(report.read_text(encoding="utf-8"))
    return [
        f"{audit['id']}: {audit['title']}"
        for audit in data["audits"].values()
        if audit.get("score") is not None and audit["score"] < 1 and audit.get("scoreDisplayMode") == "binary"
    ]


def main() -> int:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site")
    failures = []
    with tempfile.TemporaryDirectory() as reports, nginx(site, "/audit/aachen/") as base:
        print(f"{'page':28} " + " ".join(f"{name:>15}" for name in BUDGET))
        for page in PAGES:
            report = Path(reports) / (page.replace("/", "_") + ".json")
            scores = audit(base + page, report)
            print(f"{page:28} " + " ".join(f"{scores[name]:>15}" for name in BUDGET))
            below = [name for name, minimum in BUDGET.items() if scores[name] < minimum]
            if below:
                failures.append((page, below, failed_audits(report)))
    print("\nBudget: " + ", ".join(f"{name} ≥ {minimum}" for name, minimum in BUDGET.items()))
    for page, below, audits in failures:
        print(f"{page}: below budget in {', '.join(below)}; failing checks: {'; '.join(audits) or 'see the scores'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
