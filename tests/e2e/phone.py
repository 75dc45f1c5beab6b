"""A companion app talking to Home Assistant as the iOS and Android apps do: register, push, tap."""

from __future__ import annotations

from typing import Any

from .api import HomeAssistantApi, HomeAssistantSocket

ANDROID = "io.homeassistant.companion.android"


class CompanionApp:
    """One phone: its registration, its local-push websocket and its notification taps."""

    def __init__(self, api: HomeAssistantApi, name: str) -> None:
        """Be the phone called ``name`` of the user behind ``api``."""
        self.api = api
        self.name = name
        self.webhook_id = ""
        self.device_id = ""
        self.channel: HomeAssistantSocket | None = None
        self.subscription = 0

    async def register(self) -> None:
        """Register through mobile_app's HTTP API, asking for the local-push websocket channel."""
        registration = await self.api.post(
            "/api/mobile_app/registrations",
            {
                "device_id": "e2e-phone-0001",
                "app_id": ANDROID,
                "app_name": "Home Assistant",
                "app_version": "2026.1.0-full",
                "device_name": self.name,
                "manufacturer": "Google",
                "model": "Pixel 9",
                "os_name": "Android",
                "os_version": "16",
                "supports_encryption": False,
                "app_data": {"push_websocket_channel": True},
            },
        )
        self.webhook_id = registration["webhook_id"]
        devices = await self.api.command({"type": "config/device_registry/list"})
        self.device_id = next(
            device["id"]
            for device in devices
            if ["mobile_app", "e2e-phone-0001"] in device["identifiers"]
        )

    async def open_push_channel(self) -> None:
        """Subscribe to local push, confirming each message as the apps do."""
        self.channel = await self.api.websocket()
        self.subscription = await self.channel.send(
            {
                "type": "mobile_app/push_notification_channel",
                "webhook_id": self.webhook_id,
                "support_confirm": True,
            }
        )
        reply = await self.channel.receive(self.subscription)
        if not reply.get("success"):
            raise RuntimeError(f"push channel refused: {reply}")

    async def next_notification(self) -> dict[str, Any]:
        """Return the next notification pushed to the phone (and confirm it)."""
        assert self.channel is not None, "open the push channel first"
        message = await self.channel.receive(self.subscription)
        notification: dict[str, Any] = message["event"]
        if confirm_id := notification.get("hass_confirm_id"):
            await self.channel.send(
                {
                    "type": "mobile_app/push_notification_confirm",
                    "webhook_id": self.webhook_id,
                    "confirm_id": confirm_id,
                }
            )
        return notification

    async def webhook(self, kind: str, data: dict[str, Any]) -> None:
        """Call the phone's webhook, as the app does for everything it reports."""
        async with self.api.session.post(
            f"{self.api.url}/api/webhook/{self.webhook_id}", json={"type": kind, "data": data}
        ) as response:
            response.raise_for_status()

    async def tap(self, notification: dict[str, Any], action: str, *, ios: bool = False) -> None:
        """Tap a button: the app fires ``mobile_app_notification_action`` through its webhook.

        Android sends the button's id as ``action`` with the notification's fields; iOS apps
        send it as ``actionName`` with the device's name.
        """
        if ios:
            event = {"actionName": action, "sourceDeviceName": self.name, "textInput": None}
        else:
            event = {
                "action": action,
                "message": notification.get("message"),
                "title": notification.get("title"),
                **notification.get("data", {}),
            }
        await self.webhook(
            "fire_event",
            {"event_type": "mobile_app_notification_action", "event_data": event},
        )

    async def close(self) -> None:
        """Close the push channel."""
        if self.channel is not None:
            await self.channel.close()
