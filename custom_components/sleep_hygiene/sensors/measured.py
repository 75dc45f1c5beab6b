"""Sensors of the measured night: time to fall asleep, sleep efficiency, awakenings.

Only in a bedroom with a sleep source (a bed sensor, the phones' sleep estimate, a wearable); the
sensors themselves are in ``measured_entities``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from homeassistant.core import HomeAssistant
from homeassistant.helpers.importlib import async_import_module

if TYPE_CHECKING:
    from ..runtime_data import SleepHygieneConfigEntry
    from .measured_entities import MeasuredSensor


async def async_measured_sensors(
    hass: HomeAssistant, entry: SleepHygieneConfigEntry
) -> list[MeasuredSensor]:
    """Return the measured-night sensors of a bedroom that has a sleep source, else none."""
    settings = entry.runtime_data.settings
    if not (settings.bed_sensor or settings.phone_sleep or settings.sleep_duration_sensor):
        return []
    # Memory: only a bedroom with a sleep source imports its measured-night sensors (in the
    # executor, as Home Assistant imports: it reads files).
    await async_import_module(hass, f"{__package__}.measured_entities")
    from .measured_entities import MEASURED_SENSORS, MeasuredSensor  # noqa: PLC0415

    return [MeasuredSensor(entry, description) for description in MEASURED_SENSORS]
