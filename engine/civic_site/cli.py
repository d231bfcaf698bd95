"""The engine's tools for editors and hosts, as one command: civic-site <tool> [options].

  civic-site build [--site-dir site]      a strict build that replaces the site folder only when it succeeds
  civic-site status [--strict] [--today D] translations outdated or missing, facts due for a check (--strict: exit 1 on any)
  civic-site stamp FILE...                a translation now matches its current source page
  civic-site minor FILE...                a change to a source page needs no new translation (a typo fix)
  civic-site leaflets [--site site] [--out leaflets] [--language uk …]   every guide as an A4 PDF
  civic-site new-site DIR --name NAME --languages nl,ar,ti   a new site for another town

Every tool reads the site's mkdocs.yml (-f, default: ./mkdocs.yml).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="civic-site", description=__doc__.split("\n\n")[0])
    parser.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"), help="the site's mkdocs.yml")
    tools = parser.add_subparsers(dest="tool", required=True)
    build = tools.add_parser("build", help="a strict build that replaces the site folder only when it succeeds")
    build.add_argument("--site-dir", type=Path, default=None)
    status = tools.add_parser("status", help="translations (and facts) that need an update")
    status.add_argument("--strict", action="store_true", help="exit with 1 if anything needs an update")
    status.add_argument("--today", type=date.fromisoformat, default=None, help="the day to count from, YYYY-MM-DD (default: today)")
    for name in ("stamp", "minor"):
        tool = tools.add_parser(name)
        tool.add_argument("files", nargs="+", type=Path)
    leaflets = tools.add_parser("leaflets", help="every guide in every language as an A4 PDF")
    leaflets.add_argument("--site", type=Path, default=None, help="the built site (default: site/ beside mkdocs.yml)")
    leaflets.add_argument("--out", type=Path, default=None, help="where the PDFs go (default: leaflets/ beside mkdocs.yml)")
    leaflets.add_argument("--language", action="append", default=None, help="only this language (a code such as uk; may be given again)")
    new = tools.add_parser("new-site", help="a minimal working site for another town, in a folder of its own")
    new.add_argument("directory", type=Path)
    new.add_argument("--name", required=True, help="the site's name, e.g. 'Musterstadt – wir alle'")
    new.add_argument("--languages", required=True, help="language codes, the default language first, e.g. nl,ar,ti")
    arguments = parser.parse_args(argv)

    if arguments.tool == "new-site":
        from .new_site import create_site

        for line in create_site(arguments.directory, arguments.name, arguments.languages.split(",")):
            print(line)
        return 0

    config_file = arguments.config_file.resolve()
    if arguments.tool == "build":
        from .atomic_build import atomic_build

        return atomic_build(config_file, arguments.site_dir or config_file.parent / "site")

    from .site import load_site

    site, config = load_site(config_file)
    if arguments.tool == "status":
        from .checks import check_project
        from .problems import EditorError
        from .review import today_from_environment
        from .status import facts_report, translation_report

        try:
            data = check_project(site)
        except EditorError as error:
            print("\n".join(error.lines()), file=sys.stderr)
            return 1
        lines, late_translations = translation_report(site)
        facts, late_facts = facts_report(site, data, arguments.today or today_from_environment())
        print("\n".join([*lines, "", *facts]))
        if arguments.strict and (late_translations or late_facts):
            print(f"{late_translations} translations outdated or missing, {late_facts} facts overdue (--strict).", file=sys.stderr)
            return 1
        return 0
    if arguments.tool == "stamp":
        from .stamping import stamp

        for name in arguments.files:
            print(f"{name}: {'stamped' if stamp(site, name) else 'already up to date'}")
        return 0
    if arguments.tool == "minor":
        from .stamping import minor

        for name in arguments.files:
            print("\n".join(minor(site, name)))
        return 0
    if arguments.tool == "leaflets":
        from .leaflets import make_leaflets

        out = arguments.out or site.root / "leaflets"
        written = make_leaflets(site, config.nav, arguments.site or site.root / "site", out, languages=arguments.language)
        print(f"{len(written)} leaflets in {out}")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
