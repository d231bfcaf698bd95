"""Translations and the German pages they were made from.

  python scripts/translations.py status [--strict]
      A table of every page in every language: current, machine (translated by a machine, not
      yet checked by a person), outdated (the German page changed since), missing, or German
      only. With --strict, exits with 1 if a translation is outdated or missing.

  python scripts/translations.py stamp docs/en/wohnen/kaution.md [...]
      Record in each translation that it matches the current German page
      (sets `translated_from:` in its front matter). Do this after translating or updating it.

  python scripts/translations.py minor docs/de/wohnen/kaution.md [...]
      Say that your (not yet committed) change to a German page needs no new translation, such
      as a typo fix: every translation that matched the page before your change is stamped as
      matching it now. Translations that were already outdated stay outdated.

The version is a short hash of the German page's text (see hooks/aachen/translation.py), so it
works in any copy of the project, with or without git history.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from aachen.frontmatter import split_front_matter  # noqa: E402
from aachen.translation import (  # noqa: E402
    MISSING,
    OUTDATED,
    source_version,
    translation_states,
)

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


LABELS = {"current": "current", "machine": "machine", "outdated": "OUTDATED", "missing": "MISSING", "german-only": "German only"}


def languages() -> list[str]:
    """The configured languages, read from mkdocs.yml like the build does."""
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    return [lang.locale for lang in config.plugins["i18n"].config.languages if lang.build]


def status(strict: bool) -> int:
    codes = languages()
    others = [code for code in codes if code != DEFAULT_LANGUAGE]
    states = translation_states(ROOT / "docs", codes, DEFAULT_LANGUAGE)
    width = max(len(state.page) for state in states)
    print(f"{'page':{width}}  " + "  ".join(f"{code:12}" for code in others))
    for page in sorted({state.page for state in states}):
        row = {state.language: state for state in states if state.page == page}
        print(f"{page:{width}}  " + "  ".join(f"{LABELS[row[code].state]:12}" for code in others))
    problems = [state for state in states if state.state in (OUTDATED, MISSING)]
    counts = {label: sum(state.state == key for state in states) for key, label in LABELS.items()}
    print("\n" + ", ".join(f"{count} {label}" for label, count in counts.items() if count))
    if problems and strict:
        print(f"{len(problems)} translations are outdated or missing (--strict).", file=sys.stderr)
        return 1
    return 0


def minor(german: Path) -> None:
    """Restamp the translations that matched the committed version of a changed German page."""
    import subprocess

    relative = german.resolve().relative_to(ROOT).as_posix()
    committed = subprocess.run(["git", "show", f"HEAD:{relative}"], cwd=ROOT, capture_output=True, text=True)
    if committed.returncode != 0:
        raise SystemExit(f"{relative}: cannot read the committed version with git ({committed.stderr.strip()}); stamp the translations instead")
    before = source_version(committed.stdout)
    page = Path(*german.resolve().relative_to(ROOT / "docs" / DEFAULT_LANGUAGE).parts)
    for code in languages():
        translation = ROOT / "docs" / code / page
        if code == DEFAULT_LANGUAGE or not translation.is_file():
            continue
        text = translation.read_text(encoding="utf-8")
        front_matter, _, _ = split_front_matter(text)
        if front_matter and f"translated_from: {before}" in front_matter:
            stamp(translation)
            print(f"{translation.relative_to(ROOT)}: still matches (minor change)")
        else:
            print(f"{translation.relative_to(ROOT)}: was already outdated; left as it is")


def main(argv: list[str]) -> int:
    if argv[:1] == ["status"]:
        return status("--strict" in argv[1:])
    if len(argv) >= 2 and argv[0] == "stamp":
        for name in argv[1:]:
            changed = stamp(Path(name))
            print(f"{name}: {'stamped' if changed else 'already up to date'}")
        return 0
    if len(argv) >= 2 and argv[0] == "minor":
        for name in argv[1:]:
            minor(Path(name))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
