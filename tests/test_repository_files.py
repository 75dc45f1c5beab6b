"""The repository as GitHub, HACS and hassfest see it: licence, workflows, changelog, hacs.json.

The workflows cannot run here; these tests hold them to the README's test command and to the
manifest's version, and run the release's version check itself.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
import json
import os
from pathlib import Path
import re
import subprocess
import sys
import tomllib
from typing import Any

from awesomeversion import AwesomeVersion, AwesomeVersionStrategy
from homeassistant.helpers import config_validation as cv
import pytest
import yaml

from custom_components.sleep_hygiene.const import DOMAIN

ROOT = Path(__file__).parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
MANIFEST = Path("custom_components") / DOMAIN / "manifest.json"
# What hacs.json may hold: HACS_MANIFEST_JSON_SCHEMA (hacs/integration, utils/validate.py).
HACS_JSON_KEYS = {
    "content_in_root",
    "country",
    "filename",
    "hacs",
    "hide_default_branch",
    "homeassistant",
    "name",
    "persistent_directory",
    "render_readme",
    "zip_release",
}
# What HACS requires of an integration's manifest.json (INTEGRATION_MANIFEST_JSON_SCHEMA).
HACS_MANIFEST_KEYS = {"codeowners", "documentation", "domain", "issue_tracker", "name", "version"}
# hassfest's rules for a translation (script/hassfest/translations.py): no references joined
# to other text, no quoted placeholders, no spaces at either end; keys of lowercase letters,
# digits, - and _, neither at an end nor doubled.
COMBINED_REFERENCE = re.compile(r"(.+\[%)|(%\].+)")
QUOTED_PLACEHOLDER = re.compile(r"'{\w+}'")
TRANSLATION_KEY = re.compile(r"^(?!.+[_-]{2})(?![_-])[a-z0-9-_]+(?<![_-])$")
TRANSLATIONS = [
    Path("strings.json"),
    *sorted(
        path.relative_to(ROOT / MANIFEST.parent)
        for path in (ROOT / MANIFEST.parent / "translations").glob("*.json")
    ),
]
# The version schemes hassfest accepts for a custom integration (manifest.py, verify_version).
VERSION_STRATEGIES = [
    AwesomeVersionStrategy.CALVER,
    AwesomeVersionStrategy.SEMVER,
    AwesomeVersionStrategy.SIMPLEVER,
    AwesomeVersionStrategy.BUILDVER,
    AwesomeVersionStrategy.PEP440,
]
# A release heading of Keep a Changelog: "## [0.1.0] - 2026-12-07".
RELEASE_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\S+))?$", re.MULTILINE)


def _manifest_version() -> str:
    version: str = json.loads((ROOT / MANIFEST).read_text(encoding="utf-8"))["version"]
    return version


def _workflow(name: str) -> dict[Any, Any]:
    workflow: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return workflow


def _triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the key `on` as True.
    triggers: dict[str, Any] = workflow[True]
    return triggers


def _steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def _readme_test_command() -> str:
    """The command the README's "Develop and test" gives for every check."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (command,) = re.findall(r"^(scripts/\S+)\s+# every check", readme, re.MULTILINE)
    return str(command)


def _releases() -> list[re.Match[str]]:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return [
        match for match in RELEASE_HEADING.finditer(changelog) if match["version"] != "Unreleased"
    ]


def test_licence_is_mit_and_the_readme_names_it() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n")
    assert "Copyright (c) 2026 Sleep Hygiene for Home Assistant contributors" in licence
    assert "Permission is hereby granted, free of charge, to any person obtaining a copy" in licence
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in licence
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Licence\nMIT: see [`LICENSE`](LICENSE)." in readme


def test_the_tests_workflow_runs_the_readme_test_command_on_a_clean_debian() -> None:
    workflow = _workflow("tests.yml")
    assert {"push", "pull_request"} <= set(_triggers(workflow))
    (job,) = workflow["jobs"].values()
    assert job["runs-on"] == "ubuntu-latest"
    # scripts/setup installs Debian packages with apt as root: a Debian container runs as root.
    assert job["container"].startswith("debian:")
    runs = [step["run"].strip() for step in job["steps"] if "run" in step]
    assert runs[-1] == _readme_test_command()
    checkout = [step["uses"] for step in job["steps"] if "uses" in step]
    assert checkout[0].startswith("actions/checkout@")
    # The README asks for Node.js 20 for the frontend's toolchain.
    (node,) = [
        step for step in job["steps"] if step.get("uses", "").startswith("actions/setup-node@")
    ]
    assert "Node.js 20" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert node["with"]["node-version"] == 20


def test_the_validate_workflow_runs_hassfest_and_the_hacs_action() -> None:
    workflow = _workflow("validate.yml")
    assert set(_triggers(workflow)) == {"push", "pull_request", "schedule", "workflow_dispatch"}
    assert _triggers(workflow)["schedule"]
    jobs = workflow["jobs"]
    # hassfest reads the checkout; the HACS action reads the repository through GitHub's API.
    assert [step["uses"] for step in jobs["hassfest"]["steps"]] == [
        "actions/checkout@v4",
        "home-assistant/actions/hassfest@master",
    ]
    (hacs,) = jobs["hacs"]["steps"]
    assert hacs["uses"] == "hacs/action@main"
    assert hacs["with"] == {"category": "integration"}  # nothing ignored


def _version_check() -> str:
    workflow = _workflow("release.yml")
    assert _triggers(workflow) == {"release": {"types": ["published"]}, "push": {"tags": ["v*"]}}
    (check,) = [step["run"] for step in _steps(workflow) if "run" in step]
    assert str(MANIFEST) in check
    return str(check)


def _run_version_check(folder: Path, tag: str) -> subprocess.CompletedProcess[str]:
    """Run the release workflow's check in ``folder`` as GitHub would for ``tag``."""
    # The runner's python3; here, the one running the tests.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    return subprocess.run(
        ["bash", "-e", "-c", _version_check()],
        cwd=folder,
        env={"GITHUB_REF_NAME": tag, "PATH": path},
        capture_output=True,
        check=False,
        text=True,
    )


@pytest.mark.parametrize("prefix", ["v", ""])
def test_a_release_tagged_with_the_manifest_version_passes(prefix: str) -> None:
    done = _run_version_check(ROOT, prefix + _manifest_version())
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("tag", ["v9.9.9", "vv{version}", "{version}.1", "v{version}-beta"])
def test_a_release_tagged_otherwise_fails(tag: str) -> None:
    tag = tag.format(version=_manifest_version())
    done = _run_version_check(ROOT, tag)
    assert done.returncode == 1
    assert f"the tag {tag} is not manifest.json's version {_manifest_version()}" in done.stdout


def test_a_release_the_changelog_does_not_tell_of_fails(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).parent.mkdir(parents=True)
    manifest = json.loads((ROOT / MANIFEST).read_text(encoding="utf-8"))
    (tmp_path / MANIFEST).write_text(json.dumps(manifest | {"version": "99.0.0"}), "utf-8")
    (tmp_path / "CHANGELOG.md").write_bytes((ROOT / "CHANGELOG.md").read_bytes())
    done = _run_version_check(tmp_path, "v99.0.0")
    assert done.returncode == 1
    assert "CHANGELOG.md has no section for 99.0.0" in done.stdout


def test_the_changelog_newest_release_is_the_manifest_version() -> None:
    releases = _releases()
    assert releases[0]["version"] == _manifest_version()
    versions = [AwesomeVersion(match["version"]) for match in releases]
    assert versions == sorted(versions, reverse=True)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    for match in releases:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", match["date"] or ""), match[0]
        assert f"\n[{match['version']}]: https://github.com/" in changelog, match["version"]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == _manifest_version()


def test_hacs_json_holds_only_keys_hacs_allows() -> None:
    hacs = json.loads((ROOT / "hacs.json").read_text(encoding="utf-8"))
    assert set(hacs) <= HACS_JSON_KEYS
    assert isinstance(hacs["name"], str)
    # HACS downloads the tag's own files: a zip_release would need a filename and an asset on
    # every release.
    assert "zip_release" not in hacs
    assert "content_in_root" not in hacs


def test_hacs_finds_one_integration_with_the_keys_it_requires() -> None:
    # HACS manages only the first folder in custom_components/.
    folders = [path.name for path in (ROOT / "custom_components").iterdir() if path.is_dir()]
    assert [name for name in folders if name != "__pycache__"] == [DOMAIN]
    manifest = json.loads((ROOT / MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest) >= HACS_MANIFEST_KEYS
    assert manifest["domain"] == DOMAIN
    for key in ("documentation", "issue_tracker"):
        assert manifest[key].startswith("https://"), key
    assert (ROOT / MANIFEST).parent.joinpath("brand", "icon.png").is_file()


def test_hassfest_finds_only_the_integration() -> None:
    """The hassfest action validates every manifest.json that `find .` sees in the checkout.

    The checkout holds what git tracks, hidden folders too (files not ignored are one `git add`
    away, so they count).
    The benchmarks' floor integration writes its manifest when the benchmarks run.
    """
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
        text=True,
    ).stdout.split("\0")
    assert [Path(name) for name in listed if Path(name).name == "manifest.json"] == [MANIFEST]


def _floor_manifest() -> dict[str, Any]:
    """The bench's FLOOR_MANIFEST, read without importing the harness (it starts HA's loader)."""
    harness = ast.parse((ROOT / "bench" / "harness.py").read_text(encoding="utf-8"))
    (value,) = [
        node.value
        for node in harness.body
        if isinstance(node, ast.Assign)
        and [getattr(target, "id", None) for target in node.targets] == ["FLOOR_MANIFEST"]
    ]
    manifest: dict[str, Any] = ast.literal_eval(value)
    return manifest


@pytest.mark.parametrize("which", ["integration", "bench floor"])
def test_a_manifest_passes_hassfest_rules_for_a_custom_integration(which: str) -> None:
    manifest = (
        json.loads((ROOT / MANIFEST).read_text(encoding="utf-8"))
        if which == "integration"
        else _floor_manifest()
    )
    keys = list(manifest)
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:])
    # www.home-assistant.io is taken for a built-in integration's page under /integrations/.
    documentation = manifest["documentation"]
    assert documentation.startswith("https://")
    assert not documentation.startswith("https://www.home-assistant.io")
    AwesomeVersion(manifest["version"], ensure_strategy=VERSION_STRATEGIES)


def _texts(node: dict[str, Any], path: str = "") -> Iterator[tuple[str, str]]:
    for key, value in node.items():
        if isinstance(value, dict):
            yield from _texts(value, f"{path}{key}.")
        else:
            yield f"{path}{key}", value


@pytest.mark.parametrize("name", TRANSLATIONS, ids=str)
def test_translations_hold_to_hassfest_rules(name: Path) -> None:
    """hassfest checks strings.json and en.json; Home Assistant loads every language alike."""
    strings = json.loads((ROOT / MANIFEST.parent / name).read_text(encoding="utf-8"))
    for where, text in _texts(strings):
        assert cv.string_with_no_html(text) == text, where
        assert text == text.strip(), where
        assert not QUOTED_PLACEHOLDER.search(text), where
        assert not COMBINED_REFERENCE.search(text), where
    keys = [
        *(key for platform in strings["entity"].values() for key in platform),
        *(
            state
            for platform in strings["entity"].values()
            for entity in platform.values()
            for state in entity.get("state", {})
        ),
        *strings["services"],
        *(field for service in strings["services"].values() for field in service.get("fields", {})),
        *(option for selector in strings["selector"].values() for option in selector["options"]),
    ]
    for key in keys:
        assert TRANSLATION_KEY.match(key), key
    for key in (*strings["exceptions"], *strings.get("common", {})):
        assert cv.slug(key) == key, key


def test_icons_hold_to_hassfest_rules() -> None:
    icons = json.loads((ROOT / MANIFEST.parent / "icons.json").read_text(encoding="utf-8"))
    for where, icon in _texts(icons):
        assert icon.startswith("mdi:"), where
    for name, service in icons["services"].items():
        assert set(service) <= {"service", "sections"}, name
    for platform in icons["entity"].values():
        for key, entity in platform.items():
            # A state's icon that is the default's is one hassfest asks to remove.
            assert entity["default"] not in entity.get("state", {}).values(), key
