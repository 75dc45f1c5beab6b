"""Reading a stored night log: every night and each restart state on its own.

One bad part spoils no other: a night ``NightRecord.from_dict`` refuses is salvaged field by
field (``model/night_salvage.py``), or set aside whole; a restart state not in shape is set
aside. What is set aside goes back to the store, which writes it beside the log and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final, TypedDict

from ...model.night import NightRecord, night_of
from ...model.night_salvage import salvage
from ...model.stored_state import SHAPE_ERRORS, split_state
from .night_json import unknown_parts

# Nights read in the event loop; a longer log is read in the executor (about 5 µs a night).
SHORT_LOG: Final = 20


class StoredData(TypedDict):
    """What is written to disk."""

    nights: dict[str, dict[str, Any]]
    state: dict[str, Any]


@dataclass(slots=True)
class Parsed:
    """A stored log, read: what is in shape, and what is set aside."""

    records: list[NightRecord]
    unknown: dict[date, dict[str, Any]]
    state: dict[str, Any]
    bad_nights: dict[str, Any]
    # The fields set aside from nights kept, by night and path (``night_salvage.py``).
    bad_fields: dict[str, dict[str, Any]]
    bad_state: dict[str, Any]


def is_short(data: StoredData) -> bool:
    """Return True for a log read at once: handing it to the executor costs more."""
    nights = data.get("nights")
    return isinstance(nights, dict) and len(nights) <= SHORT_LOG


def parse_log(data: StoredData) -> Parsed:
    """Read every night and each controller's state on its own: one bad part spoils no other."""
    stored = data["nights"]
    if not isinstance(stored, dict):
        raise TypeError("nights must be an object")
    records: list[NightRecord] = []
    unknown: dict[date, dict[str, Any]] = {}
    bad_nights: dict[str, Any] = {}
    bad_fields: dict[str, dict[str, Any]] = {}
    # Each night's stored dict is let go once read: ten years are never held twice over.
    while stored:
        key, raw = stored.popitem()
        try:
            record = NightRecord.from_dict(raw)
        except SHAPE_ERRORS:
            try:
                record, bad_fields[str(key)] = salvage(raw)
            except SHAPE_ERRORS:
                bad_nights[str(key)] = raw
                continue
        records.append(record)
        if parts := unknown_parts(raw):
            unknown[record.night] = parts
    records.sort(key=night_of)
    state, bad_state = split_state(data.get("state", {}))
    return Parsed(
        records=records,
        unknown=unknown,
        state=state,
        bad_nights=bad_nights,
        bad_fields=bad_fields,
        bad_state=bad_state,
    )
