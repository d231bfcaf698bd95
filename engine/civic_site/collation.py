"""The order of words in lists such as the glossary: the Unicode Collation Algorithm (pyuca, with
the Default Unicode Collation Element Table), so that Ä sorts with A, Ł with L and İ with I, in
any language, without a locale installed."""

from __future__ import annotations

from functools import cache

from pyuca import Collator


@cache
def _collator() -> Collator:
    return Collator()


def sort_key(word: str) -> tuple:
    return _collator().sort_key(word)
