"""Changes editors make to a copy of the project, all at once, so that one build serves the tests
that read their results (the `edited_site` fixture in conftest.py). Each change is read by the
test named beside it and changes nothing that another of these tests reads."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import configured_languages, edit

# test_editors.py: a German page changed after its translations were made.
CHANGED_GERMAN_PAGE = ("docs/de/wohnen/kaution.md", "Die Zinsen gehören Ihnen.", "Die Zinsen gehören Ihnen, auch wenn es wenige sind.")
# test_editors.py: a translation deleted.
DELETED_TRANSLATION = "docs/tr/wohnen/auszug.md"
# test_built_site.py: a page of a field of action without its Arabic translation.
DELETED_FIELD_TRANSLATION = "docs/ar/handlungsfelder/kultur.md"
# test_editors.py: where pages can be edited online.
REPOSITORY = "https://github.com/example/aachen-site"
# test_content.py: the operator entered, with characters that mean something in HTML.
OPERATOR_NAME = "Verein <b>Wohnen</b> & Co"
OPERATOR_EMAIL = "info@example.org"
# test_built_site.py: script tags and HTML in texts of data; an English title missing.
MEASURE_TITLE = "<script>alert(1)</script> & Co"
TRANSLATED_TITLE_START = "<b>bold</b> "
# test_figures.py: a figure's value changed in data/figures.yml (23540 before).
CHANGED_FIGURE = ("wbs-income-limit-1-person", "23540", "24999")


def make_editors_changes(project: Path) -> None:
    edit(project / CHANGED_GERMAN_PAGE[0], *CHANGED_GERMAN_PAGE[1:])
    (project / DELETED_TRANSLATION).unlink()
    (project / DELETED_FIELD_TRANSLATION).unlink()
    edit(project / "mkdocs.yml", "# repo_url: https://github.com/<owner>/<repository>", f"repo_url: {REPOSITORY}")
    edit(project / "mkdocs.yml", "# edit_uri: edit/main/docs/", "edit_uri: edit/main/docs/")
    edit(project / "data/site.yml", "  name: null", f'  name: "{OPERATOR_NAME}"')
    edit(project / "data/site.yml", "  email: null", f"  email: {OPERATOR_EMAIL}")
    edit(project / "data/site.yml", "official: false", "official: true")
    edit(project / "data/measures.yml", "de: Verschränkung von Wohnraum- und Sozialentwicklungsplanung", f'de: "{MEASURE_TITLE}"')
    for language in configured_languages():
        if not language.default:
            edit(project / "data/measures.yml", f"      {language.code}: ", f"      {language.code}: {TRANSLATED_TITLE_START}", count=1)
    edit(project / "data/fields.yml", "      en: Housing / social planning\n", "")
    figure, old, new = CHANGED_FIGURE
    figures = project / "data/figures.yml"
    text = figures.read_text(encoding="utf-8")
    changed = re.sub(rf"(- id: {figure}\n(?:    .*\n)*?    value: ){old}", rf"\g<1>{new}", text)
    assert changed != text, "test setup: the figure's value was not found"
    figures.write_text(changed, encoding="utf-8")
