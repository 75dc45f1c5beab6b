"""The bedroom's night temperature: time-weighted mean and share of in-bed time in comfort."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.util.unit_system import US_CUSTOMARY_SYSTEM
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import DOMAIN
from custom_components.sleep_hygiene.model.comfort_stats import ComfortTally, comfort_band_c

from .climate_fixtures import (
    advance,
    generic_thermostat,
    set_bedroom_temperature,
    set_sensor_power,
    setup_climate,
)
from .conftest import BEDROOM_DATA, BEDROOM_OPTIONS

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
NIGHT = date(2026, 11, 20)
# Lights-out 22:30 to wake 06:30: 480 in-bed minutes. Target 18 °C, comfort 17 to 19 °C.
CURVE_C = [((23, 30), 18.5), ((3, 30), 17.2), ((5, 30), 16.5)]  # 20.0 from lights-out
CURVE_MEAN_C = (60 * 20 + 240 * 18.5 + 120 * 17.2 + 60 * 16.5) / 480  # 18.1125
CURVE_SHARE = (240 + 120) / 480  # 0.75


def _at(hour: int, minute: int = 0, tz: ZoneInfo = LONDON) -> datetime:
    return datetime(2026, 11, 21 if hour < 12 else 20, hour, minute, tzinfo=tz)


# --- the tally, on its own ---------------------------------------------------------------


def test_tally_of_a_scripted_curve() -> None:
    tally = ComfortTally(target_c=18.0, band_c=1.0)
    tally.add(_at(22, 30), 20.0)
    for (hour, minute), value in CURVE_C:
        tally.add(_at(hour, minute), value)
    tally.close(_at(6, 30))
    assert tally.seconds == 480 * 60
    assert tally.mean_c == pytest.approx(CURVE_MEAN_C)
    assert tally.in_band_share == pytest.approx(CURVE_SHARE)


def test_unknown_readings_and_repeats_count_for_nothing() -> None:
    tally = ComfortTally(target_c=18.0, band_c=1.0)
    assert tally.mean_c is None
    assert tally.in_band_share is None
    tally.add(_at(22, 30), 20.0)
    tally.add(_at(0, 30), None)  # sensor unavailable for two hours
    tally.add(_at(2, 30), 18.0)
    tally.add(_at(2, 0), 30.0)  # late (out of order): ignored span
    tally.close(_at(6, 30))
    assert tally.seconds == 360 * 60
    assert tally.in_band_share == pytest.approx(240 / 360)


def test_band_edges_count_as_comfortable() -> None:
    # 63 °F with a 65 °F target is exactly 2 °F off: inside.
    tally = ComfortTally(target_c=(65 - 32) / 1.8, band_c=comfort_band_c("°F"))
    tally.add(_at(22, 30), (63 - 32) / 1.8)
    tally.close(_at(23, 30))
    assert tally.in_band_share == 1.0
    assert comfort_band_c("°C") == 1.0


def test_tally_round_trips_through_storage() -> None:
    tally = ComfortTally(target_c=18.0, band_c=1.0)
    tally.add(_at(22, 30), 20.0)
    tally.add(_at(23, 30), 18.5)
    assert ComfortTally.from_dict(tally.as_dict()) == tally
    assert ComfortTally.from_dict(ComfortTally(18.0, 1.0).as_dict()) == ComfortTally(18.0, 1.0)


# --- in a running Home Assistant ---------------------------------------------------------


async def _bedroom(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    *,
    data: dict[str, Any] | None = None,
    options: dict[str, Any] | None = None,
    tz: ZoneInfo = LONDON,
) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data=data if data is not None else BEDROOM_DATA,
        options=BEDROOM_OPTIONS | (options or {}),
        entry_id="bedroom1",
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def _house(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, tz: ZoneInfo = LONDON, **climate: Any
) -> None:
    await hass.config.async_set_time_zone(str(tz))
    freezer.move_to(_at(21, tz=tz))
    await setup_climate(hass, thermostat=generic_thermostat(), **climate)


async def _play(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    curve: list[tuple[tuple[int, int], float]],
    tz: ZoneInfo = LONDON,
) -> None:
    for (hour, minute), value in curve:
        await advance(hass, freezer, _at(hour, minute, tz))
        await set_bedroom_temperature(hass, value)
    await advance(hass, freezer, _at(6, 30, tz))


def _sensor(hass: HomeAssistant, key: str) -> Any:
    entity_id = er.async_get(hass).async_get_entity_id("sensor", DOMAIN, f"bedroom1_{key}")
    assert entity_id is not None
    return hass.states.get(entity_id)


async def test_night_figures_and_sensors(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await _house(hass, freezer, sensor=20.0)
    entry = await _bedroom(hass, freezer)
    assert _sensor(hass, "night_temperature").state == "unknown"

    await _play(hass, freezer, CURVE_C)
    record = entry.runtime_data.log.get(NIGHT)
    assert record.temperature_target_c == 18.0
    assert record.temperature_mean_c == pytest.approx(CURVE_MEAN_C, abs=0.005)
    assert record.temperature_in_band_share == pytest.approx(CURVE_SHARE)

    mean = _sensor(hass, "night_temperature")
    assert float(mean.state) == pytest.approx(CURVE_MEAN_C, abs=0.005)
    assert mean.attributes["unit_of_measurement"] == "°C"
    assert mean.attributes["state_class"] == "measurement"
    assert mean.attributes["night"] == "2026-11-20"
    share = _sensor(hass, "night_comfort_share")
    assert float(share.state) == 75.0
    assert share.attributes["unit_of_measurement"] == "%"
    assert share.attributes["state_class"] == "measurement"


async def test_fahrenheit_house_uses_the_two_degree_band(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    hass.config.units = US_CUSTOMARY_SYSTEM
    await _house(hass, freezer, NEW_YORK, sensor=68.0, sensor_unit="°F")
    entry = await _bedroom(
        hass, freezer, options={"target_temperature": 65.0, "temperature_unit": "°F"}
    )
    # 68 °F (out) for 2 h, 66 °F for 4 h, 63 °F (the band's edge) for 1 h, 62 °F for 1 h.
    await _play(hass, freezer, [((0, 30), 66.0), ((4, 30), 63.0), ((5, 30), 62.0)], NEW_YORK)
    record = entry.runtime_data.log.get(NIGHT)
    assert record.temperature_in_band_share == pytest.approx(300 / 480)
    mean_f = (120 * 68 + 240 * 66 + 60 * 63 + 60 * 62) / 480
    assert record.temperature_mean_c == pytest.approx((mean_f - 32) / 1.8, abs=0.005)
    assert float(_sensor(hass, "night_temperature").state) == pytest.approx(mean_f, abs=0.01)
    assert _sensor(hass, "night_temperature").attributes["unit_of_measurement"] == "°F"


async def test_unavailable_sensor_leaves_a_gap(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await _house(hass, freezer, sensor=20.0)
    entry = await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(0, 30))
    await set_sensor_power(hass, False)
    await advance(hass, freezer, _at(2, 30))
    await set_bedroom_temperature(hass, 18.0)
    await set_sensor_power(hass, True)
    await advance(hass, freezer, _at(6, 30))
    record = entry.runtime_data.log.get(NIGHT)
    assert record.temperature_mean_c == pytest.approx((120 * 20 + 240 * 18) / 360, abs=0.005)
    assert record.temperature_in_band_share == pytest.approx(240 / 360, abs=1e-4)


async def test_thermostat_reading_without_a_sensor(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """The generic thermostat's current temperature follows the same scripted room."""
    await _house(hass, freezer, sensor=20.0)
    data = {k: v for k, v in BEDROOM_DATA.items() if k != "temperature_sensor"}
    entry = await _bedroom(hass, freezer, data=data)
    await _play(hass, freezer, CURVE_C)
    record = entry.runtime_data.log.get(NIGHT)
    assert record.temperature_mean_c == pytest.approx(CURVE_MEAN_C, abs=0.005)
    assert record.temperature_in_band_share == pytest.approx(CURVE_SHARE)


async def test_restart_at_night_keeps_the_figures(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await _house(hass, freezer, sensor=20.0)
    entry = await _bedroom(hass, freezer)
    await _play(hass, freezer, CURVE_C[:1])  # plays up to wake: restart before it instead
    record = entry.runtime_data.log.get(NIGHT)
    expected = (60 * 20 + 420 * 18.5) / 480
    assert record.temperature_mean_c == pytest.approx(expected, abs=0.005)

    # The next night, restarted at 02:00: the reading held across the restart still counts.
    freezer.move_to(_at(21) + timedelta(days=1))
    await set_bedroom_temperature(hass, 20.0)
    await advance(hass, freezer, _at(2) + timedelta(days=1))
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    await advance(hass, freezer, _at(3, 30) + timedelta(days=1))
    await set_bedroom_temperature(hass, 18.0)
    await advance(hass, freezer, _at(6, 30) + timedelta(days=1))
    record = entry.runtime_data.log.get(NIGHT + timedelta(days=1))
    assert record.temperature_mean_c == pytest.approx((300 * 20 + 180 * 18) / 480, abs=0.005)
    assert record.temperature_in_band_share == pytest.approx(180 / 480)


async def test_restart_after_wake_closes_the_night_at_wake(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await _house(hass, freezer, sensor=20.0)
    entry = await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(2, 30))
    await set_bedroom_temperature(hass, 18.0)
    await advance(hass, freezer, _at(5))
    assert await hass.config_entries.async_unload(entry.entry_id)
    await advance(hass, freezer, _at(9))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    record = entry.runtime_data.log.get(NIGHT)
    assert record.temperature_in_band_share == pytest.approx(240 / 480)
    assert float(_sensor(hass, "night_comfort_share").state) == 50.0


async def test_new_target_from_the_dashboard_counts_from_then_on(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await _house(hass, freezer, sensor=18.5)
    entry = await _bedroom(hass, freezer)
    await advance(hass, freezer, _at(2, 30))
    await hass.services.async_call(
        "number",
        "set_value",
        {"entity_id": "number.main_bedroom_night_time_temperature", "value": 17},
        blocking=True,
    )
    await advance(hass, freezer, _at(6, 30))
    record = entry.runtime_data.log.get(NIGHT)
    assert record.temperature_in_band_share == pytest.approx(0.5)
    assert record.temperature_target_c == 17.0
    assert datetime.now(UTC) >= _at(6, 30)
