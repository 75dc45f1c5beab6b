"""A Home Assistant set to German: the bedroom's notices and the phone's notifications."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.sleep_hygiene.const import CONF_PHONES, CONF_RED_FLAG_NOTIFY, DOMAIN

from .bedroom_fixtures import start_bedroom
from .journal_fixtures import (
    LAST_NIGHT,
    PUSH_URL,
    add_phone,
    local,
    settle,
    start_bedroom as start_journal_bedroom,
    write_month,
)
from .notice_helpers import Notices

LONDON = ZoneInfo("Europe/London")


async def test_a_bedroom_set_up_at_night_says_so_in_german(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    hass.config.language = "de"
    notices = Notices(hass)
    await start_bedroom(hass, freezer, datetime(2026, 11, 20, 22, 5, tzinfo=LONDON))
    assert notices.of() == (
        "Sleep Hygiene: Main bedroom",
        "Main bedroom wurde während der heutigen Abendroutine eingerichtet oder geändert. Damit"
        " sich nichts überraschend ändert, bleiben Licht, Bildschirme und Thermostat, wie sie"
        " sind, bis „Dehnübungen“ um 22:15; ab dann folgt das Schlafzimmer der Routine.",
    )


async def test_the_phone_hears_in_german(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
    hass_admin_user: MockUser,
) -> None:
    hass.config.language = "de"
    phone = await add_phone(hass, aioclient_mock, hass_admin_user.id)
    hass.config_entries.async_update_entry(
        bedroom_entry,
        data=dict(bedroom_entry.data) | {CONF_PHONES: [phone]},
        options=dict(bedroom_entry.options) | {CONF_RED_FLAG_NOTIFY: True},
    )
    await start_journal_bedroom(hass, freezer, bedroom_entry, local(LAST_NIGHT, 10))
    await hass.services.async_call(
        DOMAIN, "send_check_in", {"config_entry_id": bedroom_entry.entry_id}, blocking=True
    )
    write_month(bedroom_entry)
    await settle(hass, freezer)
    sent = [
        {"title": data.get("title"), "message": data["message"]}
        for method, url, data, _headers in aioclient_mock.mock_calls
        if method == "POST" and str(url) == PUSH_URL
    ]
    assert sent == [
        # The morning's check-in, sent by the action, asks in German too: a Sunday morning,
        # so the weekly question makes nine.
        {
            "title": "Morgen-Check-in 1/9",
            "message": "Haben deine Beine beim Einschlafen gezuckt oder sind sie plötzlich"
            " zusammengezuckt? („Viele“: Sie hielten dich vom Einschlafen ab.)",
        },
        {
            "title": "Sleep Hygiene: Main bedroom",
            "message": "Dein Schlaftagebuch zeigt ein Muster, über das du vielleicht mit einer"
            " Ärztin oder einem Arzt sprechen möchtest. Die Details findest du auf der Seite"
            " „Schlaf“ in der Seitenleiste unter „Erkenntnisse“.",
        },
    ]
