"""Outside the night the bedroom follows none of its devices: nothing of ours hears them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    setup_test_component_platform,
)

from custom_components.sleep_hygiene.const import DOMAIN
from custom_components.sleep_hygiene.house.measures.illuminance import IlluminanceTracker

from .bedroom_fixtures import (
    BED_LAMP,
    LIGHTS,
    SCREENS,
    CallLog,
    detox_options,
    set_helper,
    settle,
    setup_bedroom,
)
from .climate_fixtures import ECOBEE, advance, ecobee

LONDON = ZoneInfo("Europe/London")
TEMPERATURE = "sensor.bedroom_temperature"
LUX = "sensor.bedroom_lux"


def at(hour: int, minute: int = 0, day: int = 20) -> datetime:
    """Return a London time on the night of 20 November 2026."""
    return datetime(2026, 11, day, hour, minute, tzinfo=LONDON)


def listening(entry: MockConfigEntry) -> set[str]:
    """Return the parts of the bedroom that follow a device now."""
    data = entry.runtime_data
    illuminance = data.bedroom.parts["illuminance"].part
    assert isinstance(illuminance, IlluminanceTracker)
    thermometer = data.thermometer
    assert thermometer is not None
    parts = {
        "detox": data.detox.listening,
        "climate": data.climate.listening,
        "thermometer": thermometer.listening,
        "illuminance": illuminance.listening,
    }
    return {name for name, on in parts.items() if on}


async def change_everything(hass: HomeAssistant, log: CallLog, step: int) -> None:
    """Change every device of the bedroom, as people and the house do."""
    await log.person(hass, "light", "turn_on", BED_LAMP, brightness=100 + step)
    await set_helper(hass, "input_boolean.tv_power", step % 2)
    await log.person(
        hass, "climate", "set_temperature", ECOBEE, target_temp_low=19 + step, target_temp_high=25
    )
    hass.states.async_set(TEMPERATURE, str(19 + step), {"unit_of_measurement": "°C"})
    hass.states.async_set(LUX, str(50 + step), {"unit_of_measurement": "lx"})
    await settle(hass)


async def test_devices_are_heard_only_while_the_night_needs_them(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(at(14))
    await setup_bedroom(hass)
    thermostat = ecobee()
    setup_test_component_platform(hass, "climate", [thermostat])
    assert await async_setup_component(hass, "climate", {"climate": [{"platform": "test"}]})
    await change_everything(hass, CallLog(hass), 0)
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data={
            "lights": LIGHTS,
            "screens": SCREENS,
            "climate": ECOBEE,
            "temperature_sensor": TEMPERATURE,
            "illuminance_sensor": LUX,
        },
        options=detox_options(),
        entry_id="bedroom1",
    )
    entry.add_to_hass(hass)
    log = CallLog(hass)

    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await change_everything(hass, log, 1)
    assert listening(entry) == set()

    # In the detox, with the thermostat held and the wind-down hour measured.
    await advance(hass, freezer, at(22, 5))
    assert {"detox", "climate", "illuminance"} <= listening(entry)
    await change_everything(hass, log, 2)

    # Asleep: the bedroom's temperature too.
    await advance(hass, freezer, at(23, 0))
    assert "thermometer" in listening(entry)
    await change_everything(hass, log, 3)

    # After wake, the house is its own again.
    await advance(hass, freezer, at(9, 0, day=21))
    await change_everything(hass, log, 4)
    assert listening(entry) == set()
