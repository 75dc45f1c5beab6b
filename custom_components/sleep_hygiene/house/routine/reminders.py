"""Optional reminders at the evening steps, sent to the bedroom's phones, never after lights-out.

Each reminder goes out at most once a night, also across a restart or a reload; one missed while
Home Assistant was down is still sent if it is at most CATCH_UP minutes late.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Final

from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.util import dt as dt_util

from ...const import DOMAIN
from ...model.routine_plan import step_at
from ...model.schedule import NightTimes
from ...model.stored_state import SentReminders
from ..bedroom import Bedroom
from ..detox.controller import DetoxController
from ..experiment.texts import async_arm_line
from ..phones.notify import async_notify_phones
from ..texts import async_texts
from .texts import RoutineTexts

CATCH_UP: Final = timedelta(minutes=15)


class RoutineReminders:
    """Sends the chosen steps' reminders to the bedroom's phones."""

    def __init__(self, bedroom: Bedroom, _detox: DetoxController) -> None:
        """Prepare the reminders of one bedroom."""
        self.hass = bedroom.hass
        self.bedroom = bedroom
        # The reminders sent tonight: read once, kept here and in the night log.
        self._sent = bedroom.log.read_state(SentReminders)

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Follow the clock and send a reminder missed while down; return the stopper."""
        remove = self.bedroom.clock.async_add_listener(self._on_clock)
        now, tonight = dt_util.utcnow(), self.bedroom.clock.times()
        step = step_at(now, tonight)
        if now - tonight.steps[step] <= CATCH_UP:
            self._on_clock(step, tonight)
        return remove

    @callback
    def _on_clock(self, boundary: str, times: NightTimes) -> None:
        if boundary in self.bedroom.settings.reminders and self.bedroom.settings.phones:
            self.bedroom.create_task(self._async_remind(boundary, times), f"{DOMAIN} reminder")

    def _take(self, step: str, times: NightTimes) -> bool:
        """Return True, and remember it, if the step's reminder may go out now."""
        if dt_util.utcnow() >= times.lights_out:
            return False
        record = self.bedroom.log.get(times.night)
        if record is not None and record.skipped:
            return False
        sent = self._sent
        steps = sent.steps if sent is not None and sent.night == times.night else ()
        if step in steps:
            return False
        self._sent = SentReminders(times.night, (*steps, step))
        self.bedroom.log.write_state(SentReminders, self._sent)
        return True

    async def _async_remind(self, step: str, times: NightTimes) -> None:
        if not self._take(step, times):
            return
        texts = await async_texts(self.hass, RoutineTexts)
        message = texts.description(step)
        if line := await async_arm_line(self.bedroom, times.night):
            message = f"{message}\n{line}"
        await async_notify_phones(
            self.hass,
            self.bedroom.settings.phones,
            message,
            title=texts.name(step),
            data={"tag": f"{DOMAIN}_{self.bedroom.entry_id}_routine"},
        )
