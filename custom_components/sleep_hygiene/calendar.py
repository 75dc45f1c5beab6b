"""The evening routine as a calendar: tonight's steps and the next week's."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Final

from homeassistant.components.calendar import CalendarEntity, CalendarEvent
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.util import dt as dt_util

from .entity import SleepHygieneEntity
from .house.experiment.control import signal_experiment_changed
from .house.experiment.texts import cached_arm_line
from .house.routine.texts import RoutineTexts
from .house.texts import async_texts
from .model.routine_plan import (
    PlannedStep,
    dates_between,
    in_progress_or_next,
    is_skipped,
    plan_between,
    planned_steps,
    with_detox_started,
)
from .model.schedule import NightTimes, current_night
from .runtime_data import SleepHygieneConfigEntry
from .signals import signal_nights_changed

# Tonight and the next seven nights; the night before stays while its wake may still trigger.
NIGHTS_AHEAD: Final = 7
NIGHTS_BEHIND: Final = 1


PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the bedroom's routine calendar."""
    async_add_entities([RoutineCalendar(entry, await async_texts(hass, RoutineTexts))])


class RoutineCalendar(SleepHygieneEntity, CalendarEntity):
    """Each routine step is an event lasting until the next; a skipped night's detox says so."""

    def __init__(self, entry: SleepHygieneConfigEntry, texts: RoutineTexts) -> None:
        """Describe the calendar."""
        super().__init__(entry, "evening_routine")
        self._texts = texts
        # Home Assistant reads the event several times a write: it is worked out once, and again
        # when it ends, at a boundary of the clock or when a night changes.
        self._shown: CalendarEvent | None = None

    async def async_added_to_hass(self) -> None:
        """Follow the clock and the night log (a night may be skipped)."""
        await super().async_added_to_hass()
        self.redraw_at_every_boundary()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_nights_changed(self.entry.entry_id), self._on_night_changed
            )
        )
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_experiment_changed(self.entry.entry_id), self._on_experiment
            )
        )
        # A detox started (or skipped) by hand changes the step under way.
        self.async_on_remove(self.entry.runtime_data.detox.async_add_listener(self._on_detox))

    @callback
    def _on_detox(self) -> None:
        self._shown = None
        self.async_write_ha_state()

    @callback
    def _on_night_changed(self, _night: date) -> None:
        self._shown = None
        self.async_write_ha_state()

    @callback
    def _on_experiment(self) -> None:
        self._shown = None
        self.async_write_ha_state()

    @callback
    def _redraw(self, boundary: str, times: NightTimes) -> None:
        self._shown = None
        super()._redraw(boundary, times)

    @property
    def event(self) -> CalendarEvent:
        """Return the step under way, else the next one (tomorrow night's steps are all ahead)."""
        now = dt_util.utcnow()
        shown = self._shown
        if shown is None or not (shown.end > now or shown.start >= now):
            data = self.entry.runtime_data
            tonight = data.clock.times()
            plan = planned_steps(tonight) + planned_steps(data.clock.times(1))
            record = data.log.get(tonight.night)
            if data.detox.detox_active and record is not None and record.detox_started:
                # Started early by hand: the detox is the step under way.
                plan = with_detox_started(plan, tonight.night, record.detox_started)
            shown = self._shown = self._calendar_event(in_progress_or_next(now, plan))
        return shown

    async def async_get_events(
        self, hass: HomeAssistant, start_date: datetime, end_date: datetime
    ) -> list[CalendarEvent]:
        """Return the steps between the two instants, from last night to a week ahead."""
        texts = await async_texts(hass, RoutineTexts)
        if texts != self._texts:  # another language
            self._texts, self._shown = texts, None
        clock = self.entry.runtime_data.clock
        tonight = current_night(dt_util.now(), clock.routine)
        nights = dates_between(
            tonight - timedelta(days=NIGHTS_BEHIND), tonight + timedelta(days=NIGHTS_AHEAD)
        )
        plan = plan_between([clock.times_of(night) for night in nights], start_date, end_date)
        return [self._calendar_event(planned) for planned in plan]

    def _calendar_event(self, planned: PlannedStep) -> CalendarEvent:
        record = self.entry.runtime_data.log.get(planned.night)
        # Only the detox and lights-out: the reminders and wake's check-in still come.
        skipped = is_skipped(planned.step, record is not None and record.skipped)
        description = self._texts.description(planned.step, skipped=skipped)
        # A night of an experiment says what it asks, in each of its events.
        if line := cached_arm_line(self.entry.runtime_data.bedroom, planned.night):
            description = f"{description}\n\n{line}"
        return CalendarEvent(
            start=dt_util.as_local(planned.start),
            end=dt_util.as_local(planned.end),
            summary=self._texts.name(planned.step, skipped=skipped),
            description=description,
            uid=f"{self.entry.entry_id}_{planned.night.isoformat()}_{planned.step}",
        )
