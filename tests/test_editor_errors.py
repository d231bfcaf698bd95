"""An editor who makes a mistake in data/ or docs/ is told the file, the line, what is wrong and
what to write instead; every mistake at once; and no Python traceback."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from civic_site.checks import check_project
from civic_site.problems import EditorError
from helpers import configured_languages, edit, line_of, site_at


@dataclass(frozen=True)
class Mistake:
    """One editor mistake: a change to a file, and the exact line the build must print for it.
    ``{line}`` in ``expected`` is the line where ``old`` was."""

    name: str
    file: str
    old: str
    new: str
    expected: str


DATA_MISTAKES = [
    Mistake(
        "a key of the operator is missing",
        "data/site.yml",
        "operator:\n  name: null\n  address: null\n  email: null\n",
        "operator:\n  name: null\n  address: null\n",
        "data/site.yml:{line}: operator: 'email' is missing; add 'email:' with an e-mail address such as info@example.org, "
        "or null while it is not given",
    ),
    Mistake(
        "a measure names a field of action that does not exist",
        "data/measures.yml",
        "    field: wohnen\n    title:\n      de: Verschränkung",
        "    field: wohne\n    title:\n      de: Verschränkung",
        "data/measures.yml:{line}: measures[0].field: 'wohne' is not a field of action; did you mean 'wohnen'?",
    ),
    Mistake(
        "a key is misspelt",
        "data/measures.yml",
        "    status: unknown\n    source: seed\n\n  - id: beteiligung",
        "    statsu: unknown\n    source: seed\n\n  - id: beteiligung",
        "data/measures.yml:{line}: measures[0].statsu: 'statsu' is not a key that belongs here; did you mean 'status'?",
    ),
    Mistake(
        "a status is misspelt",
        "data/measures.yml",
        "    status: unknown\n    source: seed\n\n  - id: beteiligung",
        "    status: planed\n    source: seed\n\n  - id: beteiligung",
        "data/measures.yml:{line}: measures[0].status: 'planed' is not allowed here; expected one of: unknown, planned, "
        "in-progress, ongoing, completed, stopped (unknown unless a source states it); did you mean 'planned'?",
    ),
    Mistake(
        "a measure cites a source that does not exist",
        "data/measures.yml",
        "    source: seed\n\n  - id: beteiligung",
        "    source: sed\n\n  - id: beteiligung",
        "data/measures.yml:{line}: measures[0].source: 'sed' is not a source in data/sources.yml; did you mean 'seed'?",
    ),
    Mistake(
        "a text uses a language the site does not have",
        "data/fields.yml",
        "      tr: İş / Mesleki gelişim\n",
        "      fr: Travail\n",
        "data/fields.yml:{line}: fields[0].title.fr: 'fr' is not allowed here; expected a language code of this site: "
        + " or ".join([", ".join(f"'{language.code}'" for language in configured_languages()[:-1]), f"'{configured_languages()[-1].code}'"]),
    ),
    Mistake(
        "a text lacks its German version",
        "data/fields.yml",
        "      de: Arbeit / Weiterbildung\n",
        "",
        "data/fields.yml:{prev_line}: fields[0].title: 'de' is missing; add 'de:' with a text in each language, "
        "e.g. 'de: Arbeit' on one line and 'en: Work' on the next; the default language (de) is required",
    ),
    Mistake(
        "a number stands where a text belongs",
        "data/fields.yml",
        "      de: Sport\n",
        "      de: 5\n",
        'data/fields.yml:{line}: fields[3].title.de: found the number 5; expected a text that is not empty; put it in quotes, e.g. "5"',
    ),
    Mistake(
        "YAML reads a bare 'no' as a yes/no value",
        "data/fields.yml",
        "      en: Sport\n",
        "      en: no\n",
        "data/fields.yml:{line}: fields[3].title.en: found a yes/no value (YAML reads yes, no, on, off, true and false that way); "
        "expected a text that is not empty; if you meant the word, put it in quotes",
    ),
    Mistake(
        "an id has capitals and spaces",
        "data/fields.yml",
        "  - id: kultur\n",
        "  - id: Kultur und Kunst\n",
        "data/fields.yml:{line}: fields[5].id: 'Kultur und Kunst' is not allowed here; "
        "expected a short name of lowercase letters, digits and hyphens, e.g. 'housing'",
    ),
    Mistake(
        "two measures share an id",
        "data/measures.yml",
        "  - id: quartiersmanagement\n",
        "  - id: interkulturelles-wohnen\n",
        "data/measures.yml:{line}: measures[5].id: the id 'interkulturelles-wohnen' is already used by measures[2] on line "
        "{line_of:  - id: interkulturelles-wohnen}; give each entry its own id",
    ),
    Mistake(
        "a key appears twice in one entry",
        "data/measures.yml",
        "    status: unknown\n    source: seed\n\n  - id: beteiligung",
        "    status: unknown\n    status: planned\n    source: seed\n\n  - id: beteiligung",
        "data/measures.yml:{next_line}: measures[0].status: 'status' appears twice here (first on line {line}); keep one of them",
    ),
    Mistake(
        "a date is not a real date",
        "data/sources.yml",
        'published: "2018-04-27"',
        "published: 2018-04-31x",
        "data/sources.yml:{line}: sources[3].published: '2018-04-31x' is not allowed here; "
        "expected a date written as YYYY-MM-DD, e.g. 2018-07-11; or only YYYY-MM or YYYY when the source gives no day; "
        "or the word unknown",
    ),
    Mistake(
        "a field of action is left out",
        "data/fields.yml",
        '  - id: religion\n    title:\n      de: Religion\n      en: Religion\n      tr: Din\n      ar: الدين\n      zh: "宗教"\n'
        '      uk: "Релігія"\n    needs: unknown\n    source: seed\n\n',
        "",
        "data/fields.yml:{line_of:fields:}: fields: the list has 8 fields of action, but data/concept.yml says the concept has 9; "
        "list every field of the concept, or correct fields_total there",
    ),
    Mistake(
        "a text of the site gets a placeholder the engine's text does not have",
        "data/strings.yml",
        "    en: This website is an independent project.",
        "    en: This website is an independent project of {city}.",
        "data/strings.yml:{line}: strings.site.independent.en: the placeholders in curly braces must be the same as in the "
        "original text (none); copy them exactly, including the braces",
    ),
    Mistake(
        "text is indented with a tab",
        "data/concept.yml",
        "measures_total: 107",
        "measures_total:\n\t107",
        "data/concept.yml:{next_line}: a tab is used for indenting; YAML needs spaces: replace the tab with spaces",
    ),
    Mistake(
        "a text with ': ' is not in quotes",
        "data/sources.yml",
        '      de: "Niederschrift: Der Rat',
        "      de: Niederschrift: Der Rat",
        "data/sources.yml:{line}: the YAML cannot be read (a ': ' inside a text); "
        "a text containing ': ' must be put in quotes, e.g. note: \"Hinweis: …\"",
    ),
    # The parser notices these mistakes lines below them, or at the end of the file; the message
    # names the line where the editor made the mistake.
    Mistake(
        "a quote is opened and never closed",
        "data/glossary.yml",
        "    term: Kaution\n",
        '    term: "Kaution\n',
        "data/glossary.yml:{line}: the YAML cannot be read (a quote is not closed); a quote opened on this line is not closed; close it on this line",
    ),
    Mistake(
        "a key lacks its colon",
        "data/glossary.yml",
        "    term: Kaution\n",
        "    term Kaution\n",
        "data/glossary.yml:{line}: the YAML cannot be read (could not find expected ':'); "
        "this line has no ':' after its key; write it as 'key: value', e.g. 'term: Kaution'",
    ),
    Mistake(
        "a key is indented one space too far",
        "data/glossary.yml",
        "    term: Kaution\n",
        "     term: Kaution\n",
        "data/glossary.yml:{line}: the YAML cannot be read (the indentation does not line up); "
        "this line starts after 5 spaces, but the lines it belongs with start after 4 spaces (see line {prev_line}); line it up with them",
    ),
    Mistake(
        "a key is indented one space too little",
        "data/glossary.yml",
        "    term: Kaution\n",
        "   term: Kaution\n",
        "data/glossary.yml:{line}: the YAML cannot be read (the indentation does not line up); "
        "this line starts after 3 spaces, but the lines it belongs with start after 4 spaces (see line {prev_line}); line it up with them",
    ),
]

MARKDOWN_MISTAKES = [
    Mistake(
        "a marker names a field of action that does not exist",
        "docs/de/handlungsfelder/wohnen.md",
        '<!-- measures field="wohnen" -->',
        '<!-- measures field="wohne" -->',
        "docs/de/handlungsfelder/wohnen.md:{line}: marker 'measures': field=\"wohne\": 'wohne' is not a field of action; did you mean 'wohnen'?",
    ),
    Mistake(
        "a marker is misspelt",
        "docs/de/handlungsfelder/wohnen.md",
        '<!-- measures field="wohnen" -->',
        '<!-- measurs field="wohnen" -->',
        "docs/de/handlungsfelder/wohnen.md:{line}: marker 'measurs': there is no marker called 'measurs'; did you mean 'measures'?",
    ),
    Mistake(
        "a marker attribute is misspelt",
        "docs/de/handlungsfelder/wohnen.md",
        '<!-- needs field="wohnen" -->',
        '<!-- needs feld="wohnen" -->',
        "docs/de/handlungsfelder/wohnen.md:{line}: marker 'needs': 'feld' is not an attribute of this marker; did you mean 'field'?",
    ),
    Mistake(
        "a marker lacks its attribute",
        "docs/de/handlungsfelder/wohnen.md",
        '<!-- needs field="wohnen" -->',
        "<!-- needs -->",
        'docs/de/handlungsfelder/wohnen.md:{line}: marker \'needs\': the attribute field="…" is missing, e.g. <!-- needs field="arbeit" -->',
    ),
    Mistake(
        "a marker attribute has no quotes",
        "docs/de/handlungsfelder/wohnen.md",
        '<!-- needs field="wohnen" -->',
        "<!-- needs field=wohnen -->",
        "docs/de/handlungsfelder/wohnen.md:{line}: marker 'needs': write each attribute as name=\"value\" with straight "
        'double quotes, e.g. <!-- needs field="arbeit" -->',
    ),
    Mistake(
        "a marker is written inside a sentence",
        "docs/de/index.md",
        "<!-- measure-count -->",
        "So viele: <!-- measure-count -->",
        "docs/de/index.md:{line}: marker 'measure-count': a marker must stand alone on its own line, with an empty line before and after it",
    ),
    Mistake(
        "a source list names a source that does not exist",
        "docs/de/index.md",
        '<!-- sources ids="stadt-aachen-integrationskonzept ratsinfo-2018-07-11" -->',
        '<!-- sources ids="stadt-aachen-integrationskonzept ratsinfo-2018" -->',
        "docs/de/index.md:{line}: marker 'sources': ids=\"stadt-aachen-integrationskonzept ratsinfo-2018\": "
        "'ratsinfo-2018' is not a source in data/sources.yml; did you mean 'ratsinfo-2018-07-11'?",
    ),
    Mistake(
        "a front matter key is misspelt",
        "docs/en/index.md",
        "title: Home",
        "titel: Home",
        "docs/en/index.md:{line}: titel: 'titel' is not a key that belongs here; did you mean 'title'?",
    ),
    Mistake(
        "front matter says yes in words",
        "docs/en/index.md",
        "machine_translation: true",
        "machine_translation: maybe",
        "docs/en/index.md:{line}: machine_translation: found 'maybe'; expected true if a machine translated this page and no "
        "person has checked it yet; remove the line (or write false) after a human review",
    ),
]


HOSTILE = "Die Texte sind kurz und einfach."
HOSTILE_CONTENT = [
    Mistake(
        "a script in a page",
        "docs/de/index.md",
        HOSTILE,
        HOSTILE + ' <script>alert("hi")</script>',
        "docs/de/index.md:{line}: <script>: <script> is not allowed in a page: it would run a program on readers' devices; remove it",
    ),
    Mistake(
        "an event handler on an element",
        "docs/de/index.md",
        HOSTILE,
        HOSTILE + ' <span onmouseover="steal()">hier</span>',
        "docs/de/index.md:{line}: <span onmouseover>: the attribute onmouseover runs a script when readers use the page; remove it",
    ),
    Mistake(
        "a javascript: link in Markdown",
        "docs/en/index.md",
        "The texts are short and simple.",
        "The texts are [short](javascript:alert(1)) and simple.",
        "docs/en/index.md:{line}: link 'javascript:alert(1': a javascript: address can run a script or hide content; "
        "link to a page of this site or to an address that starts with https://",
    ),
    Mistake(
        "a frame with another website",
        "docs/tr/index.md",
        "Metinler kısa ve sade.",
        'Metinler kısa ve sade.\n<iframe src="https://example.org/"></iframe>',
        "docs/tr/index.md:{next_line}: <iframe>: <iframe> is not allowed in a page",
    ),
    Mistake(
        "an image from another server",
        "docs/de/wohnen/kaution.md",
        "Ein Beispiel: Die Kaltmiete ist 500 Euro.",
        "![Foto](https://example.org/tracker.png) Ein Beispiel: Die Kaltmiete ist 500 Euro.",
        "docs/de/wohnen/kaution.md:{line}: image 'https://example.org/tracker.png': this loads a file from another server, "
        "which then learns who reads the page; put the file into docs/assets/ and use it from there",
    ),
    Mistake(
        "a font from another server in a style attribute",
        "docs/de/wohnen/kaution.md",
        "Ein Beispiel: Die Kaltmiete ist 500 Euro.",
        '<p style="background: url(https://example.org/x.png)">Ein Beispiel: Die Kaltmiete ist 500 Euro.</p>',
        "docs/de/wohnen/kaution.md:{line}: <p style>: this style can load files from other servers; remove it",
    ),
]


def test_html_in_a_code_example_is_not_refused(project: Path) -> None:
    path = project / "docs/de/index.md"
    path.write_text(
        path.read_text(encoding="utf-8") + '\nSo nicht: `<script>alert(1)</script>`\n\n```html\n<iframe src="https://x.org">\n```\n', encoding="utf-8"
    )
    assert _problems(project) == []


def _expected(mistake: Mistake, path: Path, before: str) -> str:
    """The expected message with its placeholders filled: {line} is where the change was made,
    {line_of:text} the line of ``text`` in the changed file."""
    line = before[: before.index(mistake.old)].count("\n") + 1
    text = mistake.expected.replace("{line}", str(line)).replace("{next_line}", str(line + 1)).replace("{prev_line}", str(line - 1))
    while "{line_of:" in text:
        start = text.index("{line_of:")
        end = text.index("}", start)
        text = text[:start] + str(line_of(path, text[start + len("{line_of:") : end])) + text[end + 1 :]
    return text


def _problems(project: Path) -> list[str]:
    try:
        check_project(site_at(project))
    except EditorError as error:
        return error.lines()
    return []


@pytest.mark.parametrize("mistake", DATA_MISTAKES + MARKDOWN_MISTAKES + HOSTILE_CONTENT, ids=lambda m: m.name)
def test_each_editor_mistake_is_reported_with_file_line_and_remedy(project: Path, mistake: Mistake) -> None:
    path = project / mistake.file
    before = path.read_text(encoding="utf-8")
    edit(path, mistake.old, mistake.new)
    expected = _expected(mistake, path, before)
    problems = _problems(project)
    assert any(problem.startswith(expected) for problem in problems), "\n".join(["expected:", expected, "got:", *problems])


def test_the_unchanged_project_has_no_problems(project: Path) -> None:
    assert _problems(project) == []


def test_every_mistake_is_reported_at_once(project: Path) -> None:
    edit(project / "data/measures.yml", "field: wohnen", "field: wohne")
    edit(project / "data/fields.yml", "id: kultur", "id: Kultur")
    edit(project / "docs/de/handlungsfelder/wohnen.md", '<!-- needs field="wohnen" -->', '<!-- neds field="wohnen" -->')
    problems = _problems(project)
    assert [problem.split(":")[0] for problem in problems] == [
        "data/fields.yml",
        "data/measures.yml",
        "docs/de/handlungsfelder/wohnen.md",
    ], problems


def test_an_empty_data_file_says_what_it_should_contain(project: Path) -> None:
    (project / "data/measures.yml").write_text("# nothing here yet\n", encoding="utf-8")
    assert "data/measures.yml: the file is empty; it should contain a top-level 'measures:' list" in _problems(project)


def test_a_missing_data_file_is_named(project: Path) -> None:
    (project / "data/sources.yml").unlink()
    assert "data/sources.yml: the file is missing; restore it from the repository" in _problems(project)


@pytest.mark.parametrize("file", ["data/fields.yml", "docs/de/index.md"])
def test_a_file_not_saved_as_utf8_names_the_line(project: Path, file: str) -> None:
    path = project / file
    raw = path.read_bytes()
    word = b"Arbeit" if file.endswith(".yml") else b"Hier finden"
    line = raw[: raw.index(word)].count(b"\n") + 1
    path.write_bytes(raw.replace(word, word + b" \xe4", 1))  # "ä" as an old Windows editor saves it
    problems = _problems(project)
    assert any(
        problem.startswith(f"{file}:{line}: this file is not saved as UTF-8 text") and "save it again as UTF-8" in problem for problem in problems
    ), problems


def test_a_field_of_action_without_a_page_is_reported(project: Path) -> None:
    (project / "docs/de/handlungsfelder/sport.md").unlink()
    assert any(problem.startswith("docs/de/handlungsfelder/sport.md: this page is missing: data/fields.yml lists") for problem in _problems(project))


def test_markers_inside_code_examples_are_left_alone(project: Path) -> None:
    path = project / "docs/de/index.md"
    path.write_text(path.read_text(encoding="utf-8") + '\n```markdown\n<!-- measures field="nirgendwo" -->\n```\n', encoding="utf-8")
    assert _problems(project) == []


def test_an_ordinary_comment_is_not_taken_for_a_marker(project: Path) -> None:
    path = project / "docs/de/index.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n<!-- Hinweis: Zahlen im Juni prüfen -->\n", encoding="utf-8")
    assert _problems(project) == []
