"""Translations and the German pages they were made from.

  python scripts/translations.py stamp docs/en/wohnen/kaution.md [...]
      Record in each translation that it matches the current German page
      (sets `translated_from:` in its front matter). Do this after translating or updating it.

The version is a short hash of the German page's text (see hooks/aachen/translation.py), so it
works in any copy of the project, with or without git history.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from aachen.docs_check import split_front_matter  # noqa: E402
from aachen.translation import source_version  # noqa: E402

DEFAULT_LANGUAGE = "de"  # the folder of the source pages, docs/de/


def german_source(translation: Path) -> Path:
    relative = translation.resolve().relative_to(ROOT / "docs")
    return ROOT / "docs" / DEFAULT_LANGUAGE / Path(*relative.parts[1:])


def stamp(translation: Path) -> bool:
    """Set translated_from to the German page's current version; True if the file changed."""
    source = german_source(translation)
    if not source.is_file():
        raise SystemExit(f"{translation}: there is no German page {source.relative_to(ROOT)} to translate from")
    version = source_version(source.read_text(encoding="utf-8"))
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


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "stamp":
        print(__doc__)
        return 2
    for name in argv[1:]:
        changed = stamp(Path(name))
        print(f"{name}: {'stamped' if changed else 'already up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
