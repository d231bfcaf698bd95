"""Figures that a law or a decision can change live once in data/figures.yml. A reader sees each
written as their language writes amounts and dates; an editor changes one value and every page
of every language shows the new one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from editors_changes import CHANGED_FIGURE

from civic_site.figures import FigureWriter
from civic_site.languages import Language
from helpers import ROOT, configured_languages, html_path, source_pages, ui_strings

LANGUAGES = configured_languages()
SETTINGS = yaml.safe_load((ROOT / "data/site.yml").read_text(encoding="utf-8"))
FIGURES = {
    "limit": {"value": 23540, "unit": "eur", "applies_from": "2025-01-01"},
    "fee": {"value": 18.36, "unit": "eur", "applies_from": "2021-08"},
    "cap": {"value": 15, "unit": "percent", "applies_from": "2025-03-01"},
    "per-sqm": {"value": 0.5, "unit": "eur_per_sqm", "applies_from": "2024-01-01"},
    "end": {"value": "2029-12-31", "unit": "date", "applies_from": "2025-11-07"},
    "proposal": {"value": 18.64, "unit": "eur", "applies_from": "2027-01-01", "state": "recommended"},
}
EXPECTED = {
    "de": ["23.540 Euro",
        "18,36 Euro",
        "15 Prozent",
        "0,50 Euro pro Quadratmeter",
        "31. Dezember 2029",
        "18,64 Euro (empfohlen, noch nicht beschlossen)",
           "seit 1. Januar 2025",
        "ab 1. Januar 2027",
        "seit August 2021"],
    "en": ["€23,540",
        "€18.36",
        "15%",
        "€0.50 per square metre",
        "31 December 2029",
        "€18.64 (recommended, not decided yet)",
           "since 1 January 2025",
        "from 1 January 2027",
        "since August 2021"],
    "tr": ["23.540 euro",
        "18,36 euro",
        "yüzde 15",
        "metrekare başına 0,50 euro",
        "31 Aralık 2029",
        "18,64 euro (önerildi, henüz karar verilmedi)",
           "1 Ocak 2025 tarihinden beri",
        "1 Ocak 2027 tarihinden itibaren",
        "Ağustos 2021 tarihinden beri"],
    "ar": ["23.540 يورو",
        "18,36 يورو",
        "15 في المئة",
        "0,50 يورو للمتر المربع",
        "31 كانون الأول 2029",
        "18,64 يورو (موصى به، ولم يُتخذ قرار بعد)",
           "منذ 1 كانون الثاني 2025",
        "اعتبارًا من 1 كانون الثاني 2027",
        "منذ آب 2021"],
    "zh": ["23,540欧元", "18.36欧元", "15%", "每平方米0.50欧元", "2029年12月31日", "18.64欧元（已提出建议，还没有决定）",
           "自2025年1月1日起", "从2027年1月1日起", "自2021年8月起"],
    "uk": ["23\u00a0540 євро", "18,36 євро", "15 %", "0,50 євро за квадратний метр", "31 грудня 2029\u202fр.",
           "18,64 євро (рекомендовано, ще не ухвалено)", "з 1 січня 2025\u202fр.", "з 1 січня 2027\u202fр.", "з серпня 2021\u202fр."],
}  # fmt: skip


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_a_figure_is_written_as_readers_of_each_language_write_amounts_and_dates(code: str) -> None:
    languages = tuple(Language(language.code, language.name, language.direction, language.default) for language in LANGUAGES)
    writer = FigureWriter(FIGURES, ui_strings(), languages, next(language for language in languages if language.default), SETTINGS["formats"])
    written = [writer.text(figure, None, code).text for figure in FIGURES]
    written += [writer.text("limit", "since", code).text, writer.text("proposal", "from", code).text, writer.text("fee", "since", code).text]
    assert written == EXPECTED[code]


def pages_using(figure_id: str) -> list[str]:
    return [page for page in source_pages() if f"[[{figure_id}" in (ROOT / "docs" / "de" / page).read_text(encoding="utf-8")]


def test_a_value_changed_once_in_data_changes_on_every_page_of_every_language(edited_site: Path) -> None:
    figure, old, new = CHANGED_FIGURE  # changed in editors_changes.py
    assert (figure, old, new) == ("wbs-income-limit-1-person", "23540", "24999"), "test setup: the values below"
    pages = pages_using(figure)
    assert pages, "a guide uses the figure"
    written = {"de": "24.999 Euro", "en": "€24,999", "tr": "24.999 euro", "ar": "24.999 يورو", "zh": "24,999欧元", "uk": "24\u00a0999 євро"}
    for language in LANGUAGES:
        for page in pages:
            html = (edited_site / language.prefix() / html_path(page)).read_text(encoding="utf-8")
            assert written[language.code] in html, f"{language.code}/{page} does not show the new value"
            assert "23.540" not in html and "23,540" not in html, f"{language.code}/{page} still shows the old value"
