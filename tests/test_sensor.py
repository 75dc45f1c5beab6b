"""The routine timestamp sensors follow the clock, across a DST change."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from .time_helpers import advance

NY = ZoneInfo("America/New_York")


async def test_routine_sensors_across_fall_back(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await hass.config.async_set_time_zone("America/New_York")
    freezer.move_to(datetime(2026, 10, 31, 12, 0, tzinfo=NY))
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()

    detox = "sensor.main_bedroom_next_digital_detox"
    lights_out = "sensor.main_bedroom_lights_out"
    assert hass.states.get(detox).state == "2026-11-01T02:00:00+00:00"  # 22:00 EDT
    assert hass.states.get(lights_out).state == "2026-11-01T02:30:00+00:00"  # 22:30 EDT
    assert hass.states.get(detox).attributes["device_class"] == "timestamp"

    # While tonight's detox runs it shows when it began; once it is over, the next one is
    # tomorrow's, after the clocks went back.
    await advance(hass, freezer, datetime(2026, 10, 31, 22, 0, 1, tzinfo=NY))
    assert hass.states.get(detox).state == "2026-11-01T02:00:01+00:00"
    assert hass.states.get(lights_out).state == "2026-11-01T02:30:00+00:00"
    await advance(hass, freezer, datetime(2026, 10, 31, 22, 30, 1, tzinfo=NY))
    assert hass.states.get(detox).state == "2026-11-02T03:00:00+00:00"  # 22:00 EST

    # Lights-out stays tonight's until wake, then moves on.
    await advance(hass, freezer, datetime(2026, 11, 1, 6, 29, tzinfo=NY))
    assert hass.states.get(lights_out).state == "2026-11-01T02:30:00+00:00"
    await advance(hass, freezer, datetime(2026, 11, 1, 6, 30, 1, tzinfo=NY))
    assert hass.states.get(lights_out).state == "2026-11-02T03:30:00+00:00"  # 22:30 EST


async def test_time_zone_change_moves_sensors(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(datetime(2026, 11, 20, 12, 0, tzinfo=ZoneInfo("Europe/London")))
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    lights_out = "sensor.main_bedroom_lights_out"
    assert hass.states.get(lights_out).state == "2026-11-20T22:30:00+00:00"

    await hass.config.async_update(time_zone="America/New_York")
    await hass.async_block_till_done()
    assert hass.states.get(lights_out).state == "2026-11-21T03:30:00+00:00"
