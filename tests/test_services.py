"""Service actions find their bedroom or say clearly why not."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import DOMAIN


async def test_unknown_entry_is_a_translated_error(hass: HomeAssistant) -> None:
    assert await async_setup_component(hass, DOMAIN, {})
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "start_detox", {"config_entry_id": "nope"}, blocking=True
        )
    assert err.value.translation_key == "entry_not_found"
    assert err.value.translation_placeholders == {"entry_id": "nope"}


async def test_entry_of_another_domain_is_refused(hass: HomeAssistant) -> None:
    assert await async_setup_component(hass, DOMAIN, {})
    other = MockConfigEntry(domain="demo", entry_id="other")
    other.add_to_hass(hass)
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "start_detox", {"config_entry_id": "other"}, blocking=True
        )
    assert err.value.translation_key == "entry_not_found"


async def test_unloaded_entry_is_a_translated_error(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "start_detox", {"config_entry_id": bedroom_entry.entry_id}, blocking=True
        )
    assert err.value.translation_key == "entry_not_loaded"
    assert err.value.translation_placeholders == {"name": "Main bedroom"}
