"""A second town for the engine's tests: made with `civic-site new-site`, then given content and
settings of its own (see tests/test_engine_town.py)."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from civic_site.new_site import create_site
from helpers import edit

LANGUAGES = {"nl": "ltr", "ar": "rtl", "ti": "ltr"}  # default Dutch; Arabic right to left; Tigrinya: no Material texts
GLOSSARY_WORDS = ["Zeeland", "Łódź", "Ärger", "Apfel", "İstanbul", "Öl"]


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def make_town(folder: Path) -> Path:
    """A town from the starter, with content of its own and settings a town may choose."""
    create_site(folder, "Musterstad – wij allemaal", list(LANGUAGES))
    (folder / "docs").rename(folder / "pages")  # a docs_dir of its own
    config = folder / "mkdocs.yml"
    edit(config, "docs_dir: docs", "docs_dir: pages")
    edit(config, "  font: false\n", "  font: false\n  palette:\n    primary: teal\n")
    edit(config, "markdown_extensions:", "extra_css:\n  - assets/town.css\nextra_javascript:\n  - assets/town.js\n\nmarkdown_extensions:")
    assets = folder / "pages" / "nl" / "assets"
    assets.mkdir()
    (assets / "town.css").write_text(".town-note { font-weight: bold; }\n", encoding="utf-8")
    (assets / "town.js").write_text("document.documentElement.dataset.town = 'yes';\n", encoding="utf-8")
    terms = "terms:\n" + "".join(
        f"  - id: word-{index}\n    term: {word}\n    translation: {{}}\n    explanation:\n      nl: Een woord.\n"
        for index, word in enumerate(GLOSSARY_WORDS)
    )
    (folder / "data" / "glossary.yml").write_text(terms, encoding="utf-8")
    (folder / "data" / "figures.yml").write_text(
        "figures:\n  - id: limit\n    label: {nl: Een grens}\n    value: 23540\n    unit: eur\n    applies_from: 2025-01-01\n"
        "    checked: 2026-12-01\n    source: concept\n",
        encoding="utf-8",
    )
    # The town's own words for two of Material's texts; a quotation mark is kept in an attribute.
    (folder / "data" / "strings.yml").write_text(
        "strings:\n  theme.action.skip:\n    nl: Direct naar de tekst\n    ar: انتقل إلى النص\n"
        "  theme.header:\n    nl: 'Bovenkant \"kop\" van de pagina'\n",
        encoding="utf-8",
    )
    help_page = folder / "pages" / "nl" / "help.md"
    help_page.write_text(help_page.read_text(encoding="utf-8") + "\nDe grens is [[limit]], [[limit since]]. Een Apfel.\n", encoding="utf-8")
    (folder / "pages" / "ar" / "help.md").write_text(
        '---\nmachine_translation: true\n---\n\n# مساعدة\n\nمن Kraków إلى Şişli، ثم Nguyễn Văn.\n\n<!-- sources ids="concept" -->\n', encoding="utf-8"
    )
    (folder / "pages" / "nl" / "news.md").write_text("# Nieuws\n\nOver de nieuwe bibliotheek.\n", encoding="utf-8")
    edit(config, "  - help.md\n", "  - help.md\n  - news.md\n")
    return folder
