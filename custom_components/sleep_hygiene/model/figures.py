"""The numbers a score is made of: rounding, means and the spread of lights-out."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
import math
import statistics
from typing import TYPE_CHECKING, Final

from .record_lookup import actual_lights_out, nights_between
from .score_weights import (
    REGULARITY_MIN_NIGHTS,
    REGULARITY_WINDOW_NIGHTS,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from .night import NightRecord

_MINUTES_PER_DAY: Final = 24 * 60
_NOON_MINUTES: Final = 12 * 60


def rounded(value: float | None) -> float | None:
    """Return ``value`` to one decimal, as every figure is shown and stored."""
    return None if value is None else round(value, 1)


def minutes_after_noon(moment: datetime, tz: tzinfo) -> float:
    """Return the wall-clock time in ``tz`` as minutes after noon: 23:50, 00:10 are 20 apart.

    Stored times are UTC; regularity is about the clock on the bedroom's wall, whatever its
    offset that night (a DST change included).
    """
    local = moment.astimezone(tz)
    of_day = local.hour * 60 + local.minute + local.second / 60 + local.microsecond / 60e6
    return (of_day - _NOON_MINUTES) % _MINUTES_PER_DAY


def lights_out_sd(records: Sequence[NightRecord], night: date, tz: tzinfo) -> float | None:
    """Return the SD (minutes) of lights-out in ``tz`` over the 14 nights to ``night``, if >= 3."""
    first = night - timedelta(days=REGULARITY_WINDOW_NIGHTS - 1)
    times = [
        minutes_after_noon(moment, tz)
        for record in nights_between(records, first, night)
        if (moment := actual_lights_out(record)) is not None
    ]
    if len(times) < REGULARITY_MIN_NIGHTS:
        return None
    # The spread of these very nights, not an estimate for a population: population SD.
    # Float arithmetic: statistics.pstdev's exact fractions cost half of a summary's time.
    average = math.fsum(times) / len(times)
    return math.sqrt(math.fsum((t - average) ** 2 for t in times) / len(times))


def mean(values: Iterable[float | None]) -> float | None:
    """Return the mean of the values that are not None, or None when there are none."""
    present = [value for value in values if value is not None]
    return statistics.fmean(present) if present else None
