"""Check-in sensors: which of last night's questions are answered, the last check-in, the streak."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Final

from homeassistant.components.sensor import SensorDeviceClass, SensorEntity, SensorStateClass
from homeassistant.core import callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect

from ..entity import LastNightEntity, ScoreEntity, SleepHygieneEntity
from ..model.check_in import answered
from ..model.night import QUESTIONS, CheckIn
from ..runtime_data import SleepHygieneConfigEntry, last_night_of
from ..signals import signal_nights_changed

STATUS_UNANSWERED: Final = "unanswered"
STATUS_PARTIAL: Final = "partial"
STATUS_COMPLETE: Final = "complete"


def check_in_sensors(entry: SleepHygieneConfigEntry) -> list[SensorEntity]:
    """Return the check-in status, last check-in and streak sensors."""
    return [
        CheckInStatusSensor(entry),
        LastCheckInSensor(entry),
        CheckInStreakSensor(entry),
    ]


class CheckInStatusSensor(LastNightEntity, SensorEntity):
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


class CheckInStreakSensor(ScoreEntity, SensorEntity):
    """Nights in a row with a check-in; a morning not yet answered does not end it."""

    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the sensor and attach it to the bedroom's score coordinator."""
        super().__init__(entry, "check_in_streak")

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
