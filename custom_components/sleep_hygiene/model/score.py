"""The sleep-hygiene score of a night: its components, sub-scores and symptom burden.

Pure Python (no Home Assistant import). ``records`` is always a sequence of ``NightRecord``
sorted by night, one record per night (``record_lookup.py`` finds them with bisect, so the cost
of a summary does not grow with the length of the history). The numbers are in ``figures.py``,
each measured part's points in ``night_points.py``, the check-in streak in ``streak.py``.

A component with no data (an unanswered question, no sensor, no detox that night) drops out: the
score is the weighted mean of the components that have data, rescaled to 0-100.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Final

from ..const import AGE_BAND_ADULT
from .figures import lights_out_sd, rounded
from .measured_record import measures_of
from .measured_score import measured_parts
from .night_points import (
    detox_points,
    lights_points,
    regularity_points,
    screens_points,
    temperature_points,
)
from .record_lookup import answer, nights_between, record_for
from .score_weights import (
    ANSWER_RULES,
    DETOX_POINTS,
    GROUP_BEDROOM,
    GROUP_HABITS,
    GROUP_MEASURED,
    GROUP_SYMPTOMS,
    LIGHTS_POINTS,
    REGULARITY_POINTS,
    REGULARITY_WINDOW_NIGHTS,
    SCREENS_POINTS,
    SOURCE_ARTICLES,
    SOURCE_BROWN_2022,
    SOURCE_SLEEP_AS_ANDROID,
    TEMPERATURE_POINTS,
    AnswerRule,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from .night import NightRecord

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
