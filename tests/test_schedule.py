"""Routine times: pure, so no Home Assistant is needed."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from custom_components.sleep_hygiene.model.schedule import (
    STEPS,
    Routine,
    current_night,
    last_night,
    night_times,
)

NY = ZoneInfo("America/New_York")


def test_default_steps_follow_the_brief() -> None:
    times = night_times(date(2026, 11, 20), Routine(), NY)
    local = {step: times.steps[step].astimezone(NY).strftime("%H:%M") for step in STEPS}
    assert local == {
        "caffeine_cutoff": "14:00",
        "exercise_cutoff": "19:30",
        "warm_bath": "21:30",
        "digital_detox": "22:00",
        "stretches": "22:15",
        "lights_out": "22:30",
        "wake": "06:30",
    }
    assert times.climate_start.astimezone(NY).strftime("%H:%M") == "21:30"
    assert times.wake.astimezone(NY).date() == date(2026, 11, 21)


def test_fall_back_night_is_an_hour_longer() -> None:
    # 1 November 2026 at 02:00 the clocks in New York go back an hour.
    times = night_times(date(2026, 10, 31), Routine(), NY)
    assert times.lights_out.astimezone(NY).strftime("%H:%M %Z") == "22:30 EDT"
    assert times.wake.astimezone(NY).strftime("%H:%M %Z") == "06:30 EST"
    assert times.wake - times.lights_out == timedelta(hours=9)


def test_spring_forward_night_is_an_hour_shorter() -> None:
    times = night_times(date(2026, 3, 7), Routine(), NY)
    assert times.wake.astimezone(NY).strftime("%H:%M %Z") == "06:30 EDT"
    assert times.wake - times.lights_out == timedelta(hours=7)


def test_detox_lead_is_elapsed_time_across_a_change() -> None:
    """Lights-out at 01:30 after the clocks went back: detox is one real hour before."""
    routine = Routine(lights_out=time(1, 30), wake=time(9, 0), detox_lead=timedelta(hours=1))
    times = night_times(date(2026, 10, 31), routine, NY)
    assert times.lights_out - times.detox == timedelta(hours=1)


def test_skipped_wall_time_moves_forward() -> None:
    routine = Routine(lights_out=time(2, 30), wake=time(10, 0))
    times = night_times(date(2026, 3, 7), routine, NY)
    assert times.lights_out.astimezone(NY).strftime("%H:%M %Z") == "03:30 EDT"


def test_lights_out_after_midnight_belongs_to_the_evening_before() -> None:
    routine = Routine(lights_out=time(0, 30), wake=time(8, 0))
    times = night_times(date(2026, 11, 20), routine, NY)
    assert times.lights_out == datetime(2026, 11, 21, 0, 30, tzinfo=NY)
    assert times.wake == datetime(2026, 11, 21, 8, 0, tzinfo=NY)


def test_wake_before_lights_out_clock_time_is_next_morning() -> None:
    """A late sleeper: lights-out at 13:00 and wake at 12:00 the next day."""
    routine = Routine(lights_out=time(13, 0), wake=time(12, 0))
    times = night_times(date(2026, 11, 20), routine, NY)
    assert times.wake == datetime(2026, 11, 21, 12, 0, tzinfo=NY)


def test_a_day_sleepers_night_is_from_lights_out_to_the_next_wake() -> None:
    """Lights-out 12:25, wake 20:25: an 8-hour night, and at 09:25 tonight's detox is ahead."""
    routine = Routine(lights_out=time(12, 25), wake=time(20, 25))
    times = night_times(date(2026, 11, 20), routine, NY)
    assert times.wake - times.lights_out == timedelta(hours=8)
    now = datetime(2026, 11, 20, 9, 25, tzinfo=NY)
    assert current_night(now, routine) == date(2026, 11, 20)
    tonight = night_times(current_night(now, routine), routine, NY)
    assert tonight.detox > now
    assert last_night(now, tonight) == date(2026, 11, 19)


@pytest.mark.parametrize(
    ("now", "current", "last"),
    [
        (datetime(2026, 11, 21, 10, 0, tzinfo=NY), date(2026, 11, 21), date(2026, 11, 20)),
        (datetime(2026, 11, 21, 22, 29, tzinfo=NY), date(2026, 11, 21), date(2026, 11, 20)),
        (datetime(2026, 11, 21, 22, 30, tzinfo=NY), date(2026, 11, 21), date(2026, 11, 21)),
        (datetime(2026, 11, 22, 3, 0, tzinfo=NY), date(2026, 11, 21), date(2026, 11, 21)),
        (datetime(2026, 11, 22, 6, 29, tzinfo=NY), date(2026, 11, 21), date(2026, 11, 21)),
        (datetime(2026, 11, 22, 6, 30, tzinfo=NY), date(2026, 11, 22), date(2026, 11, 21)),
    ],
)
def test_current_and_last_night(now: datetime, current: date, last: date) -> None:
    assert current_night(now, Routine()) == current
    tonight = night_times(current, Routine(), now.tzinfo or NY)
    assert last_night(now, tonight) == last


def test_wake_never_comes_before_lights_out() -> None:
    """A late-morning lights-out with an earlier wake clock time wakes the day after."""
    routine = Routine(lights_out=time(11, 0), wake=time(10, 0))
    times = night_times(date(2026, 11, 20), routine, NY)
    assert times.lights_out == datetime(2026, 11, 21, 11, 0, tzinfo=NY)
    assert times.wake == datetime(2026, 11, 22, 10, 0, tzinfo=NY)
