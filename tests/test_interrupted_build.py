"""A build that is killed half-way (a cancelled CI job, a closed terminal, a power cut for the
process) leaves the previous site/ exactly as it was, and the next build works."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from test_build_command import tree_fingerprint

from helpers import ROOT

BUILD = [sys.executable, "-m", "civic_site", "-f", str(ROOT / "mkdocs.yml"), "build"]


def _writing_pages(staging: Path) -> bool:
    return any(staging.rglob("*.html")) and not any(staging.rglob("*.gz"))


def _compressing(staging: Path) -> bool:
    return any(staging.rglob("*.gz"))


MOMENTS: dict[str, Callable[[Path], bool]] = {"while MkDocs writes the pages": _writing_pages, "while the files are compressed": _compressing}


@pytest.mark.parametrize("moment", MOMENTS, ids=["writing", "compressing"])
def test_a_build_killed_half_way_leaves_the_previous_site_as_it_was(built_site: Path, tmp_path: Path, moment: str) -> None:
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    (site / "earlier-build.txt").write_text("the site that was online before\n", encoding="utf-8")
    before = tree_fingerprint(site)

    build = subprocess.Popen([*BUILD, "--site-dir", str(site)], start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reached = MOMENTS[moment]
    deadline = time.monotonic() + 120
    try:
        while not any(reached(staging) for staging in (tmp_path / ".build").glob("site-*")):
            assert build.poll() is None, "the build ended before it could be interrupted"
            assert time.monotonic() < deadline, f"the build never got to the moment {moment!r}"
            time.sleep(0.01)
    finally:
        os.killpg(build.pid, signal.SIGKILL)  # the build and everything it started, without warning
        build.wait()

    assert tree_fingerprint(site) == before

    finished = subprocess.run([*BUILD, "--site-dir", str(site)], capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert not (site / "earlier-build.txt").exists(), "the next build replaced the site"
    assert list((tmp_path / ".build").glob("site-*")) == [], "what the killed build left behind is cleared away"
