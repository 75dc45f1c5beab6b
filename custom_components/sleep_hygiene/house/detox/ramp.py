"""The timer of the detox's ramp: one step at a time, from the detox level down to the night's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_track_point_in_utc_time

from ...model.detox_plan import RampStep


class RampTimer:
    """Calls ``on_step`` at the next step of a ramp; only one step is ever armed."""

    def __init__(self, hass: HomeAssistant, on_step: Callable[[datetime], None]) -> None:
        """Arm nothing yet."""
        self._hass = hass
        self._on_step = on_step
        self._unsub: CALLBACK_TYPE | None = None
        self._armed_at: datetime | None = None
        self._last_step: datetime | None = None

    @callback
    def schedule(self, steps: list[RampStep], now: datetime) -> None:
        """Arm the first of ``steps`` still to come (a timer already armed for it stays)."""
        # A step due right now is still to come unless it just ran: another boundary of the clock
        # can share its instant and be called first.
        done = self._last_step
        upcoming = [s for s in steps if s.at >= now and (done is None or s.at > done)]
        if upcoming and self._unsub is not None and self._armed_at == upcoming[0].at:
            return
        self.cancel()
        if upcoming:
            self._armed_at = upcoming[0].at
            self._unsub = async_track_point_in_utc_time(self._hass, self._fire, self._armed_at)

    @callback
    def cancel(self) -> None:
        """Disarm the step armed, if any."""
        if self._unsub is not None:
            self._unsub()
            self._unsub = None
            self._armed_at = None

    @callback
    def _fire(self, now: datetime) -> None:
        self._unsub = self._armed_at = None
        self._last_step = now
        self._on_step(now)
