"""Find what a bedroom phone reports through the companion app, by the app's own sensor ids.

The app registers each sensor with mobile_app under a fixed id (``is_interactive`` for Android's
screen, ``focus`` for iOS's Focus, ``dnd_sensor``, ``sleep_confidence``, ``sleep_segment``);
mobile_app keeps it in the entity registry as ``<webhook id>_<sensor id>``. Entities are found
through the phone's device and that unique id, never by a guessed entity id, so a renamed entity
is still found.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from homeassistant.const import CONF_WEBHOOK_ID, STATE_HOME
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er

from .notify import MOBILE_APP, phone_entries

INTERACTIVE: Final = "is_interactive"  # Android: the screen is on and in use
FOCUS: Final = "focus"  # iOS: a Focus is on
DND: Final = "dnd_sensor"  # Android: off, priority_only, alarms_only, total_silence
SLEEP_CONFIDENCE: Final = "sleep_confidence"  # Android: 0-100 %, about every 10 minutes
SLEEP_SEGMENT: Final = "sleep_segment"  # Android: once after wake; start and end attributes
ATTR_OS_NAME: Final = "os_name"
OS_ANDROID: Final = "Android"


@dataclass(frozen=True, slots=True)
class PhoneSensors:
    """One phone's companion-app entities (None where the phone has not registered one)."""

    device_id: str
    android: bool
    interactive: str | None = None
    focus: str | None = None
    dnd: str | None = None
    sleep_confidence: str | None = None
    sleep_segment: str | None = None
    tracker: str | None = None


def phone_sensors(hass: HomeAssistant, device_id: str) -> PhoneSensors | None:
    """Return the phone's sensors, or None when the device is not a companion-app phone now."""
    entries = phone_entries(hass, device_id)
    if not entries:
        return None
    registration = entries[0]
    prefix = f"{registration.data[CONF_WEBHOOK_ID]}_"
    found: dict[str, str] = {}
    tracker: str | None = None
    for entity in er.async_entries_for_device(er.async_get(hass), device_id):
        if entity.platform != MOBILE_APP:
            continue
        if entity.domain == "device_tracker":
            tracker = entity.entity_id
        elif entity.unique_id.startswith(prefix):
            found[entity.unique_id.removeprefix(prefix)] = entity.entity_id
    return PhoneSensors(
        device_id=device_id,
        android=registration.data.get(ATTR_OS_NAME) == OS_ANDROID,
        interactive=found.get(INTERACTIVE),
        focus=found.get(FOCUS),
        dnd=found.get(DND),
        sleep_confidence=found.get(SLEEP_CONFIDENCE),
        sleep_segment=found.get(SLEEP_SEGMENT),
        tracker=tracker,
    )


def is_away(hass: HomeAssistant, sensors: PhoneSensors) -> bool:
    """Return True when the phone's own tracker says it is away from home (not in the bedroom)."""
    if sensors.tracker is None or (state := hass.states.get(sensors.tracker)) is None:
        return False
    return state.state not in (STATE_HOME, "unknown", "unavailable")
