"""Drive the routine form as the frontend does: three fields, the rest in a collapsed section."""

from __future__ import annotations

from typing import Any

from homeassistant import config_entries
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType, section

from custom_components.sleep_hygiene.const import (
    CONF_CLIMATE_LEAD,
    CONF_DETOX_LEAD,
    CONF_LIGHTS_OUT,
    CONF_SCREEN_POLICY,
    CONF_TARGET_TEMPERATURE,
    CONF_WAKE,
    DOMAIN,
)

ADVANCED = "advanced"
# The routine as a person submits it: the three fields, and the section they opened.
SCHEDULE: dict[str, Any] = {
    CONF_LIGHTS_OUT: "23:00:00",
    CONF_WAKE: "07:00:00",
    CONF_TARGET_TEMPERATURE: 18.5,
    ADVANCED: {CONF_DETOX_LEAD: 45, CONF_CLIMATE_LEAD: 60, CONF_SCREEN_POLICY: "gentle"},
}
# The defaults a new bedroom in a metric house starts with, as the entry stores them.
DEFAULTS_C: dict[str, Any] = {
    "lights_out": "22:30:00",
    "wake": "06:30:00",
    "target_temperature": 18.0,
    "detox_lead": 30,
    "climate_lead": 60,
    "screen_policy": "keep_off",
    "screen_grace": 2,
    "detox_brightness": 40,
    "detox_color_temp": 2200,
    "night_brightness": 5,
    "climate_band": 2.0,
    "night_hvac_mode": "stay_off",
}


def flat(form: dict[str, Any]) -> dict[str, Any]:
    """Return a submitted form as the entry stores it."""
    return {k: v for k, v in form.items() if k != ADVANCED} | form.get(ADVANCED, {})


def with_advanced(form: dict[str, Any], **advanced: Any) -> dict[str, Any]:
    """Return ``form`` with more fields of the collapsed section filled in."""
    return form | {ADVANCED: form.get(ADVANCED, {}) | advanced}


def _section(result: Any) -> section:
    for marker, value in result["data_schema"].schema.items():
        if marker == ADVANCED:
            assert isinstance(value, section)
            return value
    raise KeyError(ADVANCED)


def top_fields(result: Any) -> list[str]:
    """Return the fields shown above the section, in order."""
    return [str(marker) for marker in result["data_schema"].schema]


def is_collapsed(result: Any) -> bool:
    """Return whether the form opens with its section collapsed."""
    return bool(_section(result).options["collapsed"])


def suggested(result: Any, key: str) -> Any:
    """Return the value a form suggests for ``key``, above or inside its section."""
    for marker, value in result["data_schema"].schema.items():
        inner = value.schema.schema if isinstance(value, section) else {}
        for candidate in (marker, *inner):
            if candidate == key:
                return candidate.description["suggested_value"]
    raise KeyError(key)


def _suggestions(schema: Any) -> dict[str, Any]:
    return {
        str(marker): marker.description["suggested_value"]
        for marker in schema
        if marker != ADVANCED and "suggested_value" in (marker.description or {})
    }


def untouched(result: Any) -> dict[str, Any]:
    """Return what the frontend sends for a form nobody changed: every suggested value."""
    inner = _suggestions(_section(result).schema.schema)
    return _suggestions(result["data_schema"].schema) | {ADVANCED: inner}


async def start_routine(hass: HomeAssistant, name: str = "Main bedroom") -> Any:
    """Start adding a bedroom and return its routine form."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_NAME: name})
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "schedule"
    return result
