"""Send notifications to the bedroom's phones (Home Assistant companion app devices)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import ATTR_DEVICE_ID
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import device_registry as dr
from homeassistant.util import slugify

from ...const import LOGGER

MOBILE_APP = "mobile_app"
# The key of the device name in a mobile_app config entry's data (its registration); not
# imported from mobile_app, whose package import pulls in cloud, camera and more.
ATTR_DEVICE_NAME = "device_name"


def phone_entries(hass: HomeAssistant, device_id: str) -> list[ConfigEntry]:
    """Return the mobile_app config entries (registrations) of a companion-app device."""
    device = dr.async_get(hass).async_get(device_id)
    if device is None:
        return []
    # mobile_app names the device after the app's own id, which its config entry also keeps;
    # the device's config entries are deprecated on Home Assistant 2026.10 (gone in 2027.10).
    app_ids = {value for domain, value in device.identifiers if domain == MOBILE_APP}
    return [
        entry
        for entry in hass.config_entries.async_entries(MOBILE_APP)
        if entry.data.get(ATTR_DEVICE_ID) in app_ids
    ]


def notify_service(hass: HomeAssistant, device_id: str) -> str | None:
    """Return the ``notify`` service of a companion-app device, or None if it has none now."""
    for entry in phone_entries(hass, device_id):
        # mobile_app names its legacy notify service after the device name it registered with.
        service = f"{MOBILE_APP}_{slugify(entry.data[ATTR_DEVICE_NAME])}"
        if hass.services.has_service("notify", service):
            return service
    return None


async def async_notify_phones(
    hass: HomeAssistant,
    device_ids: Iterable[str],
    message: str,
    *,
    title: str | None = None,
    data: dict[str, Any] | None = None,
    context: Context | None = None,
) -> list[str]:
    """Send one notification to each phone; return the device ids it was sent to.

    Each phone on its own: one out of reach is logged and does not keep it from the others.
    """
    payload: dict[str, Any] = {"message": message}
    if title is not None:
        payload["title"] = title
    if data is not None:
        payload["data"] = data
    sent: list[str] = []
    for device_id in device_ids:
        if (service := notify_service(hass, device_id)) is None:
            LOGGER.debug("Phone %s has no notify service now; skipped", device_id)
            continue
        try:
            await hass.services.async_call(
                "notify", service, payload, blocking=True, context=context or Context()
            )
        except HomeAssistantError as err:
            LOGGER.warning("Could not send a notification to phone %s: %s", device_id, err)
            continue
        sent.append(device_id)
    return sent
