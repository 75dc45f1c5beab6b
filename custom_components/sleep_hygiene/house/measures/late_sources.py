"""What reports a night after it is over: a phone's sleep segment, a wearable's duration and score.

The Android app sends a sleep segment once, after it has seen the wake-up (its start and end are
attributes, in milliseconds); a wearable's integration updates last night's duration and score
some time in the morning. These sensors report rarely, so they are listened to all day; each
report goes to the night it describes, and a report that cannot be a night is refused (kept as
such in the night, changing none of its measures).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from homeassistant.const import ATTR_UNIT_OF_MEASUREMENT
from homeassistant.core import CALLBACK_TYPE, Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.helpers.start import async_at_started

from ...const import LOGGER
from ...model import measured_record
from ...model.detox_plan import NO_STATE
from ...model.sleep_sources import (
    SOURCE_SLEEP_SEGMENT,
    Span,
    Stretches,
    checked_minutes,
    checked_score,
)
from ..phones.sensors import phone_sensors
from .nights import night_window

if TYPE_CHECKING:
    from ...model.schedule import NightTimes
    from ..bedroom import Bedroom
    from ..detox.controller import DetoxController

# The Android app's word for a segment it is sure of.
SEGMENT_SUCCESSFUL: Final = "successful"
MINUTES_PER_UNIT: Final = {"d": 1440.0, "h": 60.0, "min": 1.0, "s": 1 / 60, "ms": 1 / 60000}


class LateSources:
    """Puts a late report into the night it describes."""

    def __init__(self, bedroom: Bedroom, _detox: DetoxController) -> None:
        """Listen for ``entry``'s late sources; call ``async_start`` to run."""
        self._hass = bedroom.hass
        self._bedroom = bedroom
        settings = bedroom.settings
        self._duration = settings.sleep_duration_sensor
        self._score = settings.sleep_score_sensor
        self._segments: list[str] = []

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Listen once Home Assistant has started (the phones' entities are loaded)."""
        unsubs: list[CALLBACK_TYPE] = []

        @callback
        def started(_hass: HomeAssistant) -> None:
            settings = self._bedroom.settings
            if settings.phone_sleep:
                phones = (phone_sensors(self._hass, d) for d in settings.phones)
                self._segments = [p.sleep_segment for p in phones if p and p.sleep_segment]
            watched = [*self._segments, *(e for e in (self._duration, self._score) if e)]
            if watched:
                unsubs.append(async_track_state_change_event(self._hass, watched, self._on_report))

        unsubs.append(async_at_started(self._hass, started))

        @callback
        def stop() -> None:
            for unsub in unsubs:
                unsub()

        return stop

    @callback
    def _on_report(self, event: Event[EventStateChangedData]) -> None:
        new = event.data["new_state"]
        if new is None or new.state in NO_STATE:
            return
        entity_id = event.data["entity_id"]
        if entity_id in self._segments:
            self._segment(new.attributes)
            return
        # A wearable reports the night that ended last (its wake has passed).
        last = self._bedroom.clock.times(-1)
        try:
            if entity_id == self._duration:
                minutes = (
                    float(new.state)
                    * MINUTES_PER_UNIT[new.attributes.get(ATTR_UNIT_OF_MEASUREMENT, "min")]
                )
                reported: dict[str, Any] = {"wearable_minutes": checked_minutes(minutes)}
            else:
                reported = {"wearable_score": checked_score(float(new.state))}
        except (ValueError, KeyError):
            LOGGER.debug("%s reported what cannot be a night's sleep; not used", entity_id)
            reported = {"refused": ("wearable_refused",)}
        self._put(last, reported)

    def _segment(self, attributes: Any) -> None:
        if attributes.get("status", SEGMENT_SUCCESSFUL) != SEGMENT_SUCCESSFUL:
            return
        clock = self._bedroom.clock
        try:
            start = datetime.fromtimestamp(int(attributes["start"]) / 1000, UTC)
            span = Span(start, datetime.fromtimestamp(int(attributes["end"]) / 1000, UTC))
        except (KeyError, TypeError, ValueError):
            LOGGER.debug("A sleep segment that ends before it starts, or without times; not used")
            self._put(clock.times(-1), {"refused": ("segment_refused",)})
            return
        for times in (clock.times(-1), clock.times(-2), clock.times()):
            window = night_window(times)
            if (inside := span.clipped(window)) is not None:
                asleep = Stretches(SOURCE_SLEEP_SEGMENT, (inside,))
                self._put(times, {"asleep": asleep})
                return
        LOGGER.debug("A sleep segment outside the last nights; not used")

    def _put(self, times: NightTimes, reported: dict[str, Any]) -> None:
        self._bedroom.log.update(
            times.night, measured_record.reported_late(night_window(times), **reported)
        )
