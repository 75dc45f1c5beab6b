"""Trigger insights against the measured night: a factor with a longer time to fall asleep.

Pure Python (no Home Assistant import). Over the same nights as the symptom-burden comparison,
each factor's nights with it and without it are compared by the measured sleep latency,
efficiency and awakenings, where a source measured them. Like every insight, this shows what goes
with a night, never what causes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from .score import mean, rounded

if TYPE_CHECKING:
    from .night import NightRecord
    from .sleep_measures import SleepMeasures

MIN_NIGHTS_EACH_SIDE: Final = 3  # As for the burden: fewer nights on a side say nothing.
# The measures compared, by the key shown and the measure's field.
COMPARED: Final = (
    ("sleep_latency", "latency_minutes"),
    ("sleep_efficiency", "efficiency_percent"),
    ("sleep_awakenings", "awakenings"),
)
type MeasuredNight = tuple[NightRecord, SleepMeasures | None]


@dataclass(frozen=True, slots=True)
class MeasureComparison:
    """One measure's mean on nights with a factor and without it."""

    key: str
    nights_with: int
    nights_without: int
    mean_with: float | None
    mean_without: float | None

    @property
    def difference(self) -> float | None:
        """Return how much higher the measure is with the factor, when both sides have enough."""
        enough = min(self.nights_with, self.nights_without) >= MIN_NIGHTS_EACH_SIDE
        if not enough or self.mean_with is None or self.mean_without is None:
            return None
        return self.mean_with - self.mean_without

    def as_dict(self) -> dict[str, Any]:
        """Return the comparison as attributes."""
        return {
            "nights_with": self.nights_with,
            "nights_without": self.nights_without,
            "mean_with": rounded(self.mean_with),
            "mean_without": rounded(self.mean_without),
            "difference": rounded(self.difference),
        }


def compare_measures(
    presence: Callable[[NightRecord], bool | None], nights: Sequence[MeasuredNight]
) -> tuple[MeasureComparison, ...]:
    """Return each measure's comparison for a factor; only measures some night has."""
    found: list[MeasureComparison] = []
    for key, name in COMPARED:
        with_factor: list[float] = []
        without_factor: list[float] = []
        for record, measures in nights:
            value = None if measures is None else getattr(measures, name)
            if value is None or (present := presence(record)) is None:
                continue
            (with_factor if present else without_factor).append(float(value))
        if with_factor or without_factor:
            found.append(
                MeasureComparison(
                    key,
                    len(with_factor),
                    len(without_factor),
                    mean(with_factor),
                    mean(without_factor),
                )
            )
    return tuple(found)
