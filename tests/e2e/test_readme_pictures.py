"""A test run leaves the checkout as it was: the README's pictures go to docs/ only when asked."""

from __future__ import annotations

from pathlib import Path
import subprocess

import pytest

from .ui import DOCS, README_PICTURES, SCREENSHOTS, readme_picture

pytestmark = pytest.mark.e2e


def _ignored(path: Path) -> bool:
    """Return True when git ignores ``path`` (a run writing there changes nothing it tracks)."""
    found = subprocess.run(
        ["git", "check-ignore", "--quiet", "--no-index", str(path)],
        cwd=DOCS.parent,
        check=False,
    )
    return found.returncode == 0


def test_a_test_run_photographs_into_an_ignored_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(README_PICTURES, raising=False)
    picture = readme_picture("panel-morning-phone")
    assert picture.is_relative_to(SCREENSHOTS)
    assert _ignored(picture)
    assert not _ignored(DOCS / "panel-morning-phone.png")


def test_scripts_screenshots_writes_the_readme_s_pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(README_PICTURES, "1")
    assert readme_picture("card-editor") == DOCS / "card-editor.png"
    script = (DOCS.parent / "scripts" / "screenshots").read_text("utf-8")
    assert f"{README_PICTURES}=1" in script
