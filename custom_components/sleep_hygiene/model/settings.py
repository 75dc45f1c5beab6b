"""A bedroom's settings, read from its config entry data and options.

Pure Python (no Home Assistant import): the HA glue passes ``entry.data`` and ``entry.options``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any, Final

from ..const import (
    AGE_BAND_ADULT,
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
    CONF_TEMPERATURE_UNIT,
    CONF_WAKE,
    CONF_WEEKLY_QUESTION,
    DEFAULT_BAND_C,
    DEFAULT_BAND_F,
    DEFAULT_CLIMATE_LEAD,
    DEFAULT_DETOX_BRIGHTNESS,
    DEFAULT_DETOX_COLOR_TEMP,
    DEFAULT_DETOX_LEAD,
    DEFAULT_LIGHTS_OUT,
    DEFAULT_NIGHT_BRIGHTNESS,
    DEFAULT_SCREEN_GRACE,
    DEFAULT_SHOW_PANEL,
    DEFAULT_TARGET_C,
    DEFAULT_TARGET_F,
    DEFAULT_WAKE,
    DEFAULT_WEEKLY_QUESTION,
    NIGHT_HVAC_STAY_OFF,
    SCREEN_POLICY_KEEP_OFF,
    WEEKDAYS,
)
from .schedule import Routine
from .temperature import CELSIUS, FAHRENHEIT, convert_temperature, convert_temperature_delta

# The routine a new bedroom starts with (the flow's second step shows it).
SCHEDULE_KEYS: Final = (
    CONF_LIGHTS_OUT,
    CONF_WAKE,
    CONF_TARGET_TEMPERATURE,
    CONF_DETOX_LEAD,
    CONF_CLIMATE_LEAD,
    CONF_SCREEN_POLICY,
    CONF_SCREEN_GRACE,
    CONF_DETOX_BRIGHTNESS,
    CONF_DETOX_COLOR_TEMP,
    CONF_NIGHT_BRIGHTNESS,
    CONF_CLIMATE_BAND,
    CONF_NIGHT_HVAC_MODE,
)


def default_options(unit: str) -> dict[str, Any]:
    """Return every option a bedroom has until it is changed, its temperatures in ``unit``."""
    fahrenheit = unit == FAHRENHEIT
    return {
        CONF_LIGHTS_OUT: DEFAULT_LIGHTS_OUT,
        CONF_WAKE: DEFAULT_WAKE,
        CONF_TARGET_TEMPERATURE: DEFAULT_TARGET_F if fahrenheit else DEFAULT_TARGET_C,
        CONF_DETOX_LEAD: DEFAULT_DETOX_LEAD,
        CONF_CLIMATE_LEAD: DEFAULT_CLIMATE_LEAD,
        CONF_SCREEN_POLICY: SCREEN_POLICY_KEEP_OFF,
        CONF_SCREEN_GRACE: DEFAULT_SCREEN_GRACE,
        CONF_DETOX_BRIGHTNESS: DEFAULT_DETOX_BRIGHTNESS,
        CONF_DETOX_COLOR_TEMP: DEFAULT_DETOX_COLOR_TEMP,
        CONF_NIGHT_BRIGHTNESS: DEFAULT_NIGHT_BRIGHTNESS,
        CONF_CLIMATE_BAND: DEFAULT_BAND_F if fahrenheit else DEFAULT_BAND_C,
        CONF_NIGHT_HVAC_MODE: NIGHT_HVAC_STAY_OFF,
        CONF_SHOW_PANEL: DEFAULT_SHOW_PANEL,
        CONF_WEEKLY_QUESTION: DEFAULT_WEEKLY_QUESTION,
        CONF_AGE_BAND: AGE_BAND_ADULT,
    }


def temperatures_in(options: Mapping[str, Any], unit: str) -> dict[str, Any]:
    """Return the options with the bedroom's target and band in ``unit``, to one decimal."""
    stored = options.get(CONF_TEMPERATURE_UNIT, CELSIUS)
    shown = dict(options)
    if CONF_TARGET_TEMPERATURE in options:
        target = convert_temperature(options[CONF_TARGET_TEMPERATURE], stored, unit)
        shown[CONF_TARGET_TEMPERATURE] = round(target, 1)
    if CONF_CLIMATE_BAND in options:
        band = convert_temperature_delta(options[CONF_CLIMATE_BAND], stored, unit)
        shown[CONF_CLIMATE_BAND] = round(band, 1)
    return shown


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
    # Digital detox: lights dim to detox_brightness (percent) at detox_color_temp (kelvin), ramp
    # down to night_brightness by lights-out; a screen back on is switched off after screen_grace.
    detox_brightness: int
    detox_color_temp: int
    night_brightness: int
    screen_grace: timedelta
    # heat_cool/auto band width, in temperature_unit.
    climate_band: float
    # Mode an "off" thermostat is switched to for the night; None leaves it off.
    night_hvac_mode: str | None
    # Routine steps that send a reminder to the phones.
    reminders: tuple[str, ...]
    # Whether the "Sleep" page shows in the sidebar.
    show_panel: bool
    # Measured nights: a bed-occupancy sensor (shared by two?), the phones' sleep estimate, a
    # wearable's sleep duration and score; and whether Android phones get Do Not Disturb.
    bed_sensor: str | None
    bed_shared: bool
    phone_sleep: bool
    sleep_duration_sensor: str | None
    sleep_score_sensor: str | None
    phone_dnd: bool
    # The age band the measured night is rated for, and the weekday whose morning asks the
    # weekly question (None: never).
    age_band: str
    weekly_question_day: int | None
    # The Assist satellite that asks the check-in aloud at wake.
    satellite: str | None

    def asks_weekly(self, night: date) -> bool:
        """Return True when the check-in for ``night`` asks the weekly question (its morning)."""
        day = self.weekly_question_day
        return day is not None and (night + timedelta(days=1)).weekday() == day

    @classmethod
    def from_entry(cls, data: Mapping[str, Any], options: Mapping[str, Any]) -> BedroomSettings:
        """Return settings from a config entry's data and options, with defaults filled in."""
        unit = options.get(CONF_TEMPERATURE_UNIT, CELSIUS)
        options = default_options(unit) | dict(options)
        return cls(
            lights=tuple(data.get(CONF_LIGHTS, ())),
            screens=tuple(data.get(CONF_SCREENS, ())),
            climate=data.get(CONF_CLIMATE) or None,
            temperature_sensor=data.get(CONF_TEMPERATURE_SENSOR) or None,
            illuminance_sensor=data.get(CONF_ILLUMINANCE_SENSOR) or None,
            phones=tuple(data.get(CONF_PHONES, ())),
            routine=Routine(
                lights_out=time.fromisoformat(options[CONF_LIGHTS_OUT]),
                wake=time.fromisoformat(options[CONF_WAKE]),
                detox_lead=timedelta(minutes=options[CONF_DETOX_LEAD]),
                climate_lead=timedelta(minutes=options[CONF_CLIMATE_LEAD]),
            ),
            target_temperature=float(options[CONF_TARGET_TEMPERATURE]),
            temperature_unit=unit,
            screen_policy=options[CONF_SCREEN_POLICY],
            detox_brightness=int(options[CONF_DETOX_BRIGHTNESS]),
            detox_color_temp=int(options[CONF_DETOX_COLOR_TEMP]),
            night_brightness=int(options[CONF_NIGHT_BRIGHTNESS]),
            screen_grace=timedelta(minutes=options[CONF_SCREEN_GRACE]),
            climate_band=float(options[CONF_CLIMATE_BAND]),
            night_hvac_mode=_night_hvac_mode(options[CONF_NIGHT_HVAC_MODE]),
            reminders=tuple(options.get(CONF_REMINDERS, ())),
            show_panel=bool(options[CONF_SHOW_PANEL]),
            bed_sensor=options.get(CONF_BED_SENSOR) or None,
            bed_shared=bool(options.get(CONF_BED_SHARED, False)),
            phone_sleep=bool(options.get(CONF_PHONE_SLEEP, False)),
            sleep_duration_sensor=options.get(CONF_SLEEP_DURATION_SENSOR) or None,
            sleep_score_sensor=options.get(CONF_SLEEP_SCORE_SENSOR) or None,
            phone_dnd=bool(options.get(CONF_PHONE_DND, False)),
            age_band=options[CONF_AGE_BAND],
            weekly_question_day=_weekday(options[CONF_WEEKLY_QUESTION]),
            satellite=options.get(CONF_SATELLITE) or None,
        )


def _weekday(value: str) -> int | None:
    return WEEKDAYS.index(value) if value in WEEKDAYS else None


def _night_hvac_mode(value: str | None) -> str | None:
    return None if value in (None, NIGHT_HVAC_STAY_OFF) else value


def signal_settings_changed(entry_id: str) -> str:
    """Return the dispatcher signal sent when a bedroom's settings change without a reload."""
    return f"sleep_hygiene_settings_changed_{entry_id}"
