"""Setting up and unloading a bedroom."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from custom_components.sleep_hygiene.const import DOMAIN
from custom_components.sleep_hygiene.model.night import NightRecord

from .conftest import BEDROOM_OPTIONS, config_entry_device


async def test_setup_creates_device_and_entities(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert bedroom_entry.state is ConfigEntryState.LOADED

    device = dr.async_get(hass).async_get(config_entry_device(hass, bedroom_entry.entry_id))
    assert device is not None
    assert (DOMAIN, bedroom_entry.entry_id) in device.identifiers
    assert device.name == "Main bedroom"
    entities = er.async_entries_for_config_entry(er.async_get(hass), bedroom_entry.entry_id)
    assert {e.unique_id for e in entities} >= {"bedroom1_next_detox", "bedroom1_lights_out"}
    assert all(e.device_id == device.id for e in entities)


async def test_unload_leaves_no_listener(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    # A first cycle loads the platforms Home Assistant keeps; the second must add nothing.
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    listeners_before = hass.bus.async_listeners()

    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    clock = bedroom_entry.runtime_data.clock
    heard: list[str] = []
    clock.async_add_listener(lambda boundary, _times: heard.append(boundary))

    assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert bedroom_entry.state is ConfigEntryState.NOT_LOADED
    assert hass.bus.async_listeners() == listeners_before
    # The clock's timer went with the bedroom: a whole day passes and no boundary fires.
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(days=1))
    await hass.async_block_till_done()
    assert heard == []


async def test_services_registered_once(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    services = hass.services.async_services_for_domain(DOMAIN)
    assert set(services) == {
        "log_check_in",
        "send_check_in",
        "start_detox",
        "skip_tonight",
        "resume_tonight",
        "try_detox",
        "get_summary",
        "start_experiment",
        "stop_experiment",
    }
    # They stay when the bedroom is unloaded: they belong to the integration.
    assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
    assert set(hass.services.async_services_for_domain(DOMAIN)) == set(services)


async def test_unload_writes_the_journal_and_removal_deletes_it(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)

    def screens_on(record: NightRecord) -> None:
        record.screen_on_minutes = 7.0

    bedroom_entry.runtime_data.log.update(date(2026, 11, 20), screens_on)
    # The save is debounced; unloading must not wait for it, nor lose it.
    assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
    stored = hass_storage[f"{DOMAIN}.{bedroom_entry.entry_id}"]["data"]
    assert stored["nights"]["2026-11-20"]["screen_on_minutes"] == 7.0

    assert await hass.config_entries.async_remove(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert f"{DOMAIN}.{bedroom_entry.entry_id}" not in hass_storage


async def test_a_bedroom_added_before_unique_ids_gets_one(hass: HomeAssistant) -> None:
    """Entries of 1.1 had none: the name gives it, unless another bedroom has it already."""
    old = MockConfigEntry(
        domain=DOMAIN, title="Loft", data={}, options=BEDROOM_OPTIONS, minor_version=1
    )
    twin = MockConfigEntry(
        domain=DOMAIN, title="loft", data={}, options=BEDROOM_OPTIONS, minor_version=1
    )
    old.add_to_hass(hass)
    twin.add_to_hass(hass)
    assert await async_setup_component(hass, DOMAIN, {})  # sets up both
    await hass.async_block_till_done()
    assert (old.unique_id, old.minor_version, old.state) == ("loft", 2, ConfigEntryState.LOADED)
    assert (twin.unique_id, twin.minor_version, twin.state) == (None, 2, ConfigEntryState.LOADED)


async def test_a_bedroom_of_a_newer_version_is_not_loaded(hass: HomeAssistant) -> None:
    newer = MockConfigEntry(
        domain=DOMAIN, title="Loft", data={}, options=BEDROOM_OPTIONS, version=2
    )
    newer.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(newer.entry_id)
    assert newer.state is ConfigEntryState.MIGRATION_ERROR
