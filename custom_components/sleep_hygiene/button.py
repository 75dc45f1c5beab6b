"""Buttons of a bedroom; each feature module describes its own."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .check_in_entities import check_in_buttons
from .detox_entities import detox_buttons
from .runtime_data import SleepHygieneConfigEntry

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the bedroom's buttons."""
    async_add_entities([*detox_buttons(entry), *check_in_buttons(entry)])
