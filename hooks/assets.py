"""MkDocs hook: ship only the static files pages load, the site's own under fingerprinted names
(aachen/assets.py says why).

Sets config.extra["assets"] (source path -> shipped path), which the templates and the search
index use, and points extra_css at the fingerprinted stylesheet. Events: on_files.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from aachen.assets import OWN, fingerprinted, is_unused, lunr_packs
from aachen.languages import site_languages


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    available = {file.src_uri for file in files if not file.is_documentation_page()}
    codes = [language.code for language in site_languages(config)]
    packs = lunr_packs(codes, available)
    names: dict[str, str] = {}
    for file in list(files):
        path = file.src_uri
        if is_unused(path, set(packs)):
            files.remove(file)
        elif path in OWN or path in packs:
            files.remove(file)
            shipped = fingerprinted(path, file.abs_src_path)
            files.append(File(path, file.src_dir, file.dest_dir, file.use_directory_urls, dest_uri=shipped))
            names[path] = shipped
    missing = [path for path in OWN if path not in names]
    if missing:
        raise PluginError(f"overrides/ lacks the site's own assets: {', '.join(missing)}")
    config.extra["assets"] = names
    # Per language, the lunr files its search needs (none for a language Material has no stemmer for).
    config.extra["search_scripts"] = {code: [names[path] for path in lunr_packs([code], available)] for code in codes}
    config.extra_css = [names["assets/stylesheets/site.css"]]
    return files
