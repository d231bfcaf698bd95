"""Check a site's data folder and every Markdown page before anything is built; raise
``EditorError`` with every problem at once, so an editor can fix them in one go."""

from __future__ import annotations

from .data import SiteData, engine_strings, load_site_data
from .docs_check import check_docs
from .problems import EditorError
from .render import MARKERS
from .schema import Schemas
from .site import Site


def check_project(site: Site) -> SiteData:
    problems = []
    data = None
    schemas = Schemas(site.codes, site.default.code, list(engine_strings()), site.source_only_key)
    try:
        data = load_site_data(site, schemas)
    except EditorError as error:
        problems.extend(error.problems)
    # Markdown is checked even when data has problems: all mistakes are reported in one go.
    problems.extend(check_docs(site, data, schemas, MARKERS))
    if problems:
        raise EditorError(problems)
    assert data is not None
    return data
