"""What a reader can save on the phone, per language, and how the site can be installed.

After the whole site is built:
- assets/offline/<lang>.json lists every file a reader needs to read this language offline: its
  pages (also those shown in the default language because they are not translated yet), the
  stylesheets and scripts, search (this language's index and the default language's, with lunr and
  their stemmers), icons and the manifest; each with its size and a hash of its content, so that an
  update fetches only what changed. It also carries the texts of the save control and of the page
  shown offline for a page that was not saved, in that language. Nothing is stored until the reader
  asks (assets/javascripts/offline.js, sw.js).
- assets/manifest/<lang>.webmanifest: the site's name in the language, starting at that language's
  home page, with small icons, so that a phone can put it on its home screen.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import listen
from .formatting import format_locale
from .languages import Language
from .state import BuildState

LIST = "assets/offline/{code}.json"
MANIFEST = "assets/manifest/{code}.webmanifest"
ICONS = ("assets/images/favicon.svg", "assets/images/icon-192.png", "assets/images/icon-512.png")
STRINGS = (
    "save", "size", "confirm", "cancel", "progress", "saved", "remove", "removed", "updated", "update_failed",
    "lost", "persist_denied", "failed", "missing_title", "missing_text", "home", "ios_hint",
)  # fmt: skip
# Files that are never saved for reading offline: the service worker itself, the lists, compressed copies.
NOT_SAVED = ("sw.js", "assets/offline/", "404.html")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def _prefix(language: Language) -> str:
    return "" if language.default else f"{language.code}/"


def _pages_of(site_dir: Path, language: Language, others: list[str]) -> list[str]:
    base = site_dir / _prefix(language)
    pages = []
    for path in sorted(base.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        if language.default and relative.split("/", 1)[0] in others:
            continue  # another language's folder
        pages.append(relative)
    return [page for page in pages if not page.startswith(NOT_SAVED)]


def _assets_for(state: BuildState, site_dir: Path, language: Language) -> list[str]:
    default = state.site.default
    assets = [path.relative_to(site_dir).as_posix() for path in sorted(site_dir.glob("assets/stylesheets/*.css"))]
    assets += [state.assets["assets/javascripts/site.js"], state.assets["assets/javascripts/vendor/lunr.min.js"]]
    scripts = ("assets/javascripts/search.js", "assets/javascripts/offline.js", listen.EASY_SPEECH, listen.SCRIPT)
    assets += [state.assets[name] for name in scripts if name in state.assets]
    assets.append(listen.TEXTS.format(code=language.code))  # reading aloud works offline too
    for code in dict.fromkeys([language.code, default.code]):
        assets.append(f"assets/search/{code}.js")
        assets += state.search_scripts.get(code, [])
    assets += [icon for icon in ICONS if (site_dir / icon).is_file()]
    assets.append(MANIFEST.format(code=language.code))
    return [asset for asset in dict.fromkeys(assets) if (site_dir / asset).is_file()]


def write_offline_lists(site_dir: Path, state: BuildState) -> None:
    others = [language.code for language in state.site.languages if not language.default]
    for language in state.site.languages:
        files = [*_pages_of(site_dir, language, others), *_assets_for(state, site_dir, language)]
        entries = [{"u": name, "h": _digest(site_dir / name), "b": (site_dir / name).stat().st_size} for name in files]
        t = state.strings(language.code)
        strings = {key: t(f"offline.{key}").text for key in STRINGS}
        payload = {
            "lang": language.code,
            "tag": language.html_lang,
            # For dates and sizes in the browser, written as the site writes them (Latin digits).
            "locale": format_locale(language, state.data.site.get("formats", {})).replace("_", "-"),
            "dir": language.direction,
            "name": language.name,
            "home": f"{_prefix(language)}index.html",
            "version": hashlib.sha256("".join(entry["h"] for entry in entries).encode()).hexdigest()[:12],
            "bytes": sum(entry["b"] for entry in entries),
            "stylesheets": [name for name in files if name.endswith(".css")],
            "files": entries,
            "text": strings,
        }
        target = site_dir / LIST.format(code=language.code)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def write_manifests(site_dir: Path, state: BuildState, site_names: dict[str, str]) -> None:
    """A web app manifest per language; ``site_names``: the site's name in each language."""
    for language in state.site.languages:
        up = "../../"  # from assets/manifest/ to the site's root
        manifest = {
            "name": site_names.get(language.code) or site_names[state.site.default.code],
            "short_name": (site_names.get(language.code) or site_names[state.site.default.code]).split(" – ")[0],
            "lang": language.html_lang,
            "dir": language.direction,
            "start_url": f"{up}{_prefix(language)}index.html",
            "scope": up,
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#4051b5",
            "icons": [
                {"src": f"{up}assets/images/favicon.svg", "sizes": "any", "type": "image/svg+xml"},
                {"src": f"{up}assets/images/icon-192.png", "sizes": "192x192", "type": "image/png"},
                {"src": f"{up}assets/images/icon-512.png", "sizes": "512x512", "type": "image/png"},
            ],
        }
        target = site_dir / MANIFEST.format(code=language.code)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
