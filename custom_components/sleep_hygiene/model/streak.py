"""The check-in streak: how many nights in a row, ending at a night, have a check-in."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from .night import night_of
from .record_lookup import has_check_in

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .night import NightRecord

_ONE_DAY: Final = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class StreakMark:
    """A check-in streak known to be ``length`` nights long at ``night``, to count on from."""

    night: date
    length: int


def check_in_streak(
    records: Sequence[NightRecord], night: date, known: StreakMark | None = None
) -> int:
    """Return how many nights in a row, ending at ``night``, have a check-in.

    ``known`` is an earlier count to stop at, so a long streak is not walked again each night;
    it must still be true, i.e. no night up to ``known.night`` changed since it was counted.
    """
    index = bisect_right(records, night, key=night_of) - 1
    length = 0
    expected = night
    while index >= 0:
        if known is not None and expected == known.night:
            return length + known.length
        record = records[index]
        if record.night != expected or not has_check_in(record):
            break
        length += 1
        expected -= _ONE_DAY
        index -= 1
    return length
