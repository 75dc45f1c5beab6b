"""The forms of a bedroom's settings and their defaults.

Shared by the config, options and reconfigure flows and the Repairs fix flow. The routine form asks
what most people change and keeps the rest in a collapsed section; entries store it flat.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from homeassistant.const import CONF_NAME, UnitOfTemperature
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import section
from homeassistant.helpers import selector

from .compat import vol
from .const import (
    AGE_BANDS,
    BAND_RANGE_C,
    BAND_RANGE_F,
    BRIGHTNESS_RANGE,
    CLIMATE_LEAD_RANGE,
    COLOR_TEMP_RANGE,
    CONF_AGE_BAND,
    CONF_BED_SENSOR,
    CONF_BED_SHARED,
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
    CONF_PHONE_DND,
    CONF_PHONE_SLEEP,
    CONF_PHONES,
    CONF_RED_FLAG_NOTIFY,
    CONF_REMINDERS,
    CONF_SATELLITE,
    CONF_SCREEN_GRACE,
    CONF_SCREEN_POLICY,
    CONF_SCREENS,
    CONF_SHOW_PANEL,
    CONF_SLEEP_DURATION_SENSOR,
    CONF_SLEEP_SCORE_SENSOR,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_SENSOR,
    CONF_WAKE,
    CONF_WEEKLY_QUESTION,
    DETOX_LEAD_RANGE,
    NIGHT_HVAC_MODES,
    SCREEN_DOMAINS,
    SCREEN_GRACE_RANGE,
    SCREEN_POLICIES,
    TARGET_RANGE_C,
    TARGET_RANGE_F,
    WEEKDAYS,
    WEEKLY_OFF,
)
from .model.routine_plan import REMINDER_STEPS
from .model.settings import SCHEDULE_KEYS, default_options, temperatures_in

# The routine form's collapsed section, and the fields shown above it.
ADVANCED: Final = "advanced"
ROUTINE_KEYS: Final = (CONF_LIGHTS_OUT, CONF_WAKE, CONF_TARGET_TEMPERATURE)

# Options picked with an entity selector: cleared in the form, they are left out of what it sends.
CLEARABLE: Final = (
    CONF_BED_SENSOR,
    CONF_SLEEP_DURATION_SENSOR,
    CONF_SLEEP_SCORE_SENSOR,
    CONF_SATELLITE,
)

BEDROOM_KEYS = (
    CONF_LIGHTS,
    CONF_SCREENS,
    CONF_CLIMATE,
    CONF_TEMPERATURE_SENSOR,
    CONF_ILLUMINANCE_SENSOR,
    CONF_PHONES,
)


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


def target_range(unit: str) -> tuple[float, float]:
    """Return the night-time targets a bedroom may have, in ``unit``."""
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


def _temperature(unit: str, bounds: tuple[float, float] | None = None) -> selector.NumberSelector:
    """Return a box for a temperature in ``unit``, in half degrees."""
    config = selector.NumberSelectorConfig(
        step=0.5, unit_of_measurement=unit, mode=selector.NumberSelectorMode.BOX
    )
    if bounds is not None:
        config["min"], config["max"] = bounds
    return selector.NumberSelector(config)


def _routine_fields(unit: str) -> dict[vol.Marker, Any]:
    """Return what most people change: when the night runs and how cool the bedroom is."""
    return {
        vol.Required(CONF_LIGHTS_OUT): selector.TimeSelector(),
        vol.Required(CONF_WAKE): selector.TimeSelector(),
        # No bounds in the box: the form's own check names the range in the house's unit.
        vol.Required(CONF_TARGET_TEMPERATURE): _temperature(unit),
    }


def _advanced_fields(unit: str) -> dict[vol.Marker, Any]:
    """Return the rest of the routine; optional, so older entries read the defaults."""
    fahrenheit = unit == UnitOfTemperature.FAHRENHEIT
    return {
        vol.Optional(CONF_DETOX_LEAD): _number(*DETOX_LEAD_RANGE, 5, "min"),
        vol.Optional(CONF_CLIMATE_LEAD): _number(*CLIMATE_LEAD_RANGE, 5, "min"),
        vol.Optional(CONF_SCREEN_POLICY): selector.SelectSelector(
            selector.SelectSelectorConfig(
                options=list(SCREEN_POLICIES),
                translation_key=CONF_SCREEN_POLICY,
                mode=selector.SelectSelectorMode.LIST,
            )
        ),
        vol.Optional(CONF_SCREEN_GRACE): _number(*SCREEN_GRACE_RANGE, 1, "min"),
        vol.Optional(CONF_DETOX_BRIGHTNESS): _number(*BRIGHTNESS_RANGE, 1, "%"),
        vol.Optional(CONF_DETOX_COLOR_TEMP): _number(*COLOR_TEMP_RANGE, 100, "K"),
        vol.Optional(CONF_NIGHT_BRIGHTNESS): _number(*BRIGHTNESS_RANGE, 1, "%"),
        vol.Optional(CONF_CLIMATE_BAND): _temperature(
            unit, BAND_RANGE_F if fahrenheit else BAND_RANGE_C
        ),
        vol.Optional(CONF_NIGHT_HVAC_MODE): selector.SelectSelector(
            selector.SelectSelectorConfig(
                options=list(NIGHT_HVAC_MODES),
                translation_key=CONF_NIGHT_HVAC_MODE,
                mode=selector.SelectSelectorMode.DROPDOWN,
            )
        ),
    }


def _notification_fields() -> dict[vol.Marker, Any]:
    """Return what only matters once the bedroom runs: reminders, notices and the sidebar."""
    # No defaults: one never set reads as off (the sidebar page as on), and shows as such.
    return {
        vol.Optional(CONF_REMINDERS): selector.SelectSelector(
            selector.SelectSelectorConfig(
                options=list(REMINDER_STEPS),
                translation_key=CONF_REMINDERS,
                multiple=True,
                mode=selector.SelectSelectorMode.LIST,
            )
        ),
        vol.Optional(CONF_RED_FLAG_NOTIFY): selector.BooleanSelector(),
        vol.Optional(CONF_WEEKLY_QUESTION): selector.SelectSelector(
            selector.SelectSelectorConfig(
                options=[*WEEKDAYS, WEEKLY_OFF],
                translation_key=CONF_WEEKLY_QUESTION,
                mode=selector.SelectSelectorMode.DROPDOWN,
            )
        ),
        vol.Optional(CONF_SATELLITE): selector.EntitySelector(
            selector.EntitySelectorConfig(domain="assist_satellite")
        ),
        vol.Optional(CONF_SHOW_PANEL): selector.BooleanSelector(),
    }


def _measured_fields() -> dict[vol.Marker, Any]:
    """Return the night's optional sources (picked by domain and device class) and phone DND."""
    return {
        vol.Optional(CONF_BED_SENSOR): selector.EntitySelector(
            selector.EntitySelectorConfig(
                domain="binary_sensor", device_class=["occupancy", "presence"]
            )
        ),
        vol.Optional(CONF_BED_SHARED): selector.BooleanSelector(),
        vol.Optional(CONF_PHONE_SLEEP): selector.BooleanSelector(),
        vol.Optional(CONF_SLEEP_DURATION_SENSOR): selector.EntitySelector(
            selector.EntitySelectorConfig(domain="sensor", device_class="duration")
        ),
        vol.Optional(CONF_SLEEP_SCORE_SENSOR): selector.EntitySelector(
            selector.EntitySelectorConfig(domain="sensor")
        ),
        vol.Optional(CONF_PHONE_DND): selector.BooleanSelector(),
        vol.Optional(CONF_AGE_BAND): selector.SelectSelector(
            selector.SelectSelectorConfig(
                options=list(AGE_BANDS),
                translation_key=CONF_AGE_BAND,
                mode=selector.SelectSelectorMode.LIST,
            )
        ),
    }


def _with_advanced(unit: str, advanced: dict[vol.Marker, Any]) -> vol.Schema:
    # Optional: a client that leaves the section out gets the defaults.
    return vol.Schema(
        _routine_fields(unit)
        | {vol.Optional(ADVANCED): section(vol.Schema(advanced), {"collapsed": True})}
    )


def schedule_schema(unit: str) -> vol.Schema:
    """Return the routine of a new bedroom, with the target shown in ``unit``."""
    return _with_advanced(unit, _advanced_fields(unit))


def options_schema(unit: str) -> vol.Schema:
    """Return the options form: the routine, and what only matters once the bedroom runs."""
    return _with_advanced(
        unit, _advanced_fields(unit) | _notification_fields() | _measured_fields()
    )


def flatten(user_input: dict[str, Any]) -> dict[str, Any]:
    """Return a submitted form as the flat options an entry stores."""
    top = {key: value for key, value in user_input.items() if key != ADVANCED}
    advanced: dict[str, Any] = user_input.get(ADVANCED, {})
    return top | advanced


def sectioned(values: dict[str, Any]) -> dict[str, Any]:
    """Return flat options as the form shows them: the advanced ones inside their section."""
    top = {key: values[key] for key in ROUTINE_KEYS if key in values}
    return top | {ADVANCED: {k: v for k, v in values.items() if k not in ROUTINE_KEYS}}


def default_schedule(hass: HomeAssistant) -> dict[str, Any]:
    """Return the routine a new bedroom starts with, its target in the house's unit."""
    defaults = default_options(hass.config.units.temperature_unit)
    return {key: defaults[key] for key in SCHEDULE_KEYS}


def stored_schedule(hass: HomeAssistant, options: dict[str, Any]) -> dict[str, Any]:
    """Return stored options, defaults filled in, with temperatures in the current unit."""
    unit = hass.config.units.temperature_unit
    return default_options(unit) | temperatures_in(options, unit)
