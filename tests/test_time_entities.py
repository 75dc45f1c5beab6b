"""Lights-out and wake as time entities: a dashboard change reschedules the whole bedroom."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from custom_components.sleep_hygiene.const import EVENT_ROUTINE_STEP

from .conftest import BEDROOM_OPTIONS
from .time_helpers import advance

LONDON = ZoneInfo("Europe/London")
LIGHTS_OUT = "time.main_bedroom_lights_out"
WAKE = "time.main_bedroom_wake"


async def _set_up(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, entry: MockConfigEntry
) -> None:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(datetime(2026, 11, 20, 12, 0, tzinfo=LONDON))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


async def _set_time(hass: HomeAssistant, entity_id: str, value: str) -> None:
    await hass.services.async_call(
        "time", "set_value", {"entity_id": entity_id, "time": value}, blocking=True
    )
    await hass.async_block_till_done()


async def test_time_entities_show_the_routine(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await _set_up(hass, freezer, bedroom_entry)
    assert hass.states.get(LIGHTS_OUT).state == "22:30:00"
    assert hass.states.get(WAKE).state == "06:30:00"
    registry = er.async_get(hass)
    assert registry.async_get(LIGHTS_OUT).entity_category == "config"
    assert registry.async_get(WAKE).unique_id == "bedroom1_wake"


async def test_moving_lights_out_reschedules_everything(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await _set_up(hass, freezer, bedroom_entry)
    steps = async_capture_events(hass, EVENT_ROUTINE_STEP)

    await _set_time(hass, LIGHTS_OUT, "23:15")
    assert bedroom_entry.options["lights_out"] == "23:15:00"
    assert bedroom_entry.state is ConfigEntryState.LOADED
    assert hass.states.get(LIGHTS_OUT).state == "23:15:00"
    assert hass.states.get("sensor.main_bedroom_lights_out").state == "2026-11-20T23:15:00+00:00"
    assert hass.states.get("sensor.main_bedroom_next_digital_detox").state == (
        "2026-11-20T22:45:00+00:00"
    )
    calendar = hass.states.get("calendar.main_bedroom_evening_routine")
    assert calendar.attributes["start_time"] == "2026-11-20 14:45:00"  # caffeine cut-off

    # The clock follows: nothing happens at the old 22:30, lights-out comes at 23:15.
    for hour, minute in [(14, 45), (20, 15), (22, 15), (22, 30)]:
        await advance(hass, freezer, datetime(2026, 11, 20, hour, minute, tzinfo=LONDON))
    assert [e.data["step"] for e in steps] == ["caffeine_cutoff", "exercise_cutoff", "warm_bath"]
    assert hass.states.get("sensor.main_bedroom_routine_step").state == "warm_bath"
    for hour, minute in [(22, 45), (23, 0), (23, 15)]:
        await advance(hass, freezer, datetime(2026, 11, 20, hour, minute, tzinfo=LONDON))
    assert steps[-1].data["step"] == "lights_out"

    # Stored in the entry, so it is there after a restart.
    assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get(LIGHTS_OUT).state == "23:15:00"


async def test_moving_wake_keeps_the_other_options(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await _set_up(hass, freezer, bedroom_entry)
    await _set_time(hass, WAKE, "07:45:00")
    assert bedroom_entry.options == BEDROOM_OPTIONS | {"wake": "07:45:00"}
    assert hass.states.get(WAKE).state == "07:45:00"


async def test_wake_inside_the_wind_down_is_refused(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await _set_up(hass, freezer, bedroom_entry)
    data = bedroom_entry.runtime_data
    # Wake at 22:00 is within the hour the bedroom is cooled before lights-out at 22:30.
    with pytest.raises(ServiceValidationError) as err:
        await _set_time(hass, WAKE, "22:00")
    assert err.value.translation_key == "wake_inside_wind_down"
    assert str(err.value) == (
        "Wake at 22:00 would fall inside the wind-down before lights-out at 22:30. "
        "Move one of them, or shorten the leads in the bedroom's options"
    )
    assert bedroom_entry.options == BEDROOM_OPTIONS
    assert bedroom_entry.runtime_data is data  # not reloaded
    assert hass.states.get(WAKE).state == "06:30:00"


async def test_setting_the_same_time_does_not_reload(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await _set_up(hass, freezer, bedroom_entry)
    data = bedroom_entry.runtime_data
    await _set_time(hass, LIGHTS_OUT, "22:30:00")
    assert bedroom_entry.runtime_data is data
