"""Keeps a bedroom's summary (score, averages, insights, red flags) up to date.

Recomputed when the night log changes (debounced: a burst of writes makes one recompute) and
when a night ends (the clock's wake). The first summary is made during setup, so the sensors
and Repairs show the right values at once after a restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from homeassistant.core import callback
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.dispatcher import async_dispatcher_connect, async_dispatcher_send
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator
from homeassistant.util import dt as dt_util

from .const import LOGGER
from .house.routine.clock import TIMES_CHANGED
from .model.record_lookup import has_check_in
from .model.red_flags import find_red_flags
from .model.schedule import STEP_WAKE, NightTimes
from .model.summary import WINDOW_DAYS, Summary, summarise
from .signals import signal_nights_changed, signal_scores_current

if TYPE_CHECKING:
    from homeassistant.config_entries import ConfigEntry

    from .house.bedroom import Bedroom
    from .model.night import NightRecord
    from .model.red_flags import RedFlags

# Seconds to wait for more changes before recomputing: a check-in or a detox writes in bursts.
REFRESH_COOLDOWN: Final = 1.0


@dataclass(frozen=True, slots=True)
class ScoreData:
    """The summary at the scored night, and the red flags at the last night answered."""

    summary: Summary
    red_flags: RedFlags


class ScoreCoordinator(DataUpdateCoordinator[ScoreData]):
    """Recomputes the bedroom's summary from its night log."""

    config_entry: ConfigEntry

    def __init__(self, bedroom: Bedroom) -> None:
        """Prepare the coordinator; ``async_start`` makes the first summary and listens."""
        super().__init__(
            bedroom.hass,
            LOGGER,
            config_entry=bedroom.entry,
            name=f"{bedroom.title} score",
            request_refresh_debouncer=Debouncer(
                bedroom.hass, LOGGER, cooldown=REFRESH_COOLDOWN, immediate=False
            ),
            always_update=False,
        )
        self._log = bedroom.log
        self._clock = bedroom.clock
        # Rates the measured night (const.AGE_BANDS).
        self._age_band = bedroom.settings.age_band
        # The earliest night changed since the last summary: older changes void the streak mark.
        self._changed_since: date | None = None
        # Whether the last summary made is news to the panels (see _async_refresh_finished).
        self._news = False

    async def async_start(self) -> None:
        """Make the first summary, then follow the night log and the clock."""
        await self.async_refresh()
        entry = self.config_entry
        entry.async_on_unload(
            async_dispatcher_connect(
                self.hass, signal_nights_changed(entry.entry_id), self._on_night_changed
            )
        )
        entry.async_on_unload(self._clock.async_add_listener(self._on_clock))

    @property
    def red_flags(self) -> RedFlags | None:
        """Return the red flags of the last summary, or None when the journal was unreadable."""
        return self.data.red_flags if self.last_update_success else None

    @callback
    def _on_night_changed(self, night: date) -> None:
        if self._changed_since is None or night < self._changed_since:
            self._changed_since = night
        self._schedule_refresh_soon()

    @callback
    def _on_clock(self, boundary: str, _times: NightTimes) -> None:
        # A night ends at wake; a time zone change may move which night that is.
        if boundary in (STEP_WAKE, TIMES_CHANGED):
            self._schedule_refresh_soon()

    @callback
    def _schedule_refresh_soon(self) -> None:
        # Runs eagerly up to the debouncer, which only arms its timer: no task is left behind.
        self.config_entry.async_create_background_task(
            self.hass, self.async_request_refresh(), f"{self.name} refresh", eager_start=True
        )

    @callback
    def _async_refresh_finished(self) -> None:
        """Say that the summary agrees with the journal now (the coordinator's hook for this).

        Said when a night changed, even if no score moved (a note is news to the panel), or when
        the summary did (a night ended); never for a refresh that found nothing new (the
        summary's action refreshes each time the panel asks for it).
        """
        if self._news:
            self._news = False
            async_dispatcher_send(self.hass, signal_scores_current(self.config_entry.entry_id))

    def scored_night(self) -> date:
        """Return the night the sensors show: the last one ended, or tonight once checked in."""
        tonight = self._clock.times()
        if dt_util.utcnow() >= tonight.lights_out and _checked_in(self._log.get(tonight.night)):
            return tonight.night
        return tonight.night - timedelta(days=1)

    async def _async_update_data(self) -> ScoreData:
        self._news = False
        as_of = self.scored_night()
        # self.data is None until the first summary is made.
        previous: Summary | None = None if self.data is None else self.data.summary
        changed, self._changed_since = self._changed_since, None
        if previous is not None and (
            previous.as_of > as_of or (changed is not None and changed < previous.as_of)
        ):
            previous = None
        records = self._records(as_of, previous)
        tz = dt_util.get_default_time_zone()
        summary = summarise(records, as_of, tz, previous, self._age_band)
        # Until a night is answered, red flags stay as of the night before: the morning's
        # unanswered night must not end an episode that its answer would raise again.
        if _checked_in(self._log.get(as_of)):
            flags = summary.red_flags
        else:
            flags = find_red_flags(records, as_of - timedelta(days=1), tz)
        data = ScoreData(summary=summary, red_flags=flags)
        self._news = changed is not None or data != self.data
        return data

    def _records(self, as_of: date, previous: Summary | None) -> list[NightRecord]:
        """Return the records the summary needs, oldest first.

        With a usable previous summary only the window is read, so a new night costs the same
        whatever the length of the history; without one the whole log is (to count a streak).
        """
        first = as_of - timedelta(days=WINDOW_DAYS - 1)
        if previous is None or previous.streak_mark.night < first:
            return self._log.records()
        nights = (self._log.get(first + timedelta(days=n)) for n in range(WINDOW_DAYS))
        return [record for record in nights if record is not None]


def _checked_in(record: NightRecord | None) -> bool:
    return record is not None and has_check_in(record)
