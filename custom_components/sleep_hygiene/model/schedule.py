"""Routine times for a night, worked out from lights-out and wake.

Pure Python (no Home Assistant import). Offsets before lights-out are real elapsed time, done in
UTC, so a DST change never stretches or shrinks "30 minutes before lights-out"; wake is a wall-clock
time on the next morning, so it stays 06:30 on the night the clocks change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Final

# Evening steps in order, with their default lead before lights-out.
STEP_CAFFEINE_CUTOFF: Final = "caffeine_cutoff"
STEP_EXERCISE_CUTOFF: Final = "exercise_cutoff"
STEP_WARM_BATH: Final = "warm_bath"
STEP_DIGITAL_DETOX: Final = "digital_detox"
STEP_STRETCHES: Final = "stretches"
STEP_LIGHTS_OUT: Final = "lights_out"
STEP_WAKE: Final = "wake"
STEPS: Final = (
    STEP_CAFFEINE_CUTOFF,
    STEP_EXERCISE_CUTOFF,
    STEP_WARM_BATH,
    STEP_DIGITAL_DETOX,
    STEP_STRETCHES,
    STEP_LIGHTS_OUT,
    STEP_WAKE,
)
# A lights-out before noon is taken as after midnight, i.e. still the evening before.
_NOON: Final = time(12, 0)


@dataclass(frozen=True, slots=True)
class Routine:
    """The bedroom's schedule, as configured."""

    lights_out: time = time(22, 30)
    wake: time = time(6, 30)
    detox_lead: timedelta = timedelta(minutes=30)
    climate_lead: timedelta = timedelta(minutes=60)
    caffeine_lead: timedelta = timedelta(hours=8, minutes=30)
    exercise_lead: timedelta = timedelta(hours=3)
    bath_lead: timedelta = timedelta(hours=1)
    stretches_lead: timedelta = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class NightTimes:
    """The instants of one night's steps, in UTC.

    UTC because Python compares two datetimes of the same zone by wall clock, which is wrong in
    the hour the clocks go back.
    """

    night: date
    steps: dict[str, datetime]
    climate_start: datetime

    @property
    def detox(self) -> datetime:
        """Return the digital-detox start."""
        return self.steps[STEP_DIGITAL_DETOX]

    @property
    def lights_out(self) -> datetime:
        """Return lights-out."""
        return self.steps[STEP_LIGHTS_OUT]

    @property
    def wake(self) -> datetime:
        """Return wake time the next morning."""
        return self.steps[STEP_WAKE]


def _local(day: date, at: time, tz: tzinfo) -> datetime:
    """Return the instant (UTC) of a local wall time; one skipped by DST moves on by the gap."""
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


# Every entity and controller asks for the same few nights: work each out once (never changed).
@lru_cache(maxsize=16)
def night_times(night: date, routine: Routine, tz: tzinfo) -> NightTimes:
    """Return the step times of the night that begins on the evening of ``night``."""
    lights_out_day = night if routine.lights_out >= _NOON else night + timedelta(days=1)
    lights_out = _local(lights_out_day, routine.lights_out, tz)
    # Wake is the first after lights-out: a day sleeper's 12:30 to 20:30 is one 8-hour night.
    wake = _local(lights_out_day, routine.wake, tz)
    if wake <= lights_out:
        wake = _local(lights_out_day + timedelta(days=1), routine.wake, tz)
    leads = {
        STEP_CAFFEINE_CUTOFF: routine.caffeine_lead,
        STEP_EXERCISE_CUTOFF: routine.exercise_lead,
        STEP_WARM_BATH: routine.bath_lead,
        STEP_DIGITAL_DETOX: routine.detox_lead,
        STEP_STRETCHES: routine.stretches_lead,
    }
    steps = {step: lights_out - lead for step, lead in leads.items()}
    steps[STEP_LIGHTS_OUT] = lights_out
    steps[STEP_WAKE] = wake
    return NightTimes(
        night=night,
        steps=steps,
        climate_start=lights_out - routine.climate_lead,
    )


def current_night(now: datetime, routine: Routine) -> date:
    """Return the night ``now`` belongs to: from the previous wake up to this night's wake."""
    tz = now.tzinfo
    assert tz is not None, "now must be aware"
    night = now.date()
    if now.astimezone(UTC) < night_times(night - timedelta(days=1), routine, tz).wake:
        return night - timedelta(days=1)
    return night


def last_night(now: datetime, tonight: NightTimes) -> date:
    """Return the most recent night whose lights-out has passed (the check-in's default).

    ``tonight``: the times of the night ``now`` belongs to (``current_night``).
    """
    return tonight.night if now >= tonight.lights_out else tonight.night - timedelta(days=1)
