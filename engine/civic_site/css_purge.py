"""Ship only the rules of Material's stylesheet that the built site can use.

Material's stylesheet has rules for every feature of the theme (about 23 KB compressed); a page of
this site uses a small part of it. After the whole site is built, every rule whose selector names a
class, id, element, attribute or attribute value that appears in no page and no script of the site
is left out (the approach of PurgeCSS, on tokens), and so is every custom property (--md-…) that no
remaining rule uses (Material keeps its icons in them). A selector whose only condition is a state
(:hover, :checked, ::before …) is kept when the rest of it is used. The result gets a name from its
content (main.<hash>.css), and every page is pointed at it, so that browsers may keep it for a year.
The site's own stylesheet, the palette stylesheet and a site's extra_css are not changed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import tinycss2
from tinycss2.ast import AtRule, Declaration, LiteralToken, QualifiedRule

WORD = re.compile(r"[A-Za-z0-9_-]+")
# Parts of a selector that name something a page must contain.
CLASS_OR_ID = re.compile(r"[.#](-?[_a-zA-Z][\w-]*)")
ATTRIBUTE = re.compile(r"\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*[\"']?([^\"'\]]*)[\"']?)?\s*(?:[is])?\s*\]")
ELEMENT = re.compile(r"(?:^|[\s>+~(])([a-zA-Z][a-zA-Z0-9]*)(?=[.#\[:\s>+~)]|$)")
PSEUDO = re.compile(r"::?[\w-]+(?:\((?:[^()]|\([^()]*\))*\))?")
VARIABLE_USE = re.compile(r"var\(\s*(--[\w-]+)")
GROUPING_AT_RULES = {"media", "supports", "layer", "container"}


def words_of(texts: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for text in texts:
        words.update(WORD.findall(text))
    return words


def selector_is_used(selector: str, words: set[str]) -> bool:
    plain = PSEUDO.sub(" ", selector)  # states and pseudo-elements need no word of their own
    needed = list(CLASS_OR_ID.findall(plain))
    for name, value in ATTRIBUTE.findall(plain):
        needed.append(name)
        needed += WORD.findall(value)
    needed += [name.lower() for name in ELEMENT.findall(ATTRIBUTE.sub(" ", plain))]
    return all(word in words for word in needed)


@dataclass
class _Rule:
    selectors: list[str]
    declarations: list[Declaration]


@dataclass
class _Group:
    at_rule: AtRule
    children: list


def _selectors(prelude: list) -> list[str]:
    selectors, current = [], []
    for token in prelude:
        if isinstance(token, LiteralToken) and token.value == ",":
            selectors.append(tinycss2.serialize(current).strip())
            current = []
        else:
            current.append(token)
    selectors.append(tinycss2.serialize(current).strip())
    return [selector for selector in selectors if selector]


def _used_rules(rules: list, words: set[str]) -> list:
    kept: list = []
    for rule in rules:
        if isinstance(rule, QualifiedRule):
            selectors = [selector for selector in _selectors(rule.prelude) if selector_is_used(selector, words)]
            if selectors:
                declarations = [item for item in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True)]
                kept.append(_Rule(selectors, [item for item in declarations if isinstance(item, Declaration)]))
        elif isinstance(rule, AtRule) and rule.lower_at_keyword in GROUPING_AT_RULES and rule.content is not None:
            inner = _used_rules(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), words)
            if inner:
                kept.append(_Group(rule, inner))
        elif isinstance(rule, AtRule):
            kept.append(rule)
    return kept


def _declarations(rules: list):
    for rule in rules:
        if isinstance(rule, _Rule):
            yield from rule.declarations
        elif isinstance(rule, _Group):
            yield from _declarations(rule.children)


def _used_variables(rules: list, other_css: Iterable[str]) -> set[str]:
    definitions: dict[str, list[str]] = {}
    outside = list(other_css)
    for declaration in _declarations(rules):
        value = tinycss2.serialize(declaration.value)
        if declaration.name.startswith("--"):
            definitions.setdefault(declaration.name, []).append(value)
        else:
            outside.append(value)
    used = {name for text in outside for name in VARIABLE_USE.findall(text)}
    queue = list(used)
    while queue:  # a used variable's value may use others
        for value in definitions.get(queue.pop(), []):
            for name in VARIABLE_USE.findall(value):
                if name not in used:
                    used.add(name)
                    queue.append(name)
    return used


def _serialize(rules: list, variables: set[str]) -> str:
    parts = []
    for rule in rules:
        if isinstance(rule, _Rule):
            kept = [item for item in rule.declarations if not item.name.startswith("--") or item.name in variables]
            if kept:
                body = ";".join(f"{item.name}:{tinycss2.serialize(item.value).strip()}{'!important' if item.important else ''}" for item in kept)
                parts.append(",".join(rule.selectors) + "{" + body + "}")
        elif isinstance(rule, _Group):
            inner = _serialize(rule.children, variables)
            if inner:
                parts.append(f"@{rule.at_rule.at_keyword}{tinycss2.serialize(rule.at_rule.prelude)}{{{inner}}}")
        else:
            parts.append(tinycss2.serialize([rule]))
    return "".join(parts)


def purge(css: str, words: set[str], other_css: Iterable[str] = ()) -> str:
    """The stylesheet ``css`` with only the rules whose selectors ``words`` can match, and only the
    custom properties that those rules or ``other_css`` (stylesheets, inline styles) use."""
    rules = _used_rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), words)
    return _serialize(rules, _used_variables(rules, other_css))


def purge_site_stylesheet(site_dir: Path, stylesheet: str) -> str | None:
    """Replace Material's stylesheet ``stylesheet`` (a path inside the site) by the rules the site
    uses, under a name from its content, and point every page at it; the new path, or None."""
    source = site_dir / stylesheet
    if not source.is_file():
        return None
    pages = sorted(site_dir.rglob("*.html"))
    texts = [path.read_text(encoding="utf-8") for path in pages]
    scripts = [path.read_text(encoding="utf-8") for path in [*site_dir.glob("assets/javascripts/*.js"), site_dir / "sw.js"] if path.is_file()]
    own_css = [path.read_text(encoding="utf-8") for path in site_dir.rglob("*.css") if path != source]
    # Every page repeats the header, menu and footer: each distinct line is read once.
    lines = "\n".join(dict.fromkeys(line for text in texts for line in text.split("\n")))
    used = purge(source.read_text(encoding="utf-8"), words_of([lines, *scripts]), [*own_css, lines, *scripts])
    digest = hashlib.sha256(used.encode("utf-8")).hexdigest()[:8]
    target = f"{stylesheet.rsplit('/', 1)[0]}/main.{digest}.css"
    (site_dir / target).write_text(used, encoding="utf-8")
    source.unlink()
    old_name, new_name = stylesheet.rsplit("/", 1)[1], target.rsplit("/", 1)[1]
    for path, text in zip(pages, texts, strict=True):
        if old_name in text:
            path.write_text(text.replace(old_name, new_name), encoding="utf-8")
    return target
