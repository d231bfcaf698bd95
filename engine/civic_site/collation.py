"""The order of words in lists such as the glossary: the Unicode Collation Algorithm (pyuca, with
the Default Unicode Collation Element Table), so that Ä sorts with A, Ł with L and İ with I, in
any language, without a locale installed.

Reading the whole table takes half a second; a list needs only the rows that begin with one of
its code points, and those give its words the same sort keys as the whole table."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from pyuca import Collator
from pyuca.collator import COLL_ELEMENT_PATTERN
from pyuca.utils import hexstrings2int


class _CollatorFor(Collator):
    """pyuca's collator, with the table rows for the given code points only."""

    def __init__(self, code_points: frozenset[int]):
        self._wanted = {f"{point:04X}" for point in code_points}
        super().__init__()

    def load(self, filename: str) -> None:
        # pyuca's reader (Collator.load), skipping rows that begin with a code point not wanted.
        with open(filename, encoding="utf-8") as keys:
            for line in keys:
                line = line.split("#", 1)[0].rstrip()
                if not line or line.startswith("@version"):
                    continue
                if line.startswith("@implicitweights"):
                    span, base = line[len("@implicitweights") :].split(";")
                    start, end = span.split("..")
                    self.implicit_weights.append([int(start, 16), int(end, 16), int(base, 16)])
                    continue
                characters, elements = line.split(";", 1)
                characters = characters.split()
                if characters[0] not in self._wanted:
                    continue
                weights = [hexstrings2int(match.groups()) for match in COLL_ELEMENT_PATTERN.finditer(elements.strip())]
                self.table.add(hexstrings2int(characters), weights)


@lru_cache(maxsize=8)  # the same words for every language of a build
def _order(words: tuple[str, ...]) -> tuple[str, ...]:
    points = frozenset(ord(char) for word in words for char in unicodedata.normalize("NFD", word))
    return tuple(sorted(words, key=_CollatorFor(points).sort_key))


def collation_order(words: Iterable[str]) -> list[str]:
    """The words in the order of the Unicode Collation Algorithm."""
    return list(_order(tuple(words)))
