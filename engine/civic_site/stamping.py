"""Record which version of a source page a translation was made from.

``stamp``: the translation matches the current source page (sets ``translated_from:``).
``minor``: a (not yet committed) change to a source page needs no new translation, such as a typo
fix: every translation that matched the page before the change is stamped as matching it now;
translations that were already outdated stay outdated.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from .frontmatter import split_front_matter
from .site import Site
from .translation import source_version


def source_of(site: Site, translation: Path) -> Path:
    relative = translation.resolve().relative_to(site.docs_dir)
    return site.docs_dir / site.default.code / Path(*relative.parts[1:])


def stamp(site: Site, translation: Path) -> bool:
    """Set translated_from to the source page's current version; True if the file changed."""
    source = source_of(site, translation)
    if not source.is_file():
        raise SystemExit(f"{translation}: there is no page {site.relative(source)} to translate from")
    return _write_version(translation, source_version(source.read_text(encoding="utf-8")))


def _write_version(translation: Path, version: str) -> bool:
    # In quotes: a hash of digits only would otherwise be read as a number.
    version = f'"{version}"'
    text = translation.read_text(encoding="utf-8")
    front_matter, body, _ = split_front_matter(text)
    if front_matter is None:
        new = f"---\ntranslated_from: {version}\n---\n\n{body.lstrip()}"
    elif re.search(r"^translated_from:.*$", front_matter, flags=re.MULTILINE):
        new_front = re.sub(r"^translated_from:.*$", f"translated_from: {version}", front_matter, flags=re.MULTILINE)
        new = f"---\n{new_front}---\n{body}"
    else:
        new = f"---\n{front_matter}translated_from: {version}\n---\n{body}"
    if new == text:
        return False
    translation.write_text(new, encoding="utf-8")
    return True


def minor(site: Site, source: Path) -> list[str]:
    """Restamp the translations that matched the committed version of a changed source page."""
    relative = source.resolve().relative_to(site.root).as_posix()
    committed = subprocess.run(["git", "show", f"HEAD:{relative}"], cwd=site.root, capture_output=True, text=True)
    if committed.returncode != 0:
        raise SystemExit(f"{relative}: cannot read the committed version with git ({committed.stderr.strip()}); stamp the translations instead")
    before = source_version(committed.stdout)
    page = source.resolve().relative_to(site.docs_dir / site.default.code)
    report = []
    for language in site.languages:
        translation = site.docs_dir / language.code / page
        if language.default or not translation.is_file():
            continue
        front_matter, _, _ = split_front_matter(translation.read_text(encoding="utf-8"))
        if front_matter and re.search(rf"^translated_from: ['\"]?{before}['\"]?\s*$", front_matter, flags=re.MULTILINE):
            stamp(site, translation)
            report.append(f"{site.relative(translation)}: still matches (minor change)")
        else:
            report.append(f"{site.relative(translation)}: was already outdated; left as it is")
    return report
