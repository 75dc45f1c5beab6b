"""The detox automation switch: runs the bedroom's wind-down, or leaves the bedroom alone."""

from __future__ import annotations

from typing import Any

from homeassistant.components.switch import SwitchEntity
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import DetoxEntity
from .runtime_data import SleepHygieneConfigEntry

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the bedroom's switch."""
    async_add_entities([DetoxSwitch(entry)])


class DetoxSwitch(DetoxEntity, SwitchEntity):
    """Runs the bedroom's detox automation, or leaves the bedroom alone."""

    _attr_entity_category = EntityCategory.CONFIG

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the switch."""
        super().__init__(entry, "detox_automation")

    @property
    def is_on(self) -> bool:
        """Return True when the automation runs."""
        return self._detox.enabled

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Run the automation, catching up tonight."""
        self._detox.set_enabled(True)

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Stop the automation; lights and screens stay as they are."""
        self._detox.set_enabled(False)
