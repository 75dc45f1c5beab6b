"""The sleep-hygiene score of a night: its components, sub-scores, symptom burden, averages, streak.

Pure Python (no Home Assistant import). ``records`` is always a sequence of ``NightRecord``
sorted by night, one record per night. Every function finds the few nights it needs with bisect,
so the cost of a summary does not grow with the length of the history.

A component with no data (an unanswered question, no sensor, no detox that night) drops out: the
score is the weighted mean of the components that have data, rescaled to 0-100.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
import math
import statistics
from typing import TYPE_CHECKING, Any, Final

from ..const import AGE_BAND_ADULT
from .measured_record import measures_of, screen_minutes_with_phones
from .measured_score import measured_parts
from .night import night_of
from .points import falling
from .score_weights import (
    ANSWER_RULES,
    DETOX_POINTS,
    DETOX_ZERO_LATE_MINUTES,
    GROUP_BEDROOM,
    GROUP_HABITS,
    GROUP_MEASURED,
    GROUP_SYMPTOMS,
    LIGHT_DOMAIN_PREFIX,
    LIGHTS_POINTS,
    LUX_ASLEEP_MAX,
    LUX_WIND_DOWN_MAX,
    REGULARITY_FULL_SD_MINUTES,
    REGULARITY_MIN_NIGHTS,
    REGULARITY_POINTS,
    REGULARITY_WINDOW_NIGHTS,
    REGULARITY_ZERO_SD_MINUTES,
    SCREENS_POINTS,
    SCREENS_ZERO_MINUTES,
    SOURCE_ARTICLES,
    SOURCE_BROWN_2022,
    SOURCE_SLEEP_AS_ANDROID,
    TEMPERATURE_POINTS,
    AnswerRule,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from .night import NightRecord

_MINUTES_PER_DAY: Final = 24 * 60
_NOON_MINUTES: Final = 12 * 60
_ONE_DAY: Final = timedelta(days=1)
_HYGIENE_GROUPS: Final = (GROUP_BEDROOM, GROUP_HABITS)
_SYMPTOM_RULES: Final = tuple(rule for rule in ANSWER_RULES if rule.group == GROUP_SYMPTOMS)


@dataclass(frozen=True, slots=True)
class Component:
    """One scored item of a night; ``points`` is None when there is no data for it."""

    key: str
    group: str
    points: float | None
    max_points: float
    source: str

    def as_dict(self) -> dict[str, Any]:
        """Return the component as sensor attributes."""
        return {
            "key": self.key,
            "group": self.group,
            "points": None if self.points is None else round(self.points, 2),
            "max_points": self.max_points,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class NightScore:
    """The components of one night and the scores made from them."""

    night: date
    components: tuple[Component, ...]

    @property
    def score(self) -> float | None:
        """Return the 0-100 score over every component with data, or None without any."""
        return _percent(self.components)

    @property
    def bedroom(self) -> float | None:
        """Return the bedroom & wind-down sub-score (0-100)."""
        return self.sub_score(GROUP_BEDROOM)

    @property
    def habits(self) -> float | None:
        """Return the habits sub-score (0-100)."""
        return self.sub_score(GROUP_HABITS)

    @property
    def symptoms(self) -> float | None:
        """Return the symptoms & rest sub-score (0-100, higher is better)."""
        return self.sub_score(GROUP_SYMPTOMS)

    @property
    def hygiene(self) -> float | None:
        """Return habits & bedroom together (0-100): what the person and the house did.

        The morning's thanks shows it beside the symptom burden, never mixed with it.
        """
        return _percent(c for c in self.components if c.group in _HYGIENE_GROUPS)

    @property
    def burden(self) -> float | None:
        """Return the symptom burden (0-100, lower is better), or None with no symptom answer."""
        points, available = _totals(c for c in self.components if c.group == GROUP_SYMPTOMS)
        return None if available == 0 else 100.0 * (1.0 - points / available)

    def sub_score(self, group: str) -> float | None:
        """Return one group's 0-100 sub-score, or None when none of its components has data."""
        return _percent(c for c in self.components if c.group == group)

    def component(self, key: str) -> Component:
        """Return the component with this key."""
        return next(c for c in self.components if c.key == key)

    def as_dict(self) -> dict[str, Any]:
        """Return the night's score and breakdown as sensor attributes."""
        return {
            "night": self.night.isoformat(),
            "score": rounded(self.score),
            GROUP_BEDROOM: rounded(self.bedroom),
            GROUP_HABITS: rounded(self.habits),
            GROUP_SYMPTOMS: rounded(self.symptoms),
            "habits_and_bedroom": rounded(self.hygiene),
            "symptom_burden": rounded(self.burden),
            "components": {c.key: c.as_dict() for c in self.components},
        }


@dataclass(frozen=True, slots=True)
class StreakMark:
    """A check-in streak known to be ``length`` nights long at ``night``, to count on from."""

    night: date
    length: int


def rounded(value: float | None) -> float | None:
    """Return ``value`` to one decimal, as every figure is shown and stored."""
    return None if value is None else round(value, 1)


def _totals(components: Iterable[Component]) -> tuple[float, float]:
    points = available = 0.0
    for component in components:
        if component.points is not None:
            points += component.points
            available += component.max_points
    return points, available


def _percent(components: Iterable[Component]) -> float | None:
    points, available = _totals(components)
    return None if available == 0 else 100.0 * points / available


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


def actual_lights_out(record: NightRecord) -> datetime | None:
    """Return when the room went dark, else when a bed sensor saw the person get into bed."""
    if record.lights_out_at is not None or record.sleep_sources is None:
        return record.lights_out_at
    measures = measures_of(record)
    return None if measures is None else measures.into_bed


def regularity_points(sd_minutes: float | None) -> float | None:
    """Return the regularity points for a lights-out SD, or None without one."""
    if sd_minutes is None:
        return None
    return falling(
        sd_minutes, REGULARITY_FULL_SD_MINUTES, REGULARITY_ZERO_SD_MINUTES, REGULARITY_POINTS
    )


def _has(devices: bool | None) -> bool:
    """Return whether the bedroom had the devices; a night from before they were noted had."""
    return devices is not False


def detox_points(record: NightRecord) -> float | None:
    """Return the detox-on-time points; None with nothing to detox, none planned or none run."""
    if record.detox_planned is None or not (_has(record.has_lights) or _has(record.has_screens)):
        return None
    if record.skipped:
        return 0.0
    if record.detox_started is None:
        # The house did not run (or the night is not over): nothing measured, nothing to blame.
        return None
    late = (record.detox_started - record.detox_planned).total_seconds() / 60
    return falling(late, 0.0, DETOX_ZERO_LATE_MINUTES, DETOX_POINTS)


def screens_points(record: NightRecord) -> float | None:
    """Return the screens-off points; 0 when the detox was skipped, None when it did not run.

    None too in a bedroom without screens or a phone whose screen is followed: nothing to count.
    """
    if not _has(record.has_screens) and record.phone_screen_minutes is None:
        return None
    if record.skipped:
        return 0.0
    if record.detox_started is None:
        return None
    return falling(screen_minutes_with_phones(record), 0.0, SCREENS_ZERO_MINUTES, SCREENS_POINTS)


def lights_points(record: NightRecord) -> float | None:
    """Return the lights points, from illuminance when measured, else from the detox.

    None without either: a bedroom without lights or a light sensor has nothing to go on.
    """
    checks = [
        lux <= limit
        for lux, limit in (
            (record.lux_wind_down_max, LUX_WIND_DOWN_MAX),
            (record.lux_asleep_max, LUX_ASLEEP_MAX),
        )
        if lux is not None
    ]
    if checks:
        # Each measured limit is an equal share; one met of two gives half the points.
        return LIGHTS_POINTS * sum(checks) / len(checks)
    if not _has(record.has_lights):
        return None
    if record.skipped:
        return 0.0
    if record.detox_started is None:
        return None
    if any(entity.startswith(LIGHT_DOMAIN_PREFIX) for entity in record.overrides):
        return 0.0
    return LIGHTS_POINTS


def temperature_points(record: NightRecord) -> float | None:
    """Return the temperature points: 10 x the share of in-bed time within the band."""
    share = record.temperature_in_band_share
    if share is None:
        return None
    return TEMPERATURE_POINTS * min(max(share, 0.0), 1.0)


def night_components(
    record: NightRecord, sd_minutes: float | None, age_band: str = AGE_BAND_ADULT
) -> tuple[Component, ...]:
    """Return every component of a night, given the lights-out SD of the 14 nights to it.

    ``age_band`` rates the measured night (const.AGE_BANDS).
    """
    measured = (
        ("detox_on_time", detox_points(record), DETOX_POINTS, SOURCE_BROWN_2022),
        ("screens_off", screens_points(record), SCREENS_POINTS, SOURCE_BROWN_2022),
        ("lights", lights_points(record), LIGHTS_POINTS, SOURCE_BROWN_2022),
        ("temperature", temperature_points(record), TEMPERATURE_POINTS, SOURCE_ARTICLES),
        ("regularity", regularity_points(sd_minutes), REGULARITY_POINTS, SOURCE_SLEEP_AS_ANDROID),
    )
    bedroom = tuple(
        Component(key, GROUP_BEDROOM, points, max_points, source)
        for key, points, max_points, source in measured
    )
    answered = _answered(record, ANSWER_RULES)
    slept = tuple(
        Component(part.key, GROUP_MEASURED, part.points, part.max_points, part.source)
        for part in measured_parts(measures_of(record), age_band)
    )
    return bedroom + answered + slept


def _answered(record: NightRecord, rules: Iterable[AnswerRule]) -> tuple[Component, ...]:
    return tuple(
        Component(
            rule.key,
            rule.group,
            _answer_points(rule, answer(record, rule.question)),
            rule.max_points,
            rule.source,
        )
        for rule in rules
    )


def _answer_points(rule: AnswerRule, given: str | None) -> float | None:
    # An unknown answer (say, from a newer version's store) counts as unanswered.
    return None if given is None else rule.points.get(given)


def score_record(
    record: NightRecord, sd_minutes: float | None, age_band: str = AGE_BAND_ADULT
) -> NightScore:
    """Return the score of one record, given the lights-out SD of the 14 nights to it."""
    return NightScore(record.night, night_components(record, sd_minutes, age_band))


def symptom_burden(record: NightRecord) -> float | None:
    """Return the night's symptom burden (0-100, lower is better), or None without symptoms."""
    # Only the symptom answers: the insights ask this of 28 nights at every check-in.
    return NightScore(record.night, _answered(record, _SYMPTOM_RULES)).burden


def score_night(
    records: Sequence[NightRecord], night: date, tz: tzinfo, age_band: str = AGE_BAND_ADULT
) -> NightScore | None:
    """Return the score of ``night`` (regularity on the clock of ``tz``), or None without one."""
    record = record_for(records, night)
    if record is None:
        return None
    return score_record(record, lights_out_sd(records, night, tz), age_band)


def score_window(
    records: Sequence[NightRecord],
    last: date,
    days: int,
    tz: tzinfo,
    age_band: str = AGE_BAND_ADULT,
) -> list[NightScore]:
    """Return the scores of the recorded nights among the ``days`` nights ending at ``last``.

    ``tz`` is the bedroom's time zone: the clock its regularity is measured on.
    """
    first = last - timedelta(days=days - 1)
    # The regularity of the first night looks 13 nights further back.
    span = nights_between(records, first - timedelta(days=REGULARITY_WINDOW_NIGHTS - 1), last)
    return [
        score_record(record, lights_out_sd(span, record.night, tz), age_band)
        for record in span
        if record.night >= first
    ]


def mean(values: Iterable[float | None]) -> float | None:
    """Return the mean of the values that are not None, or None when there are none."""
    present = [value for value in values if value is not None]
    return statistics.fmean(present) if present else None


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
