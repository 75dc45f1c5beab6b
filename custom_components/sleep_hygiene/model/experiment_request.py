"""A request for an experiment (service or panel fields), checked field by field.

Pure Python (no Home Assistant import). ``parse_experiment`` gives each bad field its own error
key (``FieldError``, as the check-in's) and makes nothing unless all are good; then it draws the
arms.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from random import Random
from typing import Any

from ..const import DETOX_LEAD_RANGE, TARGET_RANGE_C
from .check_in import FieldError, night_given
from .experiment import (
    CHANGE_BEDROOM_TARGET,
    CHANGE_EARLIER_DETOX,
    CHANGES,
    DEFAULT_NIGHTS,
    ERROR_ALREADY_RUNNING,
    ERROR_CHANGE_INVALID,
    ERROR_FIELD_NOT_FOR_CHANGE,
    ERROR_FIRST_NIGHT_INVALID,
    ERROR_FIRST_NIGHT_TOO_EARLY,
    ERROR_FIRST_NIGHT_TOO_LATE,
    ERROR_MINUTES_INVALID,
    ERROR_MINUTES_MISSING,
    ERROR_NIGHTS_INVALID,
    ERROR_NIGHTS_ODD,
    ERROR_TARGET_INVALID,
    ERROR_TARGET_MISSING,
    ERROR_TARGET_TOO_CLOSE,
    ERROR_UNKNOWN_FIELD,
    FIELD_CHANGE,
    FIELD_FIRST_NIGHT,
    FIELD_MINUTES,
    FIELD_NIGHTS,
    FIELD_TARGET,
    FIELDS,
    MAX_DAYS_AHEAD,
    MAX_NIGHTS,
    MIN_MINUTES_EARLIER,
    MIN_NIGHTS,
    MIN_TARGET_DIFFERENCE_C,
    Experiment,
    InvalidExperiment,
    draw_arms,
)
from .json_values import is_number


def parse_experiment(
    data: Mapping[str, Any],
    *,
    earliest: date,
    usual_target_c: float,
    usual_detox_minutes: int,
    current: Experiment | None,
    rng: Random,
) -> Experiment:
    """Return a new experiment from a request (service fields), or raise InvalidExperiment.

    ``earliest`` is the first night it can start (``earliest_first_night``); the bedroom's
    usual target (°C) and detox lead (minutes) are kept in it. ``current`` is the bedroom's
    experiment, if any: one runs at a time. The arms are drawn from ``rng``.
    """
    errors = [
        FieldError(name, ERROR_UNKNOWN_FIELD, {"field": name})
        for name in data
        if name not in FIELDS
    ]
    change = data.get(FIELD_CHANGE)
    if change not in CHANGES:
        placeholders = {"value": str(change), "options": ", ".join(CHANGES)}
        errors.append(FieldError(FIELD_CHANGE, ERROR_CHANGE_INVALID, placeholders))
    nights = _parse_nights(data.get(FIELD_NIGHTS, DEFAULT_NIGHTS), errors)
    first_night = _parse_first_night(data.get(FIELD_FIRST_NIGHT), earliest, errors)
    target = _parse_target(data, change, usual_target_c, errors)
    minutes = _parse_minutes(data, change, usual_detox_minutes, errors)
    if current is not None and current.end > earliest:
        placeholders = {"change": current.change, "last_night": current.last_night.isoformat()}
        errors.append(FieldError(FIELD_CHANGE, ERROR_ALREADY_RUNNING, placeholders))
    if errors or nights is None or first_night is None or not isinstance(change, str):
        raise InvalidExperiment(errors)
    return Experiment(
        change=change,
        first_night=first_night,
        arms=draw_arms(nights, rng),
        target_c=target,
        usual_target_c=usual_target_c if change == CHANGE_BEDROOM_TARGET else None,
        minutes_earlier=minutes,
        usual_detox_minutes=usual_detox_minutes if change == CHANGE_EARLIER_DETOX else None,
    )


def _whole_number(value: Any) -> int | None:
    if not is_number(value) or int(value) != value:
        return None
    return int(value)


def _parse_nights(value: Any, errors: list[FieldError]) -> int | None:
    nights = _whole_number(value)
    if nights is None or not MIN_NIGHTS <= nights <= MAX_NIGHTS:
        placeholders = {"value": str(value), "min": str(MIN_NIGHTS), "max": str(MAX_NIGHTS)}
        errors.append(FieldError(FIELD_NIGHTS, ERROR_NIGHTS_INVALID, placeholders))
        return None
    if nights % 2:
        errors.append(FieldError(FIELD_NIGHTS, ERROR_NIGHTS_ODD, {"value": str(nights)}))
        return None
    return nights


def _parse_first_night(value: Any, earliest: date, errors: list[FieldError]) -> date | None:
    if value is None:
        return earliest
    night = night_given(value)
    if night is None:
        errors.append(
            FieldError(FIELD_FIRST_NIGHT, ERROR_FIRST_NIGHT_INVALID, {"value": str(value)})
        )
    elif night < earliest:
        placeholders = {"night": night.isoformat(), "earliest": earliest.isoformat()}
        errors.append(FieldError(FIELD_FIRST_NIGHT, ERROR_FIRST_NIGHT_TOO_EARLY, placeholders))
    elif night > earliest + timedelta(days=MAX_DAYS_AHEAD):
        placeholders = {"night": night.isoformat(), "days": str(MAX_DAYS_AHEAD)}
        errors.append(FieldError(FIELD_FIRST_NIGHT, ERROR_FIRST_NIGHT_TOO_LATE, placeholders))
    else:
        return night
    return None


def _given_for(
    data: Mapping[str, Any],
    field: str,
    change: Any,
    needed_by: str,
    missing: str,
    errors: list[FieldError],
) -> Any:
    """Return a field only one change takes; note it missing there, or given for another."""
    value = data.get(field)
    if change != needed_by:
        if value is not None and change in CHANGES:
            placeholders = {"field": field, "change": str(change)}
            errors.append(FieldError(field, ERROR_FIELD_NOT_FOR_CHANGE, placeholders))
        return None
    if value is None:
        errors.append(FieldError(field, missing, {}))
    return value


def _parse_target(
    data: Mapping[str, Any], change: Any, usual_target_c: float, errors: list[FieldError]
) -> float | None:
    value = _given_for(
        data, FIELD_TARGET, change, CHANGE_BEDROOM_TARGET, ERROR_TARGET_MISSING, errors
    )
    if value is None:
        return None
    low, high = TARGET_RANGE_C
    if not is_number(value) or not low <= value <= high:
        placeholders = {"value": str(value), "min": str(low), "max": str(high)}
        errors.append(FieldError(FIELD_TARGET, ERROR_TARGET_INVALID, placeholders))
        return None
    if abs(value - usual_target_c) < MIN_TARGET_DIFFERENCE_C:
        placeholders = {
            "value": str(value),
            "usual": str(usual_target_c),
            "difference": str(MIN_TARGET_DIFFERENCE_C),
        }
        errors.append(FieldError(FIELD_TARGET, ERROR_TARGET_TOO_CLOSE, placeholders))
        return None
    return float(value)


def _parse_minutes(
    data: Mapping[str, Any], change: Any, usual_detox_minutes: int, errors: list[FieldError]
) -> int | None:
    value = _given_for(
        data, FIELD_MINUTES, change, CHANGE_EARLIER_DETOX, ERROR_MINUTES_MISSING, errors
    )
    if value is None:
        return None
    most = DETOX_LEAD_RANGE[1] - usual_detox_minutes  # the detox's lead stays within its range
    minutes = _whole_number(value)
    if minutes is None or not MIN_MINUTES_EARLIER <= minutes <= most:
        placeholders = {"value": str(value), "min": str(MIN_MINUTES_EARLIER), "max": str(most)}
        errors.append(FieldError(FIELD_MINUTES, ERROR_MINUTES_INVALID, placeholders))
        return None
    return minutes
