"""Finding a phone's notify service: only companion-app devices that have one now."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.house.phones.notify import (
    async_notify_phones,
    notify_service,
)


async def test_devices_without_a_companion_app_get_nothing(hass: HomeAssistant) -> None:
    other = MockConfigEntry(domain="demo")
    other.add_to_hass(hass)
    lamp = dr.async_get(hass).async_get_or_create(
        config_entry_id=other.entry_id, identifiers={("demo", "lamp")}
    )
    app = MockConfigEntry(
        domain="mobile_app", data={"device_id": "old", "device_name": "Old phone"}
    )
    app.add_to_hass(hass)
    old_phone = dr.async_get(hass).async_get_or_create(
        config_entry_id=app.entry_id, identifiers={("mobile_app", "old")}
    )

    assert notify_service(hass, "no-such-device") is None
    assert notify_service(hass, lamp.id) is None
    # A companion-app device whose notify service is gone (app removed, not loaded).
    assert notify_service(hass, old_phone.id) is None
    sent = await async_notify_phones(hass, ["no-such-device", lamp.id, old_phone.id], "Hello")
    assert sent == []
