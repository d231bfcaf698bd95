"""Build a site strictly into a temporary folder, and only if that succeeds put it in place of
its site folder. A failed or interrupted build leaves the previous site exactly as it was.

Every page, stylesheet and script also gets a compressed copy (page.html.gz), which a web server
sends to browsers without compressing again (nginx: gzip_static).
"""

from __future__ import annotations

import ctypes
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RENAME_EXCHANGE = 2  # from <linux/fs.h>
AT_FDCWD = -100


def atomic_build(config_file: Path, site_dir: Path) -> int:
    """Build the site of ``config_file`` into ``site_dir``; the exit code of the build."""
    site_dir = site_dir.resolve()
    # The new build sits next to the site folder, on the same file system, so the swap is a rename.
    staging_root = site_dir.parent / ".build"
    staging_root.mkdir(parents=True, exist_ok=True)
    for stale in staging_root.glob("site-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left behind by a build that was killed
    staging = Path(tempfile.mkdtemp(prefix="site-", dir=staging_root))

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config_file), "--site-dir", str(staging)]
    result = subprocess.run(command, cwd=config_file.parent, env=env)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"{site_dir.name}/ was left as it was.", file=sys.stderr)
        return result.returncode

    precompress(staging)
    staging.chmod(0o755)  # mkdtemp makes it private; a web server must be able to read it
    swap_into_place(staging, site_dir)
    pages = sum(1 for _ in site_dir.rglob("*.html"))
    print(f"Built {pages} HTML files into {site_dir}/")
    return 0


COMPRESSIBLE = {".html", ".css", ".js", ".svg", ".json", ".xml", ".txt"}


def precompress(site: Path) -> None:
    for path in site.rglob("*"):
        if path.suffix in COMPRESSIBLE and path.is_file():
            data = path.read_bytes()
            # mtime=0: the same site gives the same bytes, so unchanged files stay unchanged.
            path.with_name(path.name + ".gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def swap_into_place(new: Path, target: Path) -> None:
    """Make ``new`` the ``target`` folder. With an existing target, swap the two atomically where
    Linux allows it (renameat2), so there is no moment without a complete site."""
    if not target.exists():
        new.rename(target)
        return
    if not _exchange(new, target):
        old = target.with_name(target.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
        new.rename(target)
        new = old
    shutil.rmtree(new, ignore_errors=True)  # after the swap, this holds the previous site


def _exchange(a: Path, b: Path) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return result == 0
