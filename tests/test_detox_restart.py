"""Restarts: resume from the clock, replay nothing, catch up what was missed while down."""

from __future__ import annotations

from copy import deepcopy
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.const import EVENT_CALL_SERVICE, EVENT_HOMEASSISTANT_STARTED
from homeassistant.core import CoreState, Event, HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events

from custom_components.sleep_hygiene.const import EVENT_DETOX_STARTED, EVENT_LIGHTS_OUT

from .bedroom_fixtures import (
    BED_LAMP,
    CEILING,
    LIGHTS,
    READING,
    TV,
    advance,
    restart,
    set_helper,
    start_bedroom,
)

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 20)


def at(hour: int, minute: int, second: int = 0, day: int = 20) -> datetime:
    """Return a London time on the night of 20 November 2026 (GMT, so also UTC)."""
    return datetime(2026, 11, day, hour, minute, second, tzinfo=LONDON)


async def _down_until(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, entry: MockConfigEntry, back: datetime
) -> None:
    """Stop the bedroom, let time pass with nothing running, and start it again at ``back``."""
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    freezer.move_to(back)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


async def test_restart_mid_window_resumes_without_replay(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, hass_storage: dict
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    events = async_capture_events(hass, EVENT_DETOX_STARTED)
    await advance(hass, freezer, at(22, 5))
    await log.person(hass, "light", "turn_on", BED_LAMP, brightness=255)
    await set_helper(hass, "input_boolean.tv_power", True)
    await advance(hass, freezer, at(22, 7))  # the TV's grace is over: off again
    assert log.take()[-1] == ("media_player", "turn_off", [TV], {})

    await advance(hass, freezer, at(22, 8))
    await restart(hass, entry)
    # What tonight did is on disk, not only in memory.
    tonight = hass_storage["sleep_hygiene.bedroom1"]["data"]["state"]["detox"]["tonight"]
    assert tonight["phase"] == "detox"
    assert tonight["released"] == [BED_LAMP]
    assert tonight["reoffed"] == [TV]
    assert log.take() == []
    assert len(events) == 1

    # The ramp goes on from the clock, still leaving the person's lamp alone.
    await advance(hass, freezer, at(22, 10))
    assert [call[2] for call in log.take()] == [[CEILING, READING]]
    # The TV was switched off again once before the restart: on again, the person insists.
    await set_helper(hass, "input_boolean.tv_power", True)
    await advance(hass, freezer, at(22, 30))
    calls = log.take()
    assert ("light", "turn_off", [CEILING, READING], {"transition": 30.0}) in calls
    assert all(call[0] == "light" for call in calls)
    record = entry.runtime_data.log.get(NIGHT)
    assert record.detox_started == at(22, 0).astimezone(UTC)
    assert record.overrides == [BED_LAMP, TV]
    assert len(events) == 1


async def test_down_at_detox_time_starts_it_when_back(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Down at 22:00, back at 22:10: the detox starts at 22:10 and ramps to lights-out."""
    entry, log = await start_bedroom(hass, freezer, at(21, 50))
    events = async_capture_events(hass, EVENT_DETOX_STARTED)
    await _down_until(hass, freezer, entry, at(22, 10))
    assert {call[0] for call in log.take()} == {"light", "media_player", "switch", "remote"}
    assert [event.data["started"] for event in events] == ["2026-11-20T22:10:00+00:00"]
    assert events[0].data["manual"] is False
    record = entry.runtime_data.log.get(NIGHT)
    assert record.detox_planned == at(22, 0).astimezone(UTC)
    assert record.detox_started == at(22, 10).astimezone(UTC)

    await advance(hass, freezer, at(22, 29))
    assert [call[3]["brightness_pct"] for call in log.take()] == [28, 17, 5]


async def test_back_after_the_night_does_nothing(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Down from 22:15 until 07:00: nothing is done for that night, and its record stays."""
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    await advance(hass, freezer, at(22, 15))
    log.take()
    before = entry.runtime_data.log.get(NIGHT)
    lights_out = async_capture_events(hass, EVENT_LIGHTS_OUT)

    await _down_until(hass, freezer, entry, at(7, 0, day=21))
    assert log.take() == []
    assert lights_out == []
    assert entry.runtime_data.log.get(NIGHT) == before
    assert entry.runtime_data.detox.tonight.night == date(2026, 11, 21)
    # The lights stay as the ramp left them at 22:15.
    assert hass.states.get(BED_LAMP).attributes["brightness"] == 48


async def test_missed_lights_out_is_caught_up_for_half_an_hour(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    await advance(hass, freezer, at(22, 20))
    log.take()
    lights_out = async_capture_events(hass, EVENT_LIGHTS_OUT)
    await _down_until(hass, freezer, entry, at(22, 40))
    assert log.take() == [("light", "turn_off", LIGHTS, {"transition": 30.0})]
    assert len(lights_out) == 1
    assert entry.runtime_data.log.get(NIGHT).lights_out_at == at(22, 40).astimezone(UTC)
    # Restarting again replays nothing.
    await restart(hass, entry)
    assert log.take() == []
    assert len(lights_out) == 1


async def test_lights_out_missed_by_long_leaves_lights_but_keeps_screens_off(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    await advance(hass, freezer, at(22, 20))
    log.take()
    await _down_until(hass, freezer, entry, at(23, 10))
    assert log.take() == []
    assert hass.states.get(BED_LAMP).state == "on"
    await set_helper(hass, "input_boolean.tv_power", True)
    await advance(hass, freezer, at(23, 12))
    assert log.take() == [("media_player", "turn_off", [TV], {})]


async def test_catch_up_waits_until_home_assistant_has_started(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """While Home Assistant starts, other integrations' lights may not be there yet."""
    entry, log = await start_bedroom(hass, freezer, at(21, 50))
    assert await hass.config_entries.async_unload(entry.entry_id)
    freezer.move_to(at(22, 10))
    hass.set_state(CoreState.starting)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert log.take() == []

    hass.set_state(CoreState.running)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STARTED)
    await hass.async_block_till_done()
    assert {call[0] for call in log.take()} == {"light", "media_player", "switch", "remote"}


async def test_screen_minutes_survive_a_restart(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, _log = await start_bedroom(hass, freezer, at(21, 0), screen_policy="gentle")
    await advance(hass, freezer, at(22, 10))
    await set_helper(hass, "input_boolean.tv_power", True)
    await advance(hass, freezer, at(22, 20))
    await restart(hass, entry)
    assert entry.runtime_data.log.get(NIGHT).screen_on_minutes == 10
    await advance(hass, freezer, at(22, 31))
    await set_helper(hass, "input_boolean.tv_power", False)
    assert entry.runtime_data.log.get(NIGHT).screen_on_minutes == 21


async def test_a_crash_in_the_first_seconds_of_the_detox_replays_nothing(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, hass_storage: dict
) -> None:
    """What the disk holds the moment the calls go out is what a kill -9 leaves behind."""
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    events = async_capture_events(hass, EVENT_DETOX_STARTED)
    on_disk: list[dict] = []

    def first_call(_event: Event) -> None:
        if not on_disk:
            on_disk.append(deepcopy(hass_storage["sleep_hygiene.bedroom1"]))

    hass.bus.async_listen(EVENT_CALL_SERVICE, first_call)
    await advance(hass, freezer, at(22, 0))
    assert len(events) == 1
    assert log.take()
    # The crash: Home Assistant is gone with whatever was written by the first call.
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    hass_storage["sleep_hygiene.bedroom1"] = on_disk[0]
    freezer.move_to(at(22, 0, 8))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert len(events) == 1
    assert log.take() == []
    record = entry.runtime_data.log.get(NIGHT)
    assert record is not None
    assert record.detox_started == at(22, 0)
