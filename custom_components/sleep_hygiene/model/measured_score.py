"""The measured-sleep parts of a night's score: only what a source measured, with its source.

Pure Python (no Home Assistant import). A bedroom without a bed, phone-sleep or wearable source
has none of these parts; one with a source gains only the parts it covers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

from .points import falling, rising
from .score_weights import (
    AWAKENINGS_GOOD,
    AWAKENINGS_MEASURED_POINTS,
    AWAKENINGS_POOR,
    EFFICIENCY_GOOD_PERCENT,
    EFFICIENCY_POINTS,
    EFFICIENCY_POOR_PERCENT,
    LATENCY_GOOD_MINUTES,
    LATENCY_POINTS,
    LATENCY_POOR_MINUTES,
    SOURCE_OHAYON_2017,
    WASO_GOOD_MINUTES,
    WASO_POINTS,
    WASO_POOR_MINUTES,
)

if TYPE_CHECKING:
    from .sleep_measures import SleepMeasures


class MeasuredPart(NamedTuple):
    """One measured part: its key, points (None when not measured), maximum and source."""

    key: str
    points: float | None
    max_points: float
    source: str


MEASURED_KEYS: Final = (
    "sleep_latency",
    "sleep_awakenings",
    "wake_after_sleep_onset",
    "sleep_efficiency",
)


def measured_parts(measures: SleepMeasures | None) -> tuple[MeasuredPart, ...]:
    """Return the measured parts of a night; empty when nothing was measured."""
    if measures is None:
        return ()
    latency, awakenings = measures.latency_minutes, measures.awakenings
    waso, efficiency = measures.waso_minutes, measures.efficiency_percent
    parts = (
        MeasuredPart(
            "sleep_latency",
            None
            if latency is None
            else falling(latency, LATENCY_GOOD_MINUTES, LATENCY_POOR_MINUTES, LATENCY_POINTS),
            LATENCY_POINTS,
            SOURCE_OHAYON_2017,
        ),
        MeasuredPart(
            "sleep_awakenings",
            None
            if awakenings is None
            else falling(awakenings, AWAKENINGS_GOOD, AWAKENINGS_POOR, AWAKENINGS_MEASURED_POINTS),
            AWAKENINGS_MEASURED_POINTS,
            SOURCE_OHAYON_2017,
        ),
        MeasuredPart(
            "wake_after_sleep_onset",
            None
            if waso is None
            else falling(waso, WASO_GOOD_MINUTES, WASO_POOR_MINUTES, WASO_POINTS),
            WASO_POINTS,
            SOURCE_OHAYON_2017,
        ),
        MeasuredPart(
            "sleep_efficiency",
            None
            if efficiency is None
            else rising(
                efficiency, EFFICIENCY_POOR_PERCENT, EFFICIENCY_GOOD_PERCENT, EFFICIENCY_POINTS
            ),
            EFFICIENCY_POINTS,
            SOURCE_OHAYON_2017,
        ),
    )
    # A part no source covered is left out altogether: a bedroom without it never shows it.
    return tuple(part for part in parts if part.points is not None)
