"""Sensors of a bedroom; each family is a module of ``sensors/`` (too many for one file)."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .runtime_data import SleepHygieneConfigEntry
from .sensors.check_in import check_in_sensors
from .sensors.measured import async_measured_sensors
from .sensors.routine import routine_sensors
from .sensors.routine_step import routine_step_sensors
from .sensors.score import score_sensors
from .sensors.temperature import temperature_sensors

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the bedroom's sensors."""
    async_add_entities(
        [
            *routine_sensors(entry),
            *routine_step_sensors(entry),
            *score_sensors(entry),
            *temperature_sensors(entry),
            *check_in_sensors(entry),
            *await async_measured_sensors(hass, entry),
        ]
    )
