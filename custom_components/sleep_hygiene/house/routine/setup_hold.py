"""A bedroom set up, or changed, in the middle of a night waits for the next step, and says so.

Between tonight's first action and wake, a new bedroom, or one reloaded with settings that change
what the house does, leaves the lights, screens and thermostat as they are until the next step
of the routine; a notice says until when. A restart is not this: the settings are those the
bedroom last ran with, so it catches up as ever. What the bedroom waits for is kept in the night
log, so a restart while it waits goes on waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.util import dt as dt_util

from ...const import DOMAIN
from ...model.clock_text import format_clock
from ...model.joining import acting_fingerprint, mark_at_setup
from ...model.schedule import NightTimes
from ...model.settings import BedroomSettings
from ...model.stored_state import SetupMark
from ..journal.store import NightLog
from ..texts import Texts, async_texts
from .clock import RoutineClock
from .notices import async_show_notice
from .texts import RoutineTexts


class SetupHold:
    """Whether the bedroom waits for a step before it acts, and what ends the wait."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        settings: BedroomSettings,
        clock: RoutineClock,
        log: NightLog,
    ) -> None:
        """Decide, before anything acts, whether the bedroom waits (and keep the decision)."""
        self.hass = hass
        self.entry = entry
        self._settings = settings
        self._clock = clock
        self._log = log
        self._listeners: list[Callable[[], None]] = []
        # Whether the night log held anything: a bedroom new today missed no step it could catch up.
        self.ran_before = log.holds_anything()
        self._mark = mark_at_setup(
            log.read_state(SetupMark),
            acting_fingerprint(settings),
            ran_before=self.ran_before,
            now=dt_util.utcnow(),
            tonight=clock.times(),
        )
        log.write_state(SetupMark, self._mark)

    @property
    def waiting(self) -> bool:
        """Return True while the bedroom waits for its step."""
        until = self._mark.waits_until
        return until is not None and dt_util.utcnow() < until

    @callback
    def async_add_listener(self, listener: Callable[[], None]) -> CALLBACK_TYPE:
        """Call ``listener`` when the wait ends (to catch up as after a restart)."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Say what the bedroom waits for, and end the wait at its step; return the stopper."""
        step, until = self._mark.step, self._mark.waits_until
        settings = self._settings
        acts = bool(settings.lights or settings.screens or settings.climate)
        if step is not None and until is not None and acts:
            self.entry.async_create_task(
                self.hass, self._async_tell(step, until), f"{DOMAIN} waits for the next step"
            )
        return self._clock.async_add_listener(self._on_clock)

    @callback
    def _on_clock(self, _boundary: str, _times: NightTimes) -> None:
        if self._mark.waits_until is None or self.waiting:
            return
        self._mark = SetupMark(self._mark.fingerprint)
        self._log.write_state(SetupMark, self._mark)
        for listener in list(self._listeners):
            listener()

    async def _async_tell(self, step: str, until: datetime) -> None:
        """Say until when the lights, screens and thermostat are left as they are."""
        texts = await async_texts(self.hass, Texts)
        message = texts.text(
            "notice_waits_for_step",
            bedroom=self.entry.title,
            step=(await async_texts(self.hass, RoutineTexts)).name(step),
            time=format_clock(dt_util.as_local(until), self.hass.config.language),
        )
        await async_show_notice(self.hass, self.entry, message)
