"""The shapes of the controllers' restart state in the night log, checked when it is loaded.

A part that is not in its shape (a damaged file, a hand edit) raises here, so the night log can
set it aside instead of a controller failing on it and keeping the bedroom from starting.
Pure: no Home Assistant import. Keys it does not know (a newer version's) are not checked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Final

from .climate_plan import NightClimate
from .detox_plan import Tonight

# What a check raises for a part that is not in its shape.
SHAPE_ERRORS: Final = (AttributeError, KeyError, TypeError, ValueError)


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not all(isinstance(key, str) for key in value):
        raise TypeError("an object is expected")
    return value


def _of(value: Any, kind: type, *, optional: bool = False) -> Any:
    # bool is an int: only a bool field takes True.
    if (value is None and optional) or (
        isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
    ):
        return value
    raise TypeError(f"{kind.__name__} expected")


def _iso_date(value: Any) -> date:
    return date.fromisoformat(_of(value, str))


def _detox(value: Any) -> None:
    data = _object(value)
    _of(data.get("enabled", True), bool)
    if "tonight" in data:
        Tonight.from_dict(_object(data["tonight"]))


def _climate(value: Any) -> None:
    NightClimate.from_dict(_object(value))


def _phone_check_in(value: Any) -> None:
    data = _object(value)
    _of(data["nonce"], str)
    _iso_date(data["night"])
    _of(data.get("step"), str, optional=True)
    for nonce, night in _object(data.get("earlier", {})).items():
        _of(nonce, str)
        _iso_date(night)


def _reminders(value: Any) -> None:
    data = _object(value)
    _iso_date(data["night"])
    for step in _of(data.get("steps", []), list):
        _of(step, str)


def _red_flags(value: Any) -> None:
    for episode in _object(value).values():
        data = _object(episode)
        _iso_date(data["since"])
        _of(data["notify"], bool)
        _of(data.get("issue"), str, optional=True)


def _check_in_draft(value: Any) -> None:
    data = _object(value)
    _iso_date(data["night"])
    for answer in _object(data.get("answers", {})).values():
        _of(answer, str)


# Each controller's key in the night log's state, and the check of what it keeps there.
STATE_CHECKS: Final[dict[str, Callable[[Any], None]]] = {
    "detox": _detox,
    "climate": _climate,
    "phone_check_in": _phone_check_in,
    "reminders": _reminders,
    "red_flags": _red_flags,
    "check_in_draft": _check_in_draft,
}


def split_state(state: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the state's parts in their shape, and those that are not (to set aside)."""
    if not isinstance(state, dict):
        return {}, {"state": state}
    kept: dict[str, Any] = {}
    bad: dict[str, Any] = {}
    for key, value in state.items():
        check = STATE_CHECKS.get(key)
        try:
            if check is not None:
                check(value)
        except SHAPE_ERRORS:
            bad[key] = value
        else:
            kept[key] = value
    return kept, bad
