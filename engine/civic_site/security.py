"""The content security policy the published site works under.

Every page loads only its own files: no third-party request is possible, and an injected script
would not run. The one inline script and style are those of the self-contained 404 page; they
are allowed by their hashes, so they must not change with the content (the 404 page lists its
data in attributes instead). The same policy is in deploy/nginx.conf (a test compares them) and,
for hosts that cannot set headers, in a <meta> tag of every page.
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


def content_security_policy(*, for_meta_tag: bool = False) -> str:
    directives = [
        "default-src 'self'",
        "img-src 'self' data:",  # Material's stylesheet draws its icons from data: SVGs
        f"style-src 'self' {_source_hash(not_found_style())}",
        f"script-src 'self' {_source_hash(not_found_script())}",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ]
    if not for_meta_tag:
        directives.append("frame-ancestors 'none'")  # ignored (with a warning) in a <meta> tag
    return "; ".join(directives)
