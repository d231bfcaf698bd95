"""Read a YAML data file so that every value can be traced back to its line.

PyYAML's ``compose`` gives a node tree with positions; we build the plain data from it and keep
a map from key path to line. Along the way we catch what YAML lets through silently but an
editor would not want: duplicate keys, tab indentation, text that is not UTF-8.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem

Path_ = tuple  # a key path such as ("measures", 3, "field")


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser when present: faster
    """SafeLoader that keeps dates as text ("2018-07-11"), so the schema checks them as written."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class YamlDocument:
    file: str  # relative path for messages
    data: Any = None
    lines: dict[Path_, int] = field(default_factory=dict)  # path -> line of the value
    key_lines: dict[Path_, int] = field(default_factory=dict)  # path -> line of the key

    def line_of(self, path: Path_) -> int | None:
        """The line where the value at ``path`` is given: the line of its key if it has one (a
        group of keys starts below its key), else of the value; or of the nearest parent."""
        path = tuple(path)
        while path:
            if path in self.key_lines:
                return self.key_lines[path]
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


def format_path(path: Path_) -> str:
    """("measures", 3, "field") -> "measures[3].field"."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def read_text(path: Path, relative: str) -> tuple[str | None, list[Problem]]:
    """The file's text, or a problem saying where it is not UTF-8."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start : error.start + 1].hex()
        return None, [
            Problem(
                relative,
                line,
                "",
                f"this file is not saved as UTF-8 text (byte 0x{byte} cannot be read); "
                "save it again as UTF-8 in your editor (in most editors: 'Save with encoding' → UTF-8)",
            )
        ]


def tab_problems(text: str, relative: str, first_line: int = 1) -> list[Problem]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=first_line):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(Problem(relative, number, "", "a tab is used for indenting; YAML needs spaces: replace the tab with spaces"))
    return problems


def load_yaml(path: Path, relative: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse ``path``; return the document or the problems that stop it from being read."""
    text, problems = read_text(path, relative)
    if text is None:
        return None, problems
    return parse_yaml(text, relative)


def parse_yaml(text: str, relative: str, first_line: int = 1) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse YAML ``text`` that starts on line ``first_line`` of the file ``relative``."""
    offset = first_line - 1
    problems = tab_problems(text, relative, first_line)
    if problems:
        return None, problems
    if not text.strip() or all(line.lstrip().startswith("#") for line in text.splitlines() if line.strip()):
        return None, [Problem(relative, None, "", "the file is empty")]

    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(error, text, relative, offset)]
    except yaml.reader.ReaderError as error:
        return None, [_character_problem(error, text, relative, offset)]
    finally:
        loader.dispose()

    if node is None:  # nothing but a byte-order mark, directives or an end marker
        return None, [Problem(relative, first_line, "", "there is nothing to read here; write 'key: value' lines or delete the block")]
    document = YamlDocument(relative)
    duplicates: list[Problem] = []
    try:
        document.data = _build(node, (), document, duplicates, _Loader(""), offset)
    except yaml.constructor.ConstructorError as error:  # e.g. a tag such as !python/object
        line = error.problem_mark.line + 1 + offset if error.problem_mark else first_line
        return None, [
            Problem(relative, line, "", f"the YAML cannot be read ({error.problem}); remove the '!…' before the value, or put the value in quotes")
        ]
    return (None, duplicates) if duplicates else (document, [])


def _character_problem(error: yaml.reader.ReaderError, text: str, relative: str, offset: int) -> Problem:
    """A character YAML does not allow in a file (control characters, e.g. pasted from a PDF)."""
    position = error.position if 0 <= error.position <= len(text) else 0
    line = text.count("\n", 0, position) + 1 + offset
    character = error.character if isinstance(error.character, str) else chr(error.character)
    return Problem(
        relative,
        line,
        "",
        f"this line contains an invisible control character (U+{ord(character):04X}) that YAML does not allow; "
        "delete it, or type the line again (such characters often come along when text is copied from a PDF)",
    )


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, relative: str, offset: int) -> Problem:
    """The parser's complaint, placed on the line of the editor's mistake with a plain hint; the
    parser often notices a mistake only a line or more below it."""
    detail = error.problem or "the text is not valid YAML"
    problem_line = error.problem_mark.line if error.problem_mark else None
    lines = text.split("\n")
    if error.context and "quoted scalar" in error.context and error.context_mark:
        # An unclosed quote is noticed far below: the place to fix is where it opens.
        return _at(
            relative, error.context_mark.line, offset, "a quote is not closed", "a quote opened on this line is not closed; close it on this line"
        )
    if error.context and "flow" in error.context and error.context_mark:
        return _at(relative, error.context_mark.line, offset, detail, "a bracket opened on this line is not closed; close it on this line")
    unclosed = _unclosed_quote(lines, problem_line if problem_line is not None else len(lines) - 1)
    if unclosed is not None:
        # A quote left open swallows the lines below it up to the next quote; the parser then
        # stumbles somewhere after. The mistake is on the line where the quote opens.
        return _at(relative, unclosed, offset, "a quote is not closed", UNCLOSED)
    if "could not find expected ':'" in detail and error.context and "simple key" in error.context and error.context_mark:
        line = error.context_mark.line
        return _at(relative, line, offset, detail, f"this line has no ':' after its key; write it as 'key: value', e.g. '{_example(lines[line])}'")
    if problem_line is not None and _is_indentation_error(detail, lines, error):
        misaligned = _misaligned(lines, problem_line)
        if misaligned is not None:
            line, indent, sibling = misaligned
            hint = (
                f"this line starts after {_spaces(_indent(lines[line]))}, but the lines it belongs with start after {_spaces(indent)} "
                f"(see line {sibling + 1 + offset}); line it up with them"
            )
            return _at(relative, line, offset, "the indentation does not line up", hint)
    if "mapping values are not allowed" in detail:
        # The parser's own words differ between its C and Python versions; say it plainly.
        return _at(relative, problem_line, offset, "a ': ' inside a text", "a text containing ': ' must be put in quotes, e.g. note: \"Hinweis: …\"")
    hint = "check the indentation and that every 'key: value' has a space after the colon"
    if "found character '`'" in detail or "found character '@'" in detail:
        hint = "a text starting with this character must be put in quotes"
    elif "found undefined alias" in detail or "expected alphabetic or numeric character" in detail:
        hint = "a text starting with * or & must be put in quotes"
    mark = error.problem_mark or error.context_mark
    return _at(relative, mark.line if mark else None, offset, detail, hint)


def _at(relative: str, line: int | None, offset: int, detail: str, hint: str) -> Problem:
    return Problem(relative, None if line is None else line + 1 + offset, "", f"the YAML cannot be read ({detail}); {hint}")


def _example(line: str) -> str:
    words = line.strip().lstrip("- ").split(None, 1)
    return f"{words[0]}: {words[1]}" if len(words) == 2 else f"{words[0] if words else 'key'}: …"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _spaces(count: int) -> str:
    return "1 space" if count == 1 else f"{count} spaces"


UNCLOSED = "a quote opened on this line is not closed; close it on this line"
QUOTED_VALUE = re.compile(r"^\s*(?:-\s+)?(?:[^\s:#'\"][^:#]*:\s+)?(?P<quote>[\"'])(?P<rest>.*)$")


def _unclosed_quote(lines: list[str], upto: int) -> int | None:
    """The first line up to ``upto`` whose value opens a quote and does not close it; None if none."""
    for number, line in enumerate(lines[: upto + 1]):
        match = QUOTED_VALUE.match(line)
        if match is None:
            continue
        rest = match["rest"].rstrip()
        # Inside double quotes \" is a quote; inside single quotes '' is one.
        inner = rest.replace("\\\\", "").replace('\\"', "") if match["quote"] == '"' else rest.replace("''", "")
        if match["quote"] not in inner:
            return number
    return None


def _is_indentation_error(detail: str, lines: list[str], error: yaml.MarkedYAMLError) -> bool:
    if "did not find expected" in detail or "expected <block end>" in detail:
        return True
    if "mapping values are not allowed" in detail and error.problem_mark is not None:
        # A ': ' in the middle of a value is a text mistake; a key that starts its own line is an
        # indentation mistake (the parser took the line for the rest of the value above).
        line = lines[error.problem_mark.line]
        return " " not in line[: error.problem_mark.column].strip()
    return False


def _misaligned(lines: list[str], upto: int) -> tuple[int, int, int] | None:
    """(line, expected indent, line of the sibling) of the first line up to ``upto`` that lines up
    with none of the open blocks above it; None if all line up."""
    open_blocks: list[tuple[int, int]] = []  # (indent, line) of the keys and list items above
    opens_block, text_block = False, None
    for number, raw in enumerate(lines[: upto + 1]):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = _indent(raw)
        if text_block is not None and indent > text_block:
            continue  # inside a text block (| or >)
        text_block = None
        if open_blocks and indent > open_blocks[-1][0]:
            if not opens_block:
                return number, open_blocks[-1][0], open_blocks[-1][1]
        else:
            closed = None
            while open_blocks and indent < open_blocks[-1][0]:
                closed = open_blocks.pop()
            if open_blocks and indent != open_blocks[-1][0]:
                # Between two levels: most likely meant to line up with the deeper one it left.
                sibling = closed or open_blocks[-1]
                return number, sibling[0], sibling[1]
            if open_blocks:
                open_blocks.pop()
        open_blocks.append((indent, number))
        if stripped.startswith("- ") and ":" in stripped:
            open_blocks.append((indent + 2, number))  # the keys of a list item line up after "- "
        value = stripped.split(": ", 1)[1] if ": " in stripped else ""
        opens_block = stripped.endswith(":") or stripped == "-"
        if value.rstrip().rstrip("-+") in ("|", ">"):
            text_block, opens_block = indent, False
    return None


def _build(node: yaml.Node, path: Path_, document: YamlDocument, duplicates: list[Problem], loader: _Loader, offset: int) -> Any:
    document.lines[path] = node.start_mark.line + 1 + offset
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key = key if isinstance(key, (str, int, float, bool)) or key is None else str(key)
            child = (*path, key)
            if key in result:
                duplicates.append(
                    Problem(
                        document.file,
                        key_node.start_mark.line + 1 + offset,
                        format_path(child),
                        f"'{key}' appears twice here (first on line {document.key_lines[child]}); keep one of them",
                    )
                )
                continue
            document.key_lines[child] = key_node.start_mark.line + 1 + offset
            result[key] = _build(value_node, child, document, duplicates, loader, offset)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, index), document, duplicates, loader, offset) for index, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)
