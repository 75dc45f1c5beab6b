"""The evening-routine calendar: tonight's and the next week's steps, across DST and skips."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_hygiene.const import DOMAIN
from custom_components.sleep_hygiene.model.schedule import STEP_WAKE, STEPS

from .time_helpers import advance, set_up_at

NY = ZoneInfo("America/New_York")
CALENDAR = "calendar.main_bedroom_evening_routine"


async def _events(hass: HomeAssistant, start: datetime, end: datetime) -> list[dict[str, Any]]:
    """Return the events as automations get them, through calendar.get_events."""
    response = await hass.services.async_call(
        "calendar",
        "get_events",
        {"entity_id": CALENDAR, "start_date_time": start, "end_date_time": end},
        blocking=True,
        return_response=True,
    )
    events: list[dict[str, Any]] = response[CALENDAR]["events"]
    return events


def _spans(events: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(e["summary"], e["start"], e["end"]) for e in events]


async def test_steps_across_the_autumn_clock_change(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    # New York falls back at 02:00 on Sunday 1 November 2026.
    await set_up_at(hass, freezer, bedroom_entry, datetime(2026, 10, 31, 12, 0, tzinfo=NY))
    events = await _events(
        hass, datetime(2026, 10, 31, 12, 0, tzinfo=NY), datetime(2026, 11, 2, 12, 0, tzinfo=NY)
    )
    assert _spans(events) == [
        ("Caffeine cut-off", "2026-10-31T14:00:00-04:00", "2026-10-31T19:30:00-04:00"),
        ("Hard-exercise cut-off", "2026-10-31T19:30:00-04:00", "2026-10-31T21:30:00-04:00"),
        ("Warm bath", "2026-10-31T21:30:00-04:00", "2026-10-31T22:00:00-04:00"),
        ("Digital detox", "2026-10-31T22:00:00-04:00", "2026-10-31T22:15:00-04:00"),
        ("Stretches", "2026-10-31T22:15:00-04:00", "2026-10-31T22:30:00-04:00"),
        # Nine hours in bed: the clocks went back an hour in the night.
        ("Lights out", "2026-10-31T22:30:00-04:00", "2026-11-01T06:30:00-05:00"),
        ("Wake", "2026-11-01T06:30:00-05:00", "2026-11-01T06:30:00-05:00"),
        ("Caffeine cut-off", "2026-11-01T14:00:00-05:00", "2026-11-01T19:30:00-05:00"),
        ("Hard-exercise cut-off", "2026-11-01T19:30:00-05:00", "2026-11-01T21:30:00-05:00"),
        ("Warm bath", "2026-11-01T21:30:00-05:00", "2026-11-01T22:00:00-05:00"),
        ("Digital detox", "2026-11-01T22:00:00-05:00", "2026-11-01T22:15:00-05:00"),
        ("Stretches", "2026-11-01T22:15:00-05:00", "2026-11-01T22:30:00-05:00"),
        ("Lights out", "2026-11-01T22:30:00-05:00", "2026-11-02T06:30:00-05:00"),
        ("Wake", "2026-11-02T06:30:00-05:00", "2026-11-02T06:30:00-05:00"),
    ]
    assert events[0]["description"].startswith("No more coffee")


async def test_steps_across_the_spring_clock_change(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    # New York springs forward at 02:00 on Sunday 8 March 2026; lights-out after midnight.
    hass.config_entries.async_update_entry(
        bedroom_entry, options={**bedroom_entry.options, "lights_out": "01:00:00"}
    )
    await set_up_at(hass, freezer, bedroom_entry, datetime(2026, 3, 7, 12, 0, tzinfo=NY))
    events = await _events(
        hass, datetime(2026, 3, 7, 12, 0, tzinfo=NY), datetime(2026, 3, 8, 12, 0, tzinfo=NY)
    )
    assert _spans(events) == [
        # The leads are real time: 8.5 h and 3 h before 01:00 are 16:30 and 22:00 the evening
        # before, whatever the clocks do at 02:00.
        ("Caffeine cut-off", "2026-03-07T16:30:00-05:00", "2026-03-07T22:00:00-05:00"),
        ("Hard-exercise cut-off", "2026-03-07T22:00:00-05:00", "2026-03-08T00:00:00-05:00"),
        ("Warm bath", "2026-03-08T00:00:00-05:00", "2026-03-08T00:30:00-05:00"),
        ("Digital detox", "2026-03-08T00:30:00-05:00", "2026-03-08T00:45:00-05:00"),
        ("Stretches", "2026-03-08T00:45:00-05:00", "2026-03-08T01:00:00-05:00"),
        # Four and a half hours in bed on the night the clocks go forward.
        ("Lights out", "2026-03-08T01:00:00-05:00", "2026-03-08T06:30:00-04:00"),
        ("Wake", "2026-03-08T06:30:00-04:00", "2026-03-08T06:30:00-04:00"),
    ]


async def test_a_week_ahead_and_no_further(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    now = datetime(2026, 11, 20, 12, 0, tzinfo=NY)
    await set_up_at(hass, freezer, bedroom_entry, now)
    events = await _events(hass, now - timedelta(days=30), now + timedelta(days=30))
    nights = sorted({date.fromisoformat(e["start"][:10]) for e in events if e["summary"] != "Wake"})
    # Last night (its wake may still fire a trigger), tonight and the next seven.
    assert nights == [date(2026, 11, 19) + timedelta(days=n) for n in range(9)]
    assert len(events) == 9 * 7


async def test_skipped_night_shows_as_such(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await set_up_at(hass, freezer, bedroom_entry, datetime(2026, 11, 20, 22, 5, tzinfo=NY))
    state = hass.states.get(CALENDAR)
    assert state.state == "on"
    assert state.attributes["message"] == "Digital detox"

    await hass.services.async_call(
        DOMAIN, "skip_tonight", {"config_entry_id": bedroom_entry.entry_id}, blocking=True
    )
    await hass.async_block_till_done()
    state = hass.states.get(CALENDAR)
    assert state.attributes["message"] == "Digital detox (skipped)"
    assert state.attributes["description"] == (
        "Skipped tonight: the house leaves the bedroom alone."
    )
    events = await _events(
        hass, datetime(2026, 11, 20, 0, 0, tzinfo=NY), datetime(2026, 11, 22, 0, 0, tzinfo=NY)
    )
    tonight = [e["summary"] for e in events if e["start"].startswith("2026-11-20")]
    tomorrow = [e["summary"] for e in events if e["start"].startswith("2026-11-21T1")]
    # Only the detox and lights-out are left out: stretches still remind, wake still asks.
    assert tonight[-3:] == ["Digital detox (skipped)", "Stretches", "Lights out (skipped)"]
    wake = [e["summary"] for e in events if e["start"].startswith("2026-11-21T06:30")]
    assert wake == ["Wake"]
    assert tomorrow == ["Caffeine cut-off", "Hard-exercise cut-off"]


async def test_calendar_state_follows_the_evening(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await set_up_at(hass, freezer, bedroom_entry, datetime(2026, 11, 20, 12, 0, tzinfo=NY))
    state = hass.states.get(CALENDAR)
    assert state.state == "off"  # nothing under way before the caffeine cut-off
    assert state.attributes["message"] == "Caffeine cut-off"
    assert state.attributes["start_time"] == "2026-11-20 14:00:00"

    await advance(hass, freezer, datetime(2026, 11, 20, 14, 0, tzinfo=NY))
    assert hass.states.get(CALENDAR).state == "on"
    await advance(hass, freezer, datetime(2026, 11, 20, 23, 0, tzinfo=NY))
    assert hass.states.get(CALENDAR).attributes["message"] == "Lights out"
    await advance(hass, freezer, datetime(2026, 11, 21, 6, 30, 1, tzinfo=NY))
    state = hass.states.get(CALENDAR)
    assert state.state == "off"
    assert state.attributes["message"] == "Caffeine cut-off"
    assert state.attributes["start_time"] == "2026-11-21 14:00:00"


async def test_calendar_card_reads_events_with_stable_ids(
    hass: HomeAssistant, bedroom_entry: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    # Real time here: the API's access token would not survive a frozen clock.
    await hass.config.async_set_time_zone("America/New_York")
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    tomorrow = dt_util.now().date() + timedelta(days=1)
    start = datetime.combine(tomorrow, time(0, 0), tzinfo=NY)
    client = await hass_client()
    # The calendar card asks the REST API for a range, as here.
    response = await client.get(
        f"/api/calendars/{CALENDAR}",
        params={"start": start.isoformat(), "end": (start + timedelta(days=1)).isoformat()},
    )
    assert response.status == 200
    events = await response.json()
    today = tomorrow - timedelta(days=1)
    # Tonight's lights-out is under way at midnight and its wake falls in the range.
    assert [e["uid"] for e in events] == [
        f"bedroom1_{today.isoformat()}_lights_out",
        f"bedroom1_{today.isoformat()}_wake",
        *(f"bedroom1_{tomorrow.isoformat()}_{step}" for step in STEPS if step != STEP_WAKE),
    ]
    caffeine_cutoff = datetime.combine(tomorrow, time(14, 0), tzinfo=NY)
    assert events[2]["start"] == {"dateTime": caffeine_cutoff.isoformat()}
