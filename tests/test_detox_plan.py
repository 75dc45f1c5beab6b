"""The detox's pure decisions: the catch-up table, the ramp, the "was that us" band."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from custom_components.sleep_hygiene.model.detox_plan import (
    BRIGHTNESS_TOLERANCE,
    DetoxAction,
    Expected,
    Phase,
    Tonight,
    brightness_of,
    level_at,
    next_detox_action,
    ramp,
    screen_is_on,
)
from custom_components.sleep_hygiene.model.schedule import Routine, night_times

NIGHT = date(2026, 11, 20)
TIMES = night_times(NIGHT, Routine(), UTC)  # detox 22:00, lights-out 22:30, wake 06:30


def at(hour: int, minute: int, day: int = 20) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "phase", "step"),
    [
        (at(21, 0), Phase.WAITING, DetoxAction.NOTHING),
        (at(21, 0), Phase.DETOX, DetoxAction.RESUME_DETOX),  # started early by hand
        (at(22, 0), Phase.WAITING, DetoxAction.START_DETOX),
        (at(22, 10), Phase.WAITING, DetoxAction.START_DETOX),  # back at 22:10: start late
        (at(22, 10), Phase.DETOX, DetoxAction.RESUME_DETOX),  # no replay
        (at(22, 10), Phase.SKIPPED, DetoxAction.NOTHING),
        (at(22, 30), Phase.DETOX, DetoxAction.LIGHTS_OUT),
        (at(22, 59), Phase.WAITING, DetoxAction.LIGHTS_OUT),  # missed it all: lights-out still owed
        (at(22, 59), Phase.NIGHT, DetoxAction.RESUME_NIGHT),  # done already
        (
            at(23, 0),
            Phase.DETOX,
            DetoxAction.RESUME_NIGHT,
        ),  # too late for lights-out, screens kept off
        (at(23, 0), Phase.WAITING, DetoxAction.NOTHING),
        (at(6, 29, day=21), Phase.NIGHT, DetoxAction.RESUME_NIGHT),
        (
            at(6, 30, day=21),
            Phase.NIGHT,
            DetoxAction.NOTHING,
        ),  # back at wake: nothing for that night
    ],
)
def test_next_detox_action(now: datetime, phase: Phase, step: DetoxAction) -> None:
    assert next_detox_action(now, TIMES, phase) is step


def test_ramp_reaches_the_night_level_at_its_last_step() -> None:
    steps = ramp(at(22, 0), at(22, 30), 40, 5)
    assert [(s.at.minute, s.percent) for s in steps] == [
        (5, 33),
        (10, 26),
        (15, 19),
        (20, 12),
        (25, 5),
    ]
    assert level_at(steps, at(21, 59), 40) == 40
    assert level_at(steps, at(22, 12), 40) == 26
    assert level_at(steps, at(22, 29), 40) == 5


def test_short_window_has_no_ramp() -> None:
    assert ramp(at(22, 27), at(22, 30), 40, 5) == []
    assert ramp(at(22, 25), at(22, 30), 40, 5) == []


def test_brightness_of_rounds_like_home_assistant() -> None:
    assert [brightness_of(p) for p in (1, 5, 40, 100)] == [3, 13, 102, 255]


def test_expected_band_covers_a_transition_then_only_the_target() -> None:
    expected = Expected(start=200, target=102, settled=at(22, 1))
    during = at(22, 0)
    assert expected.allows(150, during)  # a report mid-transition
    assert expected.allows(102 - BRIGHTNESS_TOLERANCE, during)
    assert not expected.allows(255, during)
    assert not expected.allows(0, during)  # switched off by a person
    after = at(22, 2)
    assert expected.allows(110, after)
    assert not expected.allows(150, after)
    lights_out = Expected(start=13, target=0, settled=at(22, 31))
    assert lights_out.allows(0, at(22, 40))


@pytest.mark.parametrize(
    ("state", "on"),
    [
        ("on", True),
        ("playing", True),
        ("paused", True),
        ("idle", True),
        ("off", False),
        ("standby", False),
        ("unavailable", None),
        ("unknown", None),
        (None, None),
    ],
)
def test_screen_is_on(state: str | None, on: bool | None) -> None:
    assert screen_is_on(state) is on


def test_tonight_round_trips_through_json() -> None:
    tonight = Tonight(
        night=NIGHT,
        phase=Phase.DETOX,
        released={"light.b", "light.a"},
        reoffed={"media_player.tv"},
        pending={"switch.plug"},
        screens_on_since=at(22, 10) + timedelta(seconds=5),
    )
    stored = tonight.as_dict()
    assert stored["released"] == ["light.a", "light.b"]
    assert Tonight.from_dict(stored) == tonight
    assert Tonight.from_dict({"night": "2026-11-20"}) == Tonight(night=NIGHT)
