"""Diagnostics for a bedroom: settings, schedule and the night log's shape, never health data."""

from __future__ import annotations

from typing import Any

from homeassistant.components.diagnostics import REDACTED, async_redact_data
from homeassistant.core import HomeAssistant

from .house.experiment.control import ExperimentControl
from .model.experiment import CHANGE_BEDROOM_TARGET, CHANGE_EARLIER_DETOX
from .model.experiment_state import ExperimentRun
from .runtime_data import SleepHygieneConfigEntry

# Check-in answers, notes and their history are health data; symptom-derived values too, and
# the measured night (bed and sleep times).
TO_REDACT = {"check_in", "edits", "answers", "notes", "sleep_sources"}
# Of the controllers' restart state only where each stands is shown: the other fields can hold
# answers or name a symptom (a red flag's rule is its key, a question being asked is a field).
_STATE_FIELDS = frozenset({"enabled", "night", "phase", "entity_id"})
_STATE_PARTS = frozenset({"tonight"})
# An experiment on the bedroom's own settings is shown with its nights' parts (what the house did);
# which habit a person tries is health data, and so is every result.
_HOUSE_CHANGES = frozenset({CHANGE_BEDROOM_TARGET, CHANGE_EARLIER_DETOX})


def _where_it_stands(value: Any) -> Any:
    """Return the allowed fields of a piece of restart state, at any depth."""
    if not isinstance(value, dict):
        return None
    return {
        key: _where_it_stands(field) if key in _STATE_PARTS else field
        for key, field in value.items()
        if key in _STATE_FIELDS or key in _STATE_PARTS
    }


def _experiment(control: ExperimentControl, run: ExperimentRun) -> dict[str, Any]:
    """Return where an experiment stands, without the habit tried or any result."""
    experiment = run.experiment
    stored = experiment.as_dict()
    where = {
        "status": control.status_of(experiment),
        "nights": experiment.nights,
        "worked_out": run.result is not None,
    }
    if experiment.change in _HOUSE_CHANGES:
        return stored | where
    kept = {key: stored[key] for key in ("first_night", "stopped_at")}
    return {"change": REDACTED, **kept, **where}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: SleepHygieneConfigEntry
) -> dict[str, Any]:
    """Return what helps to debug a bedroom without anything the person answered."""
    data = entry.runtime_data
    records = data.log.records()
    times = data.clock.times()
    return {
        "entry": {"title": entry.title, "data": dict(entry.data), "options": dict(entry.options)},
        "tonight": {
            "night": times.night.isoformat(),
            "steps": {step: at.isoformat() for step, at in times.steps.items()},
            "climate_start": times.climate_start.isoformat(),
        },
        "night_log": {
            "nights": len(records),
            "nights_with_check_in": sum(record.check_in is not None for record in records),
            "latest": async_redact_data(records[-1].as_dict(), TO_REDACT) if records else None,
            "state": {
                key: _where_it_stands(value) for key, value in data.log.state_as_stored().items()
            },
        },
        "experiments": [_experiment(data.experiments, run) for run in data.experiments.runs],
    }
