"""Fixtures shared by the tests: a real Home Assistant with the integration and a demo bedroom."""

from __future__ import annotations

from collections.abc import Generator, Iterable
import logging
from pathlib import Path
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_hygiene.const import (
    CONF_CLIMATE,
    CONF_CLIMATE_LEAD,
    CONF_DETOX_LEAD,
    CONF_LIGHTS,
    CONF_LIGHTS_OUT,
    CONF_SCREEN_POLICY,
    CONF_SCREENS,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_SENSOR,
    CONF_TEMPERATURE_UNIT,
    CONF_WAKE,
    DOMAIN,
)


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(
    enable_custom_integrations: None,
) -> Generator[None]:
    """Load custom_components/ in every test."""
    return


@pytest.fixture(autouse=True)
def own_config_dir(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Give each test's Home Assistant a config folder of its own.

    Setting a bedroom up installs the blueprints there, never in the test harness's shared one.
    """
    if "hass" in request.fixturenames:
        request.getfixturevalue("hass").config.config_dir = str(tmp_path)


def deprecated_uses(records: Iterable[logging.LogRecord]) -> list[str]:
    """Return Home Assistant's reports of a deprecated use by this integration."""
    marker = f"integration '{DOMAIN}'"
    return [
        message
        for record in records
        if record.name.startswith("homeassistant.") and marker in (message := record.getMessage())
    ]


@pytest.fixture(autouse=True)
def fail_on_deprecated_use(caplog: pytest.LogCaptureFixture) -> Generator[None]:
    """Fail a test in which Home Assistant reports that this integration uses a deprecated API.

    Home Assistant reports each deprecated use once a process: the first test to reach it fails.
    """
    yield
    reports = deprecated_uses([*caplog.get_records("setup"), *caplog.get_records("call")])
    assert not reports, "\n".join(reports)


BEDROOM_DATA: dict[str, Any] = {
    CONF_LIGHTS: ["light.bed_lamp", "light.ceiling"],
    CONF_SCREENS: ["switch.tv_plug"],
    CONF_CLIMATE: "climate.bedroom",
    CONF_TEMPERATURE_SENSOR: "sensor.bedroom_temperature",
}
BEDROOM_OPTIONS: dict[str, Any] = {
    CONF_LIGHTS_OUT: "22:30:00",
    CONF_WAKE: "06:30:00",
    CONF_DETOX_LEAD: 30,
    CONF_CLIMATE_LEAD: 60,
    CONF_TARGET_TEMPERATURE: 18.0,
    CONF_TEMPERATURE_UNIT: "°C",
    CONF_SCREEN_POLICY: "keep_off",
}


@pytest.fixture
def bedroom_entry(hass: HomeAssistant) -> MockConfigEntry:
    """Return a bedroom config entry, added but not set up."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data=dict(BEDROOM_DATA),
        options=dict(BEDROOM_OPTIONS),
        entry_id="bedroom1",
        unique_id="main_bedroom",
        version=1,
        minor_version=2,
    )
    entry.add_to_hass(hass)
    return entry


@pytest.fixture
async def demo_bedroom(hass: HomeAssistant) -> None:
    """Create the real entities a bedroom is made of (template lights, switch, sensor)."""
    assert await async_setup_component(
        hass,
        "input_boolean",
        {"input_boolean": {"heater": {"name": "Heater"}}},
    )
    assert await async_setup_component(
        hass,
        "template",
        {
            "template": [
                {
                    "sensor": [
                        {
                            "name": "Bedroom temperature",
                            "unique_id": "bedroom_temperature",
                            "state": "19.5",
                            "unit_of_measurement": "°C",
                            "device_class": "temperature",
                        }
                    ]
                }
            ]
        },
    )
    await hass.async_block_till_done()


def config_entry_device(hass: HomeAssistant, entry_id: str) -> str:
    """Return the id of the one device of a config entry (a bedroom, a phone)."""
    (device,) = dr.async_entries_for_config_entry(dr.async_get(hass), entry_id)
    return device.id


def phone_entry(hass: HomeAssistant, name: str) -> ConfigEntry:
    """Return the mobile_app config entry of the phone registered as ``name``."""
    return next(
        entry
        for entry in hass.config_entries.async_entries("mobile_app")
        if entry.data["device_name"] == name
    )


# Where the registered phone's push notifications go (answered by aioclient_mock).
PHONE_PUSH_URL = "http://phone.invalid/push"


async def async_register_phone(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, name: str, app_data: dict[str, Any]
) -> str:
    """Register a companion-app phone through mobile_app's own HTTP API; return its device id."""
    assert await async_setup_component(hass, "mobile_app", {})
    client = await hass_client()
    response = await client.post(
        "/api/mobile_app/registrations",
        json={
            "app_id": "io.homeassistant.mobile_app",
            "app_name": "Home Assistant",
            "app_version": "2026.1",
            "device_name": name,
            "manufacturer": "Example",
            "model": "Phone",
            "os_name": "Android",
            "os_version": "15",
            "supports_encryption": False,
            "app_data": app_data,
        },
    )
    assert response.status == 201
    await hass.async_block_till_done()
    return config_entry_device(hass, phone_entry(hass, name).entry_id)


@pytest.fixture
async def registered_phone(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    aioclient_mock: AiohttpClientMocker,
) -> str:
    """Return the device id of a registered phone whose notifications are pushed to PHONE_PUSH_URL.

    Read what it was sent from ``aioclient_mock.mock_calls``.
    """
    aioclient_mock.post(PHONE_PUSH_URL, status=201, json={})
    return await async_register_phone(
        hass, hass_client, "Bedside phone", {"push_token": "token-1", "push_url": PHONE_PUSH_URL}
    )
