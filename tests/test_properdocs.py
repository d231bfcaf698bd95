"""A tested way off MkDocs 1.x: ProperDocs, MkDocs' maintained fork, builds the same site from
the same mkdocs.yml, page for page and word for word (only its name in the generator tag differs)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from helpers import ROOT

GENERATOR = re.compile(r'<meta name="generator" content="[^"]*">')


def files_of(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file() and path.suffix != ".gz"}


def without_page_hashes(offline_list: bytes) -> dict:
    """An offline file list without what follows from the pages' bytes (which name the generator)."""
    data = json.loads(offline_list)
    data.pop("version"), data.pop("bytes")
    data["files"] = [{"u": file["u"]} if file["u"].endswith(".html") else file for file in data["files"]]
    return data


def test_properdocs_builds_the_same_site_as_mkdocs(built_site: Path, tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "properdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "--site-dir", str(tmp_path / "site")]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    ours, theirs = files_of(built_site), files_of(tmp_path / "site")
    assert sorted(theirs) == sorted(ours), "the same pages and files"
    different = []
    for name, content in ours.items():
        if name.endswith(".html"):
            same = GENERATOR.sub("", content.decode("utf-8")) == GENERATOR.sub("", theirs[name].decode("utf-8"))
        elif name.startswith("assets/offline/"):
            same = without_page_hashes(content) == without_page_hashes(theirs[name])
        else:
            same = content == theirs[name]
        if not same:
            different.append(name)
    assert not different, f"{len(different)} files differ, e.g. {different[:5]}"
    assert b"ProperDocs" in theirs["index.html"], "the build really was ProperDocs'"
