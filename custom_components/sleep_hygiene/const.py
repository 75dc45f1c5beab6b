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

SCREEN_POLICY_KEEP_OFF: Final = "keep_off"
SCREEN_POLICY_GENTLE: Final = "gentle"
SCREEN_POLICIES: Final = (SCREEN_POLICY_KEEP_OFF, SCREEN_POLICY_GENTLE)

SCREEN_DOMAINS: Final = ("media_player", "switch", "remote")

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

# Events on the bus (data always carries config_entry_id).
EVENT_CHECK_IN_LOGGED: Final = f"{DOMAIN}_check_in_logged"
EVENT_DETOX_STARTED: Final = f"{DOMAIN}_detox_started"
EVENT_LIGHTS_OUT: Final = f"{DOMAIN}_lights_out"
EVENT_ROUTINE_STEP: Final = f"{DOMAIN}_routine_step"

# Services.
SERVICE_LOG_CHECK_IN: Final = "log_check_in"
SERVICE_SEND_CHECK_IN: Final = "send_check_in"
SERVICE_START_DETOX: Final = "start_detox"
SERVICE_SKIP_TONIGHT: Final = "skip_tonight"
SERVICE_GET_SUMMARY: Final = "get_summary"
ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"
