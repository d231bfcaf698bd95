"""How plain is the German text? Words per sentence and the share of long sentences, per page.

A sentence is text in the paragraphs and list items of a page's main content, ended by ".", "!"
or "?" and a space (or by the end of the paragraph). Abbreviations such as "z. B." or "Abs." and
ordinal numbers such as "11. Juli" do not end a sentence. Fragments under three words are not
counted. Guides (pages that carry the note on when their facts were checked) must stay within
the budget; every other page is reported.

Usage: python scripts/plain_language.py [SITE_DIR]   (default: site/, built with `make build`)
Exits with 1 when a guide is over budget.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

MAX_AVERAGE_WORDS = 12
MAX_LONG_SHARE = 0.10  # share of sentences over LONG_SENTENCE words
LONG_SENTENCE = 20
MIN_WORDS = 3

ABBREVIATIONS = [
    "z. B.", "z.B.", "d. h.", "d.h.", "u. a.", "u.a.", "o. Ä.", "u. Ä.", "v. a.", "e. V.", "e.V.",
    "Abs.", "Nr.", "bzw.", "ca.", "usw.", "etc.", "ggf.", "vgl.", "Str.", "Tel.", "inkl.", "evtl.",
    "Art.", "bspw.", "sog.", "Dr.", "Jh.", "S.", "St.",
]  # fmt: skip
_ABBREVIATION = re.compile("|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True)))
_ORDINAL = re.compile(r"\b(\d{1,4})\.(?=\s)")  # "11. Juli", "2. März": not the end of a sentence
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"“”»«)]*\s+")
_WORD = re.compile(r"\w")
_PLACEHOLDER = "\u2024"  # looks like a dot, is not one


def sentences(text: str) -> list[list[str]]:
    """The sentences of ``text`` as lists of words; fragments under three words are dropped."""
    protected = _ABBREVIATION.sub(lambda m: m.group().replace(".", _PLACEHOLDER), " ".join(text.split()))
    protected = _ORDINAL.sub(lambda m: m.group(1) + _PLACEHOLDER, protected)
    result = []
    for sentence in _SENTENCE_END.split(protected):
        words = [token for token in sentence.split() if _WORD.search(token)]
        if len(words) >= MIN_WORDS:
            result.append(words)
    return result


class _ContentText(HTMLParser):
    """Collects the text of each <p> and <li> inside <article>; a list item's nested lists count
    as their own items. Also notes whether the page is a guide."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_article = 0
        self.stack: list[list[str]] = []
        self.blocks: list[str] = []
        self.is_guide = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "article":
            self.in_article += 1
        if "civic-guide-note" in classes:
            self.is_guide = True
        if self.in_article and tag in ("p", "li"):
            self.stack.append([])

    def handle_endtag(self, tag: str) -> None:
        if self.in_article and tag in ("p", "li") and self.stack:
            self.blocks.append("".join(self.stack.pop()))
        if tag == "article":
            self.in_article -= 1

    def handle_data(self, data: str) -> None:
        if self.stack:
            self.stack[-1].append(data)


@dataclass
class PageReport:
    path: str
    is_guide: bool
    sentences: list[list[str]] = field(default_factory=list)

    @property
    def average(self) -> float:
        return sum(map(len, self.sentences)) / len(self.sentences) if self.sentences else 0.0

    @property
    def long_share(self) -> float:
        return sum(len(s) > LONG_SENTENCE for s in self.sentences) / len(self.sentences) if self.sentences else 0.0

    @property
    def over_budget(self) -> bool:
        return self.is_guide and (self.average > MAX_AVERAGE_WORDS or self.long_share > MAX_LONG_SHARE)

    def longest(self) -> str:
        return " ".join(max(self.sentences, key=len)).replace(_PLACEHOLDER, ".") if self.sentences else ""


def measure(html: str, path: str = "") -> PageReport:
    parser = _ContentText()
    parser.feed(html)
    report = PageReport(path, parser.is_guide)
    for block in parser.blocks:
        report.sentences.extend(sentences(block))
    return report


def german_pages(site: Path) -> list[Path]:
    """The pages of the default language: everything outside the other languages' folders."""
    language_folders = {p.name for p in site.iterdir() if p.is_dir() and re.fullmatch(r"[a-z]{2,3}(-[a-zA-Z]+)?", p.name)}
    return sorted(p for p in site.rglob("*.html") if p.relative_to(site).parts[0] not in language_folders and p.name != "404.html")


def main() -> int:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    reports = [measure(path.read_text(encoding="utf-8"), path.relative_to(site).as_posix()) for path in german_pages(site)]
    print(f"{'page':45} {'sentences':>9} {'words/sentence':>15} {'over ' + str(LONG_SENTENCE) + ' words':>14}  budget")
    for report in reports:
        budget = ("over budget" if report.over_budget else "ok") if report.is_guide else "-"
        print(f"{report.path:45} {len(report.sentences):>9} {report.average:>15.1f} {report.long_share:>14.0%}  {budget}")
    failing = [report for report in reports if report.over_budget]
    for report in failing:
        print(f"\n{report.path}: longest sentence ({len(max(report.sentences, key=len))} words): {report.longest()}")
    print(f"\nBudget for guides: at most {MAX_AVERAGE_WORDS} words per sentence on average, at most {MAX_LONG_SHARE:.0%} over {LONG_SENTENCE} words.")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
