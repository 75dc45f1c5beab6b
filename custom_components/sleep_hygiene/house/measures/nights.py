"""The night as measured: a bed sensor and the phones' sleep confidence, from detox to late morning.

Each night's window runs from the detox to four hours after wake (a lie-in, a slow morning). In
it the bed sensor and the phones' sleep confidence are kept as their changes only, and written
into the night's record whenever they change, so a restart loses nothing. Sources that report
after the night (a phone's sleep segment, a wearable's duration or score) are in ``late_sources``.
A bed sensor that has been "on" for longer than a night is refused, never taken as a night.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Final

from homeassistant.const import STATE_ON
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    State,
    callback,
)
from homeassistant.helpers.event import (
    async_track_point_in_utc_time,
    async_track_state_change_event,
)
from homeassistant.helpers.start import async_at_started
from homeassistant.util import dt as dt_util

from ...const import LOGGER
from ...model import measured_record
from ...model.detox_plan import NO_STATE
from ...model.sleep_sources import (
    SOURCE_BED,
    SOURCE_BED_SHARED,
    SOURCE_SLEEP_CONFIDENCE,
    NightSources,
    Span,
    Stretches,
    Timeline,
    gathered,
)
from ..phones.sensors import phone_sensors

if TYPE_CHECKING:
    from ...model.schedule import NightTimes
    from ..bedroom import Bedroom
    from ..detox.controller import DetoxController

MORNING: Final = timedelta(hours=4)
# Google's Sleep API gives a confidence of 0-100 about every 10 minutes; it publishes no cut-off,
# so a clear majority is taken as asleep.
ASLEEP_CONFIDENCE: Final = 75.0


def night_window(times: NightTimes) -> Span:
    """Return the stretch of time a night's sensors are read in: detox to wake + 4 h."""
    return Span(times.detox, times.wake + MORNING)


def confidence_asleep(state: State | None) -> bool | None:
    """Return whether a sleep-confidence state says asleep; None when it says nothing."""
    if state is None or state.state in NO_STATE:
        return None
    try:
        return float(state.state) >= ASLEEP_CONFIDENCE
    except ValueError:
        return None


def bed_occupied(state: State | None) -> bool | None:
    """Return whether a bed-occupancy state says someone is in bed; None when not known."""
    if state is None or state.state in NO_STATE:
        return None
    return state.state == STATE_ON


def resumed(stretches: Stretches | None) -> Timeline:
    """Return a timeline holding stored stretches, not known from the last one's end on."""
    timeline = Timeline()
    if stretches is None:
        return timeline
    spans = sorted(
        [(s, True) for s in stretches.on] + [(s, None) for s in stretches.unknown],
        key=lambda item: item[0].start,
    )
    for span, value in spans:
        timeline.add(span.start, value)
        timeline.add(span.end, False)
    if spans:
        timeline.add(max(span.end for span, _value in spans), None)
    return timeline


class NightMeasures:
    """Keeps one night at a time of the bed sensor and the phones' sleep confidence."""

    def __init__(self, bedroom: Bedroom, _detox: DetoxController) -> None:
        """Measure ``entry``'s nights; call ``async_start`` to run."""
        self._hass = bedroom.hass
        self._bedroom = bedroom
        settings = bedroom.settings
        self._bed = settings.bed_sensor
        self._bed_source = SOURCE_BED_SHARED if settings.bed_shared else SOURCE_BED
        self._phone_sleep = settings.phone_sleep
        self._night: date | None = None
        self._window: Span | None = None
        self._bed_line = Timeline()
        self._asleep_line = Timeline()
        self._confidence: list[str] = []
        self._unsubs: list[CALLBACK_TYPE] = []

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Follow the clock; return the stopper (which writes what was kept)."""
        unsubs = [
            self._bedroom.clock.async_add_listener(self._on_clock),
            async_at_started(self._hass, self._on_started),
        ]

        @callback
        def stop() -> None:
            for unsub in unsubs:
                unsub()
            self._end()

        return stop

    @callback
    def _on_clock(self, _boundary: str, _times: NightTimes) -> None:
        self._sync()

    @callback
    def _on_started(self, _hass: HomeAssistant) -> None:
        self._sync()

    @callback
    def _on_window_end(self, _now: datetime) -> None:
        self._sync()

    @callback
    def _sync(self) -> None:
        """Keep the night whose window holds now; end one that is over."""
        now = dt_util.utcnow()
        clock = self._bedroom.clock
        current = next(
            (
                times
                for times in (clock.times(-1), clock.times())
                if night_window(times).start <= now < night_window(times).end
            ),
            None,
        )
        if self._night is not None and (current is None or current.night != self._night):
            self._end()
        # A bedroom without a bed sensor or the phones' sleep has nothing to keep in the night.
        wanted = self._bed is not None or self._phone_sleep
        if current is not None and self._night is None and wanted:
            self._begin(current, now)

    def _begin(self, times: NightTimes, now: datetime) -> None:
        self._night, self._window = times.night, night_window(times)
        # After a restart: what was kept tonight, and "not known" while Home Assistant was down.
        record = self._bedroom.log.get(times.night)
        stored = None if record is None else measured_record.stored_sources(record)
        self._bed_line = resumed(None if stored is None else stored.bed)
        self._asleep_line = resumed(None if stored is None else stored.asleep)
        watched: list[str] = []
        if self._bed is not None:
            state = self._hass.states.get(self._bed)
            # Since when it has been so: a sensor "on" for 30 hours shows as such, and is refused.
            since = now if stored is not None or state is None else state.last_changed
            self._bed_line.add(since, bed_occupied(state))
            watched.append(self._bed)
        if self._phone_sleep:
            phones = (phone_sensors(self._hass, d) for d in self._bedroom.settings.phones)
            self._confidence = [p.sleep_confidence for p in phones if p and p.sleep_confidence]
            self._asleep_line.add(now, self._asleep_now())
            watched += self._confidence
        if watched:
            self._unsubs = [
                async_track_state_change_event(self._hass, watched, self._on_change),
                async_track_point_in_utc_time(self._hass, self._on_window_end, self._window.end),
            ]

    @callback
    def _on_change(self, event: Event[EventStateChangedData]) -> None:
        new = event.data["new_state"]
        # When the state changed, not when the event was heard (a template may tell us later).
        now = dt_util.utcnow() if new is None else new.last_changed
        if event.data["entity_id"] == self._bed:
            changed = self._bed_line.add(now, bed_occupied(new))
        else:
            changed = self._asleep_line.add(now, self._asleep_now())
        if changed:
            self._write(now)

    def _asleep_now(self) -> bool | None:
        # More than one phone: asleep when any says so (one may lie on the nightstand).
        states = [confidence_asleep(self._hass.states.get(e)) for e in self._confidence]
        return True if any(states) else (False if False in states else None)

    def _end(self) -> None:
        for unsub in self._unsubs:
            unsub()
        self._unsubs = []
        if self._night is not None:
            self._write(dt_util.utcnow())
        self._night = self._window = None

    def _write(self, now: datetime) -> None:
        """Write the night's stretches so far into its record (merged with late sources)."""
        assert self._window is not None, "written only in a night"
        assert self._night is not None, "written only in a night"
        until = min(now, self._window.end)
        if until <= self._window.start:
            return
        refused: list[str] = []
        bed = None
        if self._bed is not None:
            try:
                bed = gathered(
                    self._bed_source,
                    self._bed_line.spans(True, until),
                    self._bed_line.spans(None, until),
                    self._window,
                )
            except ValueError:
                LOGGER.debug("The bed sensor has been on for longer than a night; not used")
                refused.append("bed_stuck")
        asleep = None
        if self._confidence:
            asleep = Stretches(
                SOURCE_SLEEP_CONFIDENCE,
                tuple(self._asleep_line.spans(True, until)),
                tuple(self._asleep_line.spans(None, until)),
            )
        self._bedroom.log.update(
            self._night,
            measured_record.measured_in_night(
                NightSources(self._window, bed=bed, asleep=asleep, refused=tuple(refused))
            ),
        )
