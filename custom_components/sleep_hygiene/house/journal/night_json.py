"""The night log's nights as JSON: written straight from the records, off the event loop.

The log holds no second, encoded copy of its nights: a save hands the Store the records, and
Home Assistant's JSON encoder, in the executor, takes ``StoredNights.json_fragment`` for them.
orjson writes each record as its dataclass fields, which is the dict ``NightRecord.as_dict``
returns (stored text for dates and times), all in one call. What a newer version stored beside a
night, and this one does not read, is written back as it was.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from functools import cached_property
from typing import Any, Final

import orjson

from ...model.night import CheckIn, NightRecord

_NIGHT_KEYS: Final = frozenset(field.name for field in fields(NightRecord))
_CHECK_IN_KEYS: Final = frozenset(field.name for field in fields(CheckIn))


class StoredNights:
    """The nights one save writes; the records are never changed after (a change copies one)."""

    def __init__(
        self, records: dict[date, NightRecord], unknown: dict[date, dict[str, Any]]
    ) -> None:
        """Keep the records to write, and what a newer version stored beside some of them."""
        self._records = records
        self._unknown = unknown

    # Made once: Home Assistant's encoder asks whether there is one, then takes it.
    @cached_property
    def json_fragment(self) -> orjson.Fragment:
        """Return the nights as JSON, by ISO date (Home Assistant's encoder takes this)."""
        unknown = self._unknown
        nights = {
            night.isoformat(): record if night not in unknown else _with(record, unknown[night])
            for night, record in self._records.items()
        }
        return orjson.Fragment(_dumps(nights))


def storable(record: NightRecord) -> bool:
    """Return True when ``record`` can be written as JSON (no lone surrogate, say)."""
    try:
        _dumps(record)
    except TypeError:  # orjson's JSONEncodeError is one
        return False
    return True


def unknown_parts(raw: dict[str, Any]) -> dict[str, Any]:
    """Return what a newer version stored with a night, beside what this one reads."""
    unknown = {}
    if not raw.keys() <= _NIGHT_KEYS:
        unknown = {key: value for key, value in raw.items() if key not in _NIGHT_KEYS}
    check_in = raw.get("check_in")
    if isinstance(check_in, dict) and not check_in.keys() <= _CHECK_IN_KEYS:
        unknown["check_in"] = {k: v for k, v in check_in.items() if k not in _CHECK_IN_KEYS}
    return unknown


def _with(record: NightRecord, unknown: dict[str, Any]) -> dict[str, Any]:
    """Return the night as stored, with what a newer version stored beside it."""
    stored = {key: value for key, value in unknown.items() if key != "check_in"}
    stored |= record.as_dict()
    if "check_in" in unknown and stored["check_in"] is not None:
        stored["check_in"] = unknown["check_in"] | stored["check_in"]
    return stored


def _dumps(value: Any) -> bytes:
    # Not indented: each save writes every night, and this halves what it writes.
    return orjson.dumps(value, default=_as_text)


def _as_text(value: Any) -> str:
    """Write a date or time orjson does not know (a subclass: a test's frozen clock's)."""
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")
