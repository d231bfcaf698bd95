"""Find the markers in a Markdown file: HTML comments such as ``<!-- measures field="housing" -->``.

A marker stands alone on its line. Markers inside code (blocks or spans) are examples, not markers.
A comment whose first word is not a marker name is an ordinary comment and stays as it is, unless
it looks like a misspelt marker, which is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .markdown_lines import prose_lines
from .problems import Problem, did_you_mean, one_of

COMMENT_LINE = re.compile(r"^[ \t]*<!--\s*(?P<name>[A-Za-z][\w-]*)(?P<rest>.*?)\s*-->[ \t]*$")
COMMENT_ANYWHERE = re.compile(r"<!--\s*(?P<name>[A-Za-z][\w-]*)")
ATTRIBUTES = re.compile(r'^(\s+[a-z][a-z0-9-]*="[^"]*")*$')
ATTRIBUTE = re.compile(r'([a-z][a-z0-9-]*)="([^"]*)"')


@dataclass(frozen=True)
class MarkerSpec:
    """What a marker accepts: ``attributes`` maps each attribute to the kind of id it takes."""

    attributes: dict[str, str]
    render: Callable
    example: str = ""  # with {kind} where an id goes, e.g. '<!-- needs field="{field}" -->'
    required: tuple[str, ...] = field(default=())
    # The output depends on the language and the data only, not on the page (no links between
    # pages): written once per language and build, then reused on every page that has the marker.
    same_on_every_page: bool = False

    def example_with(self, ids: dict) -> str:
        """The example, with the site's own first id of each kind (or the kind's name)."""
        text = self.example
        for kind in set(self.attributes.values()):
            known = ids.get(kind)
            text = text.replace("{" + kind + "}", known.ids[0] if known and known.ids else kind)
        return text


@dataclass(frozen=True)
class Marker:
    name: str
    attributes: dict[str, str]
    line: int  # 1-based, counted in the whole file
    text: str  # the marker as written


def find_markers(
    markdown: str, specs: dict[str, MarkerSpec], file: str, first_line: int = 1, ids: dict | None = None
) -> tuple[list[Marker], list[Problem]]:
    """Markers in ``markdown`` and the problems in how they are written."""
    markers: list[Marker] = []
    problems: list[Problem] = []
    for number, line in prose_lines(markdown, first_line):
        match = COMMENT_LINE.match(line)
        if match is None:
            for loose in COMMENT_ANYWHERE.finditer(line):
                if loose.group("name") in specs:
                    problems.append(
                        Problem(
                            file,
                            number,
                            f"marker '{loose.group('name')}'",
                            "a marker must stand alone on its own line, with an empty line before and after it",
                        )
                    )
            continue
        name, rest = match.group("name"), match.group("rest")
        if name not in specs:
            suggestion = did_you_mean(name, specs)
            if suggestion or "=" in rest:
                problems.append(
                    Problem(
                        file,
                        number,
                        f"marker '{name}'",
                        f"there is no marker called '{name}'{suggestion or '; the markers are ' + one_of(sorted(specs))}",
                    )
                )
            continue
        if not ATTRIBUTES.match(rest):
            example = specs[name].example_with(ids or {}) or f"<!-- {name} -->"
            problems.append(
                Problem(file, number, f"marker '{name}'", f'write each attribute as name="value" with straight double quotes, e.g. {example}')
            )
            continue
        markers.append(Marker(name, dict(ATTRIBUTE.findall(rest)), number, line.strip()))
    return markers, problems


@dataclass(frozen=True)
class IdKind:
    """The ids an attribute may take, and how to name them in a message ("a field of action")."""

    what: str
    ids: list[str]
    many: bool = False  # the attribute takes several ids, separated by spaces
    listed: str = ""  # where the ids are listed, for messages when there are too many to quote


def check_marker(marker: Marker, spec: MarkerSpec, known_ids: dict[str, IdKind], file: str) -> list[Problem]:
    """Unknown or missing attributes and ids that do not exist."""
    problems = []
    where = f"marker '{marker.name}'"
    for attribute, value in marker.attributes.items():
        if attribute not in spec.attributes:
            allowed = list(spec.attributes)
            hint = did_you_mean(attribute, allowed) or (f"; it takes {one_of(allowed)}" if allowed else "; it takes no attributes")
            problems.append(Problem(file, marker.line, where, f"'{attribute}' is not an attribute of this marker{hint}"))
            continue
        kind = known_ids.get(spec.attributes[attribute])
        if kind is None:
            continue
        values = value.split() if kind.many else [value]
        if not values:
            problems.append(Problem(file, marker.line, where, f'{attribute}="" is empty; e.g. {spec.example_with(known_ids)}'))
        for item in values:
            if item not in kind.ids:
                hint = did_you_mean(item, kind.ids) or (f"; use one of {one_of(kind.ids)}" if len(kind.ids) <= 8 else f"; {kind.listed}")
                problems.append(Problem(file, marker.line, where, f"{attribute}=\"{value}\": '{item}' is not {kind.what}{hint}"))
    for attribute in spec.required:
        if attribute not in marker.attributes:
            problems.append(Problem(file, marker.line, where, f'the attribute {attribute}="…" is missing, e.g. {spec.example_with(known_ids)}'))
    return problems


def replace_markers(markdown: str, specs: dict[str, MarkerSpec], render: Callable[[Marker], str]) -> str:
    """``markdown`` with each (already checked) marker line replaced by ``render(marker)``."""
    lines = markdown.split("\n")
    markers, _ = find_markers(markdown, specs, "")
    for marker in markers:
        lines[marker.line - 1] = render(marker)
    return "\n".join(lines)
