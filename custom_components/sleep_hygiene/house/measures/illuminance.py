"""How dark the bedroom really was, from its illuminance sensor, for the score.

Brown et al. 2022 (PLoS Biol) recommend at most 10 lux in the evening's last hour and at most
1 lux while asleep. The brightest reading of each window goes into the night's record; a maximum
only grows, so a restart loses nothing and the sensor's value when we start again is taken too.
The sensor is listened to only inside the windows.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from homeassistant.const import STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    callback,
)
from homeassistant.helpers.event import (
    async_track_point_in_utc_time,
    async_track_state_change_event,
)
from homeassistant.util import dt as dt_util

from ...model.night import NightRecord
from ...model.schedule import NightTimes
from ..bedroom import Bedroom
from ..detox.controller import DetoxController
from ..journal.store import NightLog
from ..routine.clock import RoutineClock

WIND_DOWN: Final = timedelta(hours=1)
# Lights fade out and sensors report late: the first minutes after lights-out are not "asleep".
SETTLE: Final = timedelta(minutes=5)


def windows(times: NightTimes) -> tuple[tuple[datetime, datetime], tuple[datetime, datetime]]:
    """Return the wind-down and asleep windows of a night."""
    return (
        (times.lights_out - WIND_DOWN, times.lights_out),
        (times.lights_out + SETTLE, times.wake),
    )


class IlluminanceTracker:
    """Keeps the brightest reading of the wind-down hour and of the night."""

    def __init__(self, bedroom: Bedroom, _detox: DetoxController) -> None:
        """Watch the bedroom's light sensor; call ``async_start`` to run."""
        self._hass = bedroom.hass
        assert bedroom.settings.illuminance_sensor is not None, "started with a light sensor"
        self._sensor = bedroom.settings.illuminance_sensor
        self._clock: RoutineClock = bedroom.clock
        self._log: NightLog = bedroom.log
        self._unsub_timer: CALLBACK_TYPE | None = None
        self._unsub_sensor: CALLBACK_TYPE | None = None
        self._next_window: datetime | None = None

    @property
    def listening(self) -> bool:
        """Return True while the light sensor is followed (only the night needs it)."""
        return self._unsub_sensor is not None

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Follow the sensor and the clock; return the stopper."""
        unsub_clock = self._clock.async_add_listener(lambda _boundary, _times: self._measure())
        self._measure()

        @callback
        def stop() -> None:
            unsub_clock()
            self._follow(listen=False)
            if self._unsub_timer is not None:
                self._unsub_timer()
                self._unsub_timer = None

        return stop

    @callback
    def _on_sensor(self, _event: Event[EventStateChangedData]) -> None:
        self._measure()

    @callback
    def _on_window(self, _now: datetime) -> None:
        self._unsub_timer = None
        self._measure()

    @callback
    def _measure(self) -> None:
        """Take the reading into the window it falls in, and wake up for the next window."""
        now, times = dt_util.utcnow(), self._clock.times()
        wind_down, asleep = windows(times)
        winding_down = wind_down[0] <= now < wind_down[1]
        sleeping = asleep[0] <= now < asleep[1]
        # A window ends at a boundary of the clock (lights-out, wake), which measures again.
        self._follow(listen=winding_down or sleeping)
        lux = self._lux()
        if lux is not None and winding_down:
            self._keep(times, lux, asleep=False)
        elif lux is not None and sleeping:
            self._keep(times, lux, asleep=True)
        starts = [start for start, _end in (wind_down, asleep) if start > now]
        self._wake_at(starts[0] if starts else windows(self._clock.times(1))[0][0])

    def _keep(self, times: NightTimes, lux: float, *, asleep: bool) -> None:
        """Keep ``lux`` if it is the brightest of its window so far."""
        record = self._log.get(times.night)
        if record is not None:
            brightest = record.lux_asleep_max if asleep else record.lux_wind_down_max
            if brightest is not None and lux <= brightest:
                return

        def keep(record: NightRecord) -> None:
            if asleep:
                record.lux_asleep_max = lux
            else:
                record.lux_wind_down_max = lux

        self._log.update(times.night, keep)

    @callback
    def _follow(self, *, listen: bool) -> None:
        if listen and self._unsub_sensor is None:
            self._unsub_sensor = async_track_state_change_event(
                self._hass, self._sensor, self._on_sensor
            )
        elif not listen and self._unsub_sensor is not None:
            self._unsub_sensor()
            self._unsub_sensor = None

    def _wake_at(self, when: datetime) -> None:
        if self._unsub_timer is not None and when == self._next_window:
            return
        if self._unsub_timer is not None:
            self._unsub_timer()
        self._next_window = when
        self._unsub_timer = async_track_point_in_utc_time(self._hass, self._on_window, when)

    def _lux(self) -> float | None:
        state = self._hass.states.get(self._sensor)
        if state is None or state.state in (STATE_UNAVAILABLE, STATE_UNKNOWN):
            return None
        # An illuminance sensor's state is numeric: Home Assistant refuses anything else.
        return float(state.state)
