"""Real bedroom climate for the tests: a generic_thermostat, demo thermostats, a bedroom sensor.

- ``sensor.bedroom_temperature``: a template sensor that reads ``input_number.bedroom_reading``,
  so a test scripts the bedroom's temperature with ``set_bedroom_temperature``.
- ``climate.bedroom``: Home Assistant's generic_thermostat, heating with ``input_boolean.heater``
  and reading that sensor (``ac_mode`` makes it a cooler).
- Demo thermostats (Home Assistant's own demo climate entity, added through a test platform since
  the demo integration needs voice packages this machine lacks): ``climate.ecobee`` (heat_cool,
  °C), ``climate.heatpump`` (heat, °F: the other unit in a metric house).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.climate import HVACMode
from homeassistant.components.demo.climate import DemoClimate
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import (
    setup_test_component_platform,
)

from . import time_helpers

THERMOSTAT = "climate.bedroom"
SENSOR = "sensor.bedroom_temperature"
ECOBEE = "climate.ecobee"
HEATPUMP = "climate.heatpump"
STEP = timedelta(minutes=5)


async def setup_bedroom_sensor(hass: HomeAssistant, value: float, unit: str = "°C") -> None:
    """Create the scripted bedroom temperature sensor, reading ``value`` ``unit``.

    It is unavailable while ``input_boolean.sensor_power`` is off; ``setup_climate`` makes it.
    """
    assert await async_setup_component(
        hass,
        "input_number",
        {
            "input_number": {
                "bedroom_reading": {
                    "min": -20,
                    "max": 120,
                    "step": 0.1,
                    "initial": value,
                    "mode": "box",
                }
            }
        },
    )
    assert await async_setup_component(
        hass,
        "template",
        {
            "template": [
                {
                    "sensor": [
                        {
                            "name": "Bedroom temperature",
                            "unique_id": "bedroom_temperature",
                            "state": "{{ states('input_number.bedroom_reading') }}",
                            "availability": "{{ is_state('input_boolean.sensor_power', 'on') }}",
                            "unit_of_measurement": unit,
                            "device_class": "temperature",
                        }
                    ]
                }
            ]
        },
    )
    await hass.async_block_till_done()


async def set_sensor_power(hass: HomeAssistant, on: bool) -> None:
    """Switch the bedroom sensor on (available) or off (unavailable)."""
    service = "turn_on" if on else "turn_off"
    await hass.services.async_call(
        "input_boolean", service, {"entity_id": "input_boolean.sensor_power"}, blocking=True
    )
    await hass.async_block_till_done()


async def set_bedroom_temperature(hass: HomeAssistant, value: float) -> None:
    """Move the bedroom sensor to ``value``."""
    await hass.services.async_call(
        "input_number",
        "set_value",
        {"entity_id": "input_number.bedroom_reading", "value": value},
        blocking=True,
    )
    # The template sensor, then the thermostat reading it: one wait each.
    await hass.async_block_till_done()
    await hass.async_block_till_done()


def generic_thermostat(**options: Any) -> dict[str, Any]:
    """Return the YAML of ``climate.bedroom``: heating to 21 °C unless ``options`` say else."""
    return {
        "platform": "generic_thermostat",
        "name": "Bedroom",
        "heater": "input_boolean.heater",
        "target_sensor": SENSOR,
        "initial_hvac_mode": "heat",
        "target_temp": 21,
    } | options


def ecobee() -> DemoClimate:
    """Return a demo heat_cool thermostat in °C, holding 21 to 24 °C."""
    entity = DemoClimate(
        unique_id="ecobee",
        device_name="Ecobee",
        target_temperature=None,
        unit_of_measurement="°C",
        preset=None,
        current_temperature=23,
        fan_mode=None,
        target_humidity=None,
        current_humidity=None,
        swing_mode=None,
        swing_horizontal_mode=None,
        hvac_mode=HVACMode.HEAT_COOL,
        hvac_action=None,
        target_temp_high=24,
        target_temp_low=21,
        hvac_modes=[HVACMode.OFF, HVACMode.HEAT_COOL, HVACMode.COOL, HVACMode.AUTO],
    )
    entity.entity_id = ECOBEE
    return entity


def heatpump() -> DemoClimate:
    """Return a demo heat pump in °F, heating to 68 °F."""
    entity = DemoClimate(
        unique_id="heatpump",
        device_name="HeatPump",
        target_temperature=68,
        unit_of_measurement="°F",
        preset=None,
        current_temperature=77,
        fan_mode=None,
        target_humidity=None,
        current_humidity=None,
        swing_mode=None,
        swing_horizontal_mode=None,
        hvac_mode=HVACMode.HEAT,
        hvac_action=None,
        target_temp_high=None,
        target_temp_low=None,
        hvac_modes=[HVACMode.HEAT, HVACMode.OFF],
    )
    entity.entity_id = HEATPUMP
    return entity


async def setup_climate(
    hass: HomeAssistant,
    *,
    thermostat: dict[str, Any] | None = None,
    demo: list[DemoClimate] | None = None,
    sensor: float = 19.5,
    sensor_unit: str = "°C",
) -> None:
    """Set up the bedroom sensor, the heater switch and the thermostats asked for."""
    # generic_thermostat switches its heater through homeassistant.turn_on/turn_off.
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(
        hass,
        "input_boolean",
        {"input_boolean": {"heater": {"name": "Heater"}, "sensor_power": {"initial": True}}},
    )
    await setup_bedroom_sensor(hass, sensor, sensor_unit)
    platforms: list[dict[str, Any]] = []
    if thermostat is not None:
        platforms.append(thermostat)
    if demo:
        setup_test_component_platform(hass, "climate", demo)
        platforms.append({"platform": "test"})
    assert await async_setup_component(hass, "climate", {"climate": platforms})
    await hass.async_block_till_done()


async def advance(hass: HomeAssistant, freezer: FrozenDateTimeFactory, to: datetime) -> None:
    """Move the clock to ``to`` in 5-minute steps (routine times are on 5-minute marks)."""
    await time_helpers.advance(hass, freezer, to, step=STEP)
