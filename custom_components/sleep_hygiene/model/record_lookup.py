"""Finding a night's record and what it holds: a night, the nights between two dates, an answer.

``records`` is always a sequence of ``NightRecord`` sorted by night, one record per night;
the nights are found with bisect, so the cost does not grow with the length of the history.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, datetime
from typing import TYPE_CHECKING

from .measured_record import measures_of
from .night import night_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .night import NightRecord


def nights_between(
    records: Sequence[NightRecord], first: date, last: date
) -> Sequence[NightRecord]:
    """Return the records of the nights from ``first`` to ``last``, both included."""
    start = bisect_left(records, first, key=night_of)
    end = bisect_right(records, last, lo=start, key=night_of)
    return records[start:end]


def record_for(records: Sequence[NightRecord], night: date) -> NightRecord | None:
    """Return the record of ``night``, or None when there is none."""
    index = bisect_left(records, night, key=night_of)
    if index < len(records) and records[index].night == night:
        return records[index]
    return None


def answer(record: NightRecord, question: str) -> str | None:
    """Return the answer given to ``question`` for this night, or None."""
    return None if record.check_in is None else record.check_in.answers.get(question)


def has_check_in(record: NightRecord) -> bool:
    """Return True when at least one question was answered for this night."""
    return record.check_in is not None and any(
        value is not None for value in record.check_in.answers.values()
    )


def actual_lights_out(record: NightRecord) -> datetime | None:
    """Return when the room went dark, else when a bed sensor saw the person get into bed."""
    if record.lights_out_at is not None or record.sleep_sources is None:
        return record.lights_out_at
    measures = measures_of(record)
    return None if measures is None else measures.into_bed
