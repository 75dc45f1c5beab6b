"""Diagnostics for a bedroom: settings, schedule and the night log's shape, never health data."""

from __future__ import annotations

from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant

from .models import SleepHygieneConfigEntry

# Check-in answers, notes and their history are health data; symptom-derived values too.
TO_REDACT = {"check_in", "edits", "answers", "notes"}


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
            "state": async_redact_data(data.log.state, TO_REDACT),
        },
    }
