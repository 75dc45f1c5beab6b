"""The routine-step sensor and the routine-step event through a whole evening."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from custom_components.sleep_hygiene.const import DOMAIN, EVENT_ROUTINE_STEP
from custom_components.sleep_hygiene.model.schedule import STEPS

from .time_helpers import advance, set_up_at

LONDON = ZoneInfo("Europe/London")
STEP_SENSOR = "sensor.main_bedroom_routine_step"
NIGHT_EVENTS = "event.main_bedroom_night_events"


async def test_step_sensor_and_events_through_an_evening(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await set_up_at(hass, freezer, bedroom_entry, datetime(2026, 11, 20, 12, 0, tzinfo=LONDON))
    events = async_capture_events(hass, EVENT_ROUTINE_STEP)
    state = hass.states.get(STEP_SENSOR)
    assert state.state == "wake"  # the morning: last night's wake is the step in effect
    assert state.attributes["device_class"] == "enum"
    assert state.attributes["options"] == list(STEPS)

    evening = [
        ((13, 59), "wake"),
        ((14, 0), "caffeine_cutoff"),
        ((19, 30), "exercise_cutoff"),
        ((21, 30), "warm_bath"),
        ((22, 0), "digital_detox"),
        ((22, 15), "stretches"),
        ((22, 30), "lights_out"),
    ]
    for (hour, minute), step in evening:
        await advance(hass, freezer, datetime(2026, 11, 20, hour, minute, tzinfo=LONDON))
        assert hass.states.get(STEP_SENSOR).state == step, (hour, minute)
    await advance(hass, freezer, datetime(2026, 11, 21, 6, 29, tzinfo=LONDON))
    assert hass.states.get(STEP_SENSOR).state == "lights_out"
    await advance(hass, freezer, datetime(2026, 11, 21, 6, 30, tzinfo=LONDON))
    assert hass.states.get(STEP_SENSOR).state == "wake"

    assert [e.data["step"] for e in events] == list(STEPS)
    assert all(e.data["config_entry_id"] == bedroom_entry.entry_id for e in events)
    assert all(e.data["night"] == "2026-11-20" for e in events)
    assert not any(e.data["skipped"] for e in events)
    # The bedroom's event entity shows the last one, with the step.
    night_events = hass.states.get(NIGHT_EVENTS)
    assert night_events.attributes["event_type"] == "routine_step"
    assert night_events.attributes["step"] == "wake"


async def test_events_say_when_the_night_is_skipped(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await set_up_at(hass, freezer, bedroom_entry, datetime(2026, 11, 20, 21, 0, tzinfo=LONDON))
    events = async_capture_events(hass, EVENT_ROUTINE_STEP)
    await hass.services.async_call(
        DOMAIN, "skip_tonight", {"config_entry_id": bedroom_entry.entry_id}, blocking=True
    )
    await advance(hass, freezer, datetime(2026, 11, 20, 21, 30, tzinfo=LONDON))
    # The step is still the step: only the house leaves the bedroom alone.
    assert hass.states.get(STEP_SENSOR).state == "warm_bath"
    await advance(hass, freezer, datetime(2026, 11, 21, 6, 30, tzinfo=LONDON))
    # Only the detox and lights-out are skipped: the reminders and wake's check-in still come.
    assert [(e.data["step"], e.data["skipped"]) for e in events] == [
        ("warm_bath", False),
        ("digital_detox", True),
        ("stretches", False),
        ("lights_out", True),
        ("wake", False),
    ]


async def test_a_detox_started_early_is_the_step_under_way(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await set_up_at(hass, freezer, bedroom_entry, datetime(2026, 11, 20, 19, 0, tzinfo=LONDON))
    assert hass.states.get(STEP_SENSOR).state == "caffeine_cutoff"
    await hass.services.async_call(
        DOMAIN, "start_detox", {"config_entry_id": bedroom_entry.entry_id}, blocking=True
    )
    await hass.async_block_till_done()
    assert hass.states.get(STEP_SENSOR).state == "digital_detox"
    calendar = hass.states.get("calendar.main_bedroom_evening_routine")
    assert calendar.attributes["message"] == "Digital detox"
    assert calendar.attributes["start_time"] == "2026-11-20 19:00:00"
    # The bath's time passes while the detox runs: the detox is still the step.
    await advance(hass, freezer, datetime(2026, 11, 20, 21, 31, tzinfo=LONDON))
    assert hass.states.get(STEP_SENSOR).state == "digital_detox"
    await advance(hass, freezer, datetime(2026, 11, 20, 22, 16, tzinfo=LONDON))
    assert hass.states.get(STEP_SENSOR).state == "stretches"


async def test_restart_mid_evening_shows_the_step_without_replaying_events(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    events = async_capture_events(hass, EVENT_ROUTINE_STEP)
    await set_up_at(hass, freezer, bedroom_entry, datetime(2026, 11, 20, 22, 20, tzinfo=LONDON))
    assert hass.states.get(STEP_SENSOR).state == "stretches"
    assert events == []
    await advance(hass, freezer, datetime(2026, 11, 20, 22, 30, tzinfo=LONDON))
    assert [e.data["step"] for e in events] == ["lights_out"]


async def test_step_follows_a_time_zone_change(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    # 22:10 in London is 17:10 in New York: the caffeine cut-off there has passed, the bath not.
    await set_up_at(hass, freezer, bedroom_entry, datetime(2026, 11, 20, 22, 10, tzinfo=LONDON))
    assert hass.states.get(STEP_SENSOR).state == "digital_detox"
    await hass.config.async_update(time_zone="America/New_York")
    await hass.async_block_till_done()
    assert hass.states.get(STEP_SENSOR).state == "caffeine_cutoff"
