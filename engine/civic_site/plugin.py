"""The MkDocs plugin: where MkDocs' events meet the engine.

Each event hands its work to a module with one job; the plugin keeps the build's state
(state.py), makes a new one when a whole build begins and passes it on. Under static-i18n, MkDocs'
events run once per language: a whole build is the first language's build (static-i18n then builds
the others from its on_post_build) and ends when the last one is done.

Events, in the order MkDocs calls them:
- on_startup: notes whether this is `mkdocs serve`.
- on_config: checks the data and every page (checks.py), starts the build's state, adds the engine's
  templates and Markdown extensions.
- on_pre_build: editor-friendly warnings (build_messages.py).
- on_files: ships the engine's assets under fingerprinted names, leaves out Material's unused ones.
- on_env: a shared template cache; Material's interface texts with the site's in their place (theme_texts.py).
- on_page_markdown: markers (render.py), citations, glossary words, translation notices, the
  button that reads the page aloud (listen.py).
- on_page_content: search sections, the guide note, the wrapper of a page shown untranslated.
- on_page_context: the values the templates use (the `civic` variable).
- on_post_page: `<html lang dir>` and repairs of Material's invalid HTML (page_html.py).
- on_post_build: the search indexes, the texts of the reading-aloud button, the 404 page, no sitemap.
"""

from __future__ import annotations

import logging
import posixpath
import sys
from pathlib import Path

from jinja2 import ChoiceLoader, DictLoader, Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from . import listen, notices, paths, search_index
from .assets import OWN, STEMMERS, fingerprinted, is_unused, lunr_packs, search_rules
from .bidi import IsolateLtrRunsExtension
from .build_messages import EditorWarningFilter
from .checks import check_project
from .config import CivicConfig
from .css_purge import purge_site_stylesheet
from .glossary_terms import GlossaryTermsExtension, TermContext
from .html_blocks import HtmlBlock, HtmlBlocks
from .jinja_cache import InMemoryBytecodeCache
from .languages import Language, alternate_urls, current_code, i18n_plugin
from .markers import Marker, replace_markers
from .not_found import drop_sitemap, write_not_found
from .offline import LIST, MANIFEST, write_manifests, write_offline_lists
from .page_html import drop_indentation, repair_material_html, set_attributes
from .page_notes import guide_note, site_notice
from .problems import EditorError
from .render import MARKERS, PageContext, figure_writer, markdown_escape, source_link_definitions
from .security import content_security_policy
from .site import Site, site_of
from .skip_target import SkipTargetExtension
from .state import BuildState, PageState
from .text import localize, localized_html
from .theme_texts import language_partials

THEME_DIR = str(Path(__file__).parent / "theme")
log = logging.getLogger("mkdocs.plugins.civic")


class CivicSitePlugin(BasePlugin[CivicConfig]):
    def __init__(self) -> None:
        self.serving = False
        self.state: BuildState | None = None
        self.bytecode = InMemoryBytecodeCache()  # a cache of compiled templates, not build state
        self.warnings = EditorWarningFilter()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    @event_priority(-110)  # after static-i18n has switched the configuration to the language being built
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not i18n_plugin(config).building:
            self._begin(config)
        self.state.site_names[current_code(config)] = config.site_name
        config.theme.static_templates.discard("404.html")  # one 404 page for all languages (not_found.py)
        return config

    def _begin(self, config: MkDocsConfig) -> None:
        """A whole build begins: check everything, and start a new state."""
        site = site_of(config, self.config)
        try:
            data = check_project(site)
        except EditorError as error:
            # Plain lines, so an editor reads "file:line: …" without log prefixes in front.
            print("\n".join(error.lines()), file=sys.stderr, flush=True)
            raise
        csp = content_security_policy(for_meta_tag=True) if self.config.content_security_policy and not self.serving else None
        self.state = BuildState(site, data, self.serving, csp_meta=csp)
        self._configure(config, site)
        for logger in ("mkdocs.structure.pages", "mkdocs.structure.nav"):
            _install(logging.getLogger(logger), self.warnings)
        # static-i18n's chatter about its own configuration is left out.
        logging.getLogger("mkdocs.plugins.mkdocs_static_i18n").setLevel(logging.WARNING)

    def _configure(self, config: MkDocsConfig, site: Site) -> None:
        """The engine's templates and Markdown extensions, added once to the site's own settings."""
        dirs, custom = config.theme.dirs, config.theme.custom_dir
        if THEME_DIR not in dirs:
            # Right after the site's custom_dir, so that the site's own overrides still win.
            dirs.insert(dirs.index(custom) + 1 if custom in dirs else 0, THEME_DIR)
        extensions = config.markdown_extensions
        if not any(isinstance(extension, GlossaryTermsExtension) for extension in extensions):
            extensions.append(GlossaryTermsExtension(lambda: self.state.page.terms))
            extensions.append(IsolateLtrRunsExtension(lambda: self.state.page.isolate_ltr))
            extensions.append(SkipTargetExtension())
        if config.theme.get("palette"):
            log.info("theme.palette: its colours are used; switching between palettes needs Material's JavaScript, which this site does not load")
        for option in ("extra_css", "extra_javascript"):
            for entry in config[option]:
                if str(entry).split("//")[0] in ("https:", "http:", ""):
                    log.warning(
                        f"{option}: '{entry}' is loaded from another server, which the content security policy blocks; "
                        f"put the file into {site.docs_folder}/"
                    )

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        # The facts live outside the docs folder: saving one rebuilds the preview as well.
        server.watch(str(site_of(config, self.config).data_dir))
        return server

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not i18n_plugin(config).building:
            self.warnings.start(config, self.state.site, [term["id"] for term in self.state.data.glossary])

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        state = self.state
        available = {file.src_uri for file in files if not file.is_documentation_page()}
        packs = lunr_packs(list(state.site.codes), available)
        palette = bool(config.theme.get("palette"))
        for file in list(files):
            path = file.src_uri
            if is_unused(path, set(packs), palette=palette):
                files.remove(file)
            elif path in OWN or path in packs:
                files.remove(file)
                shipped = fingerprinted(path, file.abs_src_path)
                files.append(File(path, file.src_dir, file.dest_dir, file.use_directory_urls, dest_uri=shipped))
                state.assets[path] = shipped
        missing = [path for path in OWN if path not in state.assets]
        if missing:
            raise PluginError(f"the engine's theme folder lacks its own assets: {', '.join(missing)}; reinstall mkdocs-civic-site")
        # Per language, the scripts its search needs: lunr's pack from Material, or the engine's own stemmer.
        state.search_scripts = {}
        for code in state.site.codes:
            own = STEMMERS.get(search_rules(code).get("stemmer", ""))
            state.search_scripts[code] = [state.assets[path] for path in lunr_packs([code], available)] + ([state.assets[own]] if own else [])
        # The engine's stylesheet first, so that the site's own extra_css can change it.
        stylesheet = state.assets["assets/stylesheets/site.css"]
        config.extra_css[:] = [stylesheet, *[entry for entry in config.extra_css if not _is_engine_css(entry)]]
        return files

    @event_priority(-110)  # after static-i18n has chosen this language's files
    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        self.state.files = files  # the language's files, for links in templates (on_page_context has none)
        return nav

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        env.bytecode_cache = self.bytecode
        partials = language_partials(env, self.state.site.languages, self.state.data.strings)
        env.loader = ChoiceLoader([DictLoader(partials), env.loader])
        return env

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        state, site = self.state, self.state.site
        reader = site.language(current_code(config))
        # On a page shown in the default language, data is shown in that language too, like the text around it.
        language = site.language(page.file.locale)
        ctx = PageContext(page, files, site, state.data, language, translation_states=state.translation_states)
        translated = language.code == reader.code
        markdown = notices.mark_notice_place(markdown)
        blocks = HtmlBlocks()

        def render(marker: Marker) -> str:
            spec = MARKERS[marker.name]
            if spec.same_on_every_page:
                key = (marker.name, tuple(sorted(marker.attributes.items())), language.code)
                if key not in state.rendered_markers:
                    before = ctx.untranslated
                    state.rendered_markers[key] = (spec.render(marker, ctx), ctx.untranslated - before)
                else:
                    ctx.untranslated += state.rendered_markers[key][1]
                output = state.rendered_markers[key][0]
            else:
                output = spec.render(marker, ctx)
            return blocks.place(output) if isinstance(output, HtmlBlock) else output

        markdown = replace_markers(markdown, MARKERS, render)
        markdown = ctx.figures.in_markdown(markdown, language.code, markdown_escape)
        above = ""
        if translated:
            above = notices.translated_page_notices(page, state, reader, ctx.untranslated) + paths.position_html(page, files, state, reader)
        # Below the heading and the notices: the button that reads the page aloud.
        above += "\n\n" + listen.button_html(page, state, reader, foreign=not translated)
        markdown = markdown.replace(notices.NOTICE_PLACE, above, 1)
        # Sources are cited inline as [§ 551 BGB][bgb-551]; the addresses come from the data.
        markdown += "\n\n" + source_link_definitions(state.data, markdown) + "\n"
        state.page = PageState(terms=self._terms(page, language), isolate_ltr=language.direction == "rtl", html_blocks=blocks)
        return markdown

    def _terms(self, page: Page, language: Language) -> TermContext:
        """The glossary words a page explains where it first uses them (not on the glossary page)."""
        state, site = self.state, self.state.site
        glossary_page = site.glossary_page
        if glossary_page is None or page.file.norm_src_uri == glossary_page:
            return TermContext()
        t, default = state.strings(language.code), site.default
        if language.code not in state.glossary_entries:
            state.glossary_entries[language.code] = self._glossary_entries(language)
        entries = state.glossary_entries[language.code]
        return TermContext(
            entries=entries,
            # A link to the Markdown file: MkDocs turns it into the page's address and checks it.
            glossary_url=posixpath.relpath(glossary_page, posixpath.dirname(page.file.norm_src_uri) or "."),
            more_label=t("glossary.more").text,
            print_label=t("glossary.on_paper").text,
            term_lang=default.html_lang,
            term_dir=default.direction,
            enabled=True,
        )

    def _glossary_entries(self, language: Language) -> list[dict]:
        """Each glossary word with its forms and explanation in ``language``: the same on every page."""
        state, default = self.state, self.state.site.default
        figures = figure_writer(state.data, state.site)
        entries = []
        for term in state.data.glossary:
            explanation = figures.in_text(localize(term["explanation"], language, default))
            entries.append(
                {
                    "id": term["id"],
                    "term": term["term"],
                    "words": [term["term"], *term.get("forms", [])],
                    "label": None if language.default else term["translation"].get(language.code),
                    "explanation": explanation.text,
                    "lang": explanation.html_lang,
                    "dir": explanation.dir,
                }
            )
        return entries

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        state = self.state
        reader = state.site.language(current_code(config))
        html = state.page.html_blocks.fill(html, page)
        search_index.collect(html, page, state, reader)
        html += guide_note(page, files, state, reader)
        if page.file.locale != reader.code:
            html = notices.fallback_page(html, page, state, reader) + paths.position_html(page, files, state, reader)
        return html + paths.step_nav_html(page, files, state, reader)

    def on_page_context(self, context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
        state = self.state
        reader = state.site.language(current_code(config))
        t = state.strings(reader.code)
        context["civic"] = {
            "language": reader.code,
            # Site-relative: the template's `url` filter makes them relative to the page.
            "alternates": [
                {"name": language.name, "code": language.code, "lang": language.html_lang, "link": url, "dir": language.direction}
                for language, url in alternate_urls(page, state.site.languages, relative=False)
            ],
            "search": search_index.settings(state, reader, context["base_url"]),
            "site_notice": site_notice(state, reader),
            "content_security_policy": state.csp_meta,
            "labels": {"menu": t("menu.label").text, "search": t("search.label").text, "languages": t("languages.label").text},
            "help": _help_links(page, state.files, state, t),
            "script": state.assets["assets/javascripts/site.js"],
            "manifest": MANIFEST.format(code=reader.code),
            "favicon": _favicon(config),
            "offline": {
                "list": LIST.format(code=reader.code),
                "script": state.assets["assets/javascripts/offline.js"],
                "save": t("offline.save").text,
                "failed": t("offline.failed").text,
            },
        }
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        reader = self.state.site.language(current_code(config))
        output = set_attributes(output, "html", {"lang": reader.html_lang, "dir": reader.direction})
        return drop_indentation(repair_material_html(output))

    @event_priority(-110)  # after static-i18n, whose on_post_build builds the other languages
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if i18n_plugin(config).building:
            return  # one language of several is done; the whole build is not
        site_dir = Path(config.site_dir)
        search_index.write_indexes(site_dir, self.state)
        listen.write_texts(site_dir, self.state)
        write_not_found(site_dir, self.state)
        if not config.site_url:
            drop_sitemap(site_dir)
        if not self.serving:  # under `mkdocs serve` pages change one by one: the whole stylesheet stays
            for stylesheet in site_dir.glob("assets/stylesheets/main.*.min.css"):
                purge_site_stylesheet(site_dir, stylesheet.relative_to(site_dir).as_posix())
        write_manifests(site_dir, self.state, self.state.site_names)
        write_offline_lists(site_dir, self.state)


def _help_links(page: Page, files: Files, state: BuildState, t) -> list[dict]:
    """Where to get help and whom to tell about a barrier: the same links at the foot of every page."""
    links = []
    for target, label in ((state.site.advice_page, t("footer.help")), (state.site.contact_page, t("footer.contact"))):
        file = files.get_file_from_path(target) if target else None
        if file is not None:
            links.append({"url": file.url_relative_to(page.file), "label": localized_html(label)})
    return links


MATERIAL_FAVICON = "assets/images/favicon.png"


def _favicon(config: MkDocsConfig) -> str:
    """The site's favicon; instead of Material's (1.9 KB), the engine's own small one (175 bytes)."""
    favicon = config.theme.get("favicon") or MATERIAL_FAVICON
    return "assets/images/favicon.svg" if favicon == MATERIAL_FAVICON else favicon


def _is_engine_css(entry) -> bool:
    return posixpath.basename(str(entry)).startswith("site.") and str(entry).startswith("assets/stylesheets/")


def _install(logger: logging.Logger, new: logging.Filter) -> None:
    # By class name: the plugin module can be loaded more than once in one process (tests).
    for old in [f for f in logger.filters if type(f).__name__ == type(new).__name__]:
        logger.removeFilter(old)
    logger.addFilter(new)
