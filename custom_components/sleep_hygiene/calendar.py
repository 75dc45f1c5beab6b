"""Calendars of a bedroom; each feature module describes its own."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .routine_calendar import async_routine_calendars
from .runtime_data import SleepHygieneConfigEntry

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the bedroom's calendars."""
    async_add_entities(await async_routine_calendars(hass, entry))
