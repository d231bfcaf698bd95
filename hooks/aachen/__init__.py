"""The code the MkDocs hooks in ``hooks/*.py`` share: loading and checking ``data/``, reading
markers in Markdown, and rendering them in a page's language. Nothing here listens to MkDocs
events; the hook modules one folder up do that."""
