"""Dates and numbers written as readers of a language expect them, from CLDR (Babel).

data/site.yml may name a regional CLDR locale per language (`formats`), e.g. en_GB for "25 November
2026" instead of "November 25, 2026"."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal

from .languages import Language


def format_locale(language: Language, formats: dict[str, str]) -> str:
    """The CLDR locale for dates and numbers: from data/site.yml `formats`, else the language."""
    return formats.get(language.code, language.code.replace("-", "_"))


@lru_cache(maxsize=64)  # Babel reads a locale's data anew each time it is named by its code
def _locale(identifier: str) -> Locale:
    return Locale.parse(identifier)


def format_day(iso_date: str, language: Language, formats: dict[str, str]) -> str:
    """A date given as YYYY-MM-DD, written out ("1. Januar 2025", "1 January 2025")."""
    return format_date(date.fromisoformat(iso_date), format="long", locale=_locale(format_locale(language, formats)))


def format_date_text(value: str, language: Language, formats: dict[str, str], *, in_sentence: bool = False) -> str:
    """A date given as YYYY-MM-DD, YYYY-MM or YYYY, written out as far as it is known. ``in_sentence``:
    after a preposition ("since August 2021"), where Slavic languages need the month's case form
    (CLDR's "format" month, серпня, not the stand-alone серпень)."""
    if len(value) == 10:
        return format_day(value, language, formats)
    if len(value) == 7:
        locale = _locale(format_locale(language, formats))
        day = date.fromisoformat(value + "-01")
        if in_sentence:
            pattern = locale.datetime_skeletons.get("yMMMM")
            if pattern is not None:
                return format_date(day, str(pattern).replace("LLLL", "MMMM"), locale=locale)
        return format_skeleton("yMMMM", day, locale=locale)
    return value


def format_number(value: float, language: Language, formats: dict[str, str], *, decimals: int | None = None) -> str:
    """A number with the language's digits grouping and decimal sign; whole numbers without decimals."""
    locale = _locale(format_locale(language, formats))
    if decimals is None:
        decimals = 0 if float(value) == int(value) else 2
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=locale)
