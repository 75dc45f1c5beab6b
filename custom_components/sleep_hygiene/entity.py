"""The base of every entity: one device per bedroom, translated names, stable unique ids."""

from __future__ import annotations

from typing import Final

from homeassistant.core import callback
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity import Entity

from .const import DOMAIN
from .model.schedule import NightTimes
from .runtime_data import SleepHygieneConfigEntry

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
}


class SleepHygieneEntity(Entity):
    """An entity of a bedroom, named by its translation key."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, entry: SleepHygieneConfigEntry, key: str) -> None:
        """Attach the entity to the bedroom's device."""
        self.entry = entry
        self._first_object_id = FIRST_OBJECT_IDS.get(key)
        self._attr_translation_key = key
        self._attr_unique_id = f"{entry.entry_id}_{key}"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            entry_type=DeviceEntryType.SERVICE,
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
