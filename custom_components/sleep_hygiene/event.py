"""The bedroom's night-events entity, so automations and the logbook see each step."""

from __future__ import annotations

from typing import Any

from homeassistant.components.event import EventEntity
from homeassistant.core import Context, HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import SleepHygieneEntity
from .runtime_data import SleepHygieneConfigEntry
from .signals import NIGHT_EVENT_TYPES, signal_night_event

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SleepHygieneConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the night-events entity."""
    async_add_entities([NightEventEntity(entry)])


class NightEventEntity(SleepHygieneEntity, EventEntity):
    """Shows the latest night event: the detox, lights out, a step, a check-in, a skipped night."""

    def __init__(self, entry: SleepHygieneConfigEntry) -> None:
        """Describe the entity."""
        super().__init__(entry, "night_event")
        self._attr_event_types = list(NIGHT_EVENT_TYPES.values())

    async def async_added_to_hass(self) -> None:
        """Listen for the bedroom's night events."""
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_night_event(self.entry.entry_id), self._on_event
            )
        )

    @callback
    def _on_event(self, event_type: str, data: dict[str, Any], context: Context) -> None:
        # The bus event's context: the logbook says who fired it.
        self.async_set_context(context)
        self._trigger_event(event_type, data)
        self.async_write_ha_state()
