"""Every entity of the demo bedroom, its state, attributes and registry entry, as a snapshot.

A change to any of them shows in review as a diff of ``snapshots/test_entity_snapshots.ambr``
(update with ``--snapshot-update``). The registry fields are the ones a user or an automation
sees, so one snapshot holds for every supported release.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from syrupy.assertion import SnapshotAssertion

from custom_components.sleep_hygiene.const import DOMAIN

from .demo_bedroom import demo_bedroom
from .journal_fixtures import LAST_NIGHT, TIME_ZONE, local

REGISTRY_FIELDS = (
    "unique_id",
    "translation_key",
    "has_entity_name",
    "original_name",
    "entity_category",
    "original_device_class",
    "unit_of_measurement",
    "disabled_by",
    "capabilities",
)


def _plain(value: Any) -> Any:
    """Return ``value`` with enums as their values: releases differ in which keys are enums."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _registry(entry: er.RegistryEntry, entry_id: str) -> dict[str, Any]:
    seen = {field: getattr(entry, field) for field in REGISTRY_FIELDS}
    # Entry ids are random: the key after them is what identifies an entity.
    seen["unique_id"] = seen["unique_id"].replace(entry_id, "<entry_id>")
    return dict(_plain(seen))


async def test_every_entity_of_a_configured_bedroom(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, snapshot: SnapshotAssertion
) -> None:
    await hass.config.async_set_time_zone(TIME_ZONE)
    freezer.move_to(local(LAST_NIGHT, 10))
    await demo_bedroom(hass)
    (bedroom,) = hass.config_entries.async_entries(DOMAIN)
    registry = er.async_get(hass)
    entries = sorted(
        er.async_entries_for_config_entry(registry, bedroom.entry_id),
        key=lambda entry: entry.entity_id,
    )
    assert len(entries) >= 30
    for entry in entries:
        state = hass.states.get(entry.entity_id)
        assert state is not None, entry.entity_id
        seen = {
            "state": state.state,
            "attributes": _plain(dict(state.attributes)),
            "registry": _registry(entry, bedroom.entry_id),
        }
        assert seen == snapshot(name=entry.entity_id)
