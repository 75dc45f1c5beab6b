"""A companion-app phone as the app is to Home Assistant: registered, with sensors, over webhooks.

The phone registers through mobile_app's HTTP API and then sends what the app sends: sensors
registered with ``register_sensor`` and updated with ``update_sensor_states``, by the app's own
sensor ids. Its notifications are pushed to ``PUSH_URL`` (answered by ``aioclient_mock``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from aiohttp.test_utils import TestClient
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from .conftest import config_entry_device, phone_entry

PUSH_URL: Final = "http://phone.invalid/app-push"
# The app's sensors: (sensor id, entity type, name, device class).
INTERACTIVE: Final = ("is_interactive", "binary_sensor", "Interactive", None)
FOCUS: Final = ("focus", "binary_sensor", "Focus", None)
DND: Final = ("dnd_sensor", "sensor", "Do not disturb sensor", "enum")
SLEEP_CONFIDENCE: Final = ("sleep_confidence", "sensor", "Sleep confidence", None)
SLEEP_SEGMENT: Final = ("sleep_segment", "sensor", "Sleep segment", "duration")
type Sensor = tuple[str, str, str, str | None]


@dataclass
class AppPhone:
    """A registered phone and the client its app talks through."""

    device_id: str
    webhook_id: str
    client: TestClient

    async def send(self, kind: str, data: Any) -> Any:
        """Send one webhook message as the app does; return mobile_app's answer."""
        response = await self.client.post(
            f"/api/webhook/{self.webhook_id}", json={"type": kind, "data": data}
        )
        assert response.status in (200, 201), await response.text()
        return await response.json()

    async def register(
        self, sensor: Sensor, state: Any, attributes: dict[str, Any] | None = None
    ) -> None:
        """Register one of the app's sensors with its first state."""
        sensor_id, kind, name, device_class = sensor
        data = {
            "unique_id": sensor_id,
            "type": kind,
            "name": name,
            "state": state,
            "attributes": attributes or {},
        }
        if device_class is not None:
            data["device_class"] = device_class
        await self.send("register_sensor", data)

    async def update(
        self, sensor: Sensor, state: Any, attributes: dict[str, Any] | None = None
    ) -> None:
        """Update one sensor's state, as the app's sensor worker does."""
        sensor_id, kind, _name, _class = sensor
        answer = await self.send(
            "update_sensor_states",
            [
                {
                    "unique_id": sensor_id,
                    "type": kind,
                    "state": state,
                    "attributes": attributes or {},
                }
            ],
        )
        assert answer[sensor_id]["success"], answer


async def async_app_phone(
    hass: HomeAssistant,
    clients: tuple[ClientSessionGenerator, ClientSessionGenerator],
    aioclient_mock: AiohttpClientMocker,
    name: str,
    os_name: str = "Android",
) -> AppPhone:
    """Register a phone through mobile_app's HTTP API, pushing to PUSH_URL; return it.

    ``clients``: one with a user's token to register, one without for the webhook (as the app,
    whose webhook needs no token, so a night of frozen time never outlives one).
    """
    assert await async_setup_component(hass, "mobile_app", {})
    aioclient_mock.post(PUSH_URL, status=201, json={})
    client = await clients[0]()
    response = await client.post(
        "/api/mobile_app/registrations",
        json={
            "app_id": "io.homeassistant.companion.android",
            "app_name": "Home Assistant",
            "app_version": "2026.2.1",
            "device_name": name,
            "manufacturer": "Example",
            "model": "Phone",
            "os_name": os_name,
            "os_version": "15",
            "supports_encryption": False,
            "app_data": {"push_token": f"token-{name}", "push_url": PUSH_URL},
        },
    )
    assert response.status == 201
    webhook_id = (await response.json())["webhook_id"]
    await hass.async_block_till_done()
    device_id = config_entry_device(hass, phone_entry(hass, name).entry_id)
    return AppPhone(device_id, webhook_id, await clients[1]())


def pushed_commands(aioclient_mock: AiohttpClientMocker) -> list[dict[str, Any]]:
    """Return the notification commands pushed to the phones, oldest first."""
    return [
        {"message": data["message"], **data.get("data", {})}
        for method, url, data, _headers in aioclient_mock.mock_calls
        if method == "POST" and str(url) == PUSH_URL and data["message"].startswith("command_")
    ]
