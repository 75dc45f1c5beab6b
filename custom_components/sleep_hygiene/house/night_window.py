"""A part of the bedroom that acts from a boundary of the night until wake.

It follows the routine clock, hears when a setting changes from a dashboard, and catches up once
Home Assistant has started (so the entities it works with have loaded), the times moved, or a
bedroom set up in the night reached the step it waited for.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.start import async_at_started

from ..model.schedule import STEP_WAKE, NightTimes
from ..model.settings import signal_settings_changed
from .bedroom import Bedroom
from .routine.clock import TIMES_CHANGED


class NightWindow(ABC):
    """Begins at the clock boundary ``begins_at``, ends at wake, and catches up after a gap."""

    begins_at: str

    def __init__(self, bedroom: Bedroom) -> None:
        """Prepare; ``async_start`` attaches it to the clock."""
        self.hass = bedroom.hass
        self.bedroom = bedroom

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Follow the clock and the settings, catch up once started; return the stopper."""
        removers = [
            self.bedroom.clock.async_add_listener(self._on_clock),
            async_dispatcher_connect(
                self.hass, signal_settings_changed(self.bedroom.entry_id), self._on_settings
            ),
            *self._listen(),
            async_at_started(self.hass, self._on_started),
            self.bedroom.hold.async_add_listener(self._catch_up),
        ]

        @callback
        def stop() -> None:
            for remove in removers:
                remove()
            self._stop()

        return stop

    def _listen(self) -> list[CALLBACK_TYPE]:
        """Return the removers of any further listeners the window needs."""
        return []

    @callback
    def _on_started(self, _hass: HomeAssistant) -> None:
        self._catch_up()

    @callback
    def _on_clock(self, boundary: str, times: NightTimes) -> None:
        if boundary == self.begins_at:
            self._begin(times)
        elif boundary == STEP_WAKE:
            self._end()
        elif boundary == TIMES_CHANGED:
            self._catch_up()

    @abstractmethod
    def _begin(self, times: NightTimes) -> None:
        """Open tonight's window."""

    @abstractmethod
    def _end(self) -> None:
        """Close the open window (wake)."""

    @abstractmethod
    def _catch_up(self) -> None:
        """Do what the clock would have done while Home Assistant was down or starting."""

    @abstractmethod
    def _on_settings(self) -> None:
        """Follow a setting changed from a dashboard."""

    @abstractmethod
    def _stop(self) -> None:
        """Stop listening to the bedroom's entities."""
