"""Sensors of a bedroom; each feature module describes its own."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .check_in_entities import check_in_sensors
from .measured_sensors import measured_sensors
from .routine_sensors import routine_sensors
from .routine_step import routine_step_sensors
from .runtime_data import SleepHygieneConfigEntry
from .score_sensors import score_sensors
from .temperature_sensors import temperature_sensors

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
            *measured_sensors(entry),
        ]
    )
