"""What is sent to a thermostat for the night and at wake (pure: no Home Assistant running)."""

from __future__ import annotations

import pytest

from custom_components.sleep_hygiene.model.climate_plan import (
    SET_HVAC_MODE,
    SET_TEMPERATURE,
    NightPlan,
    Reading,
    Setting,
    Skip,
    ThermostatCall,
    is_changed,
    restore_plan,
    thermostat_plan,
)

C, F = "°C", "°F"
HEAT_ONLY = {"temperature": 21.0}
BAND = {"temperature": None, "target_temp_low": 21.0, "target_temp_high": 24.0}
MODES = ("off", "heat", "cool", "heat_cool", "auto", "fan_only")


def _reading(mode: str = "heat", unit: str = C, **kwargs: object) -> Reading:
    values: dict[str, object] = {"hvac_modes": MODES, "setpoints": dict(HEAT_ONLY)} | kwargs
    return Reading(hvac_mode=mode, unit=unit, **values)  # type: ignore[arg-type]


def _sent(plan: NightPlan | Skip) -> list[ThermostatCall]:
    assert isinstance(plan, NightPlan), plan
    return list(plan.calls)


@pytest.mark.parametrize(
    ("unit", "target", "target_unit", "step", "sent"),
    [
        (C, 18.0, C, None, 18.0),
        (F, 65.0, F, None, 65.0),
        # The house speaks °F, the bedroom was set in °C: 64.4 °F, on a whole-degree step.
        (F, 18.0, C, None, 64.0),
        # The house speaks °C, the bedroom was set in °F: 18.33 °C, on the thermostat's step.
        (C, 65.0, F, None, 18.5),
        (C, 65.0, F, 0.1, 18.3),
    ],
)
def test_heat_takes_one_temperature_in_the_thermostats_unit(
    unit: str, target: float, target_unit: str, step: float | None, sent: float
) -> None:
    plan = thermostat_plan(_reading("heat", unit, step=step), target, target_unit, 2.0)
    assert _sent(plan) == [ThermostatCall(SET_TEMPERATURE, {"temperature": sent})]


def test_cool_takes_one_temperature() -> None:
    plan = thermostat_plan(_reading("cool"), 18.0, C, 2.0)
    assert _sent(plan) == [ThermostatCall(SET_TEMPERATURE, {"temperature": 18.0})]
    assert isinstance(plan, NightPlan)
    assert plan.expected == Setting("cool", {"temperature": 18.0}, C)


@pytest.mark.parametrize("mode", ["heat_cool", "auto"])
def test_band_modes_take_a_band_around_the_target(mode: str) -> None:
    plan = thermostat_plan(_reading(mode, setpoints=BAND), 18.0, C, 2.0)
    assert _sent(plan) == [
        ThermostatCall(SET_TEMPERATURE, {"target_temp_low": 17.0, "target_temp_high": 19.0})
    ]


def test_band_in_fahrenheit_converted_to_a_celsius_house() -> None:
    # 65 °F ± 2 °F is 17.2 to 19.4 °C, put on the 0.5 °C step.
    plan = thermostat_plan(_reading("heat_cool", setpoints=BAND), 65.0, F, 4.0)
    assert _sent(plan) == [
        ThermostatCall(SET_TEMPERATURE, {"target_temp_low": 17.0, "target_temp_high": 19.5})
    ]


def test_auto_without_a_band_takes_a_temperature() -> None:
    plan = thermostat_plan(_reading("auto"), 18.0, C, 2.0)
    assert _sent(plan) == [ThermostatCall(SET_TEMPERATURE, {"temperature": 18.0})]


def test_heat_on_a_band_only_thermostat_takes_the_band() -> None:
    band_only = {"target_temp_low": 21.0, "target_temp_high": 24.0}
    plan = thermostat_plan(_reading("heat", setpoints=band_only), 18.0, C, 2.0)
    assert _sent(plan) == [
        ThermostatCall(SET_TEMPERATURE, {"target_temp_low": 17.0, "target_temp_high": 19.0})
    ]


def test_off_stays_off_without_the_opt_in() -> None:
    assert thermostat_plan(_reading("off"), 18.0, C, 2.0) is Skip.OFF


def test_off_turned_on_for_the_night_when_opted_in() -> None:
    plan = thermostat_plan(_reading("off"), 18.0, C, 2.0, night_mode="heat")
    assert _sent(plan) == [
        ThermostatCall(SET_HVAC_MODE, {"hvac_mode": "heat"}),
        ThermostatCall(SET_TEMPERATURE, {"temperature": 18.0}),
    ]


def test_opted_in_mode_the_thermostat_lacks_leaves_it_off() -> None:
    reading = _reading("off", hvac_modes=("off", "heat"))
    assert thermostat_plan(reading, 18.0, C, 2.0, night_mode="cool") is Skip.MODE_UNSUPPORTED


def test_fan_only_and_setpointless_thermostats_are_left_alone() -> None:
    assert thermostat_plan(_reading("fan_only"), 18.0, C, 2.0) is Skip.MODE_UNSUPPORTED
    assert thermostat_plan(_reading("heat", setpoints={}), 18.0, C, 2.0) is Skip.NO_SETPOINT


def test_limits_and_step_of_the_thermostat_are_respected() -> None:
    assert _sent(thermostat_plan(_reading(min_temp=19.0), 18.0, C, 2.0)) == [
        ThermostatCall(SET_TEMPERATURE, {"temperature": 19.0})
    ]
    assert _sent(thermostat_plan(_reading(max_temp=17.0), 18.0, C, 2.0)) == [
        ThermostatCall(SET_TEMPERATURE, {"temperature": 17.0})
    ]
    assert _sent(thermostat_plan(_reading(step=1.0), 18.4, C, 2.0)) == [
        ThermostatCall(SET_TEMPERATURE, {"temperature": 18.0})
    ]
    band = _reading("heat_cool", setpoints=BAND, min_temp=17.5, max_temp=18.5)
    assert _sent(thermostat_plan(band, 18.0, C, 2.0)) == [
        ThermostatCall(SET_TEMPERATURE, {"target_temp_low": 17.5, "target_temp_high": 18.5})
    ]


def test_restore_sets_the_day_setpoint_back() -> None:
    snapshot = Setting("heat", {"temperature": 21.0}, C)
    night = _reading(setpoints={"temperature": 18.0})
    assert restore_plan(snapshot, night) == (
        ThermostatCall(SET_TEMPERATURE, {"temperature": 21.0}),
    )
    assert restore_plan(snapshot, _reading()) == ()


def test_restore_of_an_off_thermostat_sets_the_setpoint_then_switches_off() -> None:
    snapshot = Setting("off", {"temperature": 21.0}, C)
    night = _reading("heat", setpoints={"temperature": 18.0})
    assert restore_plan(snapshot, night) == (
        ThermostatCall(SET_TEMPERATURE, {"temperature": 21.0}),
        ThermostatCall(SET_HVAC_MODE, {"hvac_mode": "off"}),
    )


def test_restore_switches_the_mode_back_before_its_setpoints() -> None:
    snapshot = Setting("heat_cool", {"target_temp_low": 21.0, "target_temp_high": 24.0}, C)
    night = _reading(
        "cool", setpoints={"temperature": 18.0, "target_temp_low": 17.0, "target_temp_high": 19.0}
    )
    assert restore_plan(snapshot, night) == (
        ThermostatCall(SET_HVAC_MODE, {"hvac_mode": "heat_cool"}),
        ThermostatCall(SET_TEMPERATURE, {"target_temp_low": 21.0, "target_temp_high": 24.0}),
    )


def test_restore_follows_a_change_of_the_house_unit() -> None:
    snapshot = Setting("heat", {"temperature": 21.0}, C)
    night = _reading(unit=F, setpoints={"temperature": 64.0})
    assert restore_plan(snapshot, night) == (
        ThermostatCall(SET_TEMPERATURE, {"temperature": 69.8}),
    )


def test_restore_sends_only_setpoints_the_thermostat_takes() -> None:
    snapshot = Setting("heat", {"temperature": 21.0}, C)
    assert restore_plan(snapshot, _reading(setpoints={})) == ()


def test_change_detection_tolerates_the_devices_rounding() -> None:
    expected = Setting("heat", {"temperature": 18.0}, C)
    # A °F device holds 64 °F for the 64.4 °F sent: 17.8 °C is still ours.
    assert not is_changed(expected, _reading(setpoints={"temperature": 17.8}))
    assert is_changed(expected, _reading(setpoints={"temperature": 18.5}))
    assert is_changed(expected, _reading("off", setpoints={"temperature": 18.0}))
    assert is_changed(expected, _reading(setpoints={"temperature": None}))
    assert not is_changed(expected, _reading(unit=F, setpoints={"temperature": 64.0}))


def test_setting_round_trips_through_storage() -> None:
    setting = Setting("heat_cool", {"target_temp_low": 17.0, "target_temp_high": 19.0}, F)
    assert Setting.from_dict(setting.as_dict()) == setting
