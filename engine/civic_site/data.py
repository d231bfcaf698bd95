"""Load everything in ``data/``, check it, and hand it to the hooks as one ``SiteData``.

Checks run in two passes: each file against its schema (shape and values), then across files
(a measure's field exists, every source id is known, ids are unique). Every problem is collected
before anything is raised, so an editor sees all of them at once.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .figures import reference_problems
from .problems import EditorError, Problem, did_you_mean
from .schema import Schemas
from .site import Site
from .yaml_source import YamlDocument, format_path, load_yaml

# data file -> its schema, in the order they are checked; the optional ones may be left out
DATA_FILES = {
    "sources.yml": "sources.schema.json",
    "fields.yml": "fields.schema.json",
    "measures.yml": "measures.schema.json",
    "concept.yml": "concept.schema.json",
    "glossary.yml": "glossary.schema.json",
    "site.yml": "site.schema.json",
    "strings.yml": "strings.schema.json",
    "figures.yml": "figures.schema.json",
    "paths.yml": "paths.schema.json",
}
OPTIONAL_FILES = {"strings.yml", "figures.yml", "paths.yml"}
ENGINE_STRINGS = Path(__file__).parent / "strings.yml"

Text = dict[str, str]  # language code -> text


@dataclass(frozen=True)
class SiteData:
    fields: list[dict[str, Any]]
    measures: list[dict[str, Any]]
    sources: dict[str, dict[str, Any]]
    concept: dict[str, Any]
    strings: dict[str, Text]  # the engine's texts, with the site's own in place of those it replaces
    glossary: list[dict[str, Any]]
    site: dict[str, Any]
    figures: dict[str, dict[str, Any]]  # id -> figure
    paths: list[dict[str, Any]]

    def field(self, field_id: str) -> dict[str, Any]:
        return next(field for field in self.fields if field["id"] == field_id)

    def measures_of(self, field_id: str) -> list[dict[str, Any]]:
        return [measure for measure in self.measures if measure["field"] == field_id]


def engine_strings() -> dict[str, Text]:
    """The texts the engine puts on pages, in every language it knows (English always)."""
    return _engine_strings(ENGINE_STRINGS.stat().st_mtime_ns)


@lru_cache(maxsize=2)
def _engine_strings(_mtime: int) -> dict[str, Text]:
    document, problems = load_yaml(ENGINE_STRINGS, "engine strings")
    if document is None:
        raise EditorError(problems)
    return document.data["strings"]


def load_site_data(site: Site, schemas: Schemas) -> SiteData:
    """Read and check the site's data folder; raise ``EditorError`` listing every problem."""
    documents: dict[str, YamlDocument] = {}
    problems: list[Problem] = []
    for name, schema_name in DATA_FILES.items():
        path = site.data_dir / name
        relative = site.relative(path)
        if not path.is_file():
            if name not in OPTIONAL_FILES:
                problems.append(Problem(relative, None, "", "the file is missing; restore it from the repository"))
            continue
        document, read_problems = load_yaml(path, relative)
        if document is None:
            problems.extend(_explain_empty(read_problems, schemas, schema_name))
            continue
        problems.extend(schemas.problems(document, schema_name))
        documents[name] = document
    # Cross-file checks run even when a file has other problems, so all are reported at once.
    problems.extend(_cross_file_problems(documents, schemas, site))
    if problems:
        raise EditorError(problems)

    strings = dict(engine_strings())
    if "strings.yml" in documents:
        strings.update(documents["strings.yml"].data["strings"])
    return SiteData(
        fields=documents["fields.yml"].data["fields"],
        measures=documents["measures.yml"].data["measures"],
        sources={source["id"]: source for source in documents["sources.yml"].data["sources"]},
        concept=documents["concept.yml"].data,
        strings=strings,
        glossary=documents["glossary.yml"].data["terms"],
        site=documents["site.yml"].data,
        figures={figure["id"]: figure for figure in documents["figures.yml"].data["figures"]} if "figures.yml" in documents else {},
        paths=documents["paths.yml"].data["paths"] if "paths.yml" in documents else [],
    )


def _explain_empty(problems: list[Problem], schemas: Schemas, schema_name: str) -> list[Problem]:
    """Say what an empty file should contain."""
    expected = schemas.schemas[schema_name].get("description", "")
    return [
        Problem(p.file, p.line, p.where, f"{p.message}; it should contain {expected}" if p.message == "the file is empty" else p.message)
        for p in problems
    ]


def _cross_file_problems(documents: dict[str, YamlDocument], schemas: Schemas, site: Site) -> list[Problem]:
    """References between files, unique ids, and counts. Entries of the wrong shape are skipped:
    the schema check has already reported them."""
    problems: list[Problem] = []
    ids: dict[str, list[str]] = {}
    for name, key in (
        ("sources.yml", "sources"),
        ("fields.yml", "fields"),
        ("measures.yml", "measures"),
        ("glossary.yml", "terms"),
        ("figures.yml", "figures"),
        ("paths.yml", "paths"),
    ):
        document = documents.get(name)
        ids[key] = [item["id"] for _, item in _entries(document, key) if isinstance(item.get("id"), str)]
        if document is not None:
            problems.extend(_duplicate_ids(document, key))

    def check_reference(document: YamlDocument, path: tuple, known_key: str, what: str, file: str) -> None:
        value = _get(document.data, path)
        if known_key in ids and documents.get(file) is not None and isinstance(value, str) and value not in ids[known_key]:
            hint = did_you_mean(value, ids[known_key]) or f"; see the ids in {site.data_file(file)}"
            problems.append(Problem(document.file, document.line_of(path), format_path(path), f"'{value}' is not {what}{hint}"))

    a_source = f"a source in {site.data_file('sources.yml')}"
    for index, _ in _entries(documents.get("fields.yml"), "fields"):
        check_reference(documents["fields.yml"], ("fields", index, "source"), "sources", a_source, "sources.yml")
    for index, _ in _entries(documents.get("measures.yml"), "measures"):
        check_reference(documents["measures.yml"], ("measures", index, "field"), "fields", "a field of action", "fields.yml")
        check_reference(documents["measures.yml"], ("measures", index, "source"), "sources", a_source, "sources.yml")

    for index, term in _entries(documents.get("glossary.yml"), "terms"):
        if "source" in term:
            check_reference(documents["glossary.yml"], ("terms", index, "source"), "sources", a_source, "sources.yml")
    problems.extend(_glossary_word_problems(documents.get("glossary.yml")))

    concept = documents.get("concept.yml")
    if concept is not None and isinstance(concept.data, dict):
        check_reference(concept, ("source",), "sources", a_source, "sources.yml")
        problems.extend(_count_problems(documents, concept, ids))

    for index, _ in _entries(documents.get("figures.yml"), "figures"):
        check_reference(documents["figures.yml"], ("figures", index, "source"), "sources", a_source, "sources.yml")
    figures = {item["id"]: item for _, item in _entries(documents.get("figures.yml"), "figures") if isinstance(item.get("id"), str)}
    for name, document in documents.items():
        if name != "figures.yml":
            problems.extend(_figure_reference_problems(document, document.data, (), figures, site.data_file("figures.yml")))

    strings = documents.get("strings.yml")
    if strings is not None and isinstance(strings.data, dict) and isinstance(strings.data.get("strings"), dict):
        problems.extend(_placeholder_problems(strings, site.default.code))
    return problems


def _figure_reference_problems(document: YamlDocument, value: Any, path: tuple, figures: dict, listed_in: str) -> list[Problem]:
    """Figures used in data texts ([[id]]) must exist, like those in pages."""
    if isinstance(value, str):
        if "[[" not in value:
            return []
        return reference_problems(value, figures, document.file, document.line_of(path), format_path(path), listed_in=listed_in)
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    return [problem for key, item in items for problem in _figure_reference_problems(document, item, (*path, key), figures, listed_in)]


def _glossary_word_problems(glossary: YamlDocument | None) -> list[Problem]:
    """A word may stand for one glossary entry only, or pages could not tell which to explain."""
    seen: dict[str, str] = {}
    problems = []
    for index, term in _entries(glossary, "terms"):
        words = [term.get("term"), *(term.get("forms") or [])]
        for position, word in enumerate(words):
            if not isinstance(word, str):
                continue
            path = ("terms", index, "term") if position == 0 else ("terms", index, "forms", position - 1)
            key = word.casefold()
            if key in seen and seen[key] != term.get("id"):
                problems.append(
                    Problem(
                        glossary.file,
                        glossary.line_of(path),
                        format_path(path),
                        f"'{word}' is already a word of the entry '{seen[key]}'; a word may belong to one entry only",
                    )
                )
            seen.setdefault(key, term.get("id"))
    return problems


def _placeholder_problems(strings: YamlDocument, default: str) -> list[Problem]:
    """Each text must keep the {placeholders} of the engine's text, spelt the same."""
    problems = []
    engine = engine_strings()
    for key, text in strings.data["strings"].items():
        if not isinstance(text, dict) or key not in engine:
            continue  # the schema reports both
        reference = engine[key].get(default, engine[key]["en"])
        expected = _placeholders(reference)
        for language, value in text.items():
            if not isinstance(value, str):
                continue
            found = _placeholders(value)
            if found == expected:
                continue
            path = ("strings", key, language)
            wanted = ", ".join("{" + name + "}" for name in sorted(expected or set())) or "none"
            problems.append(
                Problem(
                    strings.file,
                    strings.line_of(path),
                    format_path(path),
                    f"the placeholders in curly braces must be the same as in the original text ({wanted}); copy them exactly, including the braces",
                )
            )
    return problems


def _placeholders(text: str) -> set[str] | None:
    """The {names} in ``text``; None if the braces do not pair up."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


def _count_problems(documents: dict[str, YamlDocument], concept_file: YamlDocument, ids: dict[str, list[str]]) -> list[Problem]:
    """The data may document fewer measures than the concept has, never more; and every field."""
    problems = []
    fields, measures = documents.get("fields.yml"), documents.get("measures.yml")
    concept = concept_file.data
    total_fields, total_measures = concept.get("fields_total"), concept.get("measures_total")
    if fields is not None and isinstance(total_fields, int) and len(ids["fields"]) != total_fields:
        problems.append(
            Problem(
                fields.file,
                fields.line_of(("fields",)),
                "fields",
                f"the list has {len(ids['fields'])} fields of action, but {concept_file.file} says the concept has "
                f"{total_fields}; list every field of the concept, or correct fields_total there",
            )
        )
    if measures is not None and isinstance(total_measures, int) and len(ids["measures"]) > total_measures:
        problems.append(
            Problem(
                measures.file,
                measures.line_of(("measures",)),
                "measures",
                f"the list has {len(ids['measures'])} measures, but {concept_file.file} says the concept has "
                f"only {total_measures}; look for a measure listed twice, or correct measures_total there",
            )
        )
    return problems


def _entries(document: YamlDocument | None, key: str) -> list[tuple[int, dict]]:
    """(index, entry) for each entry of the top-level list ``key`` that is a group of keys."""
    if document is None or not isinstance(document.data, dict) or not isinstance(document.data.get(key), list):
        return []
    return [(index, item) for index, item in enumerate(document.data[key]) if isinstance(item, dict)]


def _duplicate_ids(document: YamlDocument, key: str) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for index, item in _entries(document, key):
        item_id = item.get("id")
        if not isinstance(item_id, str):
            continue
        if item_id in seen:
            first = seen[item_id]
            problems.append(
                Problem(
                    document.file,
                    document.line_of((key, index, "id")),
                    format_path((key, index, "id")),
                    f"the id '{item_id}' is already used by {key}[{first}] on line "
                    f"{document.line_of((key, first, 'id'))}; give each entry its own id",
                )
            )
        else:
            seen[item_id] = index
    return problems


def _get(data: Any, path: tuple) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data
