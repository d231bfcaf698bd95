"""mkdocs-civic-site: a MkDocs plugin for multilingual, plain-language civic information sites.

The plugin (plugin.py) meets MkDocs' events; the modules beside it do one job each: reading and
checking a site's data (data.py, schema.py, yaml_source.py, checks.py, docs_check.py), markers in
pages (markers.py, render.py), text in every language (languages.py, text.py, bidi.py,
formatting.py, collation.py), translations (translation.py, notices.py), glossary words
(glossary_terms.py), search (search_text.py, search_index.py), the files it ships (assets.py,
security.py, not_found.py, page_html.py) and editor-friendly messages (problems.py,
build_messages.py). The command-line tools are in cli.py.
"""

__version__ = "1.1.0"
