"""Red flags: patterns from the articles' "when to see a doctor" list, found in the journal.

Pure Python (no Home Assistant import). A rule being active means the journal matches a pattern
worth showing a doctor; it is never a diagnosis. Windows are calendar nights ending at the night
evaluated ("as of"); a night without a check-in is simply not a symptom night. The README names
the article passage behind each rule; the counts and windows are ours.

A symptom here is what the articles worry about, not an ordinary night: "many" twitches, leg
sensations, three or more awakenings, waking "poorly" rested, pain, numbness or swelling. A few
twitches, waking once or twice and "somewhat" rested are ordinary (the articles call occasional
jerks normal; one awakening is within good sleep quality, Ohayon et al. 2017).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Final

from .figures import mean, rounded
from .night import WEEKLY_QUESTION
from .record_lookup import answer, nights_between, record_for
from .score import score_window

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from .night import NightRecord
    from .score import NightScore

FREQUENT_TWITCHES: Final = "frequent_twitches"
PAIN_NUMBNESS_SWELLING: Final = "pain_numbness_swelling"
PERSISTENT_LEG_SENSATIONS: Final = "persistent_leg_sensations"
PERSIST_DESPITE_CHANGES: Final = "persist_despite_changes"
POORLY_RESTED: Final = "poorly_rested"
DOCTOR_SIGNS: Final = "doctor_signs"
RULES: Final = (
    FREQUENT_TWITCHES,
    PAIN_NUMBNESS_SWELLING,
    PERSISTENT_LEG_SENSATIONS,
    PERSIST_DESPITE_CHANGES,
    POORLY_RESTED,
    DOCTOR_SIGNS,
)
# The answers that are symptoms in the articles' sense; any other answer is an ordinary night.
WORRYING_ANSWERS: Final[dict[str, frozenset[str]]] = {
    "twitches": frozenset({"many"}),
    "leg_sensations": frozenset({"some", "severe"}),
    "awakenings": frozenset({"three_plus"}),
    "rested": frozenset({"poorly"}),
    "pain": frozenset({"pain_numbness_swelling"}),
}

WEEK_NIGHTS: Final = 7
TWITCH_NIGHTS: Final = 3  # Articles: twitching multiple times a night; brief: >= 3 of 7 nights.
LEG_NIGHTS_PER_WEEK: Final = 2  # Brief: leg sensations on >= 2 nights a week ...
LEG_WEEKS: Final = 2  # ... for 2 weeks running.
SYMPTOM_NIGHTS_PER_WEEK: Final = 3  # Articles: symptoms persisting beyond four weeks ...
SYMPTOM_WEEKS: Final = 4  # ... despite lifestyle changes; brief: >= 3 nights a week.
HYGIENE_MIN: Final = 70.0  # Brief: habits and bedroom average >= 70 means the changes were made.
POORLY_RESTED_PER_WEEK: Final = 4  # Brief: rested "poorly" on >= 4 of 7 mornings ...
POORLY_RESTED_WEEKS: Final = 2  # ... for 2 weeks.

type NightTest = Callable[[NightRecord], bool]
type Evidence = Mapping[str, int | float | None]


@dataclass(frozen=True, slots=True)
class RuleResult:
    """One rule: whether the pattern holds and the counts behind it."""

    key: str
    active: bool
    evidence: Evidence

    def as_dict(self) -> dict[str, Any]:
        """Return the rule as attributes (and Repairs placeholders)."""
        return {"active": self.active, **self.evidence}


@dataclass(frozen=True, slots=True)
class RedFlags:
    """Every rule evaluated at one night."""

    as_of: date
    rules: tuple[RuleResult, ...]

    @property
    def active(self) -> frozenset[str]:
        """Return the keys of the rules whose pattern holds."""
        return frozenset(rule.key for rule in self.rules if rule.active)

    def rule(self, key: str) -> RuleResult:
        """Return the result of one rule."""
        return next(rule for rule in self.rules if rule.key == key)

    def as_dict(self) -> dict[str, Any]:
        """Return the rules as attributes, active keys first."""
        return {
            "as_of": self.as_of.isoformat(),
            "active": sorted(self.active),
            "rules": {rule.key: rule.as_dict() for rule in self.rules},
        }


def _answered(question: str, *values: str) -> NightTest:
    def test(record: NightRecord) -> bool:
        return answer(record, question) in values

    return test


def worrying_symptom(record: NightRecord) -> bool:
    """Return True when the night's answers hold a symptom the articles worry about."""
    return any(answer(record, question) in given for question, given in WORRYING_ANSWERS.items())


def week_nights(
    records: Sequence[NightRecord], as_of: date, weeks_back: int
) -> Sequence[NightRecord]:
    """Return one 7-night week's records: 0 is the week ending at ``as_of``, 1 the one before."""
    last = as_of - timedelta(days=WEEK_NIGHTS * weeks_back)
    return nights_between(records, last - timedelta(days=WEEK_NIGHTS - 1), last)


def _weekly_counts(
    records: Sequence[NightRecord], as_of: date, weeks: int, test: NightTest
) -> list[int]:
    return [
        sum(1 for record in week_nights(records, as_of, back) if test(record))
        for back in range(weeks)
    ]


def _week_evidence(counts: Sequence[int]) -> dict[str, int | float | None]:
    # Week 1 is the latest, as the Repairs text reads "this week, the week before ...".
    return {f"nights_week_{number}": count for number, count in enumerate(counts, start=1)}


def _weekly_rule(key: str, counts: Sequence[int], per_week: int) -> RuleResult:
    return RuleResult(key, min(counts) >= per_week, _week_evidence(counts))


def frequent_twitches(records: Sequence[NightRecord], as_of: date) -> RuleResult:
    """Return whether many twitches were reported on >= 3 of the last 7 nights."""
    (count,) = _weekly_counts(records, as_of, 1, _answered("twitches", "many"))
    return RuleResult(
        FREQUENT_TWITCHES,
        count >= TWITCH_NIGHTS,
        {"nights": count, "window_nights": WEEK_NIGHTS},
    )


def pain_numbness_swelling(records: Sequence[NightRecord], as_of: date) -> RuleResult:
    """Return whether pain, numbness or swelling was reported for the night ``as_of``."""
    test = _answered("pain", "pain_numbness_swelling")
    latest = record_for(records, as_of)
    reported = latest is not None and test(latest)
    (count,) = _weekly_counts(records, as_of, 1, test)
    return RuleResult(
        PAIN_NUMBNESS_SWELLING,
        reported,
        {"reported": int(reported), "nights_last_7": count},
    )


def persistent_leg_sensations(records: Sequence[NightRecord], as_of: date) -> RuleResult:
    """Return whether leg sensations came on >= 2 nights in each of the last 2 weeks."""
    counts = _weekly_counts(
        records, as_of, LEG_WEEKS, _answered("leg_sensations", "some", "severe")
    )
    return _weekly_rule(PERSISTENT_LEG_SENSATIONS, counts, LEG_NIGHTS_PER_WEEK)


def poorly_rested(records: Sequence[NightRecord], as_of: date) -> RuleResult:
    """Return whether mornings were "poorly" rested on >= 4 of 7 in each of the last 2 weeks."""
    counts = _weekly_counts(records, as_of, POORLY_RESTED_WEEKS, _answered("rested", "poorly"))
    return _weekly_rule(POORLY_RESTED, counts, POORLY_RESTED_PER_WEEK)


def persist_despite_changes(
    records: Sequence[NightRecord],
    as_of: date,
    tz: tzinfo,
    scores: Sequence[NightScore] | None = None,
) -> RuleResult:
    """Return whether symptoms persist 3+ nights a week for 4 weeks while hygiene averages >= 70.

    ``tz`` is the bedroom's time zone (the clock of its regularity); ``scores`` may hold the
    nights already scored over the last 28 nights, to save scoring again.
    """
    counts = _weekly_counts(records, as_of, SYMPTOM_WEEKS, worrying_symptom)
    first = as_of - timedelta(days=SYMPTOM_WEEKS * WEEK_NIGHTS - 1)
    if scores is None:
        scores = score_window(records, as_of, SYMPTOM_WEEKS * WEEK_NIGHTS, tz)
    window = [night for night in scores if first <= night.night <= as_of]
    habits = mean(night.habits for night in window)
    bedroom = mean(night.bedroom for night in window)
    hygiene = mean((habits, bedroom))
    active = (
        min(counts) >= SYMPTOM_NIGHTS_PER_WEEK and hygiene is not None and hygiene >= HYGIENE_MIN
    )
    evidence = _week_evidence(counts) | {
        "habits_average": rounded(habits),
        "bedroom_average": rounded(bedroom),
        "hygiene_average": rounded(hygiene),
    }
    return RuleResult(PERSIST_DESPITE_CHANGES, active, evidence)


def doctor_signs(records: Sequence[NightRecord], as_of: date) -> RuleResult:
    """Return whether the weekly question was answered "yes" in the last 7 nights."""
    (count,) = _weekly_counts(records, as_of, 1, _answered(WEEKLY_QUESTION, "yes"))
    return RuleResult(DOCTOR_SIGNS, count > 0, {"nights": count, "window_nights": WEEK_NIGHTS})


def find_red_flags(
    records: Sequence[NightRecord],
    as_of: date,
    tz: tzinfo,
    scores: Sequence[NightScore] | None = None,
) -> RedFlags:
    """Return every rule evaluated at the night ``as_of`` in the bedroom's time zone ``tz``."""
    return RedFlags(
        as_of,
        (
            frequent_twitches(records, as_of),
            pain_numbness_swelling(records, as_of),
            persistent_leg_sensations(records, as_of),
            persist_despite_changes(records, as_of, tz, scores),
            poorly_rested(records, as_of),
            doctor_signs(records, as_of),
        ),
    )
