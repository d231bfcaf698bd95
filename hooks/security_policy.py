"""MkDocs hook: the content security policy (aachen/security.py) as a <meta> tag in every page,
for hosts that cannot set headers. Not under `mkdocs serve`, whose live reload needs an inline
script. Events: on_startup, on_config.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from aachen.security import content_security_policy

_serving = False


def on_startup(*, command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.extra["content_security_policy"] = None if _serving else content_security_policy(for_meta_tag=True)
    return config
