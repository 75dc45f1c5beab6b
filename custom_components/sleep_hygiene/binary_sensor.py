"""Binary sensors: the detox is running (detox to lights-out), night mode (lights-out to wake)."""

from __future__ import annotations

from homeassistant.components.binary_sensor import BinarySensorEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import DetoxEntity, SleepHygieneEntity
from .runtime_data import SleepHygieneConfigEntry

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the bedroom's binary sensors."""
    async_add_entities([DetoxActiveSensor(entry), NightModeSensor(entry)])


class DetoxActiveSensor(DetoxEntity, BinarySensorEntity):
    """On from tonight's detox start to lights-out."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the sensor."""
        super().__init__(entry, "detox_active")

    @property
    def is_on(self) -> bool:
        """Return True while the detox runs."""
        return self._detox.detox_active


class NightModeSensor(SleepHygieneEntity, BinarySensorEntity):
    """On from lights-out to wake, by the routine's clock."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the sensor."""
        super().__init__(entry, "night_mode")

    async def async_added_to_hass(self) -> None:
        """Follow the clock."""
        self.redraw_at_every_boundary()

    @property
    def is_on(self) -> bool:
        """Return True between tonight's lights-out and wake."""
        return self.entry.runtime_data.clock.is_night()
