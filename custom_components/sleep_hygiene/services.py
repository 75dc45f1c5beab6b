"""Service actions, registered once in ``async_setup`` and routed to a bedroom by entry id."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse, SupportsResponse
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
import voluptuous as vol

from .const import (
    ATTR_CONFIG_ENTRY_ID,
    DOMAIN,
    SERVICE_GET_SUMMARY,
    SERVICE_LOG_CHECK_IN,
    SERVICE_SEND_CHECK_IN,
    SERVICE_SKIP_TONIGHT,
    SERVICE_START_DETOX,
)
from .models import SleepHygieneConfigEntry

ENTRY_SCHEMA = vol.Schema({vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string})
# Answers are validated by the handler so each bad field gets its own translated error.
LOG_CHECK_IN_SCHEMA = ENTRY_SCHEMA.extend({}, extra=vol.ALLOW_EXTRA)
SUMMARY_SCHEMA = ENTRY_SCHEMA.extend({vol.Optional("nights", default=14): cv.positive_int})


def get_entry(hass: HomeAssistant, call: ServiceCall) -> SleepHygieneConfigEntry:
    """Return the loaded bedroom named by the call, or raise a translated error."""
    entry_id: str = call.data[ATTR_CONFIG_ENTRY_ID]
    entry: SleepHygieneConfigEntry | None = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="entry_not_found",
            translation_placeholders={"entry_id": entry_id},
        )
    if entry.state is not ConfigEntryState.LOADED:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="entry_not_loaded",
            translation_placeholders={"name": entry.title},
        )
    return entry


async def _not_implemented(call: ServiceCall) -> ServiceResponse:
    get_entry(call.hass, call)
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="not_implemented",
        translation_placeholders={"service": call.service},
    )


def async_setup_services(hass: HomeAssistant) -> None:
    """Register the integration's service actions."""
    hass.services.async_register(
        DOMAIN,
        SERVICE_LOG_CHECK_IN,
        _not_implemented,
        schema=LOG_CHECK_IN_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    for service in (SERVICE_SEND_CHECK_IN, SERVICE_START_DETOX, SERVICE_SKIP_TONIGHT):
        hass.services.async_register(DOMAIN, service, _not_implemented, schema=ENTRY_SCHEMA)
    hass.services.async_register(
        DOMAIN,
        SERVICE_GET_SUMMARY,
        _not_implemented,
        schema=SUMMARY_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
