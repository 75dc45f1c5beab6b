"""Which step the evening is in: a sensor for dashboards, and an event at each step."""

from __future__ import annotations

from homeassistant.components.sensor import SensorDeviceClass, SensorEntity
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.util import dt as dt_util

from ..const import EVENT_ROUTINE_STEP
from ..entity import SleepHygieneEntity
from ..model.routine_plan import is_skipped, step_at
from ..model.schedule import STEPS, NightTimes
from ..runtime_data import SleepHygieneConfigEntry
from ..signals import fire_night_event


@callback
def async_start_step_events(hass: HomeAssistant, entry: SleepHygieneConfigEntry) -> CALLBACK_TYPE:
    """Fire the routine-step event at each step the clock reaches; return the stopper."""
    log = entry.runtime_data.log

    @callback
    def on_clock(boundary: str, times: NightTimes) -> None:
        if boundary not in STEPS:
            return
        record = log.get(times.night)
        data = {
            "step": boundary,
            "night": times.night.isoformat(),
            "skipped": is_skipped(boundary, record is not None and record.skipped),
        }
        fire_night_event(hass, entry.entry_id, EVENT_ROUTINE_STEP, data)

    return entry.runtime_data.clock.async_add_listener(on_clock)


def routine_step_sensors(entry: SleepHygieneConfigEntry) -> list[RoutineStepSensor]:
    """Return the routine-step sensor."""
    return [RoutineStepSensor(entry)]


class RoutineStepSensor(SleepHygieneEntity, SensorEntity):
    """The step in effect: from one step's time until the next; wake until the first step."""

    _attr_device_class = SensorDeviceClass.ENUM

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the sensor."""
        super().__init__(entry, "routine_step")
        self._attr_options = list(STEPS)

    async def async_added_to_hass(self) -> None:
        """Follow the clock, and the detox (started early by hand)."""
        await super().async_added_to_hass()
        self.redraw_at_every_boundary()
        self.async_on_remove(
            self.entry.runtime_data.detox.async_add_listener(self.async_write_ha_state)
        )

    @property
    def native_value(self) -> str:
        """Return the step in effect now: the detox's while it runs."""
        data = self.entry.runtime_data
        return step_at(dt_util.utcnow(), data.clock.times(), detox_running=data.detox.detox_active)
