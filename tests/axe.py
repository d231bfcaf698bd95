"""Accessibility checks with axe-core, from npm (checkers/, pinned), run through axe-playwright-python.

axe-core 4.14 rather than the 4.12 inside axe-playwright-python 0.1.8: newer rules, and a check
of this site's pages takes about 30 % less time (axe-core#5323: a colour is parsed once per run,
not once per element).

One place for the rules: WCAG 2.1 levels A and AA, as BITV NRW requires, and WCAG 2.2 AA, which
the site is tested against as well (target size among them). Every rule that is switched off is
listed here with the reason.
"""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from helpers import ROOT

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# Rules switched off, each with its reason. (None so far: every rule runs.)
DISABLED_RULES: dict[str, str] = {}

AXE_CORE = ROOT / "checkers" / "node_modules" / "axe-core" / "axe.min.js"
if not AXE_CORE.is_file():
    raise FileNotFoundError(f"{AXE_CORE} is missing: run `make test` once, or `cd checkers && npm ci`")
_AXE = Axe.from_file(AXE_CORE)


def load_with_every_page(page: Page) -> None:
    """Have axe come with every page this tab opens (a third faster than adding it to each page)."""
    page.add_init_script(script=_AXE.axe_script)


def violations(page: Page) -> list[str]:
    """One line per violation and element: rule, impact, selector, and axe's help text."""
    options = {
        "runOnly": {"type": "tag", "values": WCAG_22_AA},
        "resultTypes": ["violations"],
        "rules": {rule: {"enabled": False} for rule in DISABLED_RULES},
    }
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(_AXE.axe_script)
    response = page.evaluate("options => axe.run(document, options)", options)
    found = []
    for violation in response["violations"]:
        for node in violation["nodes"]:
            found.append(f"{violation['id']} ({violation['impact']}): {' '.join(map(str, node['target']))} – {violation['help']}")
    return found
