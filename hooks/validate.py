"""MkDocs hook: check data/ and docs/ before anything is built.

Reads data/*.yml against data/schema/, and every docs/**/*.md for readable text, valid front
matter and markers. Prints one line per problem (file:line: where: what) and stops the build
with no traceback. Events: on_config.
"""

from __future__ import annotations

import sys

from mkdocs.config.defaults import MkDocsConfig

from aachen.checked import checked_site_data
from aachen.problems import EditorError


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        checked_site_data(config, recheck=True)
    except EditorError as error:
        # Plain lines, so an editor reads "file:line: …" without log prefixes in front.
        print("\n".join(error.lines()), file=sys.stderr, flush=True)
        raise
    return config
