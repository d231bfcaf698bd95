"""MkDocs hook: what the build prints, made useful for editors.

- A broken link, or a page missing from the menu, is reported as ``docs/de/index.md:12: …`` with a suggestion, instead of MkDocs'
  "Doc file 'de/index.md' contains a link …" without a line. It stays a warning, so a strict build
  still fails on it.
- The same warning is printed once, not once per language build.
- static-i18n's chatter about its own configuration is left out.

Events: on_startup, on_pre_build.
"""

from __future__ import annotations

import logging

from mkdocs.config.defaults import MkDocsConfig

from aachen.build_messages import EditorWarningFilter
from aachen.languages import i18n_plugin

_link_filter = EditorWarningFilter()


def on_startup(*, command: str, dirty: bool) -> None:
    for logger in ("mkdocs.structure.pages", "mkdocs.structure.nav"):
        _install(logging.getLogger(logger), _link_filter)
    logging.getLogger("mkdocs.plugins.mkdocs_static_i18n").setLevel(logging.WARNING)


def on_pre_build(*, config: MkDocsConfig) -> None:
    plugin = i18n_plugin(config)
    if plugin.current_language in (None, plugin.default_language):
        # A new build (also each rebuild of `make serve`): report every warning again.
        _link_filter.start(config, plugin.default_language)


def _install(logger: logging.Logger, new: logging.Filter) -> None:
    # By class name: in-process test builds load this hook module more than once.
    for old in [f for f in logger.filters if type(f).__name__ == type(new).__name__]:
        logger.removeFilter(old)
    logger.addFilter(new)
