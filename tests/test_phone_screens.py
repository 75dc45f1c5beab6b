"""Phones as screens: a real companion-app phone's screen counted from the detox to wake."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_hygiene.const import CONF_PHONES
from custom_components.sleep_hygiene.model.insights import SCREENS_AFTER_DETOX, find_insights
from custom_components.sleep_hygiene.model.score import score_night

from .phone_app import FOCUS, INTERACTIVE, AppPhone, async_app_phone
from .time_helpers import advance, set_up_at

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 20)


def at(hour: int, minute: int = 0) -> datetime:
    """Return a London time of the night of 20 November 2026 (hours before noon: next day)."""
    return datetime(2026, 11, 20 if hour >= 12 else 21, hour, minute, tzinfo=LONDON)


@pytest.fixture
async def evening(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Move to the evening first: a token made after it stays valid."""
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(at(20))


@pytest.fixture
async def clients(
    evening: None,
    hass_client: ClientSessionGenerator,
    hass_client_no_auth: ClientSessionGenerator,
) -> tuple[ClientSessionGenerator, ClientSessionGenerator]:
    """Return the clients a phone registers and talks with."""
    return hass_client, hass_client_no_auth


async def _bedroom_with(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, entry: MockConfigEntry, *phones: AppPhone
) -> None:
    hass.config_entries.async_update_entry(
        entry, data=entry.data | {CONF_PHONES: [phone.device_id for phone in phones]}
    )
    await set_up_at(hass, freezer, entry, at(21))


async def test_phone_used_in_bed_after_the_detox(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    clients: tuple[ClientSessionGenerator, ClientSessionGenerator],
    aioclient_mock: AiohttpClientMocker,
    bedroom_entry: MockConfigEntry,
) -> None:
    """20 + 7 minutes of phone in bed; away from home it is not counted; 10 x (1 - 27/60)."""
    phone = await async_app_phone(hass, clients, aioclient_mock, "Pixel")
    await phone.register(INTERACTIVE, True)
    await _bedroom_with(hass, freezer, bedroom_entry, phone)
    log = bedroom_entry.runtime_data.log

    # Before the detox, nothing is counted.
    await advance(hass, freezer, at(21, 50))
    await phone.update(INTERACTIVE, False)
    await advance(hass, freezer, at(22, 5))  # the detox began at 22:00
    assert log.get(NIGHT).phone_screen_minutes == 0.0
    await phone.update(INTERACTIVE, True)
    await advance(hass, freezer, at(22, 25))
    await phone.update(INTERACTIVE, False)
    await advance(hass, freezer, at(23))
    await phone.update(INTERACTIVE, True)
    await advance(hass, freezer, at(23, 7))
    await phone.update(INTERACTIVE, False)
    assert log.get(NIGHT).phone_screen_minutes == 27.0

    # Out of the house (the phone's own tracker), its screen is not the bedroom's.
    await phone.send(
        "update_location", {"gps": [0.0, 0.0], "gps_accuracy": 10, "location_name": "not_home"}
    )
    await advance(hass, freezer, at(1))
    await phone.update(INTERACTIVE, True)
    await advance(hass, freezer, at(1, 30))
    await phone.update(INTERACTIVE, False)
    assert log.get(NIGHT).phone_screen_minutes == 27.0

    # After wake nothing more is counted, and the night is scored with the phone's minutes.
    await advance(hass, freezer, at(6, 31))
    await phone.update(INTERACTIVE, True)
    await advance(hass, freezer, at(7))
    await phone.update(INTERACTIVE, False)
    record = log.get(NIGHT)
    assert record.phone_screen_minutes == 27.0
    score = score_night(log.records(), NIGHT, LONDON)
    assert score is not None
    assert score.component("screens_off").points == 10 * (1 - 27 / 60)
    assert find_insights(log.records(), NIGHT, LONDON).factor(SCREENS_AFTER_DETOX).nights_with == 0


async def test_iphone_adds_no_minutes(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    clients: tuple[ClientSessionGenerator, ClientSessionGenerator],
    aioclient_mock: AiohttpClientMocker,
    bedroom_entry: MockConfigEntry,
) -> None:
    """An iPhone tells only whether a Focus is on: no screen minutes are guessed from it."""
    phone = await async_app_phone(hass, clients, aioclient_mock, "iPhone", "iOS")
    await phone.register(FOCUS, False)
    await _bedroom_with(hass, freezer, bedroom_entry, phone)
    await advance(hass, freezer, at(22, 30))
    assert bedroom_entry.runtime_data.log.get(NIGHT).phone_screen_minutes is None
