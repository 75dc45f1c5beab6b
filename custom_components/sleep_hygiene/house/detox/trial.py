"""A try of the detox's dim: the bedroom's lights go warm and low for a few minutes, then back.

Only the lights: screens are left as they are (switching a television off and on again by
itself is not a try). Our calls are told apart by their context as the detox does; a light a
person changes during the try is theirs and is not put back. The real detox, starting during a
try, takes the lights over as they are (a skip then puts them back as they were before the try).
A try is not kept across a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final

from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.event import async_call_later, async_track_state_change_event
from homeassistant.util import dt as dt_util

from ...const import DOMAIN
from ...model.detox_plan import LightBefore, Phase, Tonight
from ...model.settings import BedroomSettings
from ..own_calls import Call, OwnCalls
from .lights import DetoxLights

TRY_TRANSITION: Final = timedelta(seconds=5)
DEFAULT_TRY_MINUTES: Final = 3
MAX_TRY_MINUTES: Final = 15


class DetoxTry:
    """Dims the lights as the detox would, for a few minutes, and puts them back."""

    def __init__(
        self, hass: HomeAssistant, settings: BedroomSettings, changed: Callable[[], None]
    ) -> None:
        """Try on the bedroom's lights, at its detox level and colour; ``changed``: tell."""
        self._hass = hass
        self._changed = changed
        self._settings = settings
        self._calls = OwnCalls(hass)
        self._lights = DetoxLights(hass, self, settings.lights, settings.detox_color_temp)
        # A night of its own: what was dimmed, and what a person took over meanwhile.
        self._tonight = Tonight(night=dt_util.now().date(), phase=Phase.DETOX)
        self._unsub_state: CALLBACK_TYPE | None = None
        self._unsub_timer: CALLBACK_TYPE | None = None
        self.ends_at: datetime | None = None

    @property
    def tonight(self) -> Tonight:
        """Return the try's own state (the lights' host reads it)."""
        return self._tonight

    @property
    def running(self) -> bool:
        """Return True while the lights are dimmed for a try."""
        return self.ends_at is not None

    def start(self, minutes: int) -> None:
        """Dim the lights for ``minutes``; a try under way is given the new length."""
        if not self._settings.lights:
            raise ServiceValidationError(translation_domain=DOMAIN, translation_key="try_no_lights")
        now = dt_util.utcnow()
        if self._unsub_state is None:
            self._tonight = Tonight(night=dt_util.now().date(), phase=Phase.DETOX)
            self._unsub_state = async_track_state_change_event(
                self._hass, self._settings.lights, self._on_state
            )
        if self._unsub_timer is not None:
            self._unsub_timer()
        level = self._settings.detox_brightness
        self.run(self._lights.dim(self._tonight, level, now, TRY_TRANSITION))
        self.ends_at = now + timedelta(minutes=minutes)
        self._unsub_timer = async_call_later(self._hass, minutes * 60, self._on_time_up)
        self._changed()

    @callback
    def stop(self) -> None:
        """End the try: the lights it dimmed, and no person changed, go back as they were."""
        if self._end():
            self.run(self._lights.restore(self._tonight))

    @callback
    def hand_over(self) -> dict[str, LightBefore]:
        """End the try for the detox, which keeps the lights dimmed: return how they were."""
        if not self._end():
            return {}
        before = {
            entity_id: light
            for entity_id, light in self._tonight.before.items()
            if entity_id not in self._tonight.released
        }
        self._tonight.before.clear()
        return before

    def _end(self) -> bool:
        """Stop following the lights and the clock; return False if no try was under way."""
        if not self.running:
            return False
        for unsub in (self._unsub_state, self._unsub_timer):
            if unsub is not None:
                unsub()
        self._unsub_state = self._unsub_timer = None
        self.ends_at = None
        self._changed()
        return True

    @callback
    def _on_time_up(self, _now: datetime) -> None:
        self._unsub_timer = None  # it has fired
        self.stop()

    @callback
    def _on_state(self, event: Event[EventStateChangedData]) -> None:
        if not self._calls.is_ours(event.context):
            self._lights.on_change(event, dt_util.utcnow())

    # -- what the lights need from their host --------------------------------------------------

    @callback
    def run(self, calls: list[Call]) -> None:
        """Make the calls in a task."""
        if calls:
            self._hass.async_create_task(
                self._calls.async_call_all(calls), "sleep_hygiene try of the detox"
            )

    def save(self) -> None:
        """Keep nothing: a try is not kept across a restart."""

    def record_override(self, entity_id: str) -> None:
        """Record nothing: a change during a try is the person's, not a night's override."""

    def ramp_level(self, now: datetime) -> int:
        """Return the level of a light that comes back during the try: the detox level."""
        return self._settings.detox_brightness

    def lights_out_owed(self, now: datetime) -> bool:
        """Return False: a try has no lights-out."""
        return False
