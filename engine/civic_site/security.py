"""The content security policy the published site works under.

Every page loads only its own files: no third-party request is possible, and an injected script
would not run. The one inline script and style are those of the self-contained 404 page; its
policy allows them by their hashes, so they must not change with the content (the 404 page lists
its data in attributes instead); the other pages' policy allows no inline code at all (and is
shorter, which every page view pays for). Both policies are in deploy/nginx.conf (a test compares
them) and, for hosts that cannot set headers, in a <meta> tag of every page.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"


def not_found_style() -> str:
    return (TEMPLATES / "404.css").read_text(encoding="utf-8").strip()


def not_found_script() -> str:
    return (TEMPLATES / "404.js").read_text(encoding="utf-8").strip()


def _source_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(*, for_meta_tag: bool = False, not_found_page: bool = False) -> str:
    """The policy of every page, or (``not_found_page``) of the 404 page with its inline code."""
    inline = not_found_page
    directives = [
        "default-src 'self'",
        "img-src 'self' data:",  # Material's stylesheet draws its icons from data: SVGs
        f"style-src 'self' {_source_hash(not_found_style())}" if inline else "style-src 'self'",
        f"script-src 'self' {_source_hash(not_found_script())}" if inline else "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ]
    if not for_meta_tag:
        directives.append("frame-ancestors 'none'")  # ignored (with a warning) in a <meta> tag
    return "; ".join(directives)
