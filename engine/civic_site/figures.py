"""Figures that a law or a decision can change, written once in the site's data (figures.yml) and
used in sentences through one inline syntax:

    Die Grenze ist [[wbs-income-limit-1-person]] im Jahr.      -> "… ist 23.540 Euro im Jahr."
    Die Grenzen gelten [[wbs-income-limit-1-person since]].    -> "… gelten seit 1. Januar 2025."
    Der Beitrag steigt vielleicht [[rundfunkbeitrag-2027 from]] -> "… ab 1. Januar 2027."

The date in "since" and "from" is the date the figure applies from, or for a figure that is a date
(unit: date, e.g. the day a regulation starts) that date itself.

The syntax works in Markdown pages (sentences, list items, tables) and in the texts of the data
files. Numbers and dates are written by CLDR (Babel) for the language of the text; the unit's
words and the phrases around a date come from the engine's texts (figure.*), one per language, in
forms that need no grammatical ending on the date. A figure that is not final (recommended, or
decided but not confirmed in force) always carries a note saying so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .formatting import format_date_text, format_number
from .languages import Language
from .problems import Problem, did_you_mean
from .text import Localized, Strings

REFERENCE = re.compile(r"\[\[\s*(?P<id>[^\]\s]+)(?:\s+(?P<form>[^\]\s]+))?\s*\]\](?P<stop>\.?)")
LOOSE = re.compile(r"\[\[[^\]]*\]?\]?")  # anything that starts like a reference
FORMS = ("since", "from")
UNITS_WITH_WORDS = ("eur", "percent", "eur_per_sqm")


def figure_text(figure: dict, form: str | None, strings: Strings, language: Language, formats: dict) -> Localized:
    """The figure as it stands in a sentence of ``language``."""
    if form is not None:
        # A date figure (a regulation's start or end) is its own date; any other applies from one.
        when = figure["value"] if figure["unit"] == "date" else figure["applies_from"]
        return strings(f"figure.{form}", date=format_date_text(str(when), language, formats, in_sentence=True))
    if figure["unit"] == "date":
        text = format_date_text(str(figure["value"]), language, formats)
        written = Localized(text, language.code, language.direction, False)
    else:
        number = format_number(figure["value"], language, formats)
        written = strings(f"figure.unit.{figure['unit']}", value=number) if figure["unit"] in UNITS_WITH_WORDS else None
        written = written or Localized(number, language.code, language.direction, False)
    state = figure.get("state", "in_force")
    if state != "in_force":
        note = strings(f"figure.state.{state}")
        with_note = strings("figure.note", value=written.text, note=note.text)
        written = Localized(with_note.text, written.lang, written.dir, written.fallback or note.fallback)
    return written


def replace_figures(text: str, render: Callable[[str, str | None], str]) -> str:
    """``text`` with every (already checked) reference replaced by ``render(id, form)``. A full stop
    after a figure that ends with one ("… 2025 р.") is not written twice."""

    def written(match: re.Match) -> str:
        value = render(match["id"], match["form"])
        stop = match["stop"]
        return value if stop and value.rstrip("\\").endswith(".") else value + stop

    return REFERENCE.sub(written, text)


def reference_problems(text: str, figures: dict[str, dict], file: str, line: int | None, where: str = "", *, listed_in: str) -> list[Problem]:
    """Problems in the figure references of one line of text: unknown ids and forms, broken brackets.
    ``listed_in``: the site's figures file as editors see it, e.g. 'data/figures.yml'."""
    problems = []
    for loose in LOOSE.finditer(text):
        match = REFERENCE.fullmatch(loose.group())
        label = where or f"figure '{loose.group()}'"
        if match is None:
            example = next(iter(figures), "figure-id")
            problems.append(Problem(file, line, label, f"write a figure as [[id]], e.g. [[{example}]], with two brackets on each side"))
            continue
        figure_id, form = match["id"], match["form"]
        if figure_id not in figures:
            hint = did_you_mean(figure_id, figures) or f"; the figures and their ids are in {listed_in}"
            problems.append(Problem(file, line, label, f"'{figure_id}' is not a figure in {listed_in}{hint}"))
        elif form is not None and form not in FORMS:
            forms = f"write [[{figure_id}]] for its value, or [[{figure_id} since]] or [[{figure_id} from]] for its date"
            problems.append(Problem(file, line, label, f"'{form}' is not a form of a figure; {forms}"))
    return problems


def is_overdue(checked: str, today: date, months: int) -> bool:
    """True when ``checked`` (YYYY-MM-DD) lies more than ``months`` months before ``today``."""
    year, month, day = (int(part) for part in checked.split("-"))
    month += months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    for last_day in (day, 30, 29, 28):  # 31 August + 6 months is the end of February
        try:
            return today > date(year, month, last_day)
        except ValueError:
            continue
    return False


class FigureWriter:
    """Writes the figures of one site into texts, each in the language of the text around it."""

    def __init__(self, figures: dict[str, dict], strings: dict, languages: tuple[Language, ...], default: Language, formats: dict) -> None:
        self.figures, self.strings, self.formats = figures, strings, formats
        self.languages = {language.code: language for language in languages}
        self.default = default

    def text(self, figure_id: str, form: str | None, code: str) -> Localized:
        language = self.languages.get(code, self.default)
        return figure_text(self.figures[figure_id], form, Strings(self.strings, language, self.default), language, self.formats)

    def in_text(self, text: Localized) -> Localized:
        """A data text with its figures written in."""
        if "[[" not in text.text:
            return text
        written = replace_figures(text.text, lambda figure_id, form: self.text(figure_id, form, text.lang).text)
        return Localized(written, text.lang, text.dir, text.fallback)

    def in_markdown(self, markdown: str, code: str, escape: Callable[[str], str]) -> str:
        """A page's Markdown with its figures written in (not inside code)."""
        from .markdown_lines import map_prose

        def write(part: str) -> str:
            return replace_figures(part, lambda figure_id, form: escape(self.text(figure_id, form, code).text)) if "[[" in part else part

        return map_prose(markdown, write)
