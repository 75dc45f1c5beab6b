"""Config, options and reconfigure flows: one config entry per bedroom."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from homeassistant.config_entries import (
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_NAME, UnitOfTemperature
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import selector
import voluptuous as vol

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
    DOMAIN,
    NIGHT_HVAC_MODES,
    NIGHT_HVAC_STAY_OFF,
    SCREEN_DOMAINS,
    SCREEN_GRACE_RANGE,
    SCREEN_POLICIES,
    SCREEN_POLICY_KEEP_OFF,
    TARGET_RANGE_C,
    TARGET_RANGE_F,
)
from .models import SleepHygieneConfigEntry
from .routine_plan import REMINDER_STEPS
from .temperature import convert_temperature, convert_temperature_delta

BEDROOM_KEYS = (
    CONF_LIGHTS,
    CONF_SCREENS,
    CONF_CLIMATE,
    CONF_TEMPERATURE_SENSOR,
    CONF_ILLUMINANCE_SENSOR,
    CONF_PHONES,
)


def _bedroom_schema() -> vol.Schema:
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


def _number(low: int, high: int, step: int, unit: str) -> vol.All:
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


def _schedule_schema(unit: str) -> vol.Schema:
    """Return the schema of the routine, with the target shown in ``unit``."""
    low, high = _target_range(unit)
    fahrenheit = unit == UnitOfTemperature.FAHRENHEIT
    band_low, band_high = BAND_RANGE_F if fahrenheit else BAND_RANGE_C
    return vol.Schema(
        {
            vol.Required(CONF_LIGHTS_OUT): selector.TimeSelector(),
            vol.Required(CONF_WAKE): selector.TimeSelector(),
            vol.Required(CONF_DETOX_LEAD): vol.All(
                selector.NumberSelector(
                    selector.NumberSelectorConfig(
                        min=DETOX_LEAD_RANGE[0],
                        max=DETOX_LEAD_RANGE[1],
                        step=5,
                        unit_of_measurement="min",
                        mode=selector.NumberSelectorMode.BOX,
                    )
                ),
                vol.Coerce(int),
            ),
            vol.Required(CONF_CLIMATE_LEAD): vol.All(
                selector.NumberSelector(
                    selector.NumberSelectorConfig(
                        min=CLIMATE_LEAD_RANGE[0],
                        max=CLIMATE_LEAD_RANGE[1],
                        step=5,
                        unit_of_measurement="min",
                        mode=selector.NumberSelectorMode.BOX,
                    )
                ),
                vol.Coerce(int),
            ),
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


def _options_schema(unit: str) -> vol.Schema:
    """Return the options form: the routine, then what only matters once the bedroom runs."""
    # No default: an untouched form leaves the option unset, which means off.
    return _schedule_schema(unit).extend(
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


def _default_schedule(hass: HomeAssistant) -> dict[str, Any]:
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


def _schedule_errors(user_input: dict[str, Any]) -> dict[str, str]:
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


def _stored_schedule(hass: HomeAssistant, options: dict[str, Any]) -> dict[str, Any]:
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


class SleepHygieneConfigFlow(ConfigFlow, domain=DOMAIN):
    """Add a bedroom: what is in it, then its routine."""

    VERSION = 1
    MINOR_VERSION = 1

    def __init__(self) -> None:
        """Start with nothing collected."""
        self._bedroom: dict[str, Any] = {}

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: SleepHygieneConfigEntry) -> SleepHygieneOptionsFlow:
        """Return the options flow."""
        return SleepHygieneOptionsFlow()

    def _name_error(self, name: str, exclude_entry_id: str | None = None) -> dict[str, str]:
        if not name:
            return {CONF_NAME: "name_empty"}
        for entry in self._async_current_entries(include_ignore=False):
            if entry.entry_id != exclude_entry_id and entry.title.casefold() == name.casefold():
                return {CONF_NAME: "name_exists"}
        return {}

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Name the bedroom and pick its lights, screens, climate, sensors and phones."""
        errors: dict[str, str] = {}
        if user_input is not None:
            name = user_input[CONF_NAME].strip()
            errors = self._name_error(name)
            if not errors:
                self._bedroom = {CONF_NAME: name} | {
                    key: user_input[key] for key in BEDROOM_KEYS if key in user_input
                }
                return await self.async_step_schedule()
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(_bedroom_schema(), user_input or {}),
            errors=errors,
        )

    async def async_step_schedule(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Set lights-out, wake, the leads, the target temperature and the screen policy."""
        errors: dict[str, str] = {}
        unit = self.hass.config.units.temperature_unit
        if user_input is not None:
            errors = _schedule_errors(user_input)
            if not errors:
                return self.async_create_entry(
                    title=self._bedroom[CONF_NAME],
                    data={k: v for k, v in self._bedroom.items() if k != CONF_NAME},
                    options=user_input | {CONF_TEMPERATURE_UNIT: unit},
                )
        return self.async_show_form(
            step_id="schedule",
            data_schema=self.add_suggested_values_to_schema(
                _schedule_schema(unit),
                user_input if errors else _default_schedule(self.hass),
            ),
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the bedroom's name and what is in it."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            name = user_input[CONF_NAME].strip()
            errors = self._name_error(name, exclude_entry_id=entry.entry_id)
            if not errors:
                return self.async_update_reload_and_abort(
                    entry,
                    title=name,
                    data={key: user_input[key] for key in BEDROOM_KEYS if key in user_input},
                )
        suggested = user_input or ({CONF_NAME: entry.title} | dict(entry.data))
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(_bedroom_schema(), suggested),
            errors=errors,
        )


class SleepHygieneOptionsFlow(OptionsFlowWithReload):
    """Change the routine; the entry reloads so every timer follows."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Show the routine with the stored values."""
        errors: dict[str, str] = {}
        unit = self.hass.config.units.temperature_unit
        if user_input is not None:
            errors = _schedule_errors(user_input)
            if not errors:
                return self.async_create_entry(
                    data=dict(self.config_entry.options)
                    | user_input
                    | {CONF_TEMPERATURE_UNIT: unit}
                )
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                _options_schema(unit),
                user_input or _stored_schedule(self.hass, dict(self.config_entry.options)),
            ),
            errors=errors,
        )
