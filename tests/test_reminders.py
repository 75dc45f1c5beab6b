"""Optional reminders at the evening steps, sent to the bedroom's phones through mobile_app."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
)
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_hygiene.const import (
    CONF_PHONES,
    CONF_REMINDERS,
    DOMAIN,
)

from .conftest import BEDROOM_DATA, BEDROOM_OPTIONS, PHONE_PUSH_URL, async_register_phone
from .flow_helpers import ADVANCED, untouched, with_advanced
from .time_helpers import advance, set_up_at

LONDON = ZoneInfo("Europe/London")
ROUTINE_TAG = "sleep_hygiene_bedroom1_routine"
EVENING = [(14, 0), (19, 30), (21, 30), (22, 0), (22, 15), (22, 30)]


def _bedroom(
    hass: HomeAssistant, phone: str, reminders: list[str] | None, *more_phones: str
) -> MockConfigEntry:
    options = dict(BEDROOM_OPTIONS)
    if reminders is not None:
        options[CONF_REMINDERS] = reminders
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data=BEDROOM_DATA | {CONF_PHONES: [*more_phones, phone]},
        options=options,
        entry_id="bedroom1",
    )
    entry.add_to_hass(hass)
    return entry


def _pushes(aioclient_mock: AiohttpClientMocker) -> list[dict[str, Any]]:
    """Return the reminders pushed to the phone (not the morning check-in): title, message, data."""
    return [
        {key: call[2][key] for key in ("title", "message", "data")}
        for call in aioclient_mock.mock_calls
        if str(call[1]) == PHONE_PUSH_URL and call[2].get("data", {}).get("tag") == ROUTINE_TAG
    ]


def _at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=LONDON)


async def test_no_reminders_unless_chosen(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    registered_phone: str,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    entry = _bedroom(hass, registered_phone, reminders=None)
    await set_up_at(hass, freezer, entry, _at(20, 12, 0))
    for hour, minute in EVENING:
        await advance(hass, freezer, _at(20, hour, minute))
    assert _pushes(aioclient_mock) == []

    # The options form offers them, with none ticked.
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert CONF_REMINDERS not in untouched(result)[ADVANCED]


async def test_reminders_chosen_in_the_options_flow_are_sent(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    registered_phone: str,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    entry = _bedroom(hass, registered_phone, reminders=None)
    await set_up_at(hass, freezer, entry, _at(20, 12, 0))
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        with_advanced(untouched(result), reminders=["caffeine_cutoff", "stretches"]),
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert entry.options[CONF_REMINDERS] == ["caffeine_cutoff", "stretches"]

    await advance(hass, freezer, _at(20, 14, 0))
    assert _pushes(aioclient_mock) == [
        {
            "title": "Caffeine cut-off",
            "message": "No more coffee, tea, cola or energy drinks today: caffeine can still "
            "disturb sleep many hours later.",
            "data": {"tag": ROUTINE_TAG},
        }
    ]
    for hour, minute in EVENING[1:]:
        await advance(hass, freezer, _at(20, hour, minute))
    await advance(hass, freezer, _at(21, 6, 30))
    assert [push["title"] for push in _pushes(aioclient_mock)] == ["Caffeine cut-off", "Stretches"]


async def test_a_reminder_due_before_lights_out_is_dropped_after_it(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    registered_phone: str,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    entry = _bedroom(hass, registered_phone, reminders=["stretches"])
    await set_up_at(hass, freezer, entry, _at(20, 22, 0))
    # The machine was paused over 22:15; its timer fires late, after lights-out.
    await advance(hass, freezer, _at(20, 22, 31))
    assert _pushes(aioclient_mock) == []


async def test_no_reminders_on_a_skipped_night(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    registered_phone: str,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    entry = _bedroom(hass, registered_phone, reminders=["warm_bath", "stretches"])
    await set_up_at(hass, freezer, entry, _at(20, 21, 0))
    await hass.services.async_call(
        DOMAIN, "skip_tonight", {"config_entry_id": entry.entry_id}, blocking=True
    )
    for hour, minute in EVENING[2:]:
        await advance(hass, freezer, _at(20, hour, minute))
    assert _pushes(aioclient_mock) == []
    # The next night is not skipped.
    for hour, minute in [(6, 30), *EVENING[:3]]:
        await advance(hass, freezer, _at(21, hour, minute))
    assert [push["title"] for push in _pushes(aioclient_mock)] == ["Warm bath"]


async def test_a_reminder_missed_while_down_is_sent_once(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    registered_phone: str,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    entry = _bedroom(hass, registered_phone, reminders=["caffeine_cutoff"])
    # Home Assistant was down at 14:00 and is back ten minutes later.
    await set_up_at(hass, freezer, entry, _at(20, 14, 10))
    assert [push["title"] for push in _pushes(aioclient_mock)] == ["Caffeine cut-off"]
    # Reloading (as the options flow or a time entity does) does not send it again.
    freezer.move_to(_at(20, 14, 12))
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert len(_pushes(aioclient_mock)) == 1


async def test_a_reminder_missed_long_ago_stays_missed(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    registered_phone: str,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    entry = _bedroom(hass, registered_phone, reminders=["caffeine_cutoff"])
    await set_up_at(hass, freezer, entry, _at(20, 14, 16))
    assert _pushes(aioclient_mock) == []


async def test_a_phone_out_of_reach_does_not_stop_the_others(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    hass_client: ClientSessionGenerator,
    registered_phone: str,
    aioclient_mock: AiohttpClientMocker,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A phone that only takes notifications over its own connection, which is down.
    away = await async_register_phone(
        hass, hass_client, "Travel phone", {"push_websocket_channel": True}
    )
    entry = _bedroom(hass, registered_phone, ["warm_bath"], away)
    await set_up_at(hass, freezer, entry, _at(20, 21, 0))
    await advance(hass, freezer, _at(20, 21, 30))
    assert [push["title"] for push in _pushes(aioclient_mock)] == ["Warm bath"]
    assert "Could not send a notification to phone" in caplog.text
