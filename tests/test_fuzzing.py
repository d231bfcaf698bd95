"""Whatever an editor saves, the check of data/ and docs/ ends in one of two ways: the site's data,
or the editor's error list (file, place, message). Never a traceback.

Hypothesis mutates the real files: values, types and keys changed in the YAML, random text and
bytes written into it, other encodings, and marker comments and front matter of every shape in a
guide. `make test` runs 20 cases per test and 3 whole builds (about a hundred cases); `make fuzz`
runs 1500 per test and 40 builds (HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import copy
import dataclasses
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civic_site.checks import check_project
from civic_site.data import engine_strings
from civic_site.problems import EditorError
from civic_site.render import MARKERS
from civic_site.schema import Schemas
from civic_site.yaml_source import load_yaml
from helpers import ROOT, configured_languages, copy_project, default_language, line_of, run_build, site_at

settings.register_profile("default", max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.register_profile("fuzz", max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

LANGUAGES = tuple(language.code for language in configured_languages())
DEFAULT = default_language().code
DATA_FILES = sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "data").glob("*.yml"))
GUIDE = f"docs/{DEFAULT}/wohnen/kaution.md"
MARKER_NAMES = sorted(MARKERS)
FIGURE_IDS = sorted(yaml.safe_load((ROOT / "data/figures.yml").read_text(encoding="utf-8"))["figures"][index]["id"] for index in range(3))


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("fuzz") / "project")


def assert_clean_outcome(root: Path) -> None:
    """The check either passes or reports problems an editor can act on; anything else fails."""
    try:
        check_project(site_at(root))
    except EditorError as error:
        assert error.problems, "an error with nothing to fix"
        for problem in error.problems:
            assert problem.file.startswith(("data/", "docs/", "mkdocs.yml")), problem
            assert problem.message.strip(), problem
            assert problem.line is None or problem.line >= 1, problem
            if problem.line is not None:
                # A line the editor can go to: it exists in the file named.
                lines = (root / problem.file).read_bytes().count(b"\n") + 1
                assert problem.line <= lines, f"{problem}: {problem.file} has only {lines} lines"


class Mutated:
    """Writes a changed version of one file of ``root`` and puts the original back afterwards."""

    def __init__(self, root: Path, relative: str):
        self.path = root / relative
        self.original = self.path.read_bytes()

    def __enter__(self) -> Mutated:
        return self

    def write(self, content: bytes | str) -> None:
        self.path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))

    def __exit__(self, *exc) -> None:
        self.path.write_bytes(self.original)


# Values of every YAML type, with the characters editors and attackers type.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", " ", "wohnen", "unknown", "de", "<script>alert(1)</script>", "{language}", "{0}", "2018-02-30", "ü", "\u202e"]),
)
values = st.recursive(
    scalars, lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=12), children, max_size=3), max_leaves=6
)


def _paths(node, prefix: tuple = ()) -> Iterator[tuple]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def _mutate(document, path: tuple, action: str, value, key: str):
    if not path:
        return value if action == "replace" else document
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "replace":
        parent[last] = value
    elif action == "delete":
        del parent[last]
    elif action == "add" and isinstance(parent, dict):
        parent[key] = value
    elif action == "add":
        parent.insert(last, value)
    elif action == "rename" and isinstance(parent, dict):
        parent[key] = parent.pop(last)
    return document


@given(data=st.data())
def test_changed_values_types_and_keys_in_data_give_data_or_editor_errors(workspace: Path, data) -> None:
    relative = data.draw(st.sampled_from(DATA_FILES), label="file")
    with Mutated(workspace, relative) as file:
        document = yaml.safe_load(file.original)
        path = data.draw(st.sampled_from(list(_paths(document))), label="path")
        action = data.draw(st.sampled_from(["replace", "delete", "add", "rename"]), label="action")
        document = _mutate(document, path, action, data.draw(values, label="value"), data.draw(st.text(max_size=12), label="key"))
        file.write(yaml.safe_dump(document, allow_unicode=True, sort_keys=False))
        assert_clean_outcome(workspace)


yaml_noise = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "\t",
            ":",
            ": :",
            "- ",
            "&a",
            "*a",
            "!!python/object:os.system",
            "? ",
            "{",
            "[",
            "'",
            '"',
            "|",
            ">",
            "%YAML 1.1",
            "---",
            "...",
            "\x00",
            "\ufeff",
        ]
    ),
)


@given(data=st.data())
def test_random_text_typed_into_a_data_file_gives_data_or_editor_errors(workspace: Path, data) -> None:
    relative = data.draw(st.sampled_from(DATA_FILES), label="file")
    with Mutated(workspace, relative) as file:
        text = file.original.decode("utf-8")
        start = data.draw(st.integers(0, len(text)), label="start")
        end = data.draw(st.integers(start, min(len(text), start + 40)), label="end")
        file.write(text[:start] + data.draw(yaml_noise, label="typed") + text[end:])
        assert_clean_outcome(workspace)


@given(data=st.data())
def test_a_data_file_in_another_encoding_or_with_broken_bytes_gives_editor_errors(workspace: Path, data) -> None:
    relative = data.draw(st.sampled_from(DATA_FILES), label="file")
    with Mutated(workspace, relative) as file:
        text = file.original.decode("utf-8")
        encoding = data.draw(st.sampled_from(["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252", "utf-8-sig", "bytes"]), label="encoding")
        if encoding == "bytes":
            position = data.draw(st.integers(0, len(file.original)), label="position")
            content = file.original[:position] + data.draw(st.binary(min_size=1, max_size=8), label="bytes") + file.original[position:]
        else:
            content = text.encode(encoding, errors="replace")
        file.write(content)
        assert_clean_outcome(workspace)


attribute_values = st.one_of(st.text(max_size=20), st.sampled_from(["wohnen", "wohne", "seed", "seed seed", "", "bgb-551 nope", '"', "'"]))
attributes = st.lists(
    st.tuples(st.sampled_from(["field", "ids", "id", "", "x y", "field="]), attribute_values, st.sampled_from(['"', "'", ""])),
    max_size=3,
).map(lambda items: " ".join(f"{name}={quote}{value}{quote}" for name, value, quote in items))
markers = st.one_of(
    st.builds(
        lambda name, attrs, end: f"<!-- {name} {attrs}{end}",
        st.sampled_from(MARKER_NAMES) | st.text(max_size=12),
        attributes,
        st.sampled_from([" -->", "-->", "", " --", "\n-->"]),
    ),
    st.text(max_size=60),
    st.sampled_from(["<!--", "-->", "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "{ #id }", "[link](nirgendwo.md)"]),
    # Figures of every shape: known and unknown ids, forms, broken brackets.
    st.builds(
        lambda start, name, form, end: f"{start}{name}{form}{end}",
        st.sampled_from(["[[", "[", "[[ ", "[[["]),
        st.sampled_from(FIGURE_IDS) | st.text(max_size=12),
        st.sampled_from(["", " since", " from", " when", "  since "]),
        st.sampled_from(["]]", "]", "", " ]]", "]]]"]),
    ),
)


@given(data=st.data())
def test_markers_of_every_shape_in_a_guide_give_a_page_or_editor_errors(workspace: Path, data) -> None:
    with Mutated(workspace, GUIDE) as file:
        lines = file.original.decode("utf-8").split("\n")
        at = data.draw(st.integers(0, len(lines)), label="line")
        lines[at:at] = data.draw(st.lists(markers, min_size=1, max_size=3), label="inserted")
        file.write("\n".join(lines))
        assert_clean_outcome(workspace)


@given(front_matter=st.one_of(values.map(lambda value: yaml.safe_dump(value, allow_unicode=True)), yaml_noise))
def test_front_matter_of_every_shape_gives_a_page_or_editor_errors(workspace: Path, front_matter: str) -> None:
    with Mutated(workspace, GUIDE) as file:
        body = re.sub(r"\A---\n.*?\n---\n", "", file.original.decode("utf-8"), flags=re.DOTALL)
        file.write(f"---\n{front_matter}\n---\n{body}")
        assert_clean_outcome(workspace)


@settings(max_examples=int(os.environ.get("FUZZ_BUILDS", "3")))
@given(value=scalars, data=st.data())
def test_the_whole_build_with_a_changed_value_ends_in_a_site_or_plain_messages(workspace: Path, tmp_path: Path, value, data) -> None:
    """End to end, as an editor runs it: exit 0, or exit 1 with file:line messages and no traceback."""
    relative = data.draw(st.sampled_from(["data/measures.yml", "data/fields.yml", "data/glossary.yml", "data/sources.yml"]), label="file")
    with Mutated(workspace, relative) as file:
        document = yaml.safe_load(file.original)
        leaves = [path for path in _paths(document) if path and not isinstance(_get(document, path), (dict, list))]
        path = data.draw(st.sampled_from(leaves), label="path")
        file.write(yaml.safe_dump(_mutate(document, path, "replace", value, ""), allow_unicode=True, sort_keys=False))
        result = run_build(workspace, tmp_path / "site")
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    if result.returncode != 0:
        # Named with file and line: the changed file, or the pages that use an id it no longer has.
        assert re.search(rf"^({re.escape(relative)}|docs/[^:\s]+\.md):\d+: ", output, flags=re.MULTILINE), output[-2000:]


def _get(document, path: tuple):
    for step in path:
        document = document[step]
    return document


def test_line_numbers_in_errors_point_into_the_file(workspace: Path) -> None:
    """A guard for the property tests above: they rely on errors naming real lines."""
    with Mutated(workspace, "data/measures.yml") as file:
        file.write(file.original.decode("utf-8").replace("field: wohnen", "field: wohne", 1))
        with pytest.raises(EditorError) as raised:
            check_project(site_at(workspace))
    problem = raised.value.problems[0]
    assert problem.line == line_of(ROOT / "data/measures.yml", "field: wohnen")


def _first_items(node):
    """The data with each list cut to its first entry: every kind of value, quick to check."""
    if isinstance(node, dict):
        return {key: _first_items(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_first_items(value) for value in node[:1]]
    return node


def test_the_quick_check_of_data_says_the_same_as_one_that_follows_each_reference() -> None:
    """The schemas' shared parts are copied in where they are used (jsonschema would look each up
    anew for every value); what an editor reads must not change by that. Every value of every data
    file is replaced, in turn, by what editors get wrong (nothing, a number, an empty text, a list,
    an unknown key), or left out."""
    site = site_at(ROOT)
    options = (site.codes, site.default.code, list(engine_strings()), site.source_only_key)
    quick, following = Schemas(*options), Schemas(*options, inline=False)
    compared = 0
    for relative in DATA_FILES:
        schema = f"{Path(relative).stem}.schema.json"
        if schema not in quick.schemas:
            continue
        document, _ = load_yaml(ROOT / relative, relative)
        data = _first_items(document.data)
        for path in list(_paths(data))[1:]:
            changes = [("replace", wrong) for wrong in (None, 5, "", [], {"zz": 1})] + [("delete", None)]
            for action, value in changes:
                edited = dataclasses.replace(document, data=_mutate(copy.deepcopy(data), path, action, value, ""))
                said, meant = list(map(str, quick.problems(edited, schema))), list(map(str, following.problems(edited, schema)))
                assert said == meant, (relative, path, action, value)
                compared += 1
    assert compared > 500, "the data files should give many places to change"
