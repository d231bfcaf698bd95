"""Compile each theme template once per run, not once per language.

static-i18n builds the site once per language, and every build makes a new Jinja environment that
compiles Material's templates again (about half a second per language). A shared bytecode cache
hands the compiled code to the next environment; Jinja compares each template's source with the
cached one, so an edited template under `mkdocs serve` is compiled anew."""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class InMemoryBytecodeCache(BytecodeCache):
    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        compiled = self._compiled.get(bucket.key)
        if compiled is not None:
            bucket.bytecode_from_string(compiled)  # dropped again by Jinja if the source changed

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()
