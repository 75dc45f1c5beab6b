"""Timestamp sensors of the routine: the next digital detox and tonight's lights-out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
)
from homeassistant.util import dt as dt_util

from ..entity import SleepHygieneEntity
from ..model.detox_plan import Phase
from ..runtime_data import SleepHygieneConfigEntry


@dataclass(frozen=True, kw_only=True)
class RoutineSensorDescription(SensorEntityDescription):
    """A timestamp sensor that follows the routine clock."""

    value_fn: Callable[[SleepHygieneConfigEntry], datetime]


def _next_detox(entry: SleepHygieneConfigEntry) -> datetime:
    """Return when the detox under way began, else tonight's to come, else tomorrow's."""
    data = entry.runtime_data
    tonight = data.clock.times()
    if data.detox.detox_active:
        record = data.log.get(tonight.night)
        assert record is not None, "the detox has started"
        assert record.detox_started is not None, "the detox has started"
        return record.detox_started
    # A skipped night has no detox to come; nor has tonight once its detox has begun.
    if tonight.detox > dt_util.now() and data.detox.tonight.phase is Phase.WAITING:
        return tonight.detox
    return data.clock.times(1).detox


def _lights_out(entry: SleepHygieneConfigEntry) -> datetime:
    return entry.runtime_data.clock.times().lights_out


ROUTINE_SENSORS = (
    RoutineSensorDescription(
        key="next_detox",
        translation_key="next_detox",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=_next_detox,
    ),
    RoutineSensorDescription(
        key="lights_out",
        translation_key="lights_out",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=_lights_out,
    ),
)


def routine_sensors(entry: SleepHygieneConfigEntry) -> list[RoutineSensor]:
    """Return the routine's timestamp sensors."""
    return [RoutineSensor(entry, description) for description in ROUTINE_SENSORS]


class RoutineSensor(SleepHygieneEntity, SensorEntity):
    """A routine time, moved on by the clock."""

    entity_description: RoutineSensorDescription

    def __init__(
        self, entry: SleepHygieneConfigEntry, description: RoutineSensorDescription
    ) -> None:
        """Describe the sensor."""
        super().__init__(entry, description.key)
        self.entity_description = description

    async def async_added_to_hass(self) -> None:
        """Follow the clock, and the detox (started or skipped by hand)."""
        self.redraw_at_every_boundary()
        detox = self.entry.runtime_data.detox
        self.async_on_remove(detox.async_add_listener(self.async_write_ha_state))

    @property
    def native_value(self) -> datetime:
        """Return the time."""
        return self.entity_description.value_fn(self.entry)
