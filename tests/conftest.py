from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ROOT, copy_project, run_build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project, built once with `mkdocs build --strict`, for tests that read the output."""
    site = tmp_path_factory.mktemp("built") / "site"
    result = run_build(ROOT, site)
    assert result.returncode == 0, f"the site does not build:\n{result.stdout}\n{result.stderr}"
    return site


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the project that a test may change."""
    return copy_project(tmp_path / "project")
