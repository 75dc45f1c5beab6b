"""The bedroom's phones as screens: minutes with a phone's screen on, from the detox to wake.

Android's companion app reports whether the phone is interactive (screen on and in use); those
minutes count with the bedroom's screens. A phone whose own tracker says it is away is not in the
bedroom and is not counted. iOS reports no screen state (only whether a Focus is on), so an
iPhone adds no minutes. The phones are listened to only while the night needs them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from homeassistant.const import STATE_ON
from homeassistant.core import CALLBACK_TYPE, Event, EventStateChangedData, callback
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.util import dt as dt_util

from ...model import measured_record
from ...model.detox_plan import Phase
from .sensors import PhoneSensors, is_away, phone_sensors

if TYPE_CHECKING:
    from ...model.detox_record import RecordChange
    from ..bedroom import Bedroom
    from ..detox.controller import DetoxController


class PhoneScreens:
    """Counts the minutes any of the bedroom's phones has its screen on, detox to wake."""

    def __init__(self, bedroom: Bedroom, detox: DetoxController) -> None:
        """Count for ``entry``'s phones; call ``async_start`` to run."""
        self._hass = bedroom.hass
        self._bedroom = bedroom
        self._detox = detox
        self._phones: list[PhoneSensors] = []
        self._on_since: datetime | None = None
        # The night being counted: at wake the detox has already moved on to the next one.
        self._night: date | None = None
        self._unsub: CALLBACK_TYPE | None = None

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Follow the detox's phase; return the stopper (which counts up to now)."""
        unsub = self._detox.async_add_listener(self._sync)
        self._sync()

        @callback
        def stop() -> None:
            unsub()
            self._follow(listen=False)

        return stop

    @property
    def _needed(self) -> bool:
        detox = self._detox
        return detox.enabled and detox.tonight.phase in (Phase.DETOX, Phase.NIGHT)

    @callback
    def _sync(self) -> None:
        self._follow(listen=self._needed)

    @callback
    def _follow(self, *, listen: bool) -> None:
        if listen and self._unsub is None:
            found = (phone_sensors(self._hass, d) for d in self._bedroom.settings.phones)
            self._phones = [p for p in found if p is not None and p.interactive is not None]
            if not self._phones:
                return
            self._night = self._detox.tonight.night
            self._log(measured_record.phones_watched())
            watched = [e for p in self._phones for e in (p.interactive, p.tracker) if e]
            self._unsub = async_track_state_change_event(self._hass, watched, self._on_change)
            self._count(dt_util.utcnow())
        elif not listen and self._unsub is not None:
            self._unsub()
            self._unsub = None
            self._phones = []
            self._count(dt_util.utcnow())

    @callback
    def _on_change(self, _event: Event[EventStateChangedData]) -> None:
        self._count(dt_util.utcnow())

    def _any_on(self) -> bool:
        for phone in self._phones:
            assert phone.interactive is not None
            state = self._hass.states.get(phone.interactive)
            if state is not None and state.state == STATE_ON and not is_away(self._hass, phone):
                return True
        return False

    def _count(self, now: datetime) -> None:
        """Open or close the stretch during which any phone's screen is on."""
        on = self._any_on()
        if on and self._on_since is None:
            self._on_since = now
        elif not on and self._on_since is not None:
            minutes = (now - self._on_since).total_seconds() / 60
            self._on_since = None
            self._log(measured_record.phone_minutes(minutes))

    def _log(self, change: RecordChange) -> None:
        if self._night is not None:
            self._bedroom.log.update(self._night, change)
