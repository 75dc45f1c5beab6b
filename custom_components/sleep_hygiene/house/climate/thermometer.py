"""Bedroom temperature from lights-out to wake, written to the night's record at wake.

Read from the configured temperature sensor, else the thermostat's current temperature. The
running tally lives in the night log's ``state["temperature"]``, so a restart carries on; the
reading is listened to only between lights-out and wake.
"""

from __future__ import annotations

from datetime import date
import math
from typing import Any

from homeassistant.components.climate.const import ATTR_CURRENT_TEMPERATURE
from homeassistant.const import ATTR_UNIT_OF_MEASUREMENT, UnitOfTemperature
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    State,
    callback,
)
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.util import dt as dt_util
from homeassistant.util.unit_conversion import TemperatureConverter

from ...model.comfort_stats import ComfortTally, NightTemperature, comfort_band_c
from ...model.night import NightRecord
from ...model.schedule import STEP_LIGHTS_OUT, NightTimes
from ...model.settings import BedroomSettings
from ...model.temperature import convert_temperature
from ..bedroom import Bedroom
from ..night_window import NightWindow


def temperature_source(settings: BedroomSettings) -> tuple[str, str | None] | None:
    """Return the entity and attribute (None: its state) the bedroom temperature is read from."""
    if settings.temperature_sensor:
        return settings.temperature_sensor, None
    if settings.climate:
        return settings.climate, ATTR_CURRENT_TEMPERATURE
    return None


class BedroomThermometer(NightWindow):
    """Measures one bedroom's night, from lights-out to wake."""

    begins_at = STEP_LIGHTS_OUT

    def __init__(
        self,
        bedroom: Bedroom,
        source: tuple[str, str | None],
    ) -> None:
        """Prepare; ``async_start`` attaches it to the clock."""
        super().__init__(bedroom)
        self.entity_id, self.attribute = source
        self._unsub_state: CALLBACK_TYPE | None = None
        # Tonight's measures so far: read once, kept here and in the night log.
        self._stored = bedroom.log.read_state(NightTemperature)

    @property
    def listening(self) -> bool:
        """Return True while the temperature is followed (only the night needs it)."""
        return self._unsub_state is not None

    @callback
    def _stop(self) -> None:
        self._follow(False)

    @callback
    def _catch_up(self) -> None:
        times = self.bedroom.clock.times()
        night = self._load()
        if night is not None and night.night != times.night:
            self._end()  # that night's wake has passed
            night = None
        if night is None:
            # A bedroom set up in the night measures from its next night: this one is not its own.
            waiting = self.bedroom.hold.waiting
            if times.lights_out <= dt_util.utcnow() < times.wake and not waiting:
                self._begin(times)
            return
        # A restart: the last reading held until now, as the history shows it.
        night.tally.add(dt_util.utcnow(), self._value_c(self.hass.states.get(self.entity_id)))
        self._save(night)

    @callback
    def _begin(self, times: NightTimes) -> None:
        settings = self.bedroom.settings
        tally = ComfortTally(
            target_c=self._target_c(times.night), band_c=comfort_band_c(settings.temperature_unit)
        )
        tally.add(dt_util.utcnow(), self._value_c(self.hass.states.get(self.entity_id)))
        self._save(NightTemperature(times.night, times.wake, tally))

    @callback
    def _end(self) -> None:
        night = self._load()
        if night is None:
            return
        tally = night.tally
        tally.close(min(dt_util.utcnow(), night.wake))
        self._save(None)

        def write(record: NightRecord) -> None:
            record.temperature_target_c = round(tally.target_c, 2)
            mean, share = tally.mean_c, tally.in_band_share
            record.temperature_mean_c = None if mean is None else round(mean, 2)
            record.temperature_in_band_share = None if share is None else round(share, 4)

        self.bedroom.log.update(night.night, write)

    @callback
    def _on_state(self, event: Event[EventStateChangedData]) -> None:
        night = self._load()
        assert night is not None  # listened to only while a night is open
        night.tally.add(event.time_fired, self._value_c(event.data["new_state"]))
        self._save(night)

    @callback
    def _on_settings(self) -> None:
        """Count a new target from the dashboard from now on."""
        night = self._load()
        if night is None:
            return
        night.tally.close(dt_util.utcnow())
        night.tally.target_c = self._target_c(night.night)
        self._save(night)

    def _target_c(self, night: date) -> float:
        # An experiment on the bedroom's target sets the night's own.
        target, unit = self.bedroom.arms.night_target(night, self.bedroom.settings)
        return convert_temperature(target, unit, UnitOfTemperature.CELSIUS)

    def _value_c(self, state: State | None) -> float | None:
        """Return the reading in °C, or None when there is no number to read."""
        if state is None:
            return None
        unit = self.hass.config.units.temperature_unit
        if self.attribute is None:
            raw: Any = state.state
            unit = state.attributes.get(ATTR_UNIT_OF_MEASUREMENT, unit)
        else:
            raw = state.attributes.get(self.attribute)
        if unit not in TemperatureConverter.VALID_UNITS:
            return None
        try:
            value = float(raw)
        except (TypeError, ValueError):
            return None
        if not math.isfinite(value):
            return None
        return convert_temperature(value, unit, UnitOfTemperature.CELSIUS)

    def _load(self) -> NightTemperature | None:
        return self._stored

    @callback
    def _save(self, night: NightTemperature | None) -> None:
        self._stored = night
        self.bedroom.log.write_state(NightTemperature, night)
        self._follow(night is not None)

    @callback
    def _follow(self, listening: bool) -> None:
        if listening and self._unsub_state is None:
            self._unsub_state = async_track_state_change_event(
                self.hass, self.entity_id, self._on_state
            )
        elif not listening and self._unsub_state is not None:
            self._unsub_state()
            self._unsub_state = None
