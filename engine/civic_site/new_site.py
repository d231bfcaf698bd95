"""A new site for another town, from the engine's starter (starter/): its mkdocs.yml, its data/
and its docs/ in the languages asked for, the first one the default. It builds strictly as it is;
the town then replaces the placeholders ("…") with its own concept, fields, measures and pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from babel import Locale, UnknownLocaleError
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .languages import Language, direction_of
from .site import load_site
from .stamping import stamp

STARTER = Path(__file__).parent / "starter"
PLACEHOLDER = "…"


def language_name(code: str) -> str:
    """The language's name in its own script, e.g. 'Nederlands', 'العربية', 'ትግርኛ'."""
    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(code.replace("-", "_")) or code
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:]


def create_site(directory: Path, name: str, codes: list[str]) -> list[str]:
    """Write the new site into ``directory`` (which must not exist yet); the lines to print."""
    codes = [code.strip() for code in codes if code.strip()]
    if not codes:
        raise SystemExit("give at least one language, the default first, e.g. --languages nl,ar")
    if directory.exists():
        raise SystemExit(f"{directory} exists already; give a new folder")
    languages = [Language(code, language_name(code), direction_of(code), index == 0) for index, code in enumerate(codes)]
    default = languages[0]
    env = Environment(loader=FileSystemLoader(STARTER), keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined)
    values = {"name": name, "languages": languages, "default": default, "placeholder": PLACEHOLDER, "today": date.today().isoformat()}

    def write(template: str, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(env.get_template(template).render(**values), encoding="utf-8")

    write("mkdocs.yml", directory / "mkdocs.yml")
    for template in sorted((STARTER / "data").glob("*.yml")):
        write(f"data/{template.name}", directory / "data" / template.name)
    for language in languages:
        docs = directory / "docs" / language.code
        write("docs/index.md", docs / "index.md")
        if language.default:
            write("docs/field.md", docs / "fields" / "example.md")
            write("docs/help.md", docs / "help.md")
            write("docs/glossary.md", docs / "glossary.md")
    site, _ = load_site(directory / "mkdocs.yml")
    for language in languages[1:]:
        stamp(site, directory / "docs" / language.code / "index.md")  # it holds only the name and markers
    return [
        f"A new site for {name} is in {directory}/, in {', '.join(f'{language.name} ({language.code})' for language in languages)}.",
        f"Build it with: civic-site -f {directory}/mkdocs.yml build    Preview it with: mkdocs serve -f {directory}/mkdocs.yml",
        f"Then replace every '{PLACEHOLDER}' in {directory}/data/ and write the pages in {directory}/docs/.",
    ]
