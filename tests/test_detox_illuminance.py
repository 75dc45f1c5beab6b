"""The bedroom's measured darkness: brightest lux in the wind-down hour and while asleep."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import CONF_ILLUMINANCE_SENSOR, DOMAIN

from .bedroom_fixtures import advance, detox_options, restart, set_helper

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 20)
LUX = "input_number.room_lux"


def at(hour: int, minute: int, day: int = 20) -> datetime:
    """Return a London time on the night of 20 November 2026."""
    return datetime(2026, 11, day, hour, minute, tzinfo=LONDON)


async def _bedroom(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> MockConfigEntry:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(at(21, 0))
    assert await async_setup_component(
        hass,
        "input_number",
        {"input_number": {"room_lux": {"min": -1, "max": 500, "step": 0.1, "initial": 120}}},
    )
    sensor = {
        "name": "Bedroom illuminance",
        "unique_id": "bedroom_illuminance",
        "state": "{{ states('input_number.room_lux') }}",
        "availability": "{{ states('input_number.room_lux') | float(-1) >= 0 }}",
        "unit_of_measurement": "lx",
        "device_class": "illuminance",
    }
    assert await async_setup_component(hass, "template", {"template": [{"sensor": [sensor]}]})
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data={CONF_ILLUMINANCE_SENSOR: "sensor.bedroom_illuminance"},
        options=detox_options(),
        entry_id="bedroom1",
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def test_brightest_reading_of_each_window(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry = await _bedroom(hass, freezer)

    def record() -> tuple[float | None, float | None]:
        night = entry.runtime_data.log.get(NIGHT)
        return (None, None) if night is None else (night.lux_wind_down_max, night.lux_asleep_max)

    assert record() == (None, None)  # 21:00: not the last hour before lights-out yet
    await set_helper(hass, LUX, 200)
    assert record() == (None, None)

    # From 21:30 the room is measured, starting with what the sensor shows then.
    await advance(hass, freezer, at(21, 30))
    assert record() == (200, None)
    await set_helper(hass, LUX, 8)
    await advance(hass, freezer, at(22, 29))
    assert record() == (200, None)

    # Lights-out: the fade and the sensor's lag are not "asleep"; from 22:35 on they are.
    await advance(hass, freezer, at(22, 30))
    await set_helper(hass, LUX, 6)
    assert record() == (200, None)
    await advance(hass, freezer, at(22, 35))
    await set_helper(hass, LUX, 0.4)
    assert record() == (200, 6)
    await advance(hass, freezer, at(3, 0, day=21))
    await set_helper(hass, LUX, 0.2)
    await set_helper(hass, LUX, 3)
    await set_helper(hass, LUX, 0.5)
    assert record() == (200, 6)
    await set_helper(hass, LUX, 12)
    assert record() == (200, 12)

    # Restarting keeps what was measured; after wake, daylight is not counted.
    await restart(hass, entry)
    assert record() == (200, 12)
    await advance(hass, freezer, at(7, 0, day=21))
    await set_helper(hass, LUX, 300)
    assert record() == (200, 12)
    # The next evening's hour is measured again, into its own night.
    await advance(hass, freezer, at(21, 30, day=21))
    assert entry.runtime_data.log.get(date(2026, 11, 21)).lux_wind_down_max == 300
    await set_helper(hass, LUX, -1)  # the sensor goes unavailable: nothing is taken
    assert entry.runtime_data.log.get(date(2026, 11, 21)).lux_wind_down_max == 300
