"""What the panel, the card, the summary and the actions show of the experiment (docs/websocket.md).

A running experiment shows how far it is (nights so far, unanswered, kept to their arms), never
its difference: a result read half-way invites stopping at a lucky moment. Once it is over (or
stopped), its result is shown in full.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from homeassistant.util import dt as dt_util

from ..const import DETOX_LEAD_RANGE, TARGET_RANGE_C, TARGET_RANGE_F
from ..house.experiment.control import offered_changes
from ..model.experiment import (
    DEFAULT_NIGHTS,
    MAX_DAYS_AHEAD,
    MAX_NIGHTS,
    MIN_MINUTES_EARLIER,
    MIN_NIGHTS,
    MIN_TARGET_DIFFERENCE_C,
    Experiment,
    earliest_first_night,
    kept_to_arm,
)
from ..model.experiment_day import STATUS_FINISHED
from ..model.experiment_state import ExperimentRun
from ..model.figures import rounded
from ..model.score import symptom_burden
from ..model.temperature import CELSIUS, FAHRENHEIT, convert_temperature, convert_temperature_delta
from ..runtime_data import SleepHygieneConfigEntry

# What a running experiment's result shows: how far it is, not what it shows.
_PROGRESS = ("as_of", "nights_run", "unanswered", "pairs_dropped", "arms")


def _in_unit(entry: SleepHygieneConfigEntry, celsius: float | None) -> float | None:
    unit = entry.runtime_data.settings.temperature_unit
    return None if celsius is None else rounded(convert_temperature(celsius, CELSIUS, unit))


def shown_run(entry: SleepHygieneConfigEntry, run: ExperimentRun) -> dict[str, Any]:
    """Return one experiment: what it is, where it stands, and its result once it is over."""
    experiment = run.experiment
    status = entry.runtime_data.experiments.status_of(experiment)
    result = run.result
    if result is not None and status != STATUS_FINISHED:
        result = {key: result[key] for key in _PROGRESS}
    return {
        **experiment.as_dict(),
        "last_night": experiment.last_night.isoformat(),
        "status": status,
        "stopped_early": experiment.stopped_at is not None,
        "unit": entry.runtime_data.settings.temperature_unit,
        "target": _in_unit(entry, experiment.target_c),
        "usual_target": _in_unit(entry, experiment.usual_target_c),
        "result": result,
        # Each night so far with its arm: the chart of a finished one.
        "nights": _nights(entry, experiment) if status == STATUS_FINISHED else None,
    }


def _nights(entry: SleepHygieneConfigEntry, experiment: Experiment) -> list[dict[str, Any]]:
    log = entry.runtime_data.log
    shown = []
    for offset, arm in enumerate(experiment.arms[: (experiment.end - experiment.first_night).days]):
        night = experiment.first_night + timedelta(days=offset)
        record = log.get(night)
        shown.append(
            {
                "night": night.isoformat(),
                "arm": arm,
                "symptom_burden": None if record is None else rounded(symptom_burden(record)),
                "kept": None if record is None else kept_to_arm(experiment, record),
            }
        )
    return shown


def night_arm(entry: SleepHygieneConfigEntry, night: date) -> dict[str, Any] | None:
    """Return what the experiment asks of ``night``, with the target in the bedroom's unit."""
    data = entry.runtime_data
    arm = data.experiments.arm_of(data.clock.times_of(night))
    if arm is None:
        return None
    return {
        **arm.as_dict(),
        "target": _in_unit(entry, arm.target_c),
        "unit": data.settings.temperature_unit,
    }


def experiments(entry: SleepHygieneConfigEntry) -> dict[str, Any]:
    """Return the bedroom's experiments (latest first) and what a new one can be."""
    data = entry.runtime_data
    settings = data.settings
    unit = settings.temperature_unit
    runs = [shown_run(entry, run) for run in reversed(data.experiments.runs)]
    current = runs[0] if runs and runs[0]["status"] != STATUS_FINISHED else None
    usual_lead = int(settings.routine.detox_lead.total_seconds() // 60)
    now = dt_util.now()
    low, high = TARGET_RANGE_F if unit == FAHRENHEIT else TARGET_RANGE_C
    return {
        "current": current,
        "past": runs[1:] if current is not None else runs,
        "tonight": night_arm(entry, data.clock.times().night),
        "choices": {
            "changes": offered_changes(settings),
            "nights": {"min": MIN_NIGHTS, "max": MAX_NIGHTS, "default": DEFAULT_NIGHTS},
            "earliest_first_night": earliest_first_night(now, now.date()).isoformat(),
            "days_ahead": MAX_DAYS_AHEAD,
            "unit": unit,
            "usual_target": settings.target_temperature,
            "target_range": [low, high],
            "target_difference": rounded(
                convert_temperature_delta(MIN_TARGET_DIFFERENCE_C, CELSIUS, unit)
            ),
            "usual_detox_minutes": usual_lead,
            "minutes_earlier": [MIN_MINUTES_EARLIER, DETOX_LEAD_RANGE[1] - usual_lead],
        },
    }
