"""Check every Markdown file in docs/ before anything is built: readable text, valid front matter,
markers that exist and refer to ids that exist, and a page for every field of action.

MkDocs would otherwise stop with a traceback on a file that is not UTF-8, and silently drop
front matter it cannot read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .data import SiteData
from .figures import reference_problems
from .frontmatter import split_front_matter
from .markdown_lines import prose_lines
from .markers import MarkerSpec, check_marker, find_markers
from .problems import Problem, did_you_mean
from .render import known_ids
from .safe_content import unsafe_content_problems
from .schema import Schemas
from .site import Site
from .yaml_source import parse_yaml, read_text


def check_docs(site: Site, data: SiteData | None, schemas: Schemas, specs: dict[str, MarkerSpec]) -> list[Problem]:
    """Problems in the Markdown pages. Without ``data`` (it has problems of its own), ids are not checked."""
    ids = known_ids(data, site) if data is not None else {}
    where = _Where(site.data_file("sources.yml"), site.data_file("figures.yml"), f"{site.docs_folder}/assets/")
    problems: list[Problem] = []
    for path in sorted(site.docs_dir.rglob("*.md")):
        problems += _page_problems(path, site, data, schemas, specs, ids, where)
    if data is not None:
        problems += _site_page_problems(site, data)
    return problems


@dataclass(frozen=True)
class _Where:
    """Where editors find what a page refers to, as messages name it."""

    sources: str  # e.g. 'data/sources.yml'
    figures: str
    assets: str  # e.g. 'docs/assets/'


def _page_problems(
    path: Path, site: Site, data: SiteData | None, schemas: Schemas, specs: dict[str, MarkerSpec], ids: dict, where: _Where
) -> list[Problem]:
    relative = site.relative(path)
    text, problems = read_text(path, relative)
    if text is None:
        return problems
    front_matter, body, body_line = split_front_matter(text)
    if front_matter is None and text.startswith("---"):
        problems.append(
            Problem(relative, 1, "front matter", "the block that starts with '---' on line 1 is not closed; add a line '---' after its last key")
        )
    if front_matter and front_matter.strip():
        document, yaml_problems = parse_yaml(front_matter, relative, first_line=2)
        problems += yaml_problems
        if document is not None and not isinstance(document.data, dict):
            problems.append(Problem(relative, 2, "front matter", "expected lines of the form 'key: value'"))
        elif document is not None:
            problems += schemas.problems(document, "frontmatter.schema.json")
    if data is not None:
        problems += _citation_problems(body, body_line, relative, list(data.sources), where.sources)
        problems += [
            problem
            for number, line in prose_lines(body, body_line)
            if "[[" in line
            for problem in reference_problems(line, data.figures, relative, number, listed_in=where.figures)
        ]
    problems += unsafe_content_problems(body, body_line, relative, where.assets)
    markers, marker_problems = find_markers(body, specs, relative, first_line=body_line, ids=ids)
    problems += marker_problems
    for marker in markers:
        problems += check_marker(marker, specs[marker.name], ids, relative)
    return problems


def _site_page_problems(site: Site, data: SiteData) -> list[Problem]:
    """The pages that the configuration and the data ask for must exist in the default language."""
    problems = []
    default = site.default.code
    default_folder = site.relative(site.docs_dir / default)
    for option in ("advice_page", "glossary_page", "contact_page"):
        page = getattr(site, option)
        if page is not None and not site.source_file(page).is_file():
            problems.append(
                Problem(
                    site.relative(site.root / "mkdocs.yml"),
                    None,
                    f"plugins.civic.{option}",
                    f"there is no page {site.relative(site.source_file(page))}; give the path of a page inside {default_folder}/",
                )
            )
    for name, source in site.voice_help:
        known = data.sources.get(source)
        if known is None or not str(known.get("url", "")).startswith(("https://", "http://")):
            sources = site.data_file("sources.yml")
            reason = f"is not a source in {sources}" if known is None else f"has no address (url) in {sources}"
            hint = did_you_mean(source, list(data.sources)) if known is None else ""
            problems.append(Problem(site.relative(site.root / "mkdocs.yml"), None, f"plugins.civic.voice_help.{name}", f"'{source}' {reason}{hint}"))
    for index, path in enumerate(data.paths):
        for page in [path["page"], *(step["page"] for step in path["steps"])]:
            if not site.source_file(page).is_file():
                problems.append(
                    Problem(
                        site.relative(site.data_dir / "paths.yml"),
                        None,
                        f"paths[{index}]",
                        f"there is no page {site.relative(site.source_file(page))}; give the path of a page inside {default_folder}/",
                    )
                )
    for field in data.fields:
        page = site.source_file(site.field_page.format(id=field["id"]))
        if not page.is_file():
            problems.append(
                Problem(
                    site.relative(page),
                    None,
                    "",
                    f"this page is missing: {site.relative(site.data_dir / 'fields.yml')} lists the field of action '{field['id']}', "
                    "so it needs a page here; copy the page of another field and change the field id in its markers",
                )
            )
    return problems


CITATION = re.compile(r"\]\[(?P<id>[^\]]+)\]")
LINK_DEFINITION = re.compile(r"^ {0,3}\[(?P<id>[^\]]+)\]:", re.MULTILINE)


def _citation_problems(body: str, first_line: int, file: str, source_ids: list[str], sources_file: str) -> list[Problem]:
    """Each [text][id] must name a source in the data's sources.yml (or a link defined on the page)."""
    defined = {match["id"].casefold() for match in LINK_DEFINITION.finditer(body)}
    problems = []
    for number, line in prose_lines(body, first_line):
        for match in CITATION.finditer(line):
            cited = match["id"]
            if cited in source_ids or cited.casefold() in defined:
                continue
            hint = did_you_mean(cited, source_ids) or f"; add the source to {sources_file} first"
            problems.append(Problem(file, number, f"[…][{cited}]", f"'{cited}' is not a source in {sources_file}{hint}"))
    return problems
