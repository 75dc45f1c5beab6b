"""A stored night with a few damaged fields: keep the fields in shape, set the others aside.

Pure Python (no Home Assistant import). Only a night ``NightRecord.from_dict`` refuses comes
here, so reading a log in shape costs the same. Each field is tried on its own; an answer and an
earlier version of the check-in are each a field of their own, so one bad answer keeps the others,
the note and the edit history.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Final

from .night import CheckIn, NightRecord
from .stored_state import SHAPE_ERRORS

_NIGHT_FIELDS: Final = frozenset(field.name for field in fields(NightRecord))
_CHECK_IN_FIELDS: Final = frozenset(field.name for field in fields(CheckIn))


def salvage(raw: Any) -> tuple[NightRecord, dict[str, Any]]:
    """Return the night read from its fields in shape, and the others by path, as stored.

    A path is a field's name (``screen_on_minutes``), ``check_in.<field>``,
    ``check_in.answers.<question>`` or ``edits.<index>``. Raise one of ``SHAPE_ERRORS`` when
    not even the night's date can be read: then the night is set aside whole.
    """
    night = raw["night"]
    NightRecord.from_dict({"night": night})
    kept: dict[str, Any] = {}
    aside: dict[str, Any] = {}
    for name, value in raw.items():
        if name == "check_in" and isinstance(value, dict):
            kept[name] = _check_in(night, value, aside)
        elif name == "edits" and isinstance(value, list):
            kept[name] = _edits(night, value, aside)
        elif name not in _NIGHT_FIELDS or _in_shape(night, {name: value}):
            # A field of a newer version is kept as it is (the log writes it back).
            kept[name] = value
        else:
            aside[name] = value
    return NightRecord.from_dict(kept), aside


def _in_shape(night: Any, stored: dict[str, Any]) -> bool:
    """Return True when a night holding only ``stored`` reads."""
    try:
        NightRecord.from_dict({"night": night, **stored})
    except SHAPE_ERRORS:
        return False
    return True


def _check_in(night: Any, stored: dict[str, Any], aside: dict[str, Any]) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for name, value in stored.items():
        if name == "answers" and isinstance(value, dict):
            kept[name] = {}
            for question, answer in value.items():
                if _in_shape(night, {"check_in": {"answers": {question: answer}}}):
                    kept[name][question] = answer
                else:
                    aside[f"check_in.answers.{question}"] = answer
        elif name not in _CHECK_IN_FIELDS or _in_shape(night, {"check_in": {name: value}}):
            kept[name] = value
        else:
            aside[f"check_in.{name}"] = value
    return kept


def _edits(night: Any, stored: list[Any], aside: dict[str, Any]) -> list[Any]:
    kept = []
    for index, edit in enumerate(stored):
        if _in_shape(night, {"edits": [edit]}):
            kept.append(edit)
        else:
            aside[f"edits.{index}"] = edit
    return kept
