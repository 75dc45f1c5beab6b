"""Sensors of last night's bedroom temperature: its average and the share of time in comfort.

Both have a state class, so Home Assistant keeps long-term statistics of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE, UnitOfTemperature
from homeassistant.core import callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect

from ..entity import SleepHygieneEntity
from ..model.night import NightRecord
from ..model.schedule import STEP_WAKE, NightTimes
from ..runtime_data import SleepHygieneConfigEntry
from ..signals import signal_nights_changed


@dataclass(frozen=True, kw_only=True)
class NightTemperatureDescription(SensorEntityDescription):
    """A figure of last night's record."""

    value_fn: Callable[[NightRecord], float | None]


def _share_percent(record: NightRecord) -> float | None:
    share = record.temperature_in_band_share
    return None if share is None else round(share * 100, 1)


NIGHT_TEMPERATURE_SENSORS = (
    NightTemperatureDescription(
        key="night_temperature",
        translation_key="night_temperature",
        device_class=SensorDeviceClass.TEMPERATURE,
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement=UnitOfTemperature.CELSIUS,
        suggested_display_precision=1,
        value_fn=lambda record: record.temperature_mean_c,
    ),
    NightTemperatureDescription(
        key="night_comfort_share",
        translation_key="night_comfort_share",
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement=PERCENTAGE,
        suggested_display_precision=0,
        value_fn=_share_percent,
    ),
)


def temperature_sensors(entry: SleepHygieneConfigEntry) -> list[NightTemperatureSensor]:
    """Return last night's temperature sensors."""
    return [NightTemperatureSensor(entry, description) for description in NIGHT_TEMPERATURE_SENSORS]


class NightTemperatureSensor(SleepHygieneEntity, SensorEntity):
    """A temperature figure of the last night that has ended."""

    entity_description: NightTemperatureDescription

    def __init__(
        self, entry: SleepHygieneConfigEntry, description: NightTemperatureDescription
    ) -> None:
        """Describe the sensor."""
        super().__init__(entry, description.key)
        self.entity_description = description

    async def async_added_to_hass(self) -> None:
        """Follow the night log, and move on to the new last night at wake."""
        data = self.entry.runtime_data
        self.async_on_remove(data.clock.async_add_listener(self._on_clock))
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_nights_changed(self.entry.entry_id), self._on_night_changed
            )
        )

    @callback
    def _on_clock(self, boundary: str, _times: NightTimes) -> None:
        if boundary == STEP_WAKE:
            self.async_write_ha_state()

    @callback
    def _on_night_changed(self, night: date) -> None:
        if night == self._night:
            self.async_write_ha_state()

    @property
    def _night(self) -> date:
        """Return the last night whose wake has passed."""
        return self.entry.runtime_data.clock.times().night - timedelta(days=1)

    @property
    def native_value(self) -> float | None:
        """Return the figure, or None when last night has none."""
        record = self.entry.runtime_data.log.get(self._night)
        return None if record is None else self.entity_description.value_fn(record)

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return which night the figure is of."""
        return {"night": self._night.isoformat()}
