"""One term, one wording: the glossary's translation of a term is the wording every page of that
language uses. The wordings the translation review found beside it (tests/data/term_variants.yml)
stand nowhere: not on a page, not in a data text of that language."""

from __future__ import annotations

import re

import pytest
import yaml

from civic_site.yaml_source import load_yaml
from helpers import ROOT

VARIANTS = yaml.safe_load((ROOT / "tests/data/term_variants.yml").read_text(encoding="utf-8"))
DATA_FILES = sorted((ROOT / "data").glob("*.yml"))


def texts_of(code: str) -> list[tuple[str, str]]:
    """(where, text) for every page of the language and every data text in it."""
    found = [(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")) for path in sorted((ROOT / "docs" / code).rglob("*.md"))]
    for path in DATA_FILES:
        document, _ = load_yaml(path, path.name)
        found += [(f"{path.relative_to(ROOT)}: {where}", text) for where, text in _language_texts(document.data, code, "")]
    return found


def _language_texts(value, code: str, where: str):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == code and isinstance(item, str):
                yield where, item
            else:
                yield from _language_texts(item, code, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _language_texts(item, code, f"{where}[{index}]")


@pytest.mark.parametrize(
    ("code", "variant"), [(code, variant) for code, variants in VARIANTS.items() for variant in variants], ids=lambda value: str(value)[:40]
)
def test_a_wording_the_review_found_beside_the_glossary_stands_nowhere(code: str, variant: dict) -> None:
    pattern = re.compile(variant["pattern"], re.IGNORECASE)
    hits = [f"{where}: …{match.group()}…" for where, text in texts_of(code) for match in [pattern.search(text)] if match]
    assert not hits, f"{variant['why']}:\n" + "\n".join(hits)
