"""The logbook, read as the frontend reads it: the bedroom's entries, and the cause of its calls."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant, callback
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)
from pytest_homeassistant_custom_component.typing import (
    MockHAClientWebSocket,
    WebSocketGenerator,
)

from custom_components.sleep_hygiene.const import DOMAIN, EVENT_DETOX_STARTED, EVENT_LIGHTS_OUT

from .bedroom_fixtures import BED_LAMP, CONSOLE, REMOTE, advance, start_bedroom

LONDON = ZoneInfo("Europe/London")
BEDROOM = "Sleep Hygiene: Main bedroom"
LIGHT_NAMES = "Bed lamp, Ceiling, Reading light"
SCREEN_NAMES = "Bedroom TV, Console plug, Bedroom remote"


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(recorder_db_url: str, enable_custom_integrations: None) -> None:
    """Load custom_components/ too, after the recorder's database (it must come before hass)."""


def at(hour: int, minute: int, day: int = 20) -> datetime:
    """Return a London time on the night of 20 November 2026 (GMT, so also UTC)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=LONDON)


async def _logbook(
    hass: HomeAssistant, client: MockHAClientWebSocket, start: datetime, end: datetime
) -> list[dict[str, Any]]:
    await async_wait_recording_done(hass)
    await client.send_json(
        {
            "id": 1,
            "type": "logbook/get_events",
            "start_time": start.isoformat(),
            "end_time": end.isoformat(),
        }
    )
    response = await client.receive_json()
    assert response["success"], response
    entries: list[dict[str, Any]] = response["result"]
    return entries


def _ours(entries: list[dict[str, Any]]) -> list[str]:
    return [entry["message"] for entry in entries if entry.get("domain") == DOMAIN]


def _caused(entries: list[dict[str, Any]], entity_id: str, state: str) -> list[dict[str, Any]]:
    """Return who caused each change of ``entity_id`` to ``state``, as the logbook says."""
    return [
        {key: entry.get(key) for key in ("context_event_type", "context_domain", "context_name")}
        for entry in entries
        if entry.get("entity_id") == entity_id and entry.get("state") == state
    ]


@pytest.fixture
async def client(
    recorder_mock: Recorder, hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> MockHAClientWebSocket:
    """Return a websocket client of a Home Assistant with the logbook (and the recorder)."""
    assert await async_setup_component(hass, "logbook", {})
    # Connected before the clock moves on: the login's token would have expired.
    return await hass_ws_client()


async def test_a_night_in_the_logbook(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, client: MockHAClientWebSocket
) -> None:
    # The clock stands still in a test; in a house it has moved on by the time the calls an
    # event announces are made, and the logbook takes the first entry of a context as its cause.
    tick = callback(lambda _event: freezer.tick(timedelta(milliseconds=1)))
    for event_type in (EVENT_DETOX_STARTED, EVENT_LIGHTS_OUT):
        hass.bus.async_listen(event_type, tick)
    _entry, log = await start_bedroom(hass, freezer, at(21, 20))
    await advance(hass, freezer, at(22, 5))
    # A person switches the console back on; the bedroom switches it off again after the grace.
    await log.person(hass, "switch", "turn_on", CONSOLE)
    await advance(hass, freezer, at(22, 30))
    entries = await _logbook(hass, client, at(21, 0), at(23, 0))

    assert {entry["name"] for entry in entries if entry.get("domain") == DOMAIN} == {BEDROOM}
    # In any order: the clock stands still in the test, so entries of one step share a time.
    assert sorted(_ours(entries)) == sorted(
        [
            "reached the routine step “Warm bath”",
            f"started the digital detox: dimmed {LIGHT_NAMES} to 40 %; switched off {SCREEN_NAMES}",
            "reached the routine step “Digital detox”",
            "reached the routine step “Stretches”",
            f"reached lights-out: switched off {LIGHT_NAMES}",
            "reached the routine step “Lights out”",
        ]
    )
    detox = {
        "context_event_type": "sleep_hygiene_detox_started",
        "context_domain": DOMAIN,
        "context_name": BEDROOM,
    }
    # Switched off by the detox, on by the person, off again by the bedroom (the same detox).
    assert _caused(entries, CONSOLE, "off") == [detox, detox]
    assert _caused(entries, CONSOLE, "on") == [
        {"context_event_type": "call_service", "context_domain": "switch", "context_name": None}
    ]
    assert _caused(entries, REMOTE, "off") == [detox]
    lights_out = detox | {"context_event_type": "sleep_hygiene_lights_out"}
    assert _caused(entries, BED_LAMP, "off") == [lights_out]
    # The night-events entity's entries name what fired them (events of one frozen instant may
    # share a state, and then show once).
    fired = {
        entry["context_event_type"]
        for entry in entries
        if entry.get("entity_id") == "event.main_bedroom_night_events"
    }
    assert fired <= {
        "sleep_hygiene_routine_step",
        "sleep_hygiene_detox_started",
        "sleep_hygiene_lights_out",
    }
    assert "sleep_hygiene_routine_step" in fired


async def test_a_skipped_night_and_a_check_in_in_the_logbook(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, client: MockHAClientWebSocket
) -> None:
    await start_bedroom(hass, freezer, at(21, 20))
    await hass.services.async_call(
        DOMAIN, "skip_tonight", {"config_entry_id": "bedroom1"}, blocking=True
    )
    await advance(hass, freezer, at(7, 0, day=21))
    await hass.services.async_call(
        DOMAIN, "log_check_in", {"config_entry_id": "bedroom1", "rested": "well"}, blocking=True
    )
    entries = await _logbook(hass, client, at(21, 0), at(8, 0, day=21))
    messages = _ours(entries)
    assert messages[0] == "skipped tonight: the bedroom is left alone until tomorrow's routine"
    assert "reached the routine step “Digital detox (skipped)”" in messages
    assert messages[-1] == "saved the morning check-in for the night of 2026-11-20"
