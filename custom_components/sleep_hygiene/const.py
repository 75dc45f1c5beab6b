"""Names shared by the integration: domain, settings keys, defaults, events."""

from __future__ import annotations

import logging
from typing import Final

DOMAIN: Final = "sleep_hygiene"
LOGGER = logging.getLogger(__package__)

# Bedroom contents (config entry data; changed by the reconfigure flow).
CONF_LIGHTS: Final = "lights"
CONF_SCREENS: Final = "screens"
CONF_CLIMATE: Final = "climate"
CONF_TEMPERATURE_SENSOR: Final = "temperature_sensor"
CONF_ILLUMINANCE_SENSOR: Final = "illuminance_sensor"
CONF_PHONES: Final = "phones"

# Schedule and behaviour (config entry options; changed by the options flow).
CONF_LIGHTS_OUT: Final = "lights_out"
CONF_WAKE: Final = "wake"
CONF_DETOX_LEAD: Final = "detox_lead"
CONF_CLIMATE_LEAD: Final = "climate_lead"
CONF_TARGET_TEMPERATURE: Final = "target_temperature"
CONF_TEMPERATURE_UNIT: Final = "temperature_unit"
CONF_SCREEN_POLICY: Final = "screen_policy"
# Routine steps that send a reminder to the bedroom's phones (none unless chosen).
CONF_REMINDERS: Final = "reminders"
# Send a daytime phone notification when a red flag is raised (off unless chosen).
CONF_RED_FLAG_NOTIFY: Final = "red_flag_notify"
# Width of the heat_cool/auto band around the target, in the target's unit.
CONF_CLIMATE_BAND: Final = "climate_band"
# HVAC mode to switch an "off" thermostat to for the night; NIGHT_HVAC_STAY_OFF leaves it off.
CONF_NIGHT_HVAC_MODE: Final = "night_hvac_mode"
# Show the "Sleep" sidebar panel (on unless switched off; one panel for every bedroom).
CONF_SHOW_PANEL: Final = "show_panel"
DEFAULT_SHOW_PANEL: Final = True
# Measured nights (options): a bed-occupancy sensor (and whether two people share it), the
# phones' own sleep estimate, a wearable's sleep duration and score; Do Not Disturb on the phones.
CONF_BED_SENSOR: Final = "bed_sensor"
CONF_BED_SHARED: Final = "bed_shared"
CONF_PHONE_SLEEP: Final = "phone_sleep"
CONF_SLEEP_DURATION_SENSOR: Final = "sleep_duration_sensor"
CONF_SLEEP_SCORE_SENSOR: Final = "sleep_score_sensor"
CONF_PHONE_DND: Final = "phone_dnd"
# The age band the measured night is rated for (Ohayon et al. 2017 rate adults and 65+ apart).
CONF_AGE_BAND: Final = "age_band"
AGE_BAND_ADULT: Final = "adult"
AGE_BAND_OLDER: Final = "older"
AGE_BANDS: Final = (AGE_BAND_ADULT, AGE_BAND_OLDER)
# The morning the weekly question (what to tell a doctor) is asked; WEEKLY_OFF never asks it.
CONF_WEEKLY_QUESTION: Final = "weekly_question"
WEEKLY_OFF: Final = "off"
WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEFAULT_WEEKLY_QUESTION: Final = "sunday"
# The Assist satellite in the bedroom that asks the morning check-in aloud (none unless chosen).
CONF_SATELLITE: Final = "satellite"

SCREEN_POLICY_KEEP_OFF: Final = "keep_off"
SCREEN_POLICY_GENTLE: Final = "gentle"
SCREEN_POLICIES: Final = (SCREEN_POLICY_KEEP_OFF, SCREEN_POLICY_GENTLE)

SCREEN_DOMAINS: Final = ("media_player", "switch", "remote")

# Digital detox: how warm and low the lights go, and how long a screen may stay back on.
CONF_DETOX_BRIGHTNESS: Final = "detox_brightness"
CONF_DETOX_COLOR_TEMP: Final = "detox_color_temp"
CONF_NIGHT_BRIGHTNESS: Final = "night_brightness"
CONF_SCREEN_GRACE: Final = "screen_grace"
DEFAULT_DETOX_BRIGHTNESS: Final = 40  # percent
DEFAULT_DETOX_COLOR_TEMP: Final = 2200  # kelvin: warm, like a candle-lit evening
DEFAULT_NIGHT_BRIGHTNESS: Final = 5  # percent, reached just before lights-out
DEFAULT_SCREEN_GRACE: Final = 2  # minutes
BRIGHTNESS_RANGE: Final = (1, 100)
COLOR_TEMP_RANGE: Final = (1800, 6500)
SCREEN_GRACE_RANGE: Final = (0, 30)

NIGHT_HVAC_STAY_OFF: Final = "stay_off"
NIGHT_HVAC_MODES: Final = (NIGHT_HVAC_STAY_OFF, "heat", "cool", "heat_cool", "auto")

DEFAULT_LIGHTS_OUT: Final = "22:30:00"
DEFAULT_WAKE: Final = "06:30:00"
DEFAULT_DETOX_LEAD: Final = 30  # minutes
DEFAULT_CLIMATE_LEAD: Final = 60  # minutes
DEFAULT_TARGET_F: Final = 65.0
DEFAULT_TARGET_C: Final = 18.0
# Sane bedroom targets, per unit.
TARGET_RANGE_F: Final = (55.0, 80.0)
TARGET_RANGE_C: Final = (13.0, 27.0)
DETOX_LEAD_RANGE: Final = (5, 180)
CLIMATE_LEAD_RANGE: Final = (0, 240)
# heat_cool band: the default matches the comfort band (±2 °F / ±1 °C).
DEFAULT_BAND_F: Final = 4.0
DEFAULT_BAND_C: Final = 2.0
BAND_RANGE_F: Final = (1.0, 10.0)
BAND_RANGE_C: Final = (0.5, 6.0)

# The Sleep panel's address, and how a link opens one of its views (open to every user).
PANEL_PATH: Final = "sleep-hygiene"
PANEL_INSIGHTS_URL: Final = f"/{PANEL_PATH}?view=insights"

# Events on the bus (data always carries config_entry_id).
EVENT_CHECK_IN_LOGGED: Final = f"{DOMAIN}_check_in_logged"
EVENT_DETOX_STARTED: Final = f"{DOMAIN}_detox_started"
EVENT_LIGHTS_OUT: Final = f"{DOMAIN}_lights_out"
EVENT_ROUTINE_STEP: Final = f"{DOMAIN}_routine_step"
EVENT_NIGHT_SKIPPED: Final = f"{DOMAIN}_night_skipped"
EVENT_NIGHT_RESUMED: Final = f"{DOMAIN}_night_resumed"

# Services.
SERVICE_LOG_CHECK_IN: Final = "log_check_in"
SERVICE_SEND_CHECK_IN: Final = "send_check_in"
SERVICE_START_DETOX: Final = "start_detox"
SERVICE_SKIP_TONIGHT: Final = "skip_tonight"
SERVICE_RESUME_TONIGHT: Final = "resume_tonight"
SERVICE_TRY_DETOX: Final = "try_detox"
SERVICE_GET_SUMMARY: Final = "get_summary"
SERVICE_START_EXPERIMENT: Final = "start_experiment"
SERVICE_STOP_EXPERIMENT: Final = "stop_experiment"
ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"
# The nights the get_summary action covers unless asked for another number.
DEFAULT_SUMMARY_NIGHTS: Final = 14
