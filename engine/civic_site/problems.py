"""Problems an editor can fix, reported as one line each: ``file:line: where: what``."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from mkdocs.exceptions import PluginError


@dataclass(frozen=True)
class Problem:
    file: str  # relative to the project root, e.g. "data/measures.yml"
    line: int | None
    where: str  # key path or marker, e.g. "measures[3].field"; may be empty
    message: str

    def __str__(self) -> str:
        location = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{location}: {self.where}: {self.message}" if self.where else f"{location}: {self.message}"

    def sort_key(self) -> tuple:
        return (self.file, self.line or 0, self.where, self.message)


class EditorError(PluginError):
    """Raised with every problem found, so an editor sees them all at once."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(set(problems), key=Problem.sort_key)
        count = len(self.problems)
        summary = "1 problem" if count == 1 else f"{count} problems"
        super().__init__(f"The site was not built: {summary} to fix, listed above.")

    def lines(self) -> list[str]:
        return [str(problem) for problem in self.problems]


def did_you_mean(found: object, choices: Iterable[str]) -> str:
    """'; did you mean 'x'?' when a close match exists, else ''."""
    if not isinstance(found, str):
        return ""
    matches = difflib.get_close_matches(found, list(choices), n=1, cutoff=0.6)
    if not matches:
        lowered = {choice.lower(): choice for choice in choices}
        if found.lower() in lowered:
            matches = [lowered[found.lower()]]
    return f"; did you mean '{matches[0]}'?" if matches else ""


def one_of(choices: Iterable[str]) -> str:
    """'a, b or c' for a message."""
    items = [f"'{choice}'" for choice in choices]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]
