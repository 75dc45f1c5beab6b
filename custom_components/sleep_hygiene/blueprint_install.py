"""The blueprints shipped inside the integration, installed where Home Assistant looks for them.

HACS installs only this folder, so the blueprints travel in it (blueprints/automation/) and are
copied to the configuration's blueprints/automation/sleep_hygiene/ when a bedroom is first set up
after a start. A copy the user changed or deleted is theirs and is left alone; a hash of each
file we wrote tells that apart from a copy still as we left it, which follows our updates.
"""

from __future__ import annotations

import asyncio
from enum import StrEnum
import hashlib
from pathlib import Path
from typing import Final

from homeassistant.core import HomeAssistant
from homeassistant.helpers.storage import Store
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN, LOGGER

SHIPPED: Final = Path(__file__).parent / "blueprints" / "automation"
STORAGE_KEY: Final = f"{DOMAIN}.blueprints"
STORAGE_VERSION: Final = 1
_ONCE: HassKey[asyncio.Task[None]] = HassKey(f"{DOMAIN}_blueprints")


class BlueprintAction(StrEnum):
    """What to do with one shipped blueprint."""

    WRITE = "write"  # not there yet, or still as we wrote it and ours has changed
    ADOPT = "adopt"  # already the same as ours (copied by hand, say): ours from now on
    KEEP = "keep"  # changed or deleted by the user, or already up to date


def action_for(ours: str, on_disk: str | None, written: str | None) -> BlueprintAction:
    """Return what to do with a blueprint from the hashes of ours, the copy and what we wrote."""
    if on_disk is None:
        return BlueprintAction.WRITE if written is None else BlueprintAction.KEEP
    if on_disk == ours:
        return BlueprintAction.KEEP if written == ours else BlueprintAction.ADOPT
    return BlueprintAction.WRITE if on_disk == written else BlueprintAction.KEEP


def installed_folder(hass: HomeAssistant) -> Path:
    """Return where the blueprints are installed."""
    return Path(hass.config.path("blueprints", "automation", DOMAIN))


async def async_install_blueprints_once(hass: HomeAssistant) -> None:
    """Install the blueprints once a start, however many bedrooms are set up at once."""
    if (task := hass.data.get(_ONCE)) is None:
        task = hass.data[_ONCE] = hass.async_create_task(
            async_install_blueprints(hass), f"{DOMAIN} blueprints", eager_start=True
        )
    await asyncio.shield(task)


async def async_install_blueprints(hass: HomeAssistant) -> None:
    """Install or update the shipped blueprints the user has not made their own."""
    store: Store[dict[str, str]] = Store(hass, STORAGE_VERSION, STORAGE_KEY)
    written = await store.async_load() or {}
    folder = installed_folder(hass)
    try:
        now = await hass.async_add_executor_job(_install, folder, written)
    except OSError as err:
        LOGGER.warning("The blueprints could not be installed in %s: %s", folder, err)
        return
    if now != written:
        await store.async_save(now)


def _install(folder: Path, written: dict[str, str]) -> dict[str, str]:
    """Write what is ours to write (in the executor); return the hashes of what we wrote."""
    now = dict(written)
    for source in sorted(SHIPPED.glob("*.yaml")):
        ours = source.read_bytes()
        target = folder / source.name
        on_disk = _hash(target.read_bytes()) if target.is_file() else None
        action = action_for(_hash(ours), on_disk, written.get(source.name))
        if action is BlueprintAction.WRITE:
            folder.mkdir(parents=True, exist_ok=True)
            target.write_bytes(ours)
            LOGGER.info("Blueprint %s installed in %s", source.name, folder)
        if action is not BlueprintAction.KEEP:
            now[source.name] = _hash(ours)
    return now


def _hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
