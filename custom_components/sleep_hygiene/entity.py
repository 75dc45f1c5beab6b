"""The base of every entity: one device per bedroom, translated names, stable unique ids."""

from __future__ import annotations

from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity import Entity

from .const import DOMAIN
from .runtime_data import SleepHygieneConfigEntry


class SleepHygieneEntity(Entity):
    """An entity of a bedroom, named by its translation key."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, entry: SleepHygieneConfigEntry, key: str) -> None:
        """Attach the entity to the bedroom's device."""
        self.entry = entry
        self._attr_translation_key = key
        self._attr_unique_id = f"{entry.entry_id}_{key}"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            entry_type=DeviceEntryType.SERVICE,
            manufacturer="Sleep Hygiene",
            model="Bedroom",
        )
