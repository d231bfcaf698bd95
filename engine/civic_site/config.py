"""The plugin's options in mkdocs.yml: the structure of a site. Facts that editors change live in
the site's data folder instead (data/site.yml and the other data files)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class CivicConfig(base.Config):
    # Where the site's data files are, relative to mkdocs.yml.
    data_dir = c.Type(str, default="data")
    # Where each field of action has its page, inside every language's folder of docs_dir.
    field_page = c.Type(str, default="fields/{id}.md")
    # The page with the glossary (words on other pages link to it) and the guide that says where
    # to get advice (every guide links to it); paths inside the default language's folder.
    glossary_page = c.Optional(c.Type(str))
    advice_page = c.Optional(c.Type(str))
    # The page where readers reach the publisher and report barriers; with advice_page, linked in
    # the same place at the foot of every page (WCAG 2.2: consistent help).
    contact_page = c.Optional(c.Type(str))
    # A page whose source version has this front-matter key set exists in the source language
    # only, on purpose (for example a page in Leichte Sprache); other languages show it with a note.
    source_only_key = c.Type(str, default="source_only")
    # A BCP 47 tag for HTML's lang attribute where it must say more than the language's folder code,
    # e.g. {zh: zh-Hans}: Simplified Chinese, so that browsers and screen readers pick its glyphs
    # and voice (the folder stays zh/).
    html_lang = c.Type(dict, default={})
    # "Listen to this page": where a reader learns to add a voice for a language to their device,
    # shown when the device has none. Each entry: the link's text (the system's name, e.g.
    # Android) and the id of the system maker's help page in data/sources.yml.
    voice_help = c.Type(dict, default={})
    # The content security policy as a <meta> tag in every page (off under `mkdocs serve`).
    content_security_policy = c.Type(bool, default=True)
