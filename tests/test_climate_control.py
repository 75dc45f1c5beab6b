"""The bedroom thermostat at night, with real thermostats: set ahead of lights-out, back at wake."""

from __future__ import annotations

from datetime import date, datetime
import logging
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import CoreState, HomeAssistant
from homeassistant.util.unit_system import US_CUSTOMARY_SYSTEM
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import (
    CONF_NIGHT_HVAC_MODE,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_UNIT,
    DOMAIN,
)
from custom_components.sleep_hygiene.model.climate_plan import NightClimate
from custom_components.sleep_hygiene.model.comfort_stats import NightTemperature

from .climate_fixtures import (
    ECOBEE,
    HEATPUMP,
    THERMOSTAT,
    advance,
    ecobee,
    generic_thermostat,
    heatpump,
    setup_climate,
)
from .conftest import BEDROOM_DATA, BEDROOM_OPTIONS

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
NIGHT = date(2026, 11, 20)


def _at(hour: int, minute: int = 0, tz: ZoneInfo = LONDON) -> datetime:
    """Return a time of the night of 20 November (hours before noon are the next morning)."""
    day = 21 if hour < 12 else 20
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


async def _bedroom(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    *,
    climate: str = THERMOSTAT,
    options: dict[str, Any] | None = None,
    tz: ZoneInfo = LONDON,
) -> MockConfigEntry:
    """Set up the bedroom at 21:00, its thermostat being ``climate``."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data=BEDROOM_DATA | {"climate": climate},
        options=BEDROOM_OPTIONS | (options or {}),
        entry_id="bedroom1",
    )
    entry.add_to_hass(hass)
    freezer.move_to(_at(21, tz=tz))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def _house(hass: HomeAssistant, freezer: FrozenDateTimeFactory, tz: ZoneInfo) -> None:
    await hass.config.async_set_time_zone(str(tz))
    freezer.move_to(_at(20, tz=tz))


@pytest.fixture
async def london(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """A house in London at 20:00 on the tests' night, before its bedroom is set up."""
    await _house(hass, freezer, LONDON)


def _overridden(entry: MockConfigEntry) -> bool:
    record = entry.runtime_data.log.get(NIGHT)
    return record is not None and record.climate_override


def _attr(hass: HomeAssistant, entity_id: str, name: str) -> Any:
    return hass.states.get(entity_id).attributes[name]


@pytest.mark.usefixtures("london")
async def test_heat_set_ahead_of_lights_out_and_restored_at_wake(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat())
    entry = await _bedroom(hass, freezer)

    await advance(hass, freezer, _at(21, 25))
    assert _attr(hass, THERMOSTAT, "temperature") == 21
    await advance(hass, freezer, _at(21, 30))
    assert hass.states.get(THERMOSTAT).state == "heat"
    assert _attr(hass, THERMOSTAT, "temperature") == 18

    await advance(hass, freezer, _at(6, 25))
    assert _attr(hass, THERMOSTAT, "temperature") == 18
    await advance(hass, freezer, _at(6, 30))
    assert _attr(hass, THERMOSTAT, "temperature") == 21
    assert hass.states.get(THERMOSTAT).state == "heat"
    # Our own changes are not taken for a person's.
    assert not _overridden(entry)


async def test_fahrenheit_house(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    hass.config.units = US_CUSTOMARY_SYSTEM
    await _house(hass, freezer, NEW_YORK)
    await setup_climate(hass, thermostat=generic_thermostat(target_temp=70))
    await _bedroom(
        hass,
        freezer,
        options={CONF_TARGET_TEMPERATURE: 65.0, CONF_TEMPERATURE_UNIT: "°F"},
        tz=NEW_YORK,
    )
    await advance(hass, freezer, _at(21, 30, NEW_YORK))
    assert _attr(hass, THERMOSTAT, "temperature") == 65
    await advance(hass, freezer, _at(6, 30, NEW_YORK))
    assert _attr(hass, THERMOSTAT, "temperature") == 70


async def test_target_set_in_celsius_reaches_a_fahrenheit_house_on_its_step(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """18 °C is 64.4 °F; the thermostat takes whole degrees, so it gets 64 °F."""
    hass.config.units = US_CUSTOMARY_SYSTEM
    await _house(hass, freezer, NEW_YORK)
    await setup_climate(hass, thermostat=generic_thermostat(target_temp=70, target_temp_step=1))
    await _bedroom(hass, freezer, tz=NEW_YORK)  # target 18 °C
    await advance(hass, freezer, _at(21, 30, NEW_YORK))
    assert _attr(hass, THERMOSTAT, "temperature") == 64


@pytest.mark.usefixtures("london")
async def test_thermostat_in_the_other_unit(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A °F heat pump in a °C house ends up holding 18 °C, i.e. 64.4 °F in its own unit."""
    pump = heatpump()
    await setup_climate(hass, demo=[pump])
    assert _attr(hass, HEATPUMP, "temperature") == 20  # 68 °F
    await _bedroom(hass, freezer, climate=HEATPUMP)

    await advance(hass, freezer, _at(21, 30))
    assert _attr(hass, HEATPUMP, "temperature") == 18
    assert pump.target_temperature == pytest.approx(64.4)
    await advance(hass, freezer, _at(6, 30))
    assert pump.target_temperature == pytest.approx(68)


@pytest.mark.usefixtures("london")
async def test_cool(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    thermostat = generic_thermostat(ac_mode=True, initial_hvac_mode="cool", target_temp=24)
    await setup_climate(hass, thermostat=thermostat)
    await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(21, 30))
    assert hass.states.get(THERMOSTAT).state == "cool"
    assert _attr(hass, THERMOSTAT, "temperature") == 18
    await advance(hass, freezer, _at(6, 30))
    assert _attr(hass, THERMOSTAT, "temperature") == 24


@pytest.mark.usefixtures("london")
async def test_heat_cool_holds_a_band(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    await setup_climate(hass, demo=[ecobee()])
    await _bedroom(hass, freezer, climate=ECOBEE)

    await advance(hass, freezer, _at(21, 30))
    assert hass.states.get(ECOBEE).state == "heat_cool"
    assert _attr(hass, ECOBEE, "target_temp_low") == 17
    assert _attr(hass, ECOBEE, "target_temp_high") == 19
    await advance(hass, freezer, _at(6, 30))
    assert _attr(hass, ECOBEE, "target_temp_low") == 21
    assert _attr(hass, ECOBEE, "target_temp_high") == 24


@pytest.mark.usefixtures("london")
async def test_off_stays_off(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    await setup_climate(hass, thermostat=generic_thermostat(initial_hvac_mode="off"))
    await _bedroom(hass, freezer)
    for at in (_at(21, 30), _at(6, 30)):
        await advance(hass, freezer, at)
        assert hass.states.get(THERMOSTAT).state == "off"
        assert _attr(hass, THERMOSTAT, "temperature") == 21


@pytest.mark.usefixtures("london")
async def test_off_turned_on_for_the_night_when_opted_in(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat(initial_hvac_mode="off"))
    entry = await _bedroom(hass, freezer, options={CONF_NIGHT_HVAC_MODE: "heat"})
    await advance(hass, freezer, _at(21, 30))
    assert hass.states.get(THERMOSTAT).state == "heat"
    assert _attr(hass, THERMOSTAT, "temperature") == 18
    # Switched to heat before its setpoint came: that passing state was ours too.
    assert not _overridden(entry)
    await advance(hass, freezer, _at(6, 30))
    assert hass.states.get(THERMOSTAT).state == "off"
    assert _attr(hass, THERMOSTAT, "temperature") == 21


@pytest.mark.parametrize(
    ("thermostat", "held"),
    [
        (generic_thermostat(min_temp=19), 19),
        (generic_thermostat(ac_mode=True, initial_hvac_mode="cool", max_temp=17), 17),
    ],
)
@pytest.mark.usefixtures("london")
async def test_thermostat_limits_are_respected(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, thermostat: dict[str, Any], held: float
) -> None:
    await setup_climate(hass, thermostat=thermostat)
    await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(21, 30))
    assert _attr(hass, THERMOSTAT, "temperature") == held


@pytest.mark.usefixtures("london")
async def test_a_persons_change_at_night_wins_until_wake(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat())
    entry = await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(23))
    # Cold feet: the person turns it up from the dashboard (a context that is not ours).
    await hass.services.async_call(
        "climate", "set_temperature", {"entity_id": THERMOSTAT, "temperature": 20}, blocking=True
    )
    await hass.async_block_till_done()
    assert _overridden(entry)

    await advance(hass, freezer, _at(6, 25))
    assert _attr(hass, THERMOSTAT, "temperature") == 20
    await advance(hass, freezer, _at(6, 30))
    assert _attr(hass, THERMOSTAT, "temperature") == 21


@pytest.mark.usefixtures("london")
async def test_restart_at_night_then_restore_at_wake(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat())
    entry = await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(2))
    await hass.services.async_call(
        "climate", "set_temperature", {"entity_id": THERMOSTAT, "temperature": 19}, blocking=True
    )
    await advance(hass, freezer, _at(3))
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    # The person's change survived the restart: not set back to the night target.
    assert _attr(hass, THERMOSTAT, "temperature") == 19

    await advance(hass, freezer, _at(6, 30))
    assert _attr(hass, THERMOSTAT, "temperature") == 21
    assert _overridden(entry)


@pytest.mark.usefixtures("london")
async def test_restart_after_wake_restores_at_once(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat())
    entry = await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(3))
    assert _attr(hass, THERMOSTAT, "temperature") == 18
    assert await hass.config_entries.async_unload(entry.entry_id)
    await advance(hass, freezer, _at(7))
    assert _attr(hass, THERMOSTAT, "temperature") == 18  # down through wake

    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert _attr(hass, THERMOSTAT, "temperature") == 21


@pytest.mark.usefixtures("london")
async def test_added_inside_the_window_waits_for_the_next_night(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A bedroom added after lights-out leaves the thermostat alone until the next evening."""
    await setup_climate(hass, thermostat=generic_thermostat())
    freezer.move_to(_at(23))
    entry = MockConfigEntry(
        domain=DOMAIN, title="Main bedroom", data=BEDROOM_DATA, options=BEDROOM_OPTIONS
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert _attr(hass, THERMOSTAT, "temperature") == 21
    await advance(hass, freezer, _at(7))
    assert _attr(hass, THERMOSTAT, "temperature") == 21
    await advance(hass, freezer, datetime(2026, 11, 21, 21, 30, tzinfo=LONDON))
    assert _attr(hass, THERMOSTAT, "temperature") == 18


@pytest.mark.usefixtures("london")
async def test_added_after_the_switch_time_sets_it_at_the_next_step(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Added at 21:45, after the 21:30 switch time: the thermostat is set at the detox, 22:00."""
    await setup_climate(hass, thermostat=generic_thermostat())
    freezer.move_to(_at(21, 45))
    entry = MockConfigEntry(
        domain=DOMAIN, title="Main bedroom", data=BEDROOM_DATA, options=BEDROOM_OPTIONS
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await advance(hass, freezer, _at(21, 59))
    assert _attr(hass, THERMOSTAT, "temperature") == 21
    await advance(hass, freezer, _at(22))
    assert _attr(hass, THERMOSTAT, "temperature") == 18


def _our_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        record
        for record in caplog.records
        if record.name == "custom_components.sleep_hygiene" and record.levelno >= logging.WARNING
    ]


def _set_available(entity: Any, available: bool) -> None:
    entity._attr_available = available
    entity.async_write_ha_state()


@pytest.mark.usefixtures("london")
async def test_unavailable_at_switch_time_then_back(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, caplog: pytest.LogCaptureFixture
) -> None:
    thermostat = ecobee()
    await setup_climate(hass, demo=[thermostat])
    entry = await _bedroom(hass, freezer, climate=ECOBEE)
    _set_available(thermostat, False)

    caplog.set_level(logging.WARNING, logger="custom_components.sleep_hygiene")
    await advance(hass, freezer, _at(22))
    await advance(hass, freezer, _at(22, 20))
    warnings = _our_warnings(caplog)
    assert len(warnings) == 1
    assert "climate.ecobee is unavailable" in warnings[0].getMessage()

    # A restart while waiting keeps waiting, without a second warning.
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert len(_our_warnings(caplog)) == 1

    _set_available(thermostat, True)
    await hass.async_block_till_done()
    assert _attr(hass, ECOBEE, "target_temp_low") == 17
    assert _attr(hass, ECOBEE, "target_temp_high") == 19
    await advance(hass, freezer, _at(6, 30))
    assert _attr(hass, ECOBEE, "target_temp_low") == 21


@pytest.mark.usefixtures("london")
async def test_a_thermostat_back_from_unavailable_at_its_default_is_not_a_person(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    thermostat = ecobee()
    await setup_climate(hass, demo=[thermostat])
    entry = await _bedroom(hass, freezer, climate=ECOBEE)
    await advance(hass, freezer, _at(23))
    assert _attr(hass, ECOBEE, "target_temp_low") == 17
    # It drops off the network and comes back at its own default band.
    _set_available(thermostat, False)
    thermostat._target_temperature_low, thermostat._target_temperature_high = 21, 24
    _set_available(thermostat, True)
    await hass.async_block_till_done()
    assert _attr(hass, ECOBEE, "target_temp_low") == 17
    assert _attr(hass, ECOBEE, "target_temp_high") == 19
    assert not _overridden(entry)


@pytest.mark.usefixtures("london")
async def test_a_night_time_restart_is_not_a_person_changing_the_thermostat(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """The thermostat comes back from Home Assistant's restart at its configured target."""
    await setup_climate(hass, thermostat=generic_thermostat())
    entry = await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(23))
    assert _attr(hass, THERMOSTAT, "temperature") == 18
    assert await hass.config_entries.async_unload(entry.entry_id)  # Home Assistant stops
    hass.set_state(CoreState.not_running)
    assert await hass.config_entries.async_setup(entry.entry_id)
    # While Home Assistant starts, the thermostat restores its configured 21 °C.
    await hass.services.async_call(
        "climate", "set_temperature", {"entity_id": THERMOSTAT, "temperature": 21}, blocking=True
    )
    await hass.async_start()
    await hass.async_block_till_done()
    assert _attr(hass, THERMOSTAT, "temperature") == 18
    assert not _overridden(entry)
    # A person's change once it runs is still theirs.
    await hass.services.async_call(
        "climate", "set_temperature", {"entity_id": THERMOSTAT, "temperature": 20}, blocking=True
    )
    await hass.async_block_till_done()
    assert _overridden(entry)
    await advance(hass, freezer, _at(2))
    assert _attr(hass, THERMOSTAT, "temperature") == 20


@pytest.mark.usefixtures("london")
async def test_back_only_after_wake_is_left_alone(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    thermostat = ecobee()
    await setup_climate(hass, demo=[thermostat])
    entry = await _bedroom(hass, freezer, climate=ECOBEE)
    _set_available(thermostat, False)
    await advance(hass, freezer, _at(6, 35))
    _set_available(thermostat, True)
    await hass.async_block_till_done()
    assert _attr(hass, ECOBEE, "target_temp_low") == 21
    assert entry.runtime_data.log.read_state(NightClimate) is None


@pytest.mark.usefixtures("london")
async def test_unavailable_at_wake_restores_when_back(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    thermostat = ecobee()
    await setup_climate(hass, demo=[thermostat])
    await _bedroom(hass, freezer, climate=ECOBEE)
    await advance(hass, freezer, _at(6))
    _set_available(thermostat, False)
    await advance(hass, freezer, _at(7))
    _set_available(thermostat, True)
    await hass.async_block_till_done()
    assert _attr(hass, ECOBEE, "target_temp_low") == 21
    assert _attr(hass, ECOBEE, "target_temp_high") == 24


@pytest.mark.usefixtures("london")
async def test_thermostat_that_loads_late_is_set_when_it_appears(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """On 2026.10 its first state is written before ``climate.set_temperature`` is registered."""
    await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(21, 30))
    await setup_climate(hass, thermostat=generic_thermostat())
    assert _attr(hass, THERMOSTAT, "temperature") == 18


@pytest.mark.usefixtures("london")
async def test_restart_in_the_climate_window_with_the_thermostat_loading_after_us(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Home Assistant restarts at 21:45 and the thermostat's integration loads after ours."""
    entry = await _bedroom(hass, freezer)
    assert await hass.config_entries.async_unload(entry.entry_id)  # Home Assistant stops
    freezer.move_to(_at(21, 45))
    hass.set_state(CoreState.not_running)  # and starts again in the climate window
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_start()
    await hass.async_block_till_done()
    await setup_climate(hass, thermostat=generic_thermostat())
    assert _attr(hass, THERMOSTAT, "temperature") == 18
    assert not _overridden(entry)
    await advance(hass, freezer, _at(6, 30))
    assert _attr(hass, THERMOSTAT, "temperature") == 21


@pytest.mark.usefixtures("london")
async def test_other_thermostats_do_not_concern_the_bedroom(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat(), demo=[heatpump()])
    entry = await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(23))
    await hass.services.async_call(
        "climate", "set_temperature", {"entity_id": HEATPUMP, "temperature": 22}, blocking=True
    )
    await hass.async_block_till_done()
    assert not _overridden(entry)
    assert _attr(hass, HEATPUMP, "temperature") == 22
    await advance(hass, freezer, _at(6, 30))
    assert _attr(hass, HEATPUMP, "temperature") == 22
    assert _attr(hass, THERMOSTAT, "temperature") == 21


@pytest.mark.usefixtures("london")
async def test_skipping_tonight_gives_the_day_setting_back(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat())
    entry = await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(21, 45))
    assert _attr(hass, THERMOSTAT, "temperature") == 18
    await hass.services.async_call(
        DOMAIN, "skip_tonight", {"config_entry_id": entry.entry_id}, blocking=True
    )
    await hass.async_block_till_done()
    assert _attr(hass, THERMOSTAT, "temperature") == 21
    await advance(hass, freezer, _at(6, 30))
    assert _attr(hass, THERMOSTAT, "temperature") == 21


@pytest.mark.usefixtures("london")
async def test_a_skip_taken_back_sets_the_night_target_again(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat())
    entry = await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(21, 45))
    for action in ("skip_tonight", "resume_tonight"):
        await hass.services.async_call(
            DOMAIN, action, {"config_entry_id": entry.entry_id}, blocking=True
        )
        await hass.async_block_till_done()
    assert _attr(hass, THERMOSTAT, "temperature") == 18
    await advance(hass, freezer, _at(6, 30))
    assert _attr(hass, THERMOSTAT, "temperature") == 21


@pytest.mark.usefixtures("london")
async def test_skipped_before_the_switch_time_is_left_alone(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat())
    entry = await _bedroom(hass, freezer)
    await hass.services.async_call(
        DOMAIN, "skip_tonight", {"config_entry_id": entry.entry_id}, blocking=True
    )
    await advance(hass, freezer, _at(21, 30))
    assert _attr(hass, THERMOSTAT, "temperature") == 21


@pytest.mark.usefixtures("london")
async def test_person_putting_the_day_setting_back_leaves_nothing_to_restore(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat())
    entry = await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(23))
    await hass.services.async_call(
        "climate", "set_hvac_mode", {"entity_id": THERMOSTAT, "hvac_mode": "off"}, blocking=True
    )
    await hass.services.async_call(
        "climate", "set_temperature", {"entity_id": THERMOSTAT, "temperature": 21}, blocking=True
    )
    await hass.services.async_call(
        "climate", "set_hvac_mode", {"entity_id": THERMOSTAT, "hvac_mode": "heat"}, blocking=True
    )
    await advance(hass, freezer, _at(6, 30))
    assert _overridden(entry)
    assert hass.states.get(THERMOSTAT).state == "heat"
    assert _attr(hass, THERMOSTAT, "temperature") == 21


@pytest.mark.usefixtures("london")
async def test_time_zone_change_at_night_sets_once_and_restores_at_the_new_wake(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await setup_climate(hass, thermostat=generic_thermostat())
    await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(21, 45))
    await hass.config.async_update(time_zone="America/New_York")  # 16:45 there
    await hass.async_block_till_done()
    await hass.services.async_call(
        "climate", "set_temperature", {"entity_id": THERMOSTAT, "temperature": 19}, blocking=True
    )
    # New York's climate start (21:30) does not take the night setting for the day one.
    await advance(hass, freezer, _at(21, 30, NEW_YORK))
    assert _attr(hass, THERMOSTAT, "temperature") == 19
    await advance(hass, freezer, _at(6, 30, NEW_YORK))
    assert _attr(hass, THERMOSTAT, "temperature") == 21


@pytest.mark.usefixtures("london")
async def test_bedroom_without_a_thermostat_stores_nothing(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry = MockConfigEntry(domain=DOMAIN, title="Guest room", data={}, options=BEDROOM_OPTIONS)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await advance(hass, freezer, _at(6, 30))
    assert entry.runtime_data.log.read_state(NightClimate) is None
    assert entry.runtime_data.log.read_state(NightTemperature) is None
