"""The measured-sleep parts of a night's score: only what a source measured, with its source.

Pure Python (no Home Assistant import). A bedroom without a bed, phone-sleep or wearable source
has none of these parts; one with a source gains only the parts it covers. Each part is rated
for the bedroom's age band (Ohayon et al. 2017 rate adults and people 65 and over apart).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

from ..const import AGE_BAND_ADULT
from .points import falling, rising
from .score_weights import (
    AWAKENINGS_MEASURED_POINTS,
    EFFICIENCY_POINTS,
    LATENCY_POINTS,
    MEASURED_LIMITS,
    SOURCE_OHAYON_2017,
    WASO_POINTS,
)

if TYPE_CHECKING:
    from .sleep_measures import SleepMeasures


class MeasuredPart(NamedTuple):
    """One measured part: its key, points (None when not measured), maximum and source."""

    key: str
    points: float | None
    max_points: float
    source: str


# Each part: its key, the measure it rates and its points.
_PARTS: Final = (
    ("sleep_latency", "latency_minutes", LATENCY_POINTS),
    ("sleep_awakenings", "awakenings", AWAKENINGS_MEASURED_POINTS),
    ("wake_after_sleep_onset", "waso_minutes", WASO_POINTS),
    ("sleep_efficiency", "efficiency_percent", EFFICIENCY_POINTS),
)
MEASURED_KEYS: Final = tuple(key for key, _measure, _points in _PARTS)


def measured_parts(
    measures: SleepMeasures | None, age_band: str = AGE_BAND_ADULT
) -> tuple[MeasuredPart, ...]:
    """Return the measured parts of a night for an age band; empty when nothing was measured.

    A part no source covered is left out altogether: a bedroom without it never shows it.
    """
    if measures is None:
        return ()
    limits = MEASURED_LIMITS.get(age_band, MEASURED_LIMITS[AGE_BAND_ADULT])
    parts: list[MeasuredPart] = []
    for key, measure, points in _PARTS:
        value = getattr(measures, measure)
        if value is None:
            continue
        limit = limits[key]
        # Efficiency is better higher; the others are better lower.
        if limit.full > limit.zero:
            scored = rising(value, limit.zero, limit.full, points)
        else:
            scored = falling(value, limit.full, limit.zero, points)
        parts.append(MeasuredPart(key, scored, points, SOURCE_OHAYON_2017))
    return tuple(parts)
