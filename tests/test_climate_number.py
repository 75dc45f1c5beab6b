"""The night-time target from a dashboard: stored, shown in the house's unit, followed tonight."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util.unit_system import US_CUSTOMARY_SYSTEM
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import (
    CONF_CLIMATE_BAND,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_UNIT,
)

from .climate_fixtures import THERMOSTAT, advance, generic_thermostat, setup_climate

LONDON = ZoneInfo("Europe/London")
NUMBER = "number.main_bedroom_night_time_temperature"


async def _set(hass: HomeAssistant, value: float) -> None:
    await hass.services.async_call(
        "number", "set_value", {"entity_id": NUMBER, "value": value}, blocking=True
    )
    await hass.async_block_till_done()


async def test_new_target_is_stored_and_followed_tonight(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(datetime(2026, 11, 20, 21, 0, tzinfo=LONDON))
    await setup_climate(hass, thermostat=generic_thermostat())
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    state = hass.states.get(NUMBER)
    assert state.state == "18.0"
    assert state.attributes["unit_of_measurement"] == "°C"
    assert (state.attributes["min"], state.attributes["max"]) == (13, 27)

    await advance(hass, freezer, datetime(2026, 11, 20, 21, 45, tzinfo=LONDON))
    assert hass.states.get(THERMOSTAT).attributes["temperature"] == 18
    data = bedroom_entry.runtime_data
    await _set(hass, 17)
    assert hass.states.get(NUMBER).state == "17.0"
    assert bedroom_entry.options[CONF_TARGET_TEMPERATURE] == 17
    assert bedroom_entry.runtime_data is data  # no reload in the middle of the night
    assert hass.states.get(THERMOSTAT).attributes["temperature"] == 17

    # Still there after a restart, and the day setting still comes back at wake.
    assert await hass.config_entries.async_reload(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get(NUMBER).state == "17.0"
    await advance(hass, freezer, datetime(2026, 11, 21, 6, 30, tzinfo=LONDON))
    assert hass.states.get(THERMOSTAT).attributes["temperature"] == 21


async def test_shown_and_stored_in_the_house_unit(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    """A bedroom set up in °C shows 64.4 °F once the house is in °F, and keeps what is typed."""
    hass.config.units = US_CUSTOMARY_SYSTEM
    hass.config_entries.async_update_entry(
        bedroom_entry, options=bedroom_entry.options | {CONF_CLIMATE_BAND: 2.0}
    )
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    state = hass.states.get(NUMBER)
    assert state.state == "64.4"
    assert state.attributes["unit_of_measurement"] == "°F"
    assert (state.attributes["min"], state.attributes["max"]) == (55, 80)

    await _set(hass, 66)
    assert bedroom_entry.options[CONF_TARGET_TEMPERATURE] == 66
    assert bedroom_entry.options[CONF_TEMPERATURE_UNIT] == "°F"
    assert bedroom_entry.options[CONF_CLIMATE_BAND] == 3.6  # the band moves with the unit
    assert hass.states.get(NUMBER).state == "66.0"


async def test_out_of_range_target_changes_nothing(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry
) -> None:
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    with pytest.raises(ServiceValidationError):
        await _set(hass, 35)
    assert bedroom_entry.options[CONF_TARGET_TEMPERATURE] == 18
