"""Config, options and reconfigure flows: one config entry per bedroom.

Home Assistant imports this module at every start; the forms and their checks are imported by
the steps that show them, so they take memory only once a flow runs.
"""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import (
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.importlib import async_import_module
from homeassistant.util import slugify

from .const import CONF_PHONES, CONF_TEMPERATURE_UNIT, DOMAIN
from .runtime_data import SleepHygieneConfigEntry


def bedroom_unique_id(name: str) -> str:
    """Return a bedroom's unique id: its name as Home Assistant slugs it ("" for none)."""
    return slugify(name.strip())


async def async_import_forms(hass: HomeAssistant) -> None:
    """Import the forms and their checks in the executor, as Home Assistant imports (files)."""
    for name in ("flow_schemas", "flow_checks"):
        await async_import_module(hass, f"{__package__}.{name}")


class SleepHygieneConfigFlow(ConfigFlow, domain=DOMAIN):
    """Add a bedroom: what is in it, then its routine."""

    VERSION = 1
    MINOR_VERSION = 2  # 1.2: each bedroom has a unique id, from its name

    def __init__(self) -> None:
        """Start with nothing collected."""
        self._bedroom: dict[str, Any] = {}

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: SleepHygieneConfigEntry) -> SleepHygieneOptionsFlow:
        """Return the options flow."""
        return SleepHygieneOptionsFlow()

    def _name_error(self, name: str, exclude_entry_id: str | None = None) -> dict[str, str]:
        unique_id = bedroom_unique_id(name)
        if not unique_id:
            return {CONF_NAME: "name_empty"}
        for entry in self._async_current_entries(include_ignore=False):
            if entry.entry_id != exclude_entry_id and unique_id in (
                entry.unique_id,
                bedroom_unique_id(entry.title),
            ):
                return {CONF_NAME: "name_exists"}
        return {}

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Name the bedroom and pick its lights, screens, climate, sensors and phones."""
        # Memory: the forms are imported by the flows that show them (see the docstring).
        await async_import_forms(self.hass)
        from .flow_schemas import BEDROOM_KEYS, bedroom_schema  # noqa: PLC0415

        errors: dict[str, str] = {}
        if user_input is not None:
            name = user_input[CONF_NAME].strip()
            errors = self._name_error(name)
            if not errors:
                await self.async_set_unique_id(bedroom_unique_id(name))
                self._bedroom = {CONF_NAME: name} | {
                    key: user_input[key] for key in BEDROOM_KEYS if key in user_input
                }
                return await self.async_step_schedule()
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(bedroom_schema(), user_input or {}),
            errors=errors,
        )

    async def async_step_schedule(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Set lights-out, wake and the target; the rest starts at its default."""
        # Memory: the forms are imported by the flows that show them (see the docstring).
        await async_import_forms(self.hass)
        from .flow_checks import FormErrors, routine_errors  # noqa: PLC0415
        from .flow_schemas import (  # noqa: PLC0415
            default_schedule,
            flatten,
            schedule_schema,
            sectioned,
        )

        unit = self.hass.config.units.temperature_unit
        routine = default_schedule(self.hass) | flatten(user_input or {})
        found = (
            FormErrors()
            if user_input is None
            else routine_errors(routine, unit, self.hass.config.language)
        )
        if user_input is not None and not found.errors:
            return self.async_create_entry(
                title=self._bedroom[CONF_NAME],
                data={k: v for k, v in self._bedroom.items() if k != CONF_NAME},
                options=routine | {CONF_TEMPERATURE_UNIT: unit},
            )
        return self.async_show_form(
            step_id="schedule",
            data_schema=self.add_suggested_values_to_schema(
                schedule_schema(unit), sectioned(routine)
            ),
            errors=found.errors,
            description_placeholders=found.placeholders,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the bedroom's name and what is in it."""
        # Memory: the forms are imported by the flows that show them (see the docstring).
        await async_import_forms(self.hass)
        from .flow_schemas import BEDROOM_KEYS, bedroom_schema  # noqa: PLC0415

        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            name = user_input[CONF_NAME].strip()
            errors = self._name_error(name, exclude_entry_id=entry.entry_id)
            if not errors:
                return self.async_update_reload_and_abort(
                    entry,
                    unique_id=bedroom_unique_id(name),
                    title=name,
                    data={key: user_input[key] for key in BEDROOM_KEYS if key in user_input},
                )
        suggested = user_input or ({CONF_NAME: entry.title} | dict(entry.data))
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(bedroom_schema(), suggested),
            errors=errors,
        )


class SleepHygieneOptionsFlow(OptionsFlowWithReload):
    """Change the routine; the entry reloads so every timer follows."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Show the routine with the stored values."""
        # Memory: the forms are imported by the flows that show them (see the docstring).
        await async_import_forms(self.hass)
        from .flow_checks import FormErrors, routine_errors  # noqa: PLC0415
        from .flow_schemas import (  # noqa: PLC0415
            CLEARABLE,
            flatten,
            options_schema,
            sectioned,
            stored_schedule,
        )

        unit = self.hass.config.units.temperature_unit
        entry = self.config_entry
        stored = stored_schedule(self.hass, dict(entry.options))
        if user_input is not None:
            # An entity cleared in the form is not sent: it is no longer chosen.
            stored = {key: value for key, value in stored.items() if key not in CLEARABLE}
        options = stored | flatten(user_input or {})
        found = FormErrors()
        if user_input is not None:
            found = routine_errors(
                options, unit, self.hass.config.language, phones=entry.data.get(CONF_PHONES, [])
            )
            if not found.errors:
                return self.async_create_entry(data=options | {CONF_TEMPERATURE_UNIT: unit})
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                options_schema(unit), sectioned(options)
            ),
            errors=found.errors,
            description_placeholders=found.placeholders,
        )
