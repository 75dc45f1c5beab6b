"""A personal experiment: one change, tried on nights drawn at random in balanced pairs.

Pure Python (no Home Assistant import). A person picks one change and a length (10-28 nights,
14 by default, even). Each two nights from the first are a pair: one night "with the change" and
one "as usual", in an order drawn at random when the experiment starts and stored with it, so a
bad week falls on both arms alike and cannot pose as an effect. The record (``as_dict``) is JSON
and holds all it needs (the usual target and detox lead at the start too), so it survives
restarts and later changes to the bedroom's settings.

- ``experiment_request.parse_experiment`` checks a request (service fields) and draws the arms.
- ``Experiment.arm(night)`` says which arm a night has; it is known from the start, so the
  morning before a night can show it (the caffeine change is decided in the afternoon).
- ``kept_to_arm(experiment, record)`` says whether a night kept to its arm, from the check-in's
  answers or the house's own records; None when the night does not say.
- ``stop_experiment`` ends one early; the nights up to then are analysed
  (``experiment_analysis``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

from .check_in import FieldError, InvalidFields
from .insights import ALCOHOL, CAFFEINE_AFTER_CUTOFF, LATE_EXERCISE, SCREENS_AFTER_DETOX, night_has
from .json_values import is_number

if TYPE_CHECKING:
    from random import Random

    from .night import NightRecord

CHANGE_NO_CAFFEINE: Final = "no_caffeine_after_cutoff"
CHANGE_NO_ALCOHOL: Final = "no_alcohol"
CHANGE_NO_LATE_EXERCISE: Final = "no_late_exercise"
CHANGE_NO_SCREENS: Final = "no_screens_after_detox"
CHANGE_BEDROOM_TARGET: Final = "bedroom_target"
CHANGE_EARLIER_DETOX: Final = "earlier_detox"
CHANGES: Final = (
    CHANGE_NO_CAFFEINE,
    CHANGE_NO_ALCOHOL,
    CHANGE_NO_LATE_EXERCISE,
    CHANGE_NO_SCREENS,
    CHANGE_BEDROOM_TARGET,
    CHANGE_EARLIER_DETOX,
)
# A habit change is kept on a night without the factor the insights compare for it.
HABIT_FACTORS: Final = {
    CHANGE_NO_CAFFEINE: CAFFEINE_AFTER_CUTOFF,
    CHANGE_NO_ALCOHOL: ALCOHOL,
    CHANGE_NO_LATE_EXERCISE: LATE_EXERCISE,
    CHANGE_NO_SCREENS: SCREENS_AFTER_DETOX,
}

ARM_CHANGE: Final = "change"
ARM_USUAL: Final = "usual"
ARMS: Final = (ARM_CHANGE, ARM_USUAL)

MIN_NIGHTS: Final = 10  # Five pairs: the fewest that give a 90 % interval at all.
MAX_NIGHTS: Final = 28  # The insights' window: four weeks.
DEFAULT_NIGHTS: Final = 14  # The articles: keep a journal for two weeks.
# Another target must be one a person feels and a thermostat holds apart: 1 °C (about 2 °F).
MIN_TARGET_DIFFERENCE_C: Final = 1.0
MIN_MINUTES_EARLIER: Final = 15  # Less is within a night's own drift.
MAX_DAYS_AHEAD: Final = 14  # A first night further ahead is a plan, not an experiment.

FIELD_CHANGE: Final = "change"
FIELD_NIGHTS: Final = "nights"
FIELD_FIRST_NIGHT: Final = "first_night"
FIELD_TARGET: Final = "target_temperature"  # in °C: the service converts the user's unit
FIELD_MINUTES: Final = "minutes_earlier"
FIELDS: Final = (FIELD_CHANGE, FIELD_NIGHTS, FIELD_FIRST_NIGHT, FIELD_TARGET, FIELD_MINUTES)

# Translation keys of the errors (``exceptions`` in strings.json).
ERROR_UNKNOWN_FIELD: Final = "experiment_unknown_field"
ERROR_CHANGE_INVALID: Final = "experiment_change_invalid"
ERROR_NIGHTS_INVALID: Final = "experiment_nights_invalid"
ERROR_NIGHTS_ODD: Final = "experiment_nights_odd"
ERROR_FIRST_NIGHT_INVALID: Final = "experiment_first_night_invalid"
ERROR_FIRST_NIGHT_TOO_EARLY: Final = "experiment_first_night_too_early"
ERROR_FIRST_NIGHT_TOO_LATE: Final = "experiment_first_night_too_late"
ERROR_TARGET_MISSING: Final = "experiment_target_missing"
ERROR_TARGET_INVALID: Final = "experiment_target_invalid"
ERROR_TARGET_TOO_CLOSE: Final = "experiment_target_too_close"
ERROR_MINUTES_MISSING: Final = "experiment_minutes_missing"
ERROR_MINUTES_INVALID: Final = "experiment_minutes_invalid"
ERROR_FIELD_NOT_FOR_CHANGE: Final = "experiment_field_not_for_change"
ERROR_ALREADY_RUNNING: Final = "experiment_already_running"
ERROR_NOT_RUNNING: Final = "experiment_not_running"

# The hour a day's arm must be shown by: a night can be the first only if it is known by then.
MORNING_ENDS_HOUR: Final = 12


class InvalidExperiment(InvalidFields):
    """Raised with every bad field of an experiment's request (or a stop with none running)."""


@dataclass(frozen=True, slots=True)
class Experiment:
    """One experiment: the change, its nights, each night's arm, and where it stopped.

    ``arms`` has one entry per planned night from ``first_night`` (``ARM_CHANGE`` or
    ``ARM_USUAL``), one of each in every two nights. ``target_c``/``usual_target_c`` are the
    bedroom's night-time targets on the two arms (``bedroom_target`` only), and
    ``minutes_earlier``/``usual_detox_minutes`` the detox's shift and its usual lead before
    lights-out (``earlier_detox`` only). ``stopped_at`` is the first night no longer in it, when
    it was stopped early.
    """

    change: str
    first_night: date
    arms: tuple[str, ...]
    target_c: float | None = None
    usual_target_c: float | None = None
    minutes_earlier: int | None = None
    usual_detox_minutes: int | None = None
    stopped_at: date | None = None

    @property
    def nights(self) -> int:
        """Return the planned length in nights."""
        return len(self.arms)

    @property
    def last_night(self) -> date:
        """Return the last night it runs (the night before ``stopped_at`` when stopped early)."""
        return self.end - timedelta(days=1)

    @property
    def end(self) -> date:
        """Return the first night after it."""
        planned = self.first_night + timedelta(days=self.nights)
        return planned if self.stopped_at is None else min(planned, self.stopped_at)

    def arm(self, night: date) -> str | None:
        """Return the night's arm, or None when the night is not in the experiment."""
        if not self.first_night <= night < self.end:
            return None
        return self.arms[(night - self.first_night).days]

    def running(self, night: date) -> bool:
        """Return True when ``night`` is in the experiment."""
        return self.arm(night) is not None

    def finished(self, last_night: date) -> bool:
        """Return True once its last night is over (``last_night``: the last night slept)."""
        return last_night >= self.last_night

    def target_on(self, night: date) -> float | None:
        """Return the bedroom's target for ``night`` (``bedroom_target``), else None."""
        if (arm := self.arm(night)) is None or self.change != CHANGE_BEDROOM_TARGET:
            return None
        return self.target_c if arm == ARM_CHANGE else self.usual_target_c

    def detox_minutes_on(self, night: date) -> int | None:
        """Return the detox's lead before lights-out on ``night`` (earlier_detox), else None."""
        if (arm := self.arm(night)) is None or self.usual_detox_minutes is None:
            return None
        shift = (self.minutes_earlier or 0) if arm == ARM_CHANGE else 0
        return self.usual_detox_minutes + shift

    def as_dict(self) -> dict[str, Any]:
        """Return the experiment as stored (JSON)."""
        return {
            "change": self.change,
            "first_night": self.first_night.isoformat(),
            "arms": list(self.arms),
            "target_c": self.target_c,
            "usual_target_c": self.usual_target_c,
            "minutes_earlier": self.minutes_earlier,
            "usual_detox_minutes": self.usual_detox_minutes,
            "stopped_at": None if self.stopped_at is None else self.stopped_at.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Experiment:
        """Read a stored experiment; raise ValueError or TypeError when it is not in shape."""
        arms = tuple(data["arms"])
        if data["change"] not in CHANGES:
            raise ValueError("unknown change")
        if not MIN_NIGHTS <= len(arms) <= MAX_NIGHTS:
            raise ValueError("not an experiment's length")
        pairs = [sorted(arms[i : i + 2]) for i in range(0, len(arms), 2)]
        if any(pair != sorted(ARMS) for pair in pairs):
            raise ValueError("arms are not in balanced pairs")
        stopped = data.get("stopped_at")
        return cls(
            change=data["change"],
            first_night=date.fromisoformat(data["first_night"]),
            arms=arms,
            target_c=_stored_number(data.get("target_c")),
            usual_target_c=_stored_number(data.get("usual_target_c")),
            minutes_earlier=_stored_int(data.get("minutes_earlier")),
            usual_detox_minutes=_stored_int(data.get("usual_detox_minutes")),
            stopped_at=None if stopped is None else date.fromisoformat(stopped),
        )


def _stored_number(value: Any) -> float | None:
    if value is None:
        return None
    if not is_number(value):
        raise TypeError("not a number")
    return float(value)


def _stored_int(value: Any) -> int | None:
    if value is None:
        return None
    if not is_number(value) or int(value) != value:
        raise TypeError("not a whole number")
    return int(value)


def draw_arms(nights: int, rng: Random) -> tuple[str, ...]:
    """Return ``nights`` arms in balanced pairs, each pair's order drawn at random."""
    arms: list[str] = []
    for _ in range(nights // 2):
        arms += (ARM_CHANGE, ARM_USUAL) if rng.random() < 0.5 else (ARM_USUAL, ARM_CHANGE)
    return tuple(arms)


def earliest_first_night(now: datetime, tonight: date) -> date:
    """Return the first night an experiment started ``now`` can begin with.

    Each day's arm must be known from the morning before its night (caffeine is decided in the
    afternoon): tonight when started before noon, else tomorrow night.
    """
    return tonight if now.hour < MORNING_ENDS_HOUR else tonight + timedelta(days=1)


def stop_experiment(experiment: Experiment | None, stopped_at: date) -> Experiment:
    """Return the experiment stopped before the night ``stopped_at``, or raise InvalidExperiment.

    Nights before ``stopped_at`` stay in it (a night already begun is kept); one not yet begun
    (``stopped_at`` before its first night) ends with no nights.
    """
    if experiment is None or stopped_at >= experiment.end:
        raise InvalidExperiment([FieldError(FIELD_CHANGE, ERROR_NOT_RUNNING, {})])
    return replace(experiment, stopped_at=max(stopped_at, experiment.first_night))


def kept_to_arm(experiment: Experiment, record: NightRecord) -> bool | None:
    """Return whether the night kept to its arm; None when the night does not say.

    - A habit change: a night "with the change" kept to it when the check-in says the habit
      was left out (no caffeine after the cut-off, no alcohol, no hard exercise in the evening)
      or the screens were on for at most 10 minutes after a detox that ran. A night "as usual"
      asks nothing of the person: it always keeps to its arm.
    - The bedroom's target: the house held the arm's target (the one recorded is nearer it than
      the other arm's), nobody changed the thermostat that night, and where the bedroom's
      temperature was measured, its mean was nearer the arm's target than the other's.
    - An earlier detox: the detox began nearer the arm's time than the other arm's (its lead
      before the planned lights-out); a skipped detox did not keep to either.
    """
    arm = experiment.arm(record.night)
    if arm is None:
        return None
    if (factor := HABIT_FACTORS.get(experiment.change)) is not None:
        if arm == ARM_USUAL:
            return True
        present = night_has(factor, record)
        return None if present is None else not present
    if experiment.change == CHANGE_BEDROOM_TARGET:
        return _kept_target(experiment, record, arm)
    return _kept_detox(experiment, record, arm)


def _nearer(value: float, wanted: float, other: float) -> bool:
    return abs(value - wanted) < abs(value - other)


def _kept_target(experiment: Experiment, record: NightRecord, arm: str) -> bool | None:
    if experiment.target_c is None or experiment.usual_target_c is None:
        return None
    wanted, other = (experiment.target_c, experiment.usual_target_c)
    if arm == ARM_USUAL:
        wanted, other = other, wanted
    if record.temperature_target_c is None:
        return None
    if record.climate_override or not _nearer(record.temperature_target_c, wanted, other):
        return False
    mean = record.temperature_mean_c
    return mean is None or _nearer(mean, wanted, other)


def _kept_detox(experiment: Experiment, record: NightRecord, arm: str) -> bool | None:
    if experiment.usual_detox_minutes is None or experiment.minutes_earlier is None:
        return None
    if record.skipped:
        return False
    if record.detox_started is None or record.lights_out_planned is None:
        return None
    lead = (record.lights_out_planned - record.detox_started).total_seconds() / 60
    usual = experiment.usual_detox_minutes
    earlier = usual + experiment.minutes_earlier
    return _nearer(lead, earlier, usual) if arm == ARM_CHANGE else _nearer(lead, usual, earlier)
