"""What the engine knows about the site it builds: where its folders are, its languages and the
structure options from mkdocs.yml. Read once per build; the command-line tools read the same."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from .languages import Language, site_languages


@dataclass(frozen=True)
class Site:
    root: Path  # the folder of mkdocs.yml
    docs_dir: Path
    data_dir: Path
    languages: tuple[Language, ...]  # in the order of mkdocs.yml
    field_page: str
    glossary_page: str | None
    advice_page: str | None
    contact_page: str | None
    source_only_key: str
    voice_help: tuple[tuple[str, str], ...] = ()  # (link text, source id): help to add a voice for reading aloud

    @property
    def default(self) -> Language:
        return next(language for language in self.languages if language.default)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(language.code for language in self.languages)

    def language(self, code: str) -> Language:
        return next(language for language in self.languages if language.code == code)

    def relative(self, path: Path) -> str:
        """A path as editors see it in messages: relative to the site's folder."""
        if path.is_absolute() and ".." not in path.parts and path.is_relative_to(self.root):  # most are: no need to ask the disk
            return path.relative_to(self.root).as_posix()
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    @property
    def docs_folder(self) -> str:
        """The docs folder as editors see it in messages, e.g. 'docs'."""
        return self.relative(self.docs_dir)

    def data_file(self, name: str) -> str:
        """A file of the data folder as editors see it in messages, e.g. 'data/sources.yml'."""
        return self.relative(self.data_dir / name)

    def source_file(self, page: str) -> Path:
        """The default language's version of a page, given by its path inside a language folder."""
        return self.docs_dir / self.default.code / page


def site_of(config: MkDocsConfig, options) -> Site:
    root = Path(config.config_file_path).resolve().parent
    return Site(
        root=root,
        docs_dir=Path(config.docs_dir).resolve(),
        data_dir=(root / options.data_dir).resolve(),
        languages=tuple(site_languages(config, options.html_lang)),
        field_page=options.field_page,
        glossary_page=options.glossary_page,
        advice_page=options.advice_page,
        contact_page=options.contact_page,
        source_only_key=options.source_only_key,
        voice_help=tuple((str(name), str(source)) for name, source in options.voice_help.items()),
    )


def load_site(config_file: Path) -> tuple[Site, MkDocsConfig]:
    """The site configured by ``config_file`` (a mkdocs.yml), for the command-line tools."""
    from mkdocs.config import load_config

    config = load_config(str(config_file))
    plugin = config.plugins.get("civic")
    if plugin is None:
        raise SystemExit(f"{config_file}: the plugin 'civic' is not in its plugins: list")
    return site_of(config, plugin.config), config
