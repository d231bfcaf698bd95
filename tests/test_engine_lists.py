"""Lists that cannot drift: the texts the engine's code and templates ask for are exactly the texts
its strings.yml has (each at least in English), so no page shows a missing text and no text is
kept that nothing uses; and the engine's version is one number wherever it is written."""

from __future__ import annotations

import re
from pathlib import Path

import civic_site
from civic_site.data import engine_strings
from civic_site.figures import FORMS, UNITS_WITH_WORDS
from civic_site.offline import STRINGS as OFFLINE_TEXTS
from civic_site.schema import SCHEMA_DIR
from civic_site.search_index import LABELS
from civic_site.translation import CURRENT, MACHINE, MISSING, OUTDATED, SOURCE_ONLY
from helpers import material_texts

ENGINE = Path(civic_site.__file__).parent
LITERAL = re.compile(r"""(?<!lang\.)(?<!\w)t\(\s*(?:"([a-z0-9_.-]+)"|'([a-z0-9_.-]+)')""")


def keys_used_by_the_engine() -> set[str]:
    sources = [*ENGINE.glob("*.py"), *(ENGINE / "templates").glob("*.html"), *(ENGINE / "theme").rglob("*.html")]
    used = {first or second for path in sources for first, second in LITERAL.findall(path.read_text(encoding="utf-8"))}
    # Keys the code puts together from a value: every value it can take.
    import json

    statuses = json.loads((SCHEMA_DIR / "measures.schema.json").read_text(encoding="utf-8"))["$defs"]["measure"]["properties"]["status"]["enum"]
    states = json.loads((SCHEMA_DIR / "figures.schema.json").read_text(encoding="utf-8"))["$defs"]["figure"]["properties"]["state"]["enum"]
    used |= {f"status.{status}" for status in statuses}
    used |= {f"translation.{state}" for state in (CURRENT, MACHINE, OUTDATED, MISSING, SOURCE_ONLY)}
    used |= {f"search.{label}" for label in LABELS}
    used |= {f"offline.{key}" for key in OFFLINE_TEXTS}
    used |= {f"figure.unit.{unit}" for unit in UNITS_WITH_WORDS} | {f"figure.{form}" for form in FORMS}
    used |= {f"figure.state.{state}" for state in states if state != "in_force"}
    used |= {"leaflet.online"}  # leaflets.py reads it from the merged texts by name
    used |= {"figure.note"}  # figures.py asks for it through a Strings object named strings
    # Material's own texts, in place of its translations (theme_texts.py): each must be one of Material's.
    used |= {key for key in engine_strings() if key.startswith("theme.") and str(material_texts("en").t(key.removeprefix("theme.")))}
    return used


def test_every_text_the_engine_asks_for_exists_in_english_and_every_text_is_used() -> None:
    strings = engine_strings()
    used = keys_used_by_the_engine()
    assert sorted(used - set(strings)) == [], "texts the engine asks for but strings.yml lacks"
    assert sorted(set(strings) - used) == [], "texts in strings.yml that nothing uses"
    assert [key for key, text in strings.items() if "en" not in text] == []


def test_every_text_keeps_the_placeholders_of_its_english_version() -> None:
    placeholder = re.compile(r"{(\w+)}")
    for key, texts in engine_strings().items():
        expected = sorted(placeholder.findall(texts["en"]))
        for code, text in texts.items():
            assert sorted(placeholder.findall(text)) == expected, f"{key}.{code}"


def test_the_engines_version_is_the_same_in_its_package_its_code_and_its_changelog() -> None:
    """A town that depends on a release reads the version in the changelog; pip reads pyproject.toml."""
    import tomllib

    packaged = tomllib.loads((ENGINE.parent / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    latest = re.search(r"^## (\S+) – ", (ENGINE.parent / "CHANGELOG.md").read_text(encoding="utf-8"), re.MULTILINE)
    assert packaged == civic_site.__version__ == latest.group(1)
