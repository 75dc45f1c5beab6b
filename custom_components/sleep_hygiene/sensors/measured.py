"""Sensors of the measured night: time to fall asleep, sleep efficiency, awakenings.

Only in a bedroom with a sleep source (a bed sensor, the phones' sleep estimate, a wearable); the
sensors themselves are in ``measured_entities``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..runtime_data import SleepHygieneConfigEntry
    from .measured_entities import MeasuredSensor


def measured_sensors(entry: SleepHygieneConfigEntry) -> list[MeasuredSensor]:
    """Return the measured-night sensors of a bedroom that has a sleep source, else none."""
    settings = entry.runtime_data.settings
    if not (settings.bed_sensor or settings.phone_sleep or settings.sleep_duration_sensor):
        return []
    # Memory: only a bedroom with a sleep source imports its measured-night sensors.
    from .measured_entities import MEASURED_SENSORS, MeasuredSensor  # noqa: PLC0415

    return [MeasuredSensor(entry, description) for description in MEASURED_SENSORS]
