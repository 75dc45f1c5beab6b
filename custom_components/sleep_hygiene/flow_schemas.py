"""The forms of a bedroom's settings, their defaults and their checks.

Shared by the config, options and reconfigure flows, the Repairs fix flow and the time entities.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from homeassistant.const import CONF_NAME, UnitOfTemperature
from homeassistant.core import HomeAssistant
from homeassistant.helpers import selector
from homeassistant.util import slugify

from .compat import vol
from .const import (
    BAND_RANGE_C,
    BAND_RANGE_F,
    BRIGHTNESS_RANGE,
    CLIMATE_LEAD_RANGE,
    COLOR_TEMP_RANGE,
    CONF_CLIMATE,
    CONF_CLIMATE_BAND,
    CONF_CLIMATE_LEAD,
    CONF_DETOX_BRIGHTNESS,
    CONF_DETOX_COLOR_TEMP,
    CONF_DETOX_LEAD,
    CONF_ILLUMINANCE_SENSOR,
    CONF_LIGHTS,
    CONF_LIGHTS_OUT,
    CONF_NIGHT_BRIGHTNESS,
    CONF_NIGHT_HVAC_MODE,
    CONF_PHONES,
    CONF_RED_FLAG_NOTIFY,
    CONF_REMINDERS,
    CONF_SCREEN_GRACE,
    CONF_SCREEN_POLICY,
    CONF_SCREENS,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_SENSOR,
    CONF_TEMPERATURE_UNIT,
    CONF_WAKE,
    DEFAULT_BAND_C,
    DEFAULT_BAND_F,
    DEFAULT_CLIMATE_LEAD,
    DEFAULT_DETOX_BRIGHTNESS,
    DEFAULT_DETOX_COLOR_TEMP,
    DEFAULT_DETOX_LEAD,
    DEFAULT_LIGHTS_OUT,
    DEFAULT_NIGHT_BRIGHTNESS,
    DEFAULT_SCREEN_GRACE,
    DEFAULT_TARGET_C,
    DEFAULT_TARGET_F,
    DEFAULT_WAKE,
    DETOX_LEAD_RANGE,
    NIGHT_HVAC_MODES,
    NIGHT_HVAC_STAY_OFF,
    SCREEN_DOMAINS,
    SCREEN_GRACE_RANGE,
    SCREEN_POLICIES,
    SCREEN_POLICY_KEEP_OFF,
    TARGET_RANGE_C,
    TARGET_RANGE_F,
)
from .model.routine_plan import REMINDER_STEPS
from .model.temperature import convert_temperature, convert_temperature_delta

BEDROOM_KEYS = (
    CONF_LIGHTS,
    CONF_SCREENS,
    CONF_CLIMATE,
    CONF_TEMPERATURE_SENSOR,
    CONF_ILLUMINANCE_SENSOR,
    CONF_PHONES,
)


def bedroom_unique_id(name: str) -> str:
    """Return a bedroom's unique id: its name as Home Assistant slugs it ("" for none)."""
    return slugify(name.strip())


def bedroom_schema() -> vol.Schema:
    """Return the schema of the bedroom's name and what is in it."""
    fields: dict[vol.Marker, Any] = {
        vol.Required(CONF_NAME): selector.TextSelector(),
        vol.Optional(CONF_LIGHTS, default=[]): selector.EntitySelector(
            selector.EntitySelectorConfig(domain="light", multiple=True)
        ),
        vol.Optional(CONF_SCREENS, default=[]): selector.EntitySelector(
            selector.EntitySelectorConfig(domain=list(SCREEN_DOMAINS), multiple=True)
        ),
        vol.Optional(CONF_CLIMATE): selector.EntitySelector(
            selector.EntitySelectorConfig(domain="climate")
        ),
        vol.Optional(CONF_TEMPERATURE_SENSOR): selector.EntitySelector(
            selector.EntitySelectorConfig(domain="sensor", device_class="temperature")
        ),
        vol.Optional(CONF_ILLUMINANCE_SENSOR): selector.EntitySelector(
            selector.EntitySelectorConfig(domain="sensor", device_class="illuminance")
        ),
        vol.Optional(CONF_PHONES, default=[]): selector.DeviceSelector(
            selector.DeviceSelectorConfig(integration="mobile_app", multiple=True)
        ),
    }
    return vol.Schema(fields)


def _target_range(unit: str) -> tuple[float, float]:
    return TARGET_RANGE_F if unit == UnitOfTemperature.FAHRENHEIT else TARGET_RANGE_C


def _number(low: int, high: int, step: int, unit: str) -> Callable[[Any], Any]:
    """Return a whole-number box between ``low`` and ``high``."""
    return vol.All(
        selector.NumberSelector(
            selector.NumberSelectorConfig(
                min=low,
                max=high,
                step=step,
                unit_of_measurement=unit,
                mode=selector.NumberSelectorMode.BOX,
            )
        ),
        vol.Coerce(int),
    )


def _detox_fields() -> dict[vol.Marker, Any]:
    """Return the digital detox's fields; optional, so older entries read the defaults."""
    return {
        vol.Optional(CONF_DETOX_BRIGHTNESS): _number(*BRIGHTNESS_RANGE, 1, "%"),
        vol.Optional(CONF_DETOX_COLOR_TEMP): _number(*COLOR_TEMP_RANGE, 100, "K"),
        vol.Optional(CONF_NIGHT_BRIGHTNESS): _number(*BRIGHTNESS_RANGE, 1, "%"),
        vol.Optional(CONF_SCREEN_GRACE): _number(*SCREEN_GRACE_RANGE, 1, "min"),
    }


_DETOX_DEFAULTS: dict[str, Any] = {
    CONF_DETOX_BRIGHTNESS: DEFAULT_DETOX_BRIGHTNESS,
    CONF_DETOX_COLOR_TEMP: DEFAULT_DETOX_COLOR_TEMP,
    CONF_NIGHT_BRIGHTNESS: DEFAULT_NIGHT_BRIGHTNESS,
    CONF_SCREEN_GRACE: DEFAULT_SCREEN_GRACE,
}


def schedule_schema(unit: str) -> vol.Schema:
    """Return the schema of the routine, with the target shown in ``unit``."""
    low, high = _target_range(unit)
    fahrenheit = unit == UnitOfTemperature.FAHRENHEIT
    band_low, band_high = BAND_RANGE_F if fahrenheit else BAND_RANGE_C
    return vol.Schema(
        {
            vol.Required(CONF_LIGHTS_OUT): selector.TimeSelector(),
            vol.Required(CONF_WAKE): selector.TimeSelector(),
            vol.Required(CONF_DETOX_LEAD): _number(*DETOX_LEAD_RANGE, 5, "min"),
            vol.Required(CONF_CLIMATE_LEAD): _number(*CLIMATE_LEAD_RANGE, 5, "min"),
            vol.Required(CONF_TARGET_TEMPERATURE): selector.NumberSelector(
                selector.NumberSelectorConfig(
                    min=low,
                    max=high,
                    step=0.5,
                    unit_of_measurement=unit,
                    mode=selector.NumberSelectorMode.BOX,
                )
            ),
            # Optional: entries made before these existed read the defaults (settings.py).
            vol.Optional(CONF_CLIMATE_BAND): selector.NumberSelector(
                selector.NumberSelectorConfig(
                    min=band_low,
                    max=band_high,
                    step=0.5,
                    unit_of_measurement=unit,
                    mode=selector.NumberSelectorMode.BOX,
                )
            ),
            vol.Optional(CONF_NIGHT_HVAC_MODE): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=list(NIGHT_HVAC_MODES),
                    translation_key=CONF_NIGHT_HVAC_MODE,
                    mode=selector.SelectSelectorMode.DROPDOWN,
                )
            ),
            vol.Required(CONF_SCREEN_POLICY): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=list(SCREEN_POLICIES),
                    translation_key=CONF_SCREEN_POLICY,
                    mode=selector.SelectSelectorMode.LIST,
                )
            ),
            **_detox_fields(),
        }
    )


def options_schema(unit: str) -> vol.Schema:
    """Return the options form: the routine, then what only matters once the bedroom runs."""
    # No default: an untouched form leaves the option unset, which means off.
    return schedule_schema(unit).extend(
        {
            vol.Optional(CONF_RED_FLAG_NOTIFY): selector.BooleanSelector(),
            vol.Optional(CONF_REMINDERS): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=list(REMINDER_STEPS),
                    translation_key=CONF_REMINDERS,
                    multiple=True,
                    mode=selector.SelectSelectorMode.LIST,
                )
            ),
        }
    )


def _default_climate(unit: str) -> dict[str, Any]:
    fahrenheit = unit == UnitOfTemperature.FAHRENHEIT
    return {
        CONF_CLIMATE_BAND: DEFAULT_BAND_F if fahrenheit else DEFAULT_BAND_C,
        CONF_NIGHT_HVAC_MODE: NIGHT_HVAC_STAY_OFF,
    }


def default_schedule(hass: HomeAssistant) -> dict[str, Any]:
    """Return the routine a new bedroom starts with, its target in the house's unit."""
    unit = hass.config.units.temperature_unit
    return (
        _default_climate(unit)
        | _DETOX_DEFAULTS
        | {
            CONF_LIGHTS_OUT: DEFAULT_LIGHTS_OUT,
            CONF_WAKE: DEFAULT_WAKE,
            CONF_DETOX_LEAD: DEFAULT_DETOX_LEAD,
            CONF_CLIMATE_LEAD: DEFAULT_CLIMATE_LEAD,
            CONF_TARGET_TEMPERATURE: (
                DEFAULT_TARGET_F if unit == UnitOfTemperature.FAHRENHEIT else DEFAULT_TARGET_C
            ),
            CONF_SCREEN_POLICY: SCREEN_POLICY_KEEP_OFF,
        }
    )


def schedule_errors(user_input: dict[str, Any]) -> dict[str, str]:
    """Return errors for a routine that cannot run: wake inside the evening's wind-down."""
    lights_out = time.fromisoformat(user_input[CONF_LIGHTS_OUT])
    wake = time.fromisoformat(user_input[CONF_WAKE])
    day = datetime(2000, 1, 1)
    gap = (datetime.combine(day, lights_out) - datetime.combine(day, wake)) % timedelta(days=1)
    longest_lead = max(user_input[CONF_DETOX_LEAD], user_input[CONF_CLIMATE_LEAD])
    if gap < timedelta(minutes=longest_lead) or lights_out == wake:
        return {CONF_WAKE: "wake_too_close"}
    # The ramp only ever dims: the night level cannot be above the detox level.
    detox = user_input.get(CONF_DETOX_BRIGHTNESS, DEFAULT_DETOX_BRIGHTNESS)
    if user_input.get(CONF_NIGHT_BRIGHTNESS, DEFAULT_NIGHT_BRIGHTNESS) > detox:
        return {CONF_NIGHT_BRIGHTNESS: "night_above_detox"}
    return {}


def stored_schedule(hass: HomeAssistant, options: dict[str, Any]) -> dict[str, Any]:
    """Return stored options with the target converted to the current unit system."""
    unit = hass.config.units.temperature_unit
    shown = _default_climate(unit) | _DETOX_DEFAULTS | options
    shown[CONF_TARGET_TEMPERATURE] = round(
        convert_temperature(options[CONF_TARGET_TEMPERATURE], options[CONF_TEMPERATURE_UNIT], unit),
        1,
    )
    if CONF_CLIMATE_BAND in options:
        shown[CONF_CLIMATE_BAND] = round(
            convert_temperature_delta(
                options[CONF_CLIMATE_BAND], options[CONF_TEMPERATURE_UNIT], unit
            ),
            1,
        )
    return shown
