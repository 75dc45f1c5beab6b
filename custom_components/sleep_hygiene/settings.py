"""A bedroom's settings, read from its config entry data and options.

Pure Python (no Home Assistant import): the HA glue passes ``entry.data`` and ``entry.options``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time, timedelta
from typing import Any

from .const import (
    CONF_CLIMATE,
    CONF_CLIMATE_LEAD,
    CONF_DETOX_LEAD,
    CONF_ILLUMINANCE_SENSOR,
    CONF_LIGHTS,
    CONF_LIGHTS_OUT,
    CONF_PHONES,
    CONF_SCREEN_POLICY,
    CONF_SCREENS,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_SENSOR,
    CONF_TEMPERATURE_UNIT,
    CONF_WAKE,
    DEFAULT_CLIMATE_LEAD,
    DEFAULT_DETOX_LEAD,
    DEFAULT_LIGHTS_OUT,
    DEFAULT_TARGET_C,
    DEFAULT_WAKE,
    SCREEN_POLICY_KEEP_OFF,
)
from .schedule import Routine


@dataclass(frozen=True, slots=True)
class BedroomSettings:
    """What is in the bedroom and how its nights should run."""

    lights: tuple[str, ...]
    screens: tuple[str, ...]
    climate: str | None
    temperature_sensor: str | None
    illuminance_sensor: str | None
    phones: tuple[str, ...]
    routine: Routine
    target_temperature: float
    temperature_unit: str
    screen_policy: str

    @classmethod
    def from_entry(cls, data: Mapping[str, Any], options: Mapping[str, Any]) -> BedroomSettings:
        """Return settings from a config entry's data and options, with defaults filled in."""
        return cls(
            lights=tuple(data.get(CONF_LIGHTS, ())),
            screens=tuple(data.get(CONF_SCREENS, ())),
            climate=data.get(CONF_CLIMATE) or None,
            temperature_sensor=data.get(CONF_TEMPERATURE_SENSOR) or None,
            illuminance_sensor=data.get(CONF_ILLUMINANCE_SENSOR) or None,
            phones=tuple(data.get(CONF_PHONES, ())),
            routine=Routine(
                lights_out=time.fromisoformat(options.get(CONF_LIGHTS_OUT, DEFAULT_LIGHTS_OUT)),
                wake=time.fromisoformat(options.get(CONF_WAKE, DEFAULT_WAKE)),
                detox_lead=timedelta(minutes=options.get(CONF_DETOX_LEAD, DEFAULT_DETOX_LEAD)),
                climate_lead=timedelta(
                    minutes=options.get(CONF_CLIMATE_LEAD, DEFAULT_CLIMATE_LEAD)
                ),
            ),
            target_temperature=float(options.get(CONF_TARGET_TEMPERATURE, DEFAULT_TARGET_C)),
            temperature_unit=options.get(CONF_TEMPERATURE_UNIT, "°C"),
            screen_policy=options.get(CONF_SCREEN_POLICY, SCREEN_POLICY_KEEP_OFF),
        )
