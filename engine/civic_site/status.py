"""What editors need to update: the state of every translation (current, machine-made, outdated,
missing, original only), and the guides and figures whose facts are due for a new check."""

from __future__ import annotations

from datetime import date

from .data import SiteData
from .figures import FigureWriter
from .review import ages, overdue_figures, overdue_guides
from .site import Site
from .translation import MISSING, OUTDATED, translation_states

LABELS = {"current": "current", "machine": "machine", "outdated": "OUTDATED", "missing": "MISSING", "source-only": "original only"}


def translation_report(site: Site) -> tuple[list[str], int]:
    """The table's lines, and how many translations are outdated or missing."""
    others = [language.code for language in site.languages if not language.default]
    states = translation_states(site.docs_dir, list(site.codes), site.default.code, site.source_only_key)
    by_page: dict[str, dict[str, str]] = {}
    for state in states:
        by_page.setdefault(state.page, {})[state.language] = state.state
    width = max((len(page) for page in by_page), default=4)
    lines = [f"{'page':{width}}  " + "  ".join(f"{code:14}" for code in others)]
    for page, row in sorted(by_page.items()):
        lines.append(f"{page:{width}}  " + "  ".join(f"{LABELS[row[code]]:14}" for code in others))
    counts = {label: sum(state.state == key for state in states) for key, label in LABELS.items()}
    lines += ["", ", ".join(f"{count} {label}" for label, count in counts.items() if count)]
    return lines, sum(state.state in (OUTDATED, MISSING) for state in states)


def facts_report(site: Site, data: SiteData, today: date) -> tuple[list[str], int]:
    """Guides and figures due for a new check, with the file and line to update, and a table of
    every figure; and how many are overdue."""
    guide_months, figure_months = ages(data.site)
    late_guides = overdue_guides(site, today, guide_months)
    late_figures = overdue_figures(site, today, figure_months)
    lines = [f"Facts checked more than {guide_months} months before {today.isoformat()} (guides: facts_checked):"]
    lines += [f"  OVERDUE {item}" for item in late_guides] or ["  none"]
    lines += ["", f"Figures checked more than {figure_months} months before {today.isoformat()} (data/figures.yml: checked):"]
    lines += [f"  OVERDUE {item}" for item in late_figures] or ["  none"]
    writer = FigureWriter(data.figures, data.strings, site.languages, site.default, data.site.get("formats", {}))
    rows = [("figure", "value", "applies from", "checked", "source", "state")]
    for figure_id, figure in data.figures.items():
        value = writer.text(figure_id, None, site.default.code).text
        rows.append((figure_id, value, str(figure["applies_from"]), str(figure["checked"]), figure["source"], figure.get("state", "in_force")))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines += ["", "All figures:"] + ["  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    return lines, len(late_guides) + len(late_figures)
