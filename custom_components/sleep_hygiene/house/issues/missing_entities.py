"""Repairs issues for a bedroom's thermostat or temperature sensor that has disappeared.

Checked once Home Assistant has started (so slow integrations are not taken for gone), then on
entity registry changes to those entities only. Each issue carries what its fix flow needs.
"""

from __future__ import annotations

from typing import Final

from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.helpers.start import async_at_started

from ...const import CONF_CLIMATE, CONF_TEMPERATURE_SENSOR, DOMAIN
from ..bedroom import Bedroom

WATCHED_KEYS: Final = (CONF_CLIMATE, CONF_TEMPERATURE_SENSOR)
# The issue data's "fix" value that routes an issue to the missing-entity fix flow.
FIX_MISSING_ENTITY: Final = "missing_entity"


def missing_entity_issue_id(entry_id: str, key: str) -> str:
    """Return the issue id of a bedroom's missing entity."""
    return f"missing_{key}_{entry_id}"


@callback
def async_watch_missing_entities(bedroom: Bedroom) -> CALLBACK_TYPE:
    """Raise or clear the bedroom's missing-entity issues; return the stopper."""
    data = bedroom.entry.data
    watched = {data[key]: key for key in WATCHED_KEYS if data.get(key)}
    registry = er.async_get(bedroom.hass)

    @callback
    def check(_hass: HomeAssistant) -> None:
        for entity_id, key in watched.items():
            gone = (
                bedroom.hass.states.get(entity_id) is None and registry.async_get(entity_id) is None
            )
            _set_issue(bedroom, key, entity_id, gone)

    @callback
    def concerns_us(data: er.EventEntityRegistryUpdatedData) -> bool:
        return data["entity_id"] in watched or data.get("old_entity_id") in watched

    @callback
    def registry_updated(event: Event[er.EventEntityRegistryUpdatedData]) -> None:
        data = event.data
        if data["action"] == "update":
            # Renamed away from the configured id: the bedroom no longer finds it.
            old = data.get("old_entity_id")
            if old is not None and old in watched:
                _set_issue(bedroom, watched[old], old, True)
            return
        if data["entity_id"] in watched:
            entity_id = data["entity_id"]
            _set_issue(bedroom, watched[entity_id], entity_id, data["action"] == "remove")

    removers = [
        async_at_started(bedroom.hass, check),
        bedroom.hass.bus.async_listen(
            er.EVENT_ENTITY_REGISTRY_UPDATED, registry_updated, event_filter=concerns_us
        ),
    ]

    @callback
    def stop() -> None:
        for remove in removers:
            remove()
        # Issues are checked again when the bedroom loads; none stays for an unloaded one.
        for key in WATCHED_KEYS:
            ir.async_delete_issue(
                bedroom.hass, DOMAIN, missing_entity_issue_id(bedroom.entry_id, key)
            )

    return stop


@callback
def _set_issue(bedroom: Bedroom, key: str, entity_id: str, gone: bool) -> None:
    issue_id = missing_entity_issue_id(bedroom.entry_id, key)
    if not gone:
        ir.async_delete_issue(bedroom.hass, DOMAIN, issue_id)
        return
    ir.async_create_issue(
        bedroom.hass,
        DOMAIN,
        issue_id,
        is_fixable=True,
        severity=ir.IssueSeverity.WARNING,
        translation_key=f"missing_{key}",
        translation_placeholders={"bedroom": bedroom.title, "entity_id": entity_id},
        data={
            "fix": FIX_MISSING_ENTITY,
            "entry_id": bedroom.entry_id,
            "key": key,
            "entity_id": entity_id,
        },
    )
