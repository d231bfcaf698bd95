"""Step-by-step paths through the guides (data/paths.yml; model: GOV.UK's step-by-step navigation).

The path's own page lists the steps in order with the marker ``<!-- path id="…" -->``. Every guide
that is a step of a path says where the reader is (below its heading: "Step 3 of 7: <path>") and
what comes next (at its end: the previous and the next step), in the reader's language."""

from __future__ import annotations

from markupsafe import Markup
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .languages import Language
from .state import BuildState
from .text import Localized, localize, localized_html


def steps_of(state: BuildState, page: str) -> list[tuple[dict, int]]:
    """(path, index of the step) for every path that has ``page`` as a step."""
    return [(path, index) for path in state.data.paths for index, step in enumerate(path["steps"]) if step["page"] == page]


def _link(files: Files, page: Page, target: str, text: Markup) -> Markup:
    file = files.get_file_from_path(target)
    return Markup('<a href="{}">{}</a>').format(file.url_relative_to(page.file), text)


def _text(value: dict, reader: Language, state: BuildState) -> Markup:
    return localized_html(localize(value, reader, state.site.default))


def _sentence(template: Localized, **parts: object) -> Markup:
    """A text with its {placeholders} filled by ``parts`` (HTML kept, text escaped), the rest
    escaped and isolated on right-to-left pages."""
    text, tokens = template.text, {}
    for index, (name, value) in enumerate(parts.items()):
        token = f"\x00{index}\x00"  # no letters: the left-to-right isolation leaves it alone
        text = text.replace("{" + name + "}", token)
        tokens[token] = value if isinstance(value, Markup) else Markup.escape(str(value))
    body = str(localized_html(Localized(text, template.lang, template.dir, False)))
    for token, value in tokens.items():
        body = body.replace(str(Markup.escape(token)), str(value)).replace(token, str(value))
    body = Markup(body)
    if template.fallback:
        return Markup('<span lang="{}" dir="{}">{}</span>').format(template.html_lang, template.dir, body)
    return body


def position_html(page: Page, files: Files, state: BuildState, reader: Language) -> str:
    """The line below a guide's heading: which step of which path this is."""
    t = state.strings(reader.code)
    lines = []
    for path, index in steps_of(state, page.file.norm_src_uri):
        title = _link(files, page, path["page"], _text(path["title"], reader, state))
        sentence = _sentence(t("path.position"), number=index + 1, total=len(path["steps"]), path=title)
        lines.append(Markup('<p class="civic-path-position" data-search-ignore>{}</p>').format(sentence))
    return "".join(lines)


def step_nav_html(page: Page, files: Files, state: BuildState, reader: Language) -> str:
    """The end of a guide on a path: the previous and the next step, and the whole path."""
    t = state.strings(reader.code)
    blocks = []
    for path, index in steps_of(state, page.file.norm_src_uri):
        steps, items = path["steps"], []
        if index > 0:
            previous = steps[index - 1]
            link = _link(files, page, previous["page"], _text(previous["title"], reader, state))
            items.append(Markup('<li class="civic-path-nav__previous">{}</li>').format(_sentence(t("path.previous"), number=index, step=link)))
        if index + 1 < len(steps):
            following = steps[index + 1]
            link = _link(files, page, following["page"], _text(following["title"], reader, state))
            items.append(Markup('<li class="civic-path-nav__next">{}</li>').format(_sentence(t("path.next"), number=index + 2, step=link)))
        overview = _link(files, page, path["page"], localized_html(t("path.all")))
        items.append(Markup('<li class="civic-path-nav__all">{}</li>').format(overview))
        label = localize(path["title"], reader, state.site.default).text
        blocks.append(
            Markup('<nav class="civic-path-nav" aria-label="{}" data-search-ignore><ul>{}</ul></nav>').format(label, Markup("").join(items))
        )
    return "".join(blocks)
