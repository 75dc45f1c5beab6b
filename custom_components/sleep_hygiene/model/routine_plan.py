"""The evening routine as a plan of timed steps: what the calendar shows and the step sensor says.

Pure Python (no Home Assistant import). Each evening step lasts until the next one begins, lights
out lasts until wake, and wake is a moment (it ends the night).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from .schedule import STEP_LIGHTS_OUT, STEP_WAKE, STEPS, NightTimes

# Steps that can send a reminder: every step before lights-out, never lights-out or later.
REMINDER_STEPS: Final = STEPS[: STEPS.index(STEP_LIGHTS_OUT)]


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


def night_plan(times: NightTimes) -> list[PlannedStep]:
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
        planned for times in nights for planned in night_plan(times) if planned.overlaps(start, end)
    ]


def nights_between(first: date, last: date) -> list[date]:
    """Return every night from ``first`` to ``last``, both included."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def step_at(now: datetime, tonight: NightTimes) -> str:
    """Return the step in effect at ``now`` during the current night (wake until the first step)."""
    reached = [step for step in STEPS if tonight.steps[step] <= now]
    return reached[-1] if reached else STEP_WAKE


def in_progress_or_next(now: datetime, plan: Iterable[PlannedStep]) -> PlannedStep:
    """Return the step under way at ``now``, else the next one to begin (``plan`` must go on)."""
    return next(planned for planned in plan if planned.end > now or planned.start >= now)
