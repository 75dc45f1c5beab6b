"""What an experiment asks of one night, said where the person looks; and where it stands.

Pure Python (no Home Assistant import). A night's arm is known from the morning before (the
draw is stored), so the thanks, the panel, the card, the calendar and the reminders can say
"Today: no caffeine after 14:00" before the day's choices are made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final

from .experiment import (
    CHANGE_EARLIER_DETOX,
    CHANGE_NO_CAFFEINE,
    CHANGE_NO_LATE_EXERCISE,
    CHANGE_NO_SCREENS,
    Experiment,
)
from .schedule import STEP_CAFFEINE_CUTOFF, STEP_DIGITAL_DETOX, STEP_EXERCISE_CUTOFF, NightTimes

# The step whose time a change names ("no caffeine after 14:00"); the others name none.
STEP_NAMED: Final = {
    CHANGE_NO_CAFFEINE: STEP_CAFFEINE_CUTOFF,
    CHANGE_NO_LATE_EXERCISE: STEP_EXERCISE_CUTOFF,
    CHANGE_NO_SCREENS: STEP_DIGITAL_DETOX,
    CHANGE_EARLIER_DETOX: STEP_DIGITAL_DETOX,
}
# The first thing a night asks of the person: from then on it has begun, and a stop keeps it.
NIGHT_BEGINS: Final = STEP_CAFFEINE_CUTOFF

STATUS_PLANNED: Final = "planned"
STATUS_RUNNING: Final = "running"
STATUS_FINISHED: Final = "finished"


@dataclass(frozen=True, slots=True)
class ArmOfNight:
    """One night of an experiment: its arm, its place, and what it names.

    ``at`` is the time the change names that night (UTC; the detox's own on an earlier-detox
    night), ``target_c`` the bedroom's target that night (``bedroom_target`` only).
    """

    night: date
    change: str
    arm: str
    number: int
    nights: int
    at: datetime | None
    target_c: float | None

    def as_dict(self) -> dict[str, Any]:
        """Return the night's arm as JSON-ready data (docs/websocket.md)."""
        return {
            "night": self.night.isoformat(),
            "change": self.change,
            "arm": self.arm,
            "number": self.number,
            "nights": self.nights,
            "at": None if self.at is None else self.at.isoformat(),
            "target_c": self.target_c,
        }


def arm_of_night(experiment: Experiment | None, times: NightTimes) -> ArmOfNight | None:
    """Return what the experiment asks of the night ``times`` are of; None outside it."""
    if experiment is None or (arm := experiment.arm(times.night)) is None:
        return None
    step = STEP_NAMED.get(experiment.change)
    return ArmOfNight(
        night=times.night,
        change=experiment.change,
        arm=arm,
        number=(times.night - experiment.first_night).days + 1,
        nights=experiment.nights,
        at=None if step is None else times.steps[step],
        target_c=experiment.target_on(times.night),
    )


def stop_before(now: datetime, tonight: NightTimes) -> date:
    """Return the first night a stop made ``now`` leaves out: tonight unless it has begun."""
    begun = now >= tonight.steps[NIGHT_BEGINS]
    return tonight.night + timedelta(days=1) if begun else tonight.night


def status(experiment: Experiment, tonight: date, last_night: date) -> str:
    """Return where the experiment stands: not begun, running, or over (its last night slept)."""
    if experiment.finished(last_night):
        return STATUS_FINISHED
    return STATUS_PLANNED if tonight < experiment.first_night else STATUS_RUNNING
