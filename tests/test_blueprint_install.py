"""The blueprints travel inside the integration and are installed where Home Assistant finds them.

Installed when the first bedroom is set up; a copy the user changed or deleted is never
overwritten; a copy still as we wrote it follows our updates. Each later start is another call.
"""

from __future__ import annotations

from pathlib import Path
import shutil
from typing import Any
from unittest.mock import patch

from homeassistant.components.automation.helpers import async_get_blueprints
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene import blueprint_install
from custom_components.sleep_hygiene.blueprint_install import (
    SHIPPED,
    STORAGE_KEY,
    BlueprintAction,
    action_for,
    async_install_blueprints,
    installed_folder,
)
from custom_components.sleep_hygiene.const import DOMAIN

NAMES = sorted(path.name for path in SHIPPED.glob("*.yaml"))
REMINDER = "caffeine_cutoff_reminder.yaml"


@pytest.fixture
def new_version(tmp_path: Path) -> Path:
    """Return a copy of the shipped blueprints that the next start of the integration ships."""
    folder = tmp_path / "shipped"
    shutil.copytree(SHIPPED, folder)
    return folder


async def _start(hass: HomeAssistant, shipped: Path) -> None:
    """Start again with ``shipped`` as the blueprints inside the integration."""
    with patch.object(blueprint_install, "SHIPPED", shipped):
        await async_install_blueprints(hass)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


async def test_setting_up_the_first_bedroom_installs_them(
    hass: HomeAssistant,
    bedroom_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    new_version: Path,
) -> None:
    folder = installed_folder(hass)
    assert folder == Path(hass.config.config_dir) / "blueprints" / "automation" / DOMAIN
    assert not folder.exists()
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert sorted(path.name for path in folder.iterdir()) == NAMES
    for name in NAMES:
        assert (folder / name).read_bytes() == (SHIPPED / name).read_bytes()
    assert sorted(hass_storage[STORAGE_KEY]["data"]) == NAMES
    # Home Assistant lists them for "Create automation".
    listed = await async_get_blueprints(hass).async_get_blueprints()
    assert {f"{DOMAIN}/{name}" for name in NAMES} <= set(listed)
    # Reloading a bedroom (after Configure, say) installs nothing more: that waits for a start.
    _edit(new_version / REMINDER, "cola or energy drinks", "cola, matcha or energy drinks")
    with patch.object(blueprint_install, "SHIPPED", new_version):
        assert await hass.config_entries.async_reload(bedroom_entry.entry_id)
        await hass.async_block_till_done()
    assert (folder / REMINDER).read_bytes() == (SHIPPED / REMINDER).read_bytes()


async def test_a_copy_the_user_changed_is_never_overwritten(
    hass: HomeAssistant, new_version: Path
) -> None:
    await async_install_blueprints(hass)
    mine = installed_folder(hass) / REMINDER
    _edit(mine, "Your legs will thank you tonight.", "Tea is fine before two.")
    changed = mine.read_bytes()
    # Neither a start with the same blueprints nor one with a new version touches it.
    await async_install_blueprints(hass)
    _edit(new_version / REMINDER, "cola or energy drinks", "cola, matcha or energy drinks")
    await _start(hass, new_version)
    assert mine.read_bytes() == changed


async def test_a_copy_still_as_we_wrote_it_follows_our_update(
    hass: HomeAssistant, new_version: Path
) -> None:
    await async_install_blueprints(hass)
    _edit(new_version / REMINDER, "cola or energy drinks", "cola, matcha or energy drinks")
    await _start(hass, new_version)
    installed = installed_folder(hass) / REMINDER
    assert installed.read_bytes() == (new_version / REMINDER).read_bytes()
    # The others are as they were.
    for name in NAMES:
        if name != REMINDER:
            assert (installed_folder(hass) / name).read_bytes() == (SHIPPED / name).read_bytes()


async def test_a_deleted_copy_stays_deleted(hass: HomeAssistant) -> None:
    await async_install_blueprints(hass)
    (installed_folder(hass) / REMINDER).unlink()
    await async_install_blueprints(hass)
    assert not (installed_folder(hass) / REMINDER).exists()


async def test_a_copy_made_by_hand_is_taken_as_ours(
    hass: HomeAssistant, new_version: Path, hass_storage: dict[str, Any]
) -> None:
    """Copied by hand as the README once said: the same file, so it follows our updates."""
    folder = installed_folder(hass)
    shutil.copytree(SHIPPED, folder)
    await async_install_blueprints(hass)
    assert sorted(hass_storage[STORAGE_KEY]["data"]) == NAMES
    _edit(new_version / REMINDER, "cola or energy drinks", "cola, matcha or energy drinks")
    await _start(hass, new_version)
    assert (folder / REMINDER).read_bytes() == (new_version / REMINDER).read_bytes()


async def test_a_folder_that_cannot_be_written_leaves_the_bedroom_working(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry, caplog: pytest.LogCaptureFixture
) -> None:
    # A file where the folder should be: nothing can be written below it.
    installed_folder(hass).parent.mkdir(parents=True)
    installed_folder(hass).write_text("not a folder")
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert "The blueprints could not be installed in" in caplog.text


@pytest.mark.parametrize(
    ("on_disk", "written", "action"),
    [
        (None, None, BlueprintAction.WRITE),  # not there yet
        (None, "ours", BlueprintAction.KEEP),  # deleted by the user
        ("ours", "ours", BlueprintAction.KEEP),  # up to date
        ("ours", None, BlueprintAction.ADOPT),  # copied by hand
        ("old", "old", BlueprintAction.WRITE),  # as we wrote it, and ours is newer
        ("theirs", "old", BlueprintAction.KEEP),  # changed by the user
        ("theirs", None, BlueprintAction.KEEP),  # the user's own file of that name
    ],
)
def test_action_for_each_case(
    on_disk: str | None, written: str | None, action: BlueprintAction
) -> None:
    assert action_for("ours", on_disk, written) is action
