"""The bedroom's clock: calls listeners at each boundary of the routine.

One timer per bedroom, always set for the next boundary only, so an idle bedroom costs nothing.
It follows time zone changes of the Home Assistant configuration. A night's routine can differ from
the bedroom's (an experiment's earlier detox): every part asks the clock, so all of them agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Final, NamedTuple

from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers.event import async_track_point_in_utc_time
from homeassistant.util import dt as dt_util

from ...model.schedule import NightTimes, Routine, current_night, last_night, night_times

# The climate setpoint change is a boundary of its own, ahead of lights-out.
CLIMATE_START: Final = "climate_start"
# Passed to listeners when times moved (time zone change) rather than a boundary being reached.
TIMES_CHANGED: Final = "times_changed"

type ClockListener = Callable[[str, NightTimes], None]
# A night's detox lead in minutes when it is not the routine's (None: the routine's).
type DetoxLead = Callable[[date], int | None]


def _routine_lead(_night: date) -> int | None:
    return None


class _Tonight(NamedTuple):
    """The current night's times, which hold from the previous wake to this night's wake."""

    since: datetime
    times: NightTimes
    tz: tzinfo


class RoutineClock:
    """Tells listeners when a routine step (or the climate start) of a night is reached."""

    def __init__(
        self, hass: HomeAssistant, routine: Routine, detox_lead: DetoxLead = _routine_lead
    ) -> None:
        """Set up the clock; call ``async_start`` to arm it.

        ``detox_lead`` gives a night's own detox lead, where it has one.
        """
        self.hass = hass
        self.routine = routine
        self._detox_lead = detox_lead
        self._listeners: list[ClockListener] = []
        self._unsub_timer: CALLBACK_TYPE | None = None
        self._armed_at = dt_util.now()
        self._tonight: _Tonight | None = None

    def routine_of(self, night: date) -> Routine:
        """Return the routine of ``night``: the bedroom's, with the night's own detox lead."""
        minutes = self._detox_lead(night)
        if minutes is None:
            return self.routine
        return replace(self.routine, detox_lead=timedelta(minutes=minutes))

    def times_of(self, night: date) -> NightTimes:
        """Return the times of ``night`` (the evening it began), in today's time zone."""
        return night_times(night, self.routine_of(night), dt_util.get_default_time_zone())

    def times(self, night_offset: int = 0) -> NightTimes:
        """Return the times of the current night (or one ``night_offset`` nights away)."""
        # Every entity asks at every write: the night is worked out once, until its wake.
        now, tz = dt_util.utcnow(), dt_util.get_default_time_zone()
        tonight = self._tonight
        if tonight is None or tonight.tz is not tz or not tonight.since <= now < tonight.times.wake:
            # Wake does not depend on a night's detox lead: the bedroom's routine finds the night.
            night = current_night(now.astimezone(tz), self.routine)
            since = night_times(night - timedelta(days=1), self.routine, tz).wake
            tonight = self._tonight = _Tonight(since, self.times_of(night), tz)
        if not night_offset:
            return tonight.times
        return self.times_of(tonight.times.night + timedelta(days=night_offset))

    def is_night(self) -> bool:
        """Return True between tonight's lights-out and wake."""
        times = self.times()
        return times.lights_out <= dt_util.utcnow() < times.wake

    def last_night(self) -> date:
        """Return the latest night whose lights-out has passed (a morning check-in's night)."""
        return last_night(dt_util.utcnow(), self.times())

    @callback
    def async_add_listener(self, listener: ClockListener) -> CALLBACK_TYPE:
        """Call ``listener(boundary, times)`` at each boundary; return the remover."""
        self._listeners.append(listener)

        @callback
        def remove() -> None:
            self._listeners.remove(listener)

        return remove

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Arm the timer and follow configuration changes; return the stopper."""
        unsub_config = self.hass.bus.async_listen(
            EVENT_CORE_CONFIG_UPDATE, self._async_config_updated
        )
        self._schedule_next()

        @callback
        def stop() -> None:
            unsub_config()
            if self._unsub_timer:
                self._unsub_timer()
                self._unsub_timer = None

        return stop

    def _upcoming(self, after: datetime) -> list[tuple[datetime, str, NightTimes]]:
        """Return the boundaries of last, this and next night that fall after ``after``."""
        upcoming: list[tuple[datetime, str, NightTimes]] = []
        for offset in (-1, 0, 1):
            times = self.times(offset)
            boundaries = dict(times.steps) | {CLIMATE_START: times.climate_start}
            upcoming += [(at, name, times) for name, at in boundaries.items() if at > after]
        return sorted(upcoming, key=lambda item: item[0])

    @callback
    def _schedule_next(self) -> None:
        """Arm the timer for the first boundary after now."""
        if self._unsub_timer:
            self._unsub_timer()
        self._armed_at = dt_util.now()
        first = self._upcoming(self._armed_at)[0][0]
        self._unsub_timer = async_track_point_in_utc_time(self.hass, self._async_fire, first)

    @callback
    def _async_fire(self, _fired_at: datetime) -> None:
        self._unsub_timer = None
        now = dt_util.now()
        # A late timer (a busy or suspended machine) fires every boundary it passed, in order.
        for at, name, times in self._upcoming(self._armed_at):
            if at > now:
                break
            self._notify(name, times)
        self._schedule_next()

    @callback
    def async_times_changed(self) -> None:
        """Take a night's new times (an experiment began or stopped): re-arm and tell everyone."""
        self._tonight = None
        self._schedule_next()
        self._notify(TIMES_CHANGED, self.times())

    @callback
    def _async_config_updated(self, _event: Event) -> None:
        self.async_times_changed()

    def _notify(self, name: str, times: NightTimes) -> None:
        for listener in list(self._listeners):
            listener(name, times)
