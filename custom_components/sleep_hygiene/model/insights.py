"""Trigger insights: which habits or bedroom conditions go with a higher symptom burden.

Pure Python (no Home Assistant import). Over the last 28 nights with a check-in, each factor splits
the nights into those with it and those without it and compares their mean symptom burden. This
shows what goes with worse nights for this person; it never shows what causes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
import statistics
from typing import TYPE_CHECKING, Any, Final

from .measured_insights import MeasureComparison, MeasuredNight, compare_measures
from .measured_record import measures_of, screen_minutes_with_phones
from .score import (
    actual_lights_out,
    answer,
    has_check_in,
    mean,
    minutes_after_noon,
    nights_between,
    rounded,
    symptom_burden,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .night import NightRecord

INSIGHT_NIGHTS: Final = 28  # Brief: the last 28 nights with a check-in.
# Older check-ins say little about habits now, and the walk back stays short: 12 weeks at most.
INSIGHT_LOOKBACK_DAYS: Final = 84
MIN_NIGHTS_EACH_SIDE: Final = 3  # Brief: fewer nights on a side is not worth a comparison.
WARM_MARGIN_C: Final = 10 / 9  # Brief: above target + 2 °F, and 2 °F is 10/9 °C.
SCREENS_AFTER_DETOX_MINUTES: Final = 10.0  # Brief: screens or phones on > 10 min after the detox.
LATE_DETOX_MINUTES: Final = 30.0  # Brief: detox > 30 min late.
IRREGULAR_LIGHTS_OUT_MINUTES: Final = 45.0  # Brief: lights-out > 45 min off the median.

CAFFEINE_AFTER_CUTOFF: Final = "caffeine_after_cutoff"
ALCOHOL: Final = "alcohol"
LATE_EXERCISE: Final = "late_exercise"
STRESSED_EVENING: Final = "stressed_evening"
WARM_BEDROOM: Final = "warm_bedroom"
SCREENS_AFTER_DETOX: Final = "screens_after_detox"
LATE_DETOX: Final = "late_detox"
IRREGULAR_LIGHTS_OUT: Final = "irregular_lights_out"
# In this order: on a tie the earlier factor is named the likely trigger.
FACTORS: Final = (
    CAFFEINE_AFTER_CUTOFF,
    ALCOHOL,
    LATE_EXERCISE,
    STRESSED_EVENING,
    WARM_BEDROOM,
    SCREENS_AFTER_DETOX,
    LATE_DETOX,
    IRREGULAR_LIGHTS_OUT,
)

# Whether a night had the factor; None when the night says nothing about it.
type Presence = Callable[[NightRecord], bool | None]


@dataclass(frozen=True, slots=True)
class FactorInsight:
    """One factor's nights and mean symptom burden with it and without it."""

    key: str
    nights_with: int
    nights_without: int
    burden_with: float | None
    burden_without: float | None
    # The measured night (latency, efficiency, awakenings) with and without the factor.
    measured: tuple[MeasureComparison, ...] = ()

    @property
    def enough_data(self) -> bool:
        """Return True when both sides have enough nights to be compared."""
        return min(self.nights_with, self.nights_without) >= MIN_NIGHTS_EACH_SIDE

    @property
    def difference(self) -> float | None:
        """Return how much higher the burden is on nights with the factor, if comparable."""
        if not self.enough_data or self.burden_with is None or self.burden_without is None:
            return None
        return self.burden_with - self.burden_without

    def as_dict(self) -> dict[str, Any]:
        """Return the factor as sensor attributes."""
        return {
            "nights_with": self.nights_with,
            "nights_without": self.nights_without,
            "burden_with": rounded(self.burden_with),
            "burden_without": rounded(self.burden_without),
            "difference": rounded(self.difference),
            **({"measured": {m.key: m.as_dict() for m in self.measured}} if self.measured else {}),
        }


@dataclass(frozen=True, slots=True)
class Insights:
    """Every factor's comparison over the nights used, and the factor that goes with most burden."""

    as_of: date
    nights: int
    factors: tuple[FactorInsight, ...]

    @property
    def likely_trigger(self) -> str | None:
        """Return the factor with the largest positive difference, or None."""
        best_key: str | None = None
        best_difference = 0.0
        for factor in self.factors:
            difference = factor.difference
            if difference is not None and difference > best_difference:
                best_key, best_difference = factor.key, difference
        return best_key

    def factor(self, key: str) -> FactorInsight:
        """Return the insight of one factor."""
        return next(f for f in self.factors if f.key == key)

    def as_dict(self) -> dict[str, Any]:
        """Return the insights as sensor attributes."""
        return {
            "as_of": self.as_of.isoformat(),
            "nights": self.nights,
            "likely_trigger": self.likely_trigger,
            "factors": {f.key: f.as_dict() for f in self.factors},
        }


def _answered_in(question: str, values: frozenset[str]) -> Presence:
    def presence(record: NightRecord) -> bool | None:
        given = answer(record, question)
        return None if given is None else given in values

    return presence


def _warm_bedroom(record: NightRecord) -> bool | None:
    if record.temperature_mean_c is None or record.temperature_target_c is None:
        return None
    return record.temperature_mean_c > record.temperature_target_c + WARM_MARGIN_C


def _detox_ran(record: NightRecord) -> bool:
    return record.detox_started is not None and not record.skipped


def _screens_after_detox(record: NightRecord) -> bool | None:
    # Screen minutes are only counted inside a detox that ran.
    if not _detox_ran(record):
        return None
    return screen_minutes_with_phones(record) > SCREENS_AFTER_DETOX_MINUTES


def _late_detox(record: NightRecord) -> bool | None:
    if record.detox_planned is None or record.detox_started is None or record.skipped:
        return None
    late = (record.detox_started - record.detox_planned).total_seconds() / 60
    return late > LATE_DETOX_MINUTES


def _off_median(median: float | None, tz: tzinfo) -> Presence:
    def presence(record: NightRecord) -> bool | None:
        if median is None or (moment := actual_lights_out(record)) is None:
            return None
        return abs(minutes_after_noon(moment, tz) - median) > IRREGULAR_LIGHTS_OUT_MINUTES

    return presence


def _presences(median_lights_out: float | None, tz: tzinfo) -> dict[str, Presence]:
    return {
        CAFFEINE_AFTER_CUTOFF: _answered_in("caffeine", frozenset({"afternoon", "evening"})),
        ALCOHOL: _answered_in("alcohol", frozenset({"one", "two_plus"})),
        LATE_EXERCISE: _answered_in(
            "evening", frozenset({"hard_exercise", "stressed_hard_exercise"})
        ),
        STRESSED_EVENING: _answered_in(
            "evening", frozenset({"stressed", "stressed_hard_exercise"})
        ),
        WARM_BEDROOM: _warm_bedroom,
        SCREENS_AFTER_DETOX: _screens_after_detox,
        LATE_DETOX: _late_detox,
        IRREGULAR_LIGHTS_OUT: _off_median(median_lights_out, tz),
    }


def check_in_nights(records: Sequence[NightRecord], as_of: date) -> list[NightRecord]:
    """Return the last 28 nights with a check-in up to ``as_of`` (within 12 weeks), oldest first."""
    recent = nights_between(records, as_of - timedelta(days=INSIGHT_LOOKBACK_DAYS - 1), as_of)
    found: list[NightRecord] = []
    for record in reversed(recent):
        if has_check_in(record):
            found.append(record)
            if len(found) == INSIGHT_NIGHTS:
                break
    found.reverse()
    return found


def _compare(
    key: str,
    presence: Presence,
    burdens: Sequence[tuple[NightRecord, float]],
    measured: Sequence[MeasuredNight],
) -> FactorInsight:
    with_factor: list[float] = []
    without_factor: list[float] = []
    for record, burden in burdens:
        present = presence(record)
        if present is not None:
            (with_factor if present else without_factor).append(burden)
    return FactorInsight(
        key=key,
        nights_with=len(with_factor),
        nights_without=len(without_factor),
        burden_with=mean(with_factor),
        burden_without=mean(without_factor),
        measured=compare_measures(presence, measured),
    )


def find_insights(records: Sequence[NightRecord], as_of: date, tz: tzinfo) -> Insights:
    """Return the trigger insights over the last 28 nights with a check-in up to ``as_of``.

    ``tz`` is the bedroom's time zone: lights-out is compared on its clock.
    """
    nights = check_in_nights(records, as_of)
    burdens = [
        (record, burden) for record in nights if (burden := symptom_burden(record)) is not None
    ]
    lights_out = [
        minutes_after_noon(moment, tz)
        for record in nights
        if (moment := actual_lights_out(record)) is not None
    ]
    median = statistics.median(lights_out) if lights_out else None
    # Worked out once a night: every factor compares the same measures.
    measured = [(record, measures_of(record)) for record in nights if record.sleep_sources]
    factors = tuple(
        _compare(key, presence, burdens, measured)
        for key, presence in _presences(median, tz).items()
    )
    return Insights(as_of=as_of, nights=len(nights), factors=factors)
