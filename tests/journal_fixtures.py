"""A bedroom's journal written straight into its night log, and a real companion-app phone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker
from pytest_homeassistant_custom_component.typing import MockHAClientWebSocket, WebSocketGenerator

from custom_components.sleep_hygiene.coordinator import REFRESH_COOLDOWN
from custom_components.sleep_hygiene.model.night import CheckIn, NightRecord

from .conftest import config_entry_device

TIME_ZONE = "Europe/London"
TZ = ZoneInfo(TIME_ZONE)
# Mornings of March 2026: London is on GMT until the 29th, so local time is UTC.
LAST_NIGHT = date(2026, 2, 28)
GOOD_ANSWERS = {
    "twitches": "none",
    "leg_sensations": "none",
    "awakenings": "none",
    "pain": "none",
    "rested": "well",
    "caffeine": "none",
    "alcohol": "none",
    "evening": "calm",
}
# Every third night, counted back from LAST_NIGHT: coffee in the afternoon and many twitches.
COFFEE_NIGHT = {"caffeine": "afternoon", "twitches": "many"}
PUSH_URL = "https://mobile-push.home-assistant.dev/push"

type Change = Callable[[NightRecord], None]


def local(night: date, hour: int, minute: int = 0) -> datetime:
    """Return a local time of the night: hours before noon are the next morning."""
    day = night if hour >= 12 else night + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def measured(record: NightRecord) -> None:
    """Record a night the house ran as planned: detox at 22:00, lights out 22:30, 18 °C."""
    record.detox_planned = record.detox_started = local(record.night, 22)
    record.lights_out_planned = record.lights_out_at = local(record.night, 22, 30)
    record.screen_on_minutes = 0.0
    record.temperature_target_c = record.temperature_mean_c = 18.0
    record.temperature_in_band_share = 1.0


def checked_in(**answers: str) -> Change:
    """Return a change recording a measured night and a check-in (good answers unless given)."""

    def change(record: NightRecord) -> None:
        measured(record)
        record.check_in = CheckIn(
            answers=GOOD_ANSWERS | answers,
            source="service",
            logged_at=local(record.night, 7),
        )

    return change


def write_month(
    entry: MockConfigEntry,
    last: date = LAST_NIGHT,
    nights: int = 28,
    answers: Callable[[int], dict[str, str]] | None = None,
) -> None:
    """Write ``nights`` checked-in nights ending at ``last``; ``answers(n)`` for n nights back."""
    pick = answers or (lambda back: COFFEE_NIGHT if back % 3 == 0 else {})
    log = entry.runtime_data.log
    for back in range(nights):
        log.update(last - timedelta(days=back), checked_in(**pick(back)))


async def settle(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Let the score's debounce run out, so the sensors show the latest journal."""
    freezer.tick(timedelta(seconds=REFRESH_COOLDOWN + 0.5))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()


async def start_bedroom(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, entry: MockConfigEntry, at: datetime
) -> None:
    """Set the house's time zone and clock, then set the bedroom up."""
    await hass.config.async_set_time_zone(TIME_ZONE)
    freezer.move_to(at)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


async def panel_client(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> MockHAClientWebSocket:
    """Connect as the panel does, then set the bedroom up on last night's morning (10:00)."""
    # Connect first: the login token is valid for the real time, not the morning we move to.
    client = await hass_ws_client(hass)
    await start_bedroom(hass, freezer, entry, local(LAST_NIGHT, 10))
    return client


async def add_phone(
    hass: HomeAssistant,
    aioclient_mock: AiohttpClientMocker,
    user_id: str,
    app_data: dict[str, Any] | None = None,
) -> str:
    """Register a companion-app phone with the real mobile_app integration; return its device id.

    By default the phone uses a push server, so what mobile_app sends shows up in
    ``aioclient_mock``; ``app_data`` can make it a local-push phone instead.
    """
    resets_at = (dt_util.utcnow() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    limits = {"attempts": 1, "successful": 1, "errors": 0, "total": 1, "maximum": 150}
    aioclient_mock.post(
        PUSH_URL, json={"rateLimits": limits | {"remaining": 149, "resetsAt": resets_at}}
    )
    phone = MockConfigEntry(
        domain="mobile_app",
        data={
            "app_data": app_data or {"push_token": "PUSH_TOKEN", "push_url": PUSH_URL},
            "app_id": "io.homeassistant.mobile_app",
            "app_name": "Home Assistant",
            "app_version": "2026.1",
            "device_id": "phone-1",
            "device_name": "Pixel",
            "manufacturer": "Google",
            "model": "Pixel 8",
            "os_name": "Android",
            "os_version": "15",
            "secret": "123abc",
            "supports_encryption": False,
            "user_id": user_id,
            "webhook_id": "phone_webhook",
        },
        source="registration",
        title="Pixel",
        version=1,
    )
    phone.add_to_hass(hass)
    assert await async_setup_component(hass, "mobile_app", {"mobile_app": {}})
    await hass.async_block_till_done()
    return config_entry_device(hass, phone.entry_id)


def pushed(aioclient_mock: AiohttpClientMocker) -> list[dict[str, Any]]:
    """Return the red-flag notifications mobile_app pushed to the phone, oldest first.

    Other features (the morning check-in) use the phone too; a red-flag notification opens the
    Sleep panel's Insights view when tapped, which tells them apart.
    """
    return [
        {"title": data.get("title"), "message": data["message"], "data": data.get("data")}
        for method, url, data, _headers in aioclient_mock.mock_calls
        if method == "POST"
        and str(url) == PUSH_URL
        and (data.get("data") or {}).get("url") == "/sleep-hygiene?view=insights"
    ]
