"""The base of every entity: one device per bedroom, translated names, stable unique ids.

And the two bases several platforms share: entities that show the detox controller, and
entities about last night's check-in.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from homeassistant.core import callback
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity import Entity
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .const import DOMAIN
from .coordinator import ScoreCoordinator
from .house.detox.controller import DetoxController
from .model.schedule import NightTimes
from .runtime_data import SleepHygieneConfigEntry, last_night_of
from .signals import signal_nights_changed

# Entities whose names changed keep the entity ids their first names gave them (dashboards,
# automations and the README name them), by translation key.
FIRST_OBJECT_IDS: Final = {
    "bedroom_score": "bedroom_wind_down_score",
    "check_in_twitches": "leg_twitches",
    "check_in_leg_sensations": "leg_sensations",
    "check_in_awakenings": "awakenings",
    "check_in_pain": "pain_or_cramps",
    "check_in_rested": "rested",
    "check_in_caffeine": "last_caffeine",
    "check_in_alcohol": "alcohol",
    "check_in_evening": "evening",
    "submit_check_in": "submit_check_in",
    "check_in_streak": "check_in_streak",
    # Named for what it is ("goes with worse nights"), it keeps the id it was first given.
    "likely_trigger": "likely_trigger",
}


class SleepHygieneEntity(Entity):
    """An entity of a bedroom, named by its translation key."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, entry: SleepHygieneConfigEntry, key: str) -> None:
        """Attach the entity to the bedroom's device."""
        self._attach(entry, key)

    def _attach(self, entry: SleepHygieneConfigEntry, key: str) -> None:
        """Name the entity by ``key`` and put it on the bedroom's device."""
        self.entry = entry
        self._first_object_id = FIRST_OBJECT_IDS.get(key)
        self._attr_translation_key = key
        self._attr_unique_id = f"{entry.entry_id}_{key}"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            # A bedroom is a place with devices, not a web service: no "service" on its page.
            # None, not left out, so a bedroom made by an earlier version loses the label too.
            entry_type=None,
            manufacturer="Sleep Hygiene",
            model="Bedroom",
        )

    @property
    def suggested_object_id(self) -> str | None:
        """Return what the entity id is made from: a renamed entity's first name."""
        return self._first_object_id or super().suggested_object_id

    @callback
    def redraw_at_every_boundary(self) -> None:
        """Write the state again at each boundary of the routine clock, while the entity is added.

        For states that follow the time of night (the step, the next detox, the calendar).
        """
        self.async_on_remove(self.entry.runtime_data.clock.async_add_listener(self._redraw))

    @callback
    def _redraw(self, _boundary: str, _times: NightTimes) -> None:
        self.async_write_ha_state()


class DetoxEntity(SleepHygieneEntity):
    """An entity that shows the controller's state."""

    @property
    def _detox(self) -> DetoxController:
        return self.entry.runtime_data.detox

    async def async_added_to_hass(self) -> None:
        """Follow the controller."""
        self.async_on_remove(self._detox.async_add_listener(self.async_write_ha_state))


class LastNightEntity(SleepHygieneEntity):
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


class ScoreEntity(CoordinatorEntity[ScoreCoordinator], SleepHygieneEntity):
    """An entity that shows the bedroom's summary, redrawn whenever the coordinator makes one."""

    def __init__(self, entry: SleepHygieneConfigEntry, key: str) -> None:
        """Follow the bedroom's score coordinator, on the bedroom's device."""
        super().__init__(entry.runtime_data.scores)
        self._attach(entry, key)
