"""Night events: fired on the bus for automations and shown on the bedroom's event entity."""

from __future__ import annotations

from typing import Any, Final

from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers.dispatcher import async_dispatcher_send

from .const import (
    ATTR_CONFIG_ENTRY_ID,
    EVENT_CHECK_IN_LOGGED,
    EVENT_DETOX_STARTED,
    EVENT_LIGHTS_OUT,
    EVENT_NIGHT_RESUMED,
    EVENT_NIGHT_SKIPPED,
    EVENT_ROUTINE_STEP,
)

# Event entity types, each the bus event's name without the domain prefix.
NIGHT_EVENT_TYPES: Final = {
    EVENT_DETOX_STARTED: "detox_started",
    EVENT_LIGHTS_OUT: "lights_out",
    EVENT_CHECK_IN_LOGGED: "check_in_logged",
    EVENT_ROUTINE_STEP: "routine_step",
    EVENT_NIGHT_SKIPPED: "night_skipped",
    EVENT_NIGHT_RESUMED: "night_resumed",
}


def signal_night_event(entry_id: str) -> str:
    """Return the dispatcher signal the bedroom's event entity listens to."""
    return f"sleep_hygiene_night_event_{entry_id}"


def signal_nights_changed(entry_id: str) -> str:
    """Return the dispatcher signal sent with a night's date whenever its record changes."""
    return f"sleep_hygiene_nights_changed_{entry_id}"


def signal_scores_current(entry_id: str) -> str:
    """Return the dispatcher signal sent each time the bedroom's summary has been worked out.

    The journal and the scores agree then: what a panel fetches on it comes from one state.
    """
    return f"sleep_hygiene_scores_current_{entry_id}"


def fire_night_event(
    hass: HomeAssistant, entry_id: str, event: str, data: dict[str, Any] | None = None
) -> Context:
    """Fire ``event`` on the bus (with the entry id) and on the bedroom's event entity.

    Return the event's context: the calls the event announces are made with it, so the logbook
    says they were the bedroom's doing (it credits a change to the first event of its context).
    """
    context = Context()
    payload = {ATTR_CONFIG_ENTRY_ID: entry_id} | (data or {})
    hass.bus.async_fire(event, payload, context=context)
    async_dispatcher_send(
        hass, signal_night_event(entry_id), NIGHT_EVENT_TYPES[event], payload, context
    )
    return context
