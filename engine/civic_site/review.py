"""Facts that are due for a new check: guides whose ``facts_checked`` date, and figures whose
``checked`` date, lie further back than the ages set in data/site.yml (``review``: guides_months,
default 6; figures_months, default 12). Each with the file and line to update.

"Today" is an argument: the status command takes --today, the build reads CIVIC_SITE_TODAY, and
tests fix it, so nothing starts failing as time passes; the build itself never fails because of the
calendar (its editors' page only lists what is overdue)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .figures import is_overdue
from .frontmatter import read_front_matter
from .site import Site
from .yaml_source import load_yaml

GUIDES_MONTHS, FIGURES_MONTHS = 6, 12


@dataclass(frozen=True)
class Overdue:
    file: str  # relative to the site's folder
    line: int | None
    name: str  # the guide's page, or the figure's id
    checked: str  # YYYY-MM-DD

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.name}: last checked on {self.checked}"


def today_from_environment() -> date:
    value = os.environ.get("CIVIC_SITE_TODAY")
    return date.fromisoformat(value) if value else date.today()


def ages(settings: dict) -> tuple[int, int]:
    review = settings.get("review") or {}
    return review.get("guides_months", GUIDES_MONTHS), review.get("figures_months", FIGURES_MONTHS)


def guides(site: Site) -> list[tuple[str, str, int | None]]:
    """(page, facts_checked, line of that key) for every guide of the default language."""
    base = site.docs_dir / site.default.code
    result = []
    for path in sorted(base.rglob("*.md")):
        checked = read_front_matter(path).get("facts_checked")
        if checked:
            result.append((path.relative_to(base).as_posix(), str(checked), _line_of(path, "facts_checked:")))
    return result


def overdue_guides(site: Site, today: date, months: int) -> list[Overdue]:
    return [
        Overdue(site.relative(site.source_file(page)), line, page, checked)
        for page, checked, line in guides(site)
        if is_overdue(checked, today, months)
    ]


def overdue_figures(site: Site, today: date, months: int) -> list[Overdue]:
    path = site.data_dir / "figures.yml"
    if not path.is_file():
        return []
    document, _ = load_yaml(path, site.relative(path))
    if document is None:
        return []
    result = []
    for index, figure in enumerate(document.data.get("figures") or []):
        checked = str(figure.get("checked", ""))
        if checked and is_overdue(checked, today, months):
            result.append(Overdue(document.file, document.line_of(("figures", index, "checked")), figure["id"], checked))
    return result


def _line_of(path: Path, needle: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").split("\n"), start=1):
        if line.startswith(needle):
            return number
    return None
