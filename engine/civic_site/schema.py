"""Check a data file against its JSON schema and word every failure for an editor.

The schemas live in ``data/schema/``. Each part of a schema carries a ``description`` that says
what is expected; messages quote it, so the schema is the one place that explains a value.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .problems import Problem, did_you_mean, one_of
from .yaml_source import YamlDocument, format_path

SCHEMA_DIR = Path(__file__).parent / "schema"


class Schemas:
    """All schemas of ``data/schema/``, adapted to the site's configured languages."""

    def __init__(
        self, languages: tuple[str, ...], default_language: str, string_names: list[str], source_only_key: str = "source_only", *, inline: bool = True
    ):
        self.schemas = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in sorted(SCHEMA_DIR.glob("*.schema.json"))}
        common = self.schemas["common.schema.json"]["$defs"]
        common["language"]["enum"] = list(languages)
        common["language"]["description"] = f"a language code of this site: {one_of(languages)}"
        common["text"]["required"] = [default_language]
        common["text"]["description"] = common["text"]["description"].replace(
            "the site's default language", f"the default language ({default_language})"
        )
        self.schemas["strings.schema.json"]["properties"]["strings"]["propertyNames"]["enum"] = sorted(string_names)
        front_matter = self.schemas["frontmatter.schema.json"]["properties"]
        front_matter[source_only_key] = front_matter.pop("source_only")
        self._validators: dict[str, Draft202012Validator] = {}  # one per schema
        self._inline = inline  # $refs replaced by their targets (faster; the same messages, see tests)
        self.registry = Registry().with_resources(
            (schema["$id"], Resource.from_contents(schema, default_specification=DRAFT202012)) for schema in self.schemas.values()
        )

    def problems(self, document: YamlDocument, schema_name: str) -> list[Problem]:
        validator = self._validators.get(schema_name)
        if validator is None:
            schema = self.schemas[schema_name]
            if self._inline:
                schema = _inline_references(schema, schema_name, self.schemas)
            validator = self._validators[schema_name] = Draft202012Validator(schema, registry=self.registry)
        errors = [error for error in validator.iter_errors(document.data) if not _is_misspelt(error)]
        return sorted({self._problem(document, error, schema_name) for error in errors}, key=Problem.sort_key)

    def enum(self, schema_name: str, *path: str) -> list[str]:
        """The allowed values at ``path`` in a schema, e.g. the measure statuses."""
        node: Any = self.schemas[schema_name]
        for key in path:
            node = node[key]
        return list(node["enum"])

    def description(self, schema: dict, file: str) -> str:
        """A (sub)schema's description, following a $ref (``file`` is the schema it is part of)."""
        if "description" in schema:
            return schema["description"]
        target_file, _, name = schema.get("$ref", "").partition("#/$defs/")
        target = self.schemas.get(target_file or file, {}).get("$defs", {}).get(name, {})
        return target.get("description", "")

    def _problem(self, document: YamlDocument, error: ValidationError, file: str) -> Problem:
        if error.validator in ("anyOf", "oneOf") and error.context:
            # Explain the alternative whose type matched: it says what exactly is wrong inside.
            depth = len(error.absolute_path)
            inner = [e for e in error.context if e.validator not in ("type", "const", "enum") or len(e.absolute_path) > depth]
            if inner:
                return self._problem(document, best_match(inner), file)
        path = tuple(error.absolute_path)
        expected = self._expected(error, file)

        if error.validator == "additionalProperties":
            allowed = list(error.schema.get("properties", {}))
            key = next(key for key in error.instance if key not in allowed)
            suggestion = did_you_mean(key, allowed) or f"; the keys here are {one_of(allowed)}"
            return Problem(
                document.file,
                document.line_of((*path, key)),
                format_path((*path, key)),
                f"'{key}' is not a key that belongs here{suggestion}",
            )
        if "propertyNames" in error.schema_path:
            key = error.instance
            suggestion = did_you_mean(str(key), error.schema.get("enum", []))
            return Problem(
                document.file,
                document.line_of((*path, key)),
                format_path((*path, key)),
                f"'{key}' is not allowed here; expected {expected}{suggestion}",
            )
        if error.validator == "required":
            key = next(key for key in error.validator_value if key not in error.instance)
            detail = self.description(error.schema.get("properties", {}).get(key, {}), file) or expected
            return Problem(document.file, document.line_of(path), format_path(path), f"'{key}' is missing; add '{key}:' with {detail}")
        return Problem(document.file, document.line_of(path), format_path(path), _message(error, expected))

    def _expected(self, error: ValidationError, file: str) -> str:
        current: ValidationError | None = error
        while current is not None:
            if isinstance(current.schema, dict) and self.description(current.schema, file):
                return self.description(current.schema, file)
            current = current.parent
        return "a different value (see data/schema/)"


def _inline_references(node: Any, file: str, schemas: dict[str, dict], seen: tuple[str, ...] = ()) -> Any:
    """``node`` with each $ref replaced by the part of a schema it points to. jsonschema looks a $ref
    up anew for every value it checks: half the time that checking the data took. Messages stay the
    same (a test compares them); a $ref that points into itself stays a $ref."""
    if isinstance(node, list):
        return [_inline_references(item, file, schemas, seen) for item in node]
    if not isinstance(node, dict):
        return node
    own = {key: _inline_references(value, file, schemas, seen) for key, value in node.items() if key != "$ref"}
    if "$ref" not in node:
        return own
    target_file, _, pointer = node["$ref"].partition("#")
    target_file = target_file or file
    where = f"{target_file}#{pointer}"
    target: Any = schemas.get(target_file)
    for part in (part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/") if part):
        target = target.get(part) if isinstance(target, dict) else None
    if where in seen or not isinstance(target, dict):
        return {"$ref": where, **own}  # written out in full: it may now stand in another file
    inlined = _inline_references(target, target_file, schemas, (*seen, where))
    if not own:
        return inlined
    # Beside keywords of its own, the target stays a schema of its own (as a $ref keeps it): a
    # mistake inside it is described by the target's description, the value as a whole by the own one.
    return {**own, "allOf": [inlined]} if "allOf" not in own else {"$ref": where, **own}


def _is_misspelt(error: ValidationError) -> bool:
    """A missing key that is present under a misspelt name: the unknown key's message covers it."""
    if error.validator != "required" or not isinstance(error.instance, dict):
        return False
    missing = [key for key in error.validator_value if key not in error.instance]
    allowed = list(error.schema.get("properties", {}))
    unknown = [key for key in error.instance if key not in allowed]
    return all(any(did_you_mean(key, [m]) for key in unknown) for m in missing)


def _message(error: ValidationError, expected: str) -> str:
    found = _describe(error.instance)
    if error.validator in ("enum", "const"):
        choices = error.validator_value if error.validator == "enum" else [error.validator_value]
        return f"{found} is not allowed here; expected {expected}{did_you_mean(error.instance, [str(c) for c in choices])}"
    if error.validator == "type":
        hint = ""
        if isinstance(error.instance, bool):
            hint = "; if you meant the word, put it in quotes"
        elif error.instance is None:
            hint = "; write it after the colon, or indent the lines that belong to it"
        elif isinstance(error.instance, (int, float)) and ("text" in expected or error.validator_value == "string"):
            hint = f'; put it in quotes, e.g. "{error.instance}"'
        return f"found {found}; expected {expected}{hint}"
    if error.validator in ("minLength", "pattern") and isinstance(error.instance, str) and not error.instance.strip():
        return f"the text is empty; expected {expected}"
    if error.validator == "minItems":
        return f"the list is empty; expected {expected}"
    return f"{found} is not allowed here; expected {expected}"


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "a yes/no value (YAML reads yes, no, on, off, true and false that way)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"'{value}'" if len(value) <= 60 else f"'{value[:57]}…'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of keys (" + ", ".join(str(key) for key in list(value)[:4]) + ")"
    return repr(value)
