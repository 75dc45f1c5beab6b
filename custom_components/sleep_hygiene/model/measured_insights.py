"""Trigger insights against the measured night: a factor with a longer time to fall asleep.

Pure Python (no Home Assistant import). Over the same nights as the symptom-burden comparison,
each factor's nights with it and without it are compared by the measured sleep latency,
efficiency and awakenings, where a source measured them, by the same rule as the burden
(``factor_comparison``): each measure is its own family of factors, compared at once, with its
own minimum difference, and the measures share the 5 % of chance between them (Bonferroni), so
that where nothing goes with the measured night, any measure says so in at most 5 % of windows.
Like every insight, this shows what goes with a night, never what causes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from .factor_comparison import ALPHA, Contrast, compare_factors
from .figures import rounded

if TYPE_CHECKING:
    from .night import NightRecord
    from .sleep_measures import SleepMeasures


@dataclass(frozen=True, slots=True)
class MeasureRule:
    """A measure compared: its key, its field, the least difference claimed, and which way is worse.

    The minimums are our choice, informed by Ohayon et al. 2017's ranges (the score's sources):
    from appropriate to inappropriate, 30 to 46 minutes to fall asleep for adults (61 from 65),
    85 to 74 % efficiency, 1 to 4 awakenings. A third to two thirds of each span is a change a
    person would feel. A difference below the minimum is not claimed however sure it is.
    """

    key: str
    field: str
    minimum: float
    higher_is_worse: bool


COMPARED: Final = (
    MeasureRule("sleep_latency", "latency_minutes", 10.0, higher_is_worse=True),
    MeasureRule("sleep_efficiency", "efficiency_percent", 5.0, higher_is_worse=False),
    MeasureRule("sleep_awakenings", "awakenings", 1.0, higher_is_worse=True),
)
type MeasuredNight = tuple[NightRecord, SleepMeasures | None]


@dataclass(frozen=True, slots=True)
class MeasureComparison:
    """One measure's nights with a factor and without it: means, difference, interval, verdict."""

    key: str
    contrast: Contrast
    # The interval's level: the measures share the 5 % of chance, so each is wider than 95 %.
    interval_level: float

    def as_dict(self) -> dict[str, Any]:
        """Return the comparison as attributes (the keys of ``Contrast.as_dict`` added)."""
        contrast = self.contrast
        return {
            "nights_with": contrast.nights_with,
            "nights_without": contrast.nights_without,
            "mean_with": rounded(contrast.mean_with),
            "mean_without": rounded(contrast.mean_without),
            **contrast.as_dict(rounded),
            "interval_level": round(self.interval_level, 4),
        }


def compare_measures(
    sides: Sequence[Sequence[bool | None]], nights: Sequence[MeasuredNight]
) -> list[tuple[MeasureComparison, ...]]:
    """Return, per factor, each measure's comparison; only measures some night has.

    ``sides`` holds, per factor, whether each of ``nights`` had it (None: the night says nothing).
    """
    found: list[list[MeasureComparison]] = [[] for _ in sides]
    columns = [
        (
            rule,
            [None if measures is None else getattr(measures, rule.field) for _, measures in nights],
        )
        for rule in COMPARED
    ]
    measured = [(rule, values) for rule, values in columns if any(v is not None for v in values)]
    # The measures share the 5 % between them, so that where nothing goes with the measured
    # night, any measure at all says so in at most 5 % of windows.
    alpha = ALPHA / max(1, len(measured))
    for rule, values in measured:
        contrasts = compare_factors(
            values, sides, rule.minimum, higher_is_worse=rule.higher_is_worse, alpha=alpha
        )
        for factor, contrast in zip(found, contrasts, strict=True):
            if contrast.nights_with or contrast.nights_without:
                factor.append(MeasureComparison(rule.key, contrast, 1 - alpha))
    return [tuple(factor) for factor in found]
