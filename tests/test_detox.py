"""A whole night of the digital detox with real lights and screens: dim, ramp, lights out."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.const import EVENT_STATE_CHANGED
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import async_capture_events

from custom_components.sleep_hygiene.const import EVENT_DETOX_STARTED, EVENT_LIGHTS_OUT

from .bedroom_fixtures import (
    BED_LAMP,
    CEILING,
    CONSOLE,
    FAIRY,
    LIGHTS,
    READING,
    REMOTE,
    TV,
    advance,
    set_helper,
    start_bedroom,
)

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 20)
ACTIVE = "binary_sensor.main_bedroom_digital_detox_active"
NIGHT_MODE = "binary_sensor.main_bedroom_night_mode"


def at(hour: int, minute: int, second: int = 0, day: int = 20) -> datetime:
    """Return a London time on the night of 20 November 2026 (GMT, so also UTC)."""
    return datetime(2026, 11, day, hour, minute, second, tzinfo=LONDON)


def level(hass: HomeAssistant, light: str) -> int | None:
    """Return a light's brightness, None when off."""
    return hass.states.get(light).attributes.get("brightness")


async def test_whole_night(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Detox dims warm with a transition, ramps down in grouped steps, lights go out."""
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    started = async_capture_events(hass, EVENT_DETOX_STARTED)
    lights_out = async_capture_events(hass, EVENT_LIGHTS_OUT)
    changes = async_capture_events(hass, EVENT_STATE_CHANGED)
    assert log.take() == []
    assert hass.states.get(ACTIVE).state == "off"

    await advance(hass, freezer, at(21, 59, 59))
    assert log.take() == []

    await advance(hass, freezer, at(22, 0))
    calls = log.take()
    assert sorted(calls) == [
        (
            "light",
            "turn_on",
            LIGHTS,
            {"brightness_pct": 40, "color_temp_kelvin": 2200, "transition": 60.0},
        ),
        ("media_player", "turn_off", [TV], {}),
        ("remote", "turn_off", [REMOTE], {}),
        ("switch", "turn_off", [CONSOLE], {}),
    ]
    assert [level(hass, light) for light in LIGHTS] == [102, 102, 102]
    # Warm: 2200 K is 454 mireds; the ceiling has no colour temperature and just dimmed.
    assert hass.states.get("input_number.bed_lamp_mireds").state == "454.0"
    assert all(hass.states.get(screen).state == "off" for screen in (TV, CONSOLE, REMOTE))
    assert hass.states.get(ACTIVE).state == "on"
    assert [event.data for event in started] == [
        {
            "config_entry_id": entry.entry_id,
            "night": "2026-11-20",
            "planned": "2026-11-20T22:00:00+00:00",
            "started": "2026-11-20T22:00:00+00:00",
            "manual": False,
            # What the detox did, for the logbook.
            "brightness_pct": 40,
            "dimmed": LIGHTS,
            "switched_off": [TV, CONSOLE, REMOTE],
        }
    ]
    shown = [
        change.data["new_state"].attributes["event_type"]
        for change in changes
        if change.data["entity_id"] == "event.main_bedroom_night_events"
    ]
    assert "detox_started" in shown

    # The ramp: one grouped call every five minutes, down to the night level (5 %) by 22:25.
    for minute, percent, brightness in (
        (5, 33, 84),
        (10, 26, 66),
        (15, 19, 48),
        (20, 12, 31),
        (25, 5, 13),
    ):
        await advance(hass, freezer, at(22, minute))
        assert log.take() == [
            (
                "light",
                "turn_on",
                LIGHTS,
                {"brightness_pct": percent, "color_temp_kelvin": 2200, "transition": 60.0},
            )
        ]
        assert [level(hass, light) for light in LIGHTS] == [brightness] * 3

    await advance(hass, freezer, at(22, 29, 59))
    assert log.take() == []
    await advance(hass, freezer, at(22, 30))
    assert log.take() == [("light", "turn_off", LIGHTS, {"transition": 30.0})]
    assert all(hass.states.get(light).state == "off" for light in LIGHTS)
    assert [event.data["planned"] for event in lights_out] == ["2026-11-20T22:30:00+00:00"]
    assert [event.data["switched_off"] for event in lights_out] == [LIGHTS]
    assert "lights_out" in [
        change.data["new_state"].attributes["event_type"]
        for change in changes
        if change.data["entity_id"] == "event.main_bedroom_night_events"
    ]
    assert hass.states.get(ACTIVE).state == "off"
    assert hass.states.get(NIGHT_MODE).state == "on"

    record = entry.runtime_data.log.get(NIGHT)
    assert record is not None
    assert record.detox_planned == at(22, 0).astimezone(UTC)
    assert record.detox_started == at(22, 0).astimezone(UTC)
    assert record.lights_out_planned == at(22, 30).astimezone(UTC)
    assert record.lights_out_at == at(22, 30).astimezone(UTC)
    assert record.skipped is False
    assert record.overrides == []
    assert record.screen_on_minutes == 0
    assert (record.has_lights, record.has_screens) == (True, True)

    # Nothing more until wake; night mode ends then.
    await advance(hass, freezer, at(6, 29, day=21))
    assert hass.states.get(NIGHT_MODE).state == "on"
    await advance(hass, freezer, at(6, 30, day=21))
    assert hass.states.get(NIGHT_MODE).state == "off"
    assert log.take() == []


async def test_lights_are_only_ever_dimmed(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A light that is off stays off; one already dimmer than the step is left until it is not."""
    _entry, log = await start_bedroom(hass, freezer, at(21, 0))
    await set_helper(hass, "input_boolean.ceiling_power", False)
    await set_helper(hass, "input_number.reading_light_level", 60)

    await advance(hass, freezer, at(22, 0))
    light_calls = [call for call in log.take() if call[0] == "light"]
    assert [call[2] for call in light_calls] == [[BED_LAMP]]
    assert hass.states.get(CEILING).state == "off"
    assert level(hass, READING) == 60

    await advance(hass, freezer, at(22, 5))  # 33 % = 84: the reading light (60) is dimmer
    assert [call[2] for call in log.take()] == [[BED_LAMP]]
    await advance(hass, freezer, at(22, 10))  # 26 % = 66
    assert [call[2] for call in log.take()] == [[BED_LAMP]]
    await advance(hass, freezer, at(22, 15))  # 19 % = 48: now both
    assert [call[2] for call in log.take()] == [[BED_LAMP, READING]]
    assert level(hass, READING) == 48

    await advance(hass, freezer, at(22, 29))
    assert [call[2] for call in log.take()] == [[BED_LAMP, READING]] * 2
    await advance(hass, freezer, at(22, 30))
    assert log.take() == [("light", "turn_off", [BED_LAMP, READING], {"transition": 30.0})]
    assert hass.states.get(CEILING).state == "off"


async def test_on_off_only_light_waits_for_lights_out(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A light with no brightness cannot be dimmed: it is left on until lights-out."""
    _entry, log = await start_bedroom(hass, freezer, at(21, 0), lights=[BED_LAMP, FAIRY])
    await advance(hass, freezer, at(22, 29))
    light_calls = [call for call in log.take() if call[0] == "light"]
    assert {tuple(call[2]) for call in light_calls} == {(BED_LAMP,)}
    assert hass.states.get(FAIRY).state == "on"
    await advance(hass, freezer, at(22, 30))
    assert log.take() == [("light", "turn_off", [BED_LAMP, FAIRY], {"transition": 30.0})]
    assert hass.states.get(FAIRY).state == "off"


async def test_configured_levels_and_colour(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """The detox level, colour temperature and night level come from the options."""
    _entry, log = await start_bedroom(
        hass,
        freezer,
        at(21, 0),
        lights=[BED_LAMP],
        screens=[],
        detox_brightness=60,
        detox_color_temp=2700,
        night_brightness=20,
        detox_lead=15,
    )
    await advance(hass, freezer, at(22, 15))
    assert log.take() == [
        (
            "light",
            "turn_on",
            [BED_LAMP],
            {"brightness_pct": 60, "color_temp_kelvin": 2700, "transition": 60.0},
        )
    ]
    assert hass.states.get("input_number.bed_lamp_mireds").state == "370.0"
    await advance(hass, freezer, at(22, 20))
    assert log.take()[0][3]["brightness_pct"] == 40
    await advance(hass, freezer, at(22, 25))
    assert log.take()[0][3]["brightness_pct"] == 20


async def test_person_override_is_respected(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A light a person turns up is theirs until wake; one they dim further is left too."""
    entry, log = await start_bedroom(hass, freezer, at(21, 0), screens=[])
    await advance(hass, freezer, at(22, 7))
    log.take()

    # In the app, the bed lamp goes back up; on the wall, the ceiling goes further down.
    await log.person(hass, "light", "turn_on", BED_LAMP, brightness=255)
    await set_helper(hass, "input_number.ceiling_level", 30)
    await advance(hass, freezer, at(22, 10))
    assert log.take() == [
        (
            "light",
            "turn_on",
            [READING],
            {"brightness_pct": 26, "color_temp_kelvin": 2200, "transition": 60.0},
        )
    ]
    await advance(hass, freezer, at(22, 30))
    assert [call[2] for call in log.take()] == [[READING]] * 4
    assert level(hass, BED_LAMP) == 255
    assert level(hass, CEILING) == 30
    assert hass.states.get(READING).state == "off"

    record = entry.runtime_data.log.get(NIGHT)
    assert record is not None
    # Only turning a light up goes against the wind-down.
    assert record.overrides == [BED_LAMP]
    # The room is not dark yet: lights-out is when the person switches the last light off.
    assert record.lights_out_at is None
    await advance(hass, freezer, at(23, 5))
    await log.person(hass, "light", "turn_off", BED_LAMP)
    assert entry.runtime_data.log.get(NIGHT).lights_out_at is None
    await log.person(hass, "light", "turn_off", CEILING)
    assert entry.runtime_data.log.get(NIGHT).lights_out_at == at(23, 5).astimezone(UTC)
    # A light on in the night after that (the bathroom trip) is neither an override nor undone.
    await advance(hass, freezer, at(3, 0, day=21))
    await log.person(hass, "light", "turn_on", READING)
    await advance(hass, freezer, at(3, 10, day=21))
    assert log.take() == []
    record = entry.runtime_data.log.get(NIGHT)
    assert record.overrides == [BED_LAMP]
    assert record.lights_out_at == at(23, 5).astimezone(UTC)


async def test_device_reports_are_not_a_person(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A late report mid-transition or a colour change is not a person taking a light over."""
    entry, log = await start_bedroom(hass, freezer, at(21, 0), screens=[])
    await advance(hass, freezer, at(22, 0))
    log.take()
    # The lamp reports 150 on its way from 200 to 102, with a context that is not ours.
    await set_helper(hass, "input_number.bed_lamp_level", 150)
    await advance(hass, freezer, at(22, 3))
    # Only its colour changes: not a change of light level.
    await set_helper(hass, "input_number.bed_lamp_mireds", 300)
    await advance(hass, freezer, at(22, 5))
    assert [call[2] for call in log.take()] == [LIGHTS]
    assert entry.runtime_data.log.get(NIGHT).overrides == []


async def test_unavailable_light_is_skipped_then_handled(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, caplog: pytest.LogCaptureFixture
) -> None:
    """A light that is unavailable is left out without an error and caught up when it is back."""
    _entry, log = await start_bedroom(hass, freezer, at(21, 0), screens=[])
    await set_helper(hass, "input_boolean.reading_available", False)
    assert hass.states.get(READING).state == "unavailable"

    await advance(hass, freezer, at(22, 0))
    assert [call[2] for call in log.take()] == [[BED_LAMP, CEILING]]
    await advance(hass, freezer, at(22, 12))
    log.take()
    await set_helper(hass, "input_boolean.reading_available", True)
    # Back at 22:12, it gets what the others got at 22:10.
    assert log.take() == [
        (
            "light",
            "turn_on",
            [READING],
            {"brightness_pct": 26, "color_temp_kelvin": 2200, "transition": 60.0},
        )
    ]
    await advance(hass, freezer, at(22, 15))
    assert [call[2] for call in log.take()] == [LIGHTS]

    # Two are gone at lights-out. One back ten minutes later is switched off then.
    await advance(hass, freezer, at(22, 29))
    await set_helper(hass, "input_boolean.reading_available", False)
    await set_helper(hass, "input_boolean.ceiling_available", False)
    await advance(hass, freezer, at(22, 30))
    assert [call[2] for call in log.take()][-1] == [BED_LAMP]
    await advance(hass, freezer, at(22, 40))
    await set_helper(hass, "input_boolean.reading_available", True)
    assert log.take() == [("light", "turn_off", [READING], {"transition": 30.0})]
    assert hass.states.get(READING).state == "off"
    # One back (on) long after lights-out is the person's business: left alone.
    await advance(hass, freezer, at(23, 5))
    await set_helper(hass, "input_boolean.ceiling_available", True)
    assert log.take() == []
    assert hass.states.get(CEILING).state == "on"
    assert not [
        r
        for r in caplog.records
        if r.levelname in ("WARNING", "ERROR") and "sleep_hygiene" in r.name
    ]


async def test_dst_night_counts_real_minutes(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """On the night the clocks go back, steps keep their wall times and minutes are real ones."""
    new_york = ZoneInfo("America/New_York")
    entry, log = await start_bedroom(
        hass, freezer, datetime(2026, 10, 31, 21, 0, tzinfo=new_york), screen_policy="gentle"
    )
    await advance(hass, freezer, datetime(2026, 10, 31, 22, 0, tzinfo=new_york))
    assert {call[0] for call in log.take()} == {"light", "media_player", "switch", "remote"}
    record = entry.runtime_data.log.get(date(2026, 10, 31))
    assert record.detox_started == datetime(2026, 11, 1, 2, 0, tzinfo=UTC)  # 22:00 EDT
    await advance(hass, freezer, datetime(2026, 10, 31, 22, 30, tzinfo=new_york))
    assert log.take()[-1][1] == "turn_off"
    assert hass.states.get(NIGHT_MODE).state == "on"

    # The TV is on from 00:30 EDT to the second 01:30 of the night (EST): two real hours.
    await advance(hass, freezer, datetime(2026, 11, 1, 4, 30, tzinfo=UTC))
    await set_helper(hass, "input_boolean.tv_power", True)
    await advance(hass, freezer, datetime(2026, 11, 1, 6, 30, tzinfo=UTC))
    await set_helper(hass, "input_boolean.tv_power", False)
    assert entry.runtime_data.log.get(date(2026, 10, 31)).screen_on_minutes == 120
    assert log.take() == []  # gentle: counted, never switched off

    # Wake is 06:30 EST, 11:30 UTC.
    await advance(hass, freezer, datetime(2026, 11, 1, 11, 29, tzinfo=UTC))
    assert hass.states.get(NIGHT_MODE).state == "on"
    await advance(hass, freezer, datetime(2026, 11, 1, 11, 30, tzinfo=UTC))
    assert hass.states.get(NIGHT_MODE).state == "off"


async def test_time_zone_change_moves_the_night(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Moved to the Azores (an hour behind) mid-ramp: lights-out follows the new local 22:30."""
    _entry, log = await start_bedroom(hass, freezer, at(21, 0), screens=[])
    await advance(hass, freezer, at(22, 10))
    log.take()
    await hass.config.async_update(time_zone="Atlantic/Azores")
    await hass.async_block_till_done()
    assert log.take() == []  # nothing replayed
    await advance(hass, freezer, at(22, 30))
    assert all(call[1] == "turn_on" for call in log.take())
    assert hass.states.get(BED_LAMP).state == "on"
    await advance(hass, freezer, at(23, 29))
    steps = [call[3]["brightness_pct"] for call in log.take()]
    assert steps[-1] == 5
    await advance(hass, freezer, at(23, 30))
    assert log.take() == [("light", "turn_off", LIGHTS, {"transition": 30.0})]


async def test_the_lights_and_screens_are_followed_only_from_the_detox_to_wake(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A bedroom that does nothing all day costs nothing when its lights change all day."""
    entry, _log = await start_bedroom(hass, freezer, at(12, 0))
    detox = entry.runtime_data.detox
    await set_helper(hass, "input_boolean.bed_lamp_power", True)
    await set_helper(hass, "input_boolean.tv_power", True)
    assert not detox.listening
    await advance(hass, freezer, at(22, 5))  # the detox began at 22:00
    assert detox.listening
    await advance(hass, freezer, at(6, 35, day=21))  # after wake
    assert not detox.listening
