"""The evening routine as a plan of timed steps: what the calendar shows and the step sensor says.

Pure Python (no Home Assistant import). Each evening step lasts until the next one begins, lights
out lasts until wake, and wake is a moment (it ends the night).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from .schedule import STEP_DIGITAL_DETOX, STEP_LIGHTS_OUT, STEP_WAKE, STEPS, NightTimes

# Steps that can send a reminder: every step before lights-out, never lights-out or later.
REMINDER_STEPS: Final = STEPS[: STEPS.index(STEP_LIGHTS_OUT)]
# What a skipped night leaves out: the detox and lights-out. Reminders still come, and wake
# still sends the morning check-in.
SKIPPED_STEPS: Final = (STEP_DIGITAL_DETOX, STEP_LIGHTS_OUT)


@dataclass(frozen=True, slots=True)
class PlannedStep:
    """One step of one night, from when it begins to when the next begins (UTC)."""

    night: date
    step: str
    start: datetime
    end: datetime

    def overlaps(self, start: datetime, end: datetime) -> bool:
        """Return True if the step is in ``[start, end)``; a moment counts when it falls inside."""
        return self.start < end and (self.end > start or self.start >= start)


def planned_steps(times: NightTimes) -> list[PlannedStep]:
    """Return the night's steps in order, each ending when the next begins."""
    starts = [times.steps[step] for step in STEPS]
    ends = [*starts[1:], times.wake]
    return [
        PlannedStep(times.night, step, start, end)
        for step, start, end in zip(STEPS, starts, ends, strict=True)
    ]


def plan_between(nights: Iterable[NightTimes], start: datetime, end: datetime) -> list[PlannedStep]:
    """Return the steps of the nights (by their times) in ``[start, end)``, earliest first."""
    return [
        planned
        for times in nights
        for planned in planned_steps(times)
        if planned.overlaps(start, end)
    ]


def dates_between(first: date, last: date) -> list[date]:
    """Return every night from ``first`` to ``last``, both included."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def step_at(now: datetime, tonight: NightTimes, *, detox_running: bool = False) -> str:
    """Return the step in effect at ``now`` during the current night (wake until the first step).

    A detox started early by hand is the step in effect from then on.
    """
    reached = [step for step in STEPS if tonight.steps[step] <= now]
    step = reached[-1] if reached else STEP_WAKE
    early = step == STEP_WAKE or STEPS.index(step) < STEPS.index(STEP_DIGITAL_DETOX)
    return STEP_DIGITAL_DETOX if detox_running and early else step


def with_detox_started(
    plan: list[PlannedStep], night: date, started: datetime
) -> list[PlannedStep]:
    """Return ``plan`` with ``night``'s detox from ``started`` on; the steps before it are over."""
    before = STEPS[: STEPS.index(STEP_DIGITAL_DETOX)]
    shown: list[PlannedStep] = []
    for planned in plan:
        if planned.night == night and planned.step in before:
            continue
        if planned.night == night and planned.step == STEP_DIGITAL_DETOX:
            start = min(started, planned.start)
            shown.append(PlannedStep(night, planned.step, start, planned.end))
        else:
            shown.append(planned)
    return shown


def is_skipped(step: str, night_skipped: bool) -> bool:
    """Return True when ``step`` does not happen on a night that is (or is not) skipped."""
    return night_skipped and step in SKIPPED_STEPS


def in_progress_or_next(now: datetime, plan: Iterable[PlannedStep]) -> PlannedStep:
    """Return the step under way at ``now``, else the next one to begin (``plan`` must go on)."""
    return next(planned for planned in plan if planned.end > now or planned.start >= now)
