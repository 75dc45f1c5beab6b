"""The check-in on a dashboard: a select per question, a submit button, and check-in sensors.

The selects are a form for last night: they show its stored answers, and a choice made on the
dashboard is a draft (kept across a restart) until "Submit check-in" stores it. The sensors show
which of last night's questions are answered, when the last check-in was, and the streak.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Final

from homeassistant.components.button import ButtonEntity
from homeassistant.components.select import SelectEntity
from homeassistant.components.sensor import SensorDeviceClass, SensorEntity, SensorStateClass
from homeassistant.core import callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .const import DOMAIN
from .coordinator import ScoreCoordinator
from .entity import SleepHygieneEntity
from .house.check_in_recorder import async_record_check_in, last_night_of
from .house.check_in_texts import async_check_in_texts
from .house.notices import async_show_notice
from .model.check_in import SOURCE_DASHBOARD, answered
from .model.night import QUESTIONS, CheckIn
from .model.score import score_night
from .model.stored_state import CheckInDraft
from .runtime_data import SleepHygieneConfigEntry
from .signals import signal_nights_changed

STATUS_UNANSWERED: Final = "unanswered"
STATUS_PARTIAL: Final = "partial"
STATUS_COMPLETE: Final = "complete"


def check_in_selects(entry: SleepHygieneConfigEntry) -> list[CheckInSelect]:
    """Return one select per question."""
    return [CheckInSelect(entry, question) for question in QUESTIONS]


def check_in_buttons(entry: SleepHygieneConfigEntry) -> list[SubmitCheckInButton]:
    """Return the submit button."""
    return [SubmitCheckInButton(entry)]


def check_in_sensors(entry: SleepHygieneConfigEntry) -> list[SensorEntity]:
    """Return the check-in status, last check-in and streak sensors."""
    return [
        CheckInStatusSensor(entry),
        LastCheckInSensor(entry),
        CheckInStreakSensor(entry),
    ]


def draft(entry: SleepHygieneConfigEntry, night: date) -> dict[str, str]:
    """Return the dashboard's draft answers for ``night`` (a draft for another night is stale)."""
    saved = entry.runtime_data.log.read_state(CheckInDraft)
    if saved is None or saved.night != night:
        return {}
    return {key: value for key, value in saved.answers.items() if value in QUESTIONS.get(key, ())}


class _LastNightEntity(SleepHygieneEntity):
    """An entity about last night: refreshed when its record changes or the night moves on."""

    async def async_added_to_hass(self) -> None:
        """Follow the night log and the clock."""
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_nights_changed(self.entry.entry_id), self._on_night_changed
            )
        )
        self.redraw_at_every_boundary()

    @callback
    def _on_night_changed(self, night: date) -> None:
        if night == last_night_of(self.entry):
            self.async_write_ha_state()

    def _answers(self) -> dict[str, str]:
        record = self.entry.runtime_data.log.get(last_night_of(self.entry))
        return {} if record is None or record.check_in is None else record.check_in.answers


class CheckInSelect(_LastNightEntity, SelectEntity):
    """One question of last night's check-in."""

    def __init__(self, entry: SleepHygieneConfigEntry, question: str) -> None:
        """Describe the select."""
        super().__init__(entry, f"check_in_{question}")
        self._question = question
        self._attr_options = list(QUESTIONS[question])

    @property
    def current_option(self) -> str | None:
        """Return the draft answer, else the stored one, else None (unanswered)."""
        night = last_night_of(self.entry)
        pending = draft(self.entry, night).get(self._question)
        return pending or self._answers().get(self._question)

    async def async_select_option(self, option: str) -> None:
        """Keep the choice as a draft until the check-in is submitted."""
        night = last_night_of(self.entry)
        answers = draft(self.entry, night) | {self._question: option}
        self.entry.runtime_data.log.write_state(CheckInDraft, CheckInDraft(night, answers))
        self.async_write_ha_state()


class SubmitCheckInButton(SleepHygieneEntity, ButtonEntity):
    """Stores the answers chosen on the dashboard as last night's check-in."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the button."""
        super().__init__(entry, "submit_check_in")

    async def async_press(self) -> None:
        """Store the draft, or say there is nothing to store."""
        night = last_night_of(self.entry)
        answers = draft(self.entry, night)
        if not answers:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="check_in_nothing_to_submit"
            )
        log = self.entry.runtime_data.log
        log.write_state(CheckInDraft, None)
        await async_record_check_in(
            self.hass, self.entry, night, answers, None, source=SOURCE_DASHBOARD
        )
        # The same thanks as on the phone, where the dashboard shows it: until the next step.
        scored = score_night(log.records(), night)
        texts = await async_check_in_texts(self.hass)
        thanks = texts.thanks(None if scored is None else scored.score)
        await async_show_notice(self.hass, self.entry, thanks)


class CheckInStatusSensor(_LastNightEntity, SensorEntity):
    """Which of last night's questions are answered."""

    _attr_device_class = SensorDeviceClass.ENUM

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the sensor."""
        super().__init__(entry, "check_in_status")
        self._attr_options = [STATUS_UNANSWERED, STATUS_PARTIAL, STATUS_COMPLETE]

    @property
    def native_value(self) -> str:
        """Return unanswered, partial or complete."""
        given = len(answered(self._check_in()))
        if given == 0:
            return STATUS_UNANSWERED
        return STATUS_COMPLETE if given == len(QUESTIONS) else STATUS_PARTIAL

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the night and its answered and open questions (not the answers)."""
        given = answered(self._check_in())
        return {
            "night": last_night_of(self.entry).isoformat(),
            "answered": given,
            "unanswered": [question for question in QUESTIONS if question not in given],
        }

    def _check_in(self) -> CheckIn | None:
        record = self.entry.runtime_data.log.get(last_night_of(self.entry))
        return None if record is None else record.check_in


class LastCheckInSensor(SleepHygieneEntity, SensorEntity):
    """When the last answer of any night was given."""

    _attr_device_class = SensorDeviceClass.TIMESTAMP

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the sensor."""
        super().__init__(entry, "last_check_in")
        self._attr_native_value: datetime | None = None

    async def async_added_to_hass(self) -> None:
        """Find the latest check-in once, then follow changes."""
        for record in self.entry.runtime_data.log.records():
            self._consider(record.night)
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_nights_changed(self.entry.entry_id), self._on_night_changed
            )
        )

    @callback
    def _on_night_changed(self, night: date) -> None:
        if self._consider(night):
            self.async_write_ha_state()

    def _consider(self, night: date) -> bool:
        """Take the night's check-in time if it is the latest; return True if it was."""
        record = self.entry.runtime_data.log.get(night)
        logged_at = None if record is None or record.check_in is None else record.check_in.logged_at
        if logged_at is None or (
            self._attr_native_value is not None and logged_at <= self._attr_native_value
        ):
            return False
        self._attr_native_value = logged_at
        return True


class CheckInStreakSensor(SleepHygieneEntity, CoordinatorEntity[ScoreCoordinator], SensorEntity):
    """Nights in a row with a check-in; a morning not yet answered does not end it."""

    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the sensor and attach it to the bedroom's score coordinator."""
        SleepHygieneEntity.__init__(self, entry, "check_in_streak")
        CoordinatorEntity.__init__(self, entry.runtime_data.scores)

    @property
    def native_value(self) -> int:
        """Return the streak up to the scored night, or up to the night before it."""
        summary = self.coordinator.data.summary
        return max(summary.streak, summary.streak_mark.length)

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the night the streak is counted to and whether it is answered."""
        summary = self.coordinator.data.summary
        return {"night": summary.as_of.isoformat(), "checked_in": summary.streak > 0}
