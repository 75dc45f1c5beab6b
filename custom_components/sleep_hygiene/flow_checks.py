"""The checks of the routine form: what a person can fix, said with the values that explain it.

Each error names its field (or the collapsed section, or the whole form), and its message reads
the step's description placeholders, which carry the times, lengths and ranges it quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time, timedelta
from typing import Any, Final

from .const import (
    CONF_DETOX_BRIGHTNESS,
    CONF_LIGHTS_OUT,
    CONF_NIGHT_BRIGHTNESS,
    CONF_RED_FLAG_NOTIFY,
    CONF_REMINDERS,
    CONF_TARGET_TEMPERATURE,
    CONF_WAKE,
    DEFAULT_DETOX_BRIGHTNESS,
    DEFAULT_NIGHT_BRIGHTNESS,
)
from .flow_schemas import ADVANCED, target_range
from .model.clock_text import format_clock
from .model.night_length import LONGEST_NIGHT, SHORTEST_NIGHT, UnlikelyNight, unlikely_night

BASE: Final = "base"
_QUARTERS: Final = ("", "¼", "½", "¾")
_HOUR: Final = timedelta(hours=1)


@dataclass
class FormErrors:
    """Errors by field, and the placeholders their messages read."""

    errors: dict[str, str] = field(default_factory=dict)
    placeholders: dict[str, str] = field(default_factory=dict)


def routine_errors(
    values: dict[str, Any], unit: str, language: str, phones: list[str] | None = None
) -> FormErrors:
    """Return what is wrong with a routine (flat options); ``phones`` only in the options flow.

    Times are written as ``language`` writes them (12-hour in English).
    """
    found = FormErrors()
    lights_out = time.fromisoformat(values[CONF_LIGHTS_OUT])
    wake = time.fromisoformat(values[CONF_WAKE])
    if night := unlikely_night(lights_out, wake):
        _night_error(found, night, lights_out, wake, language)
    low, high = target_range(unit)
    if not low <= values[CONF_TARGET_TEMPERATURE] <= high:
        found.errors[CONF_TARGET_TEMPERATURE] = "target_out_of_range"
        found.placeholders |= {"min": f"{low:g}", "max": f"{high:g}", "unit": unit}
    # The ramp only ever dims: the night level cannot be above the detox level.
    detox = values.get(CONF_DETOX_BRIGHTNESS, DEFAULT_DETOX_BRIGHTNESS)
    if values.get(CONF_NIGHT_BRIGHTNESS, DEFAULT_NIGHT_BRIGHTNESS) > detox:
        found.errors[ADVANCED] = "night_above_detox"
    notifies = values.get(CONF_REMINDERS) or values.get(CONF_RED_FLAG_NOTIFY)
    if phones is not None and not phones and notifies:
        found.errors[BASE] = "notify_without_phone"
    return found


def _night_error(
    found: FormErrors, night: UnlikelyNight, lights_out: time, wake: time, language: str
) -> None:
    found.placeholders |= {
        "lights_out": format_clock(lights_out, language),
        "wake": format_clock(wake, language),
        "hours": _hours(night.length),
    }
    if night.slipped is None or night.suggestion is None:
        found.errors[CONF_WAKE] = "night_length"
        found.placeholders |= {
            "shortest": _hours(SHORTEST_NIGHT),
            "longest": _hours(LONGEST_NIGHT),
        }
        return
    found.errors[night.slipped] = f"night_{night.slipped}_slip"
    found.placeholders["suggestion"] = format_clock(night.suggestion, language)


def _hours(length: timedelta) -> str:
    """Return a length in hours to the nearest quarter, as "20" or "3½" in any language."""
    quarters = round(length / (_HOUR / 4))
    whole, part = divmod(quarters, 4)
    return f"{whole or ''}{_QUARTERS[part]}" if part else str(whole)
