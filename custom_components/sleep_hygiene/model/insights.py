"""Trigger insights: which habits or bedroom conditions go with a higher symptom burden.

Pure Python (no Home Assistant import). Over the last 28 nights with a check-in, each factor splits
the nights into those with it and those without it and compares their mean symptom burden. A
factor goes with worse (or better) nights only when its difference is at least 10 points and a
permutation test across all eight factors at once says it would rarely arise by chance
(``factor_comparison``). This shows what goes with worse nights for this person; it never shows
what causes them.

Entry point: ``find_insights(records, as_of, tz) -> Insights``; ``insights_over`` compares the
nights of a chosen span instead (the summary for a doctor). ``Insights.likely_trigger`` is the
factor's key when one clearly goes with worse nights, else None; ``Insights.enough_data`` tells
"nothing is clear" from "nothing to compare yet".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
import statistics
from typing import TYPE_CHECKING, Any, Final

from .factor_comparison import INTERVAL_LEVEL, VERDICT_WORSE, Contrast, compare_factors
from .figures import minutes_after_noon, rounded
from .measured_insights import MeasureComparison, compare_measures
from .measured_record import measures_of, screen_minutes_with_phones, screens_watched
from .record_lookup import actual_lights_out, answer, has_check_in, nights_between
from .score import symptom_burden

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .night import NightRecord

INSIGHT_NIGHTS: Final = 28  # Brief: the last 28 nights with a check-in.
# Older check-ins say little about habits now, and the walk back stays short: 12 weeks at most.
INSIGHT_LOOKBACK_DAYS: Final = 84
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
# In this order: of two factors as clear and as large, the earlier is named.
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

# The least difference in symptom burden claimed (0-100 points). Our choice: one answer a step
# worse is 6.7 to 16.7 points (pain 2 of 30 points, twitches 5 of 30), so 10 is about one answer a
# step worse on every night with the factor. When a person's nights are much alike, a smaller
# difference can pass the test yet mean little to them.
MIN_BURDEN_DIFFERENCE: Final = 10.0

# Whether a night had the factor; None when the night says nothing about it.
type Presence = Callable[[NightRecord], bool | None]


@dataclass(frozen=True, slots=True)
class FactorInsight:
    """One factor's nights with it and without it, compared by symptom burden.

    ``contrast`` holds the comparison (``factor_comparison``): the mean burden on each side,
    the difference with a simultaneous 95 % interval, the adjusted p and the verdict
    (worse, better, no_clear_difference, too_few_nights).
    """

    key: str
    contrast: Contrast
    # The measured night (latency, efficiency, awakenings) with and without the factor.
    measured: tuple[MeasureComparison, ...] = ()

    @property
    def nights_with(self) -> int:
        """Return the nights with the factor and a symptom burden."""
        return self.contrast.nights_with

    @property
    def nights_without(self) -> int:
        """Return the nights without the factor and with a symptom burden."""
        return self.contrast.nights_without

    @property
    def burden_with(self) -> float | None:
        """Return the mean symptom burden on nights with the factor."""
        return self.contrast.mean_with

    @property
    def burden_without(self) -> float | None:
        """Return the mean symptom burden on nights without the factor."""
        return self.contrast.mean_without

    @property
    def enough_data(self) -> bool:
        """Return True when both sides have enough nights to be compared."""
        return self.contrast.enough_data

    @property
    def difference(self) -> float | None:
        """Return how much higher the burden is on nights with the factor, if comparable."""
        return self.contrast.difference

    @property
    def verdict(self) -> str:
        """Return worse, better, no_clear_difference or too_few_nights."""
        return self.contrast.verdict

    def as_dict(self) -> dict[str, Any]:
        """Return the factor as sensor attributes.

        Keys: ``nights_with``, ``nights_without``, ``burden_with``, ``burden_without``,
        ``difference``, ``difference_low``, ``difference_high``, ``adjusted_p``, ``verdict``,
        ``more_nights_with``, ``more_nights_without``, and ``measured`` (per measure, the same
        keys with ``mean_with``/``mean_without``) when a source measured nights.
        """
        return {
            "nights_with": self.nights_with,
            "nights_without": self.nights_without,
            "burden_with": rounded(self.burden_with),
            "burden_without": rounded(self.burden_without),
            **self.contrast.as_dict(rounded),
            **({"measured": {m.key: m.as_dict() for m in self.measured}} if self.measured else {}),
        }


@dataclass(frozen=True, slots=True)
class Insights:
    """Every factor's comparison over the nights used, and what clearly goes with worse nights."""

    as_of: date
    nights: int
    factors: tuple[FactorInsight, ...]

    @property
    def enough_data(self) -> bool:
        """Return True when at least one factor has enough nights on each side to be compared.

        Before that the sensor is unknown; after it, a factor's key or ``none``.
        """
        return any(factor.enough_data for factor in self.factors)

    @property
    def likely_trigger(self) -> str | None:
        """Return the key of the factor that clearly goes with worse nights, or None.

        Of several, the one least likely by chance (smallest adjusted p), then the larger
        difference, then the earlier in FACTORS.
        """
        worse = [f for f in self.factors if f.verdict == VERDICT_WORSE]
        if not worse:
            return None
        return min(worse, key=lambda f: (f.contrast.adjusted_p, -(f.difference or 0.0))).key

    def factor(self, key: str) -> FactorInsight:
        """Return the insight of one factor."""
        return next(f for f in self.factors if f.key == key)

    def as_dict(self) -> dict[str, Any]:
        """Return the insights as sensor attributes.

        ``enough_data`` tells the sensor's ``unknown`` (nothing to compare yet) from ``none``;
        ``minimum_difference`` and ``interval_level`` name the rule; ``factors`` is per factor
        (``FactorInsight.as_dict``).
        """
        return {
            "as_of": self.as_of.isoformat(),
            "nights": self.nights,
            "likely_trigger": self.likely_trigger,
            "enough_data": self.enough_data,
            "minimum_difference": MIN_BURDEN_DIFFERENCE,
            "interval_level": INTERVAL_LEVEL,
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
    # Screen minutes are only counted inside a detox that ran, and where screens were watched.
    if not _detox_ran(record) or not screens_watched(record):
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


# The factors a night shows by itself (the irregular lights-out needs the window's median).
_NIGHT_PRESENCES: Final[dict[str, Presence]] = {
    CAFFEINE_AFTER_CUTOFF: _answered_in("caffeine", frozenset({"afternoon", "evening"})),
    ALCOHOL: _answered_in("alcohol", frozenset({"one", "two_plus"})),
    LATE_EXERCISE: _answered_in("evening", frozenset({"hard_exercise", "stressed_hard_exercise"})),
    STRESSED_EVENING: _answered_in("evening", frozenset({"stressed", "stressed_hard_exercise"})),
    WARM_BEDROOM: _warm_bedroom,
    SCREENS_AFTER_DETOX: _screens_after_detox,
    LATE_DETOX: _late_detox,
}


def night_has(key: str, record: NightRecord) -> bool | None:
    """Return whether the night had the factor ``key``, None when it says nothing about it.

    Every factor but the irregular lights-out, which is only known against a window's median.
    """
    return _NIGHT_PRESENCES[key](record)


def _presences(median_lights_out: float | None, tz: tzinfo) -> dict[str, Presence]:
    return _NIGHT_PRESENCES | {IRREGULAR_LIGHTS_OUT: _off_median(median_lights_out, tz)}


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


def find_insights(records: Sequence[NightRecord], as_of: date, tz: tzinfo) -> Insights:
    """Return the trigger insights over the last 28 nights with a check-in up to ``as_of``.

    ``tz`` is the bedroom's time zone: lights-out is compared on its clock.
    """
    return insights_over(check_in_nights(records, as_of), as_of, tz)


def insights_over(nights: Sequence[NightRecord], as_of: date, tz: tzinfo) -> Insights:
    """Return the trigger insights over ``nights`` (a summary's span), each with a check-in.

    ``as_of`` is the last night of the span; ``tz`` as in ``find_insights``.
    """
    lights_out = [
        minutes_after_noon(moment, tz)
        for record in nights
        if (moment := actual_lights_out(record)) is not None
    ]
    median = statistics.median(lights_out) if lights_out else None
    presences = _presences(median, tz)
    # Worked out once a night: every factor, the burden and every measure read the same sides.
    sides = [tuple(presence(record) for record in nights) for presence in presences.values()]
    burdens = [symptom_burden(record) for record in nights]
    contrasts = compare_factors(burdens, sides, MIN_BURDEN_DIFFERENCE)
    measured = [
        (record, measures_of(record) if record.sleep_sources else None) for record in nights
    ]
    measures = (
        compare_measures(sides, measured)
        if any(measures is not None for _, measures in measured)
        else [()] * len(sides)
    )
    factors = tuple(
        FactorInsight(key, contrast, found)
        for key, contrast, found in zip(presences, contrasts, measures, strict=True)
    )
    return Insights(as_of=as_of, nights=len(nights), factors=factors)
