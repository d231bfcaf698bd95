"""What editors need to update: the state of every translation (current, machine-made, outdated,
missing, original only), printed as a table."""

from __future__ import annotations

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
