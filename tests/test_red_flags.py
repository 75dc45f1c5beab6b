"""Tests of the red-flag rules: each raised exactly at its threshold and cleared one below."""

from __future__ import annotations

from datetime import UTC, date, timedelta
import json
import random
from typing import TYPE_CHECKING, Any

import pytest

from custom_components.sleep_hygiene.model.night import CheckIn, NightRecord
from custom_components.sleep_hygiene.model.red_flags import (
    DOCTOR_SIGNS,
    FREQUENT_TWITCHES,
    PAIN_NUMBNESS_SWELLING,
    PERSIST_DESPITE_CHANGES,
    PERSISTENT_LEG_SENSATIONS,
    POORLY_RESTED,
    RULES,
    doctor_signs,
    find_red_flags,
    frequent_twitches,
    pain_numbness_swelling,
    persist_despite_changes,
    persistent_leg_sensations,
    poorly_rested,
    week_nights,
)
from custom_components.sleep_hygiene.model.score import score_window

if TYPE_CHECKING:
    from collections.abc import Iterable

AS_OF = date(2025, 12, 1)
BEST_SYMPTOMS = {
    "twitches": "none",
    "leg_sensations": "none",
    "awakenings": "none",
    "pain": "none",
    "rested": "well",
}
# Caffeine afternoon 5 + one drink 3 + calm evening 6 + 7 = 21 of 30: habits exactly 70.
HABITS_70 = {"caffeine": "afternoon", "alcohol": "one", "evening": "calm"}


def ago(nights: int) -> date:
    """Return the night ``nights`` before AS_OF."""
    return AS_OF - timedelta(days=nights)


def journal(nights: dict[int, dict[str, str]], **fields: Any) -> list[NightRecord]:
    """Return records sorted by night from {nights ago: answers}."""
    return [
        NightRecord(night=ago(back), check_in=CheckIn(answers=dict(answers)), **fields)
        for back, answers in sorted(nights.items(), reverse=True)
    ]


def weekly(
    answer: dict[str, str], counts: Iterable[int], filler: dict[str, str] | None = None
) -> dict[int, dict[str, str]]:
    """Return ``answer`` on counts[w] nights of week w (0 = latest) and filler on the others."""
    nights: dict[int, dict[str, str]] = {}
    for week, count in enumerate(counts):
        for day in range(7):
            if day < count:
                nights[week * 7 + day] = (filler or {}) | answer
            elif filler is not None:
                nights[week * 7 + day] = dict(filler)
    return nights


# --- Many twitches on >= 3 of the last 7 nights --------------------------------------------------


@pytest.mark.parametrize(("count", "active"), [(0, False), (2, False), (3, True), (7, True)])
def test_frequent_twitches_at_three_of_seven(count: int, active: bool) -> None:
    records = journal(weekly({"twitches": "many"}, [count], BEST_SYMPTOMS | {"twitches": "few"}))
    result = frequent_twitches(records, AS_OF)
    assert result.active is active
    assert result.evidence == {"nights": count, "window_nights": 7}


def test_frequent_twitches_window_is_by_calendar_night() -> None:
    many = {"twitches": "many"}
    assert frequent_twitches(journal({0: many, 3: many, 6: many}), AS_OF).active
    # The third night is 8 nights back: outside, though it is the third record from the end.
    assert not frequent_twitches(journal({0: many, 3: many, 7: many}), AS_OF).active
    assert frequent_twitches(journal({1: many, 3: many, 7: many}), ago(1)).active


# --- Pain, numbness or swelling reported for the latest night ------------------------------------


def test_pain_numbness_swelling_on_the_latest_night() -> None:
    pain = {"pain": "pain_numbness_swelling"}
    raised = pain_numbness_swelling(journal({0: pain, 3: pain}), AS_OF)
    assert raised.active
    assert raised.evidence == {"reported": 1, "nights_last_7": 2}
    # Next morning without it the issue clears, but the week still shows it for the doctor.
    cleared = pain_numbness_swelling(journal({1: pain, 0: {"pain": "cramps"}}), AS_OF)
    assert not cleared.active
    assert cleared.evidence == {"reported": 0, "nights_last_7": 1}
    assert not pain_numbness_swelling(journal({1: pain}), AS_OF).active
    assert not pain_numbness_swelling([], AS_OF).active


# --- Leg sensations on >= 2 nights a week for 2 weeks --------------------------------------------


@pytest.mark.parametrize(
    ("counts", "active"),
    [([2, 1], False), ([1, 2], False), ([2, 2], True), ([7, 3], True), ([0, 0], False)],
)
def test_persistent_leg_sensations_at_two_nights_in_each_of_two_weeks(
    counts: list[int], active: bool
) -> None:
    records = journal(weekly({"leg_sensations": "some"}, counts, BEST_SYMPTOMS))
    result = persistent_leg_sensations(records, AS_OF)
    assert result.active is active
    assert result.evidence == {"nights_week_1": counts[0], "nights_week_2": counts[1]}


def test_persistent_leg_sensations_by_calendar_week_and_severe_counts() -> None:
    severe = {"leg_sensations": "severe"}
    some = {"leg_sensations": "some"}
    assert persistent_leg_sensations(journal({0: severe, 1: some, 7: some, 8: some}), AS_OF).active
    # Night 6 belongs to this week, so last week has one night only.
    result = persistent_leg_sensations(journal({0: severe, 1: some, 6: some, 8: some}), AS_OF)
    assert not result.active
    assert result.evidence == {"nights_week_1": 3, "nights_week_2": 1}


# --- Rested "poorly" on >= 4 of 7 mornings for 2 weeks -------------------------------------------


@pytest.mark.parametrize(
    ("counts", "active"), [([4, 3], False), ([3, 4], False), ([4, 4], True), ([7, 7], True)]
)
def test_poorly_rested_at_four_of_seven_in_each_of_two_weeks(
    counts: list[int], active: bool
) -> None:
    records = journal(weekly({"rested": "poorly"}, counts, {"rested": "somewhat"}))
    result = poorly_rested(records, AS_OF)
    assert result.active is active
    assert result.evidence == {"nights_week_1": counts[0], "nights_week_2": counts[1]}


# --- Symptoms >= 3 nights a week for 4 weeks while habits and bedroom average >= 70 --------------


def persisting(counts: list[int], habits: dict[str, str] = HABITS_70) -> list[NightRecord]:
    """Return 4 weeks of nights with symptoms on counts[w] nights of week w, habits given."""
    return journal(weekly({"awakenings": "three_plus"}, counts, BEST_SYMPTOMS | habits))


@pytest.mark.parametrize(
    ("counts", "active"),
    [([3, 3, 3, 3], True), ([3, 3, 3, 2], False), ([2, 3, 3, 3], False), ([7, 7, 7, 7], True)],
)
def test_persist_despite_changes_at_three_nights_in_each_of_four_weeks(
    counts: list[int], active: bool
) -> None:
    result = persist_despite_changes(persisting(counts), AS_OF, UTC)
    assert result.active is active
    assert result.evidence == {
        "nights_week_1": counts[0],
        "nights_week_2": counts[1],
        "nights_week_3": counts[2],
        "nights_week_4": counts[3],
        "habits_average": 70.0,
        "bedroom_average": None,
        "hygiene_average": 70.0,
    }


def test_persist_despite_changes_needs_hygiene_at_least_70() -> None:
    records = persisting([3, 3, 3, 3])
    # One night with two drinks (habits 18/30 = 60): (27 x 70 + 60) / 28 = 69.64, just below.
    two_drinks = HABITS_70 | {"alcohol": "two_plus", "awakenings": "three_plus"}
    records[-1].check_in = CheckIn(answers=BEST_SYMPTOMS | two_drinks)
    result = persist_despite_changes(records, AS_OF, UTC)
    assert not result.active
    assert result.evidence["nights_week_1"] == 3
    assert result.evidence["habits_average"] == pytest.approx(69.6)


def test_persist_despite_changes_averages_habits_and_bedroom() -> None:
    # Habits: afternoon 5 + no alcohol 7 + stressed (6 + 0) = 18/30 = 60.
    # Bedroom: only temperature, 80 % in band = 8/10 = 80. Mean of the two = 70: at the threshold.
    habits_60 = {"caffeine": "afternoon", "alcohol": "none", "evening": "stressed"}
    nights = weekly({"awakenings": "three_plus"}, [3, 3, 3, 3], BEST_SYMPTOMS | habits_60)
    result = persist_despite_changes(journal(nights, temperature_in_band_share=0.8), AS_OF, UTC)
    assert result.active
    assert result.evidence["hygiene_average"] == 70.0
    below = persist_despite_changes(journal(nights, temperature_in_band_share=0.79), AS_OF, UTC)
    assert not below.active


@pytest.mark.parametrize(
    "symptom",
    [
        {"twitches": "many"},
        {"leg_sensations": "some"},
        {"leg_sensations": "severe"},
        {"awakenings": "three_plus"},
        {"rested": "poorly"},
        {"pain": "pain_numbness_swelling"},
    ],
)
def test_persist_despite_changes_counts_what_the_articles_worry_about(
    symptom: dict[str, str],
) -> None:
    nights = weekly(symptom, [3, 3, 3, 3], BEST_SYMPTOMS | HABITS_70)
    assert persist_despite_changes(journal(nights), AS_OF, UTC).active


def test_persist_despite_changes_leaves_ordinary_nights_alone() -> None:
    # A few twitches, waking once or twice, "somewhat" rested, a cramp: every night, 4 weeks.
    ordinary = {"twitches": "few", "awakenings": "one_two", "rested": "somewhat", "pain": "cramps"}
    nights = weekly(ordinary, [7, 7, 7, 7], BEST_SYMPTOMS | HABITS_70)
    result = persist_despite_changes(journal(nights), AS_OF, UTC)
    assert not result.active
    assert result.evidence["nights_week_1"] == 0
    # Habit answers alone (no symptom answered) are not symptom nights.
    assert not persist_despite_changes(journal(weekly(HABITS_70, [7, 7, 7, 7])), AS_OF, UTC).active


def test_persist_despite_changes_without_hygiene_data_is_not_raised() -> None:
    nights = weekly({"twitches": "many"}, [7, 7, 7, 7])
    result = persist_despite_changes(journal(nights), AS_OF, UTC)
    assert not result.active
    assert result.evidence["hygiene_average"] is None


def test_persist_despite_changes_uses_given_scores_like_its_own() -> None:
    records = persisting([3, 3, 3, 3])
    scores = score_window(records, AS_OF, 28, UTC)
    assert persist_despite_changes(records, AS_OF, UTC, scores) == persist_despite_changes(
        records, AS_OF, UTC
    )


# --- All rules together --------------------------------------------------------------------------


def test_every_rule_is_listed_with_the_active_ones() -> None:
    bad = {
        "twitches": "many",
        "leg_sensations": "severe",
        "rested": "poorly",
        "pain": "pain_numbness_swelling",
        "doctor_signs": "yes",
    }
    records = journal(weekly(bad, [7, 7, 7, 7], HABITS_70))
    flags = find_red_flags(records, AS_OF, UTC)
    assert [rule.key for rule in flags.rules] == list(RULES)
    assert flags.active == {
        FREQUENT_TWITCHES,
        PAIN_NUMBNESS_SWELLING,
        PERSISTENT_LEG_SENSATIONS,
        PERSIST_DESPITE_CHANGES,
        POORLY_RESTED,
        DOCTOR_SIGNS,
    }
    data = flags.as_dict()
    json.dumps(data)
    assert data["active"] == sorted(RULES)
    assert data["rules"][FREQUENT_TWITCHES] == {"active": True, "nights": 7, "window_nights": 7}
    assert flags.rule(POORLY_RESTED).evidence == {"nights_week_1": 7, "nights_week_2": 7}


def test_rules_clear_when_the_pattern_ends() -> None:
    bad = {"twitches": "many", "leg_sensations": "some", "rested": "poorly"}
    records = journal(weekly(bad, [7, 7], BEST_SYMPTOMS))
    assert find_red_flags(records, AS_OF, UTC).active == {
        FREQUENT_TWITCHES,
        PERSISTENT_LEG_SENSATIONS,
        POORLY_RESTED,
    }
    # A week later, with good nights logged since, nothing is active.
    later = AS_OF + timedelta(days=7)
    good = [
        NightRecord(night=AS_OF + timedelta(days=d), check_in=CheckIn(answers=BEST_SYMPTOMS))
        for d in range(1, 8)
    ]
    assert find_red_flags(records + good, later, UTC).active == frozenset()
    # Without any check-in at all it is quiet too: missing nights are not symptom nights.
    assert find_red_flags(records, later, UTC).active == frozenset()


def test_week_nights_are_seven_calendar_nights() -> None:
    records = journal(dict.fromkeys(range(0, 30, 2), BEST_SYMPTOMS))
    assert [r.night for r in week_nights(records, AS_OF, 0)] == [ago(6), ago(4), ago(2), ago(0)]
    assert [r.night for r in week_nights(records, AS_OF, 1)] == [ago(12), ago(10), ago(8)]


# --- The weekly question: something worth telling a doctor ---------------------------------------


def test_doctor_signs_while_a_yes_is_in_the_last_seven_nights() -> None:
    records = journal({6: BEST_SYMPTOMS | {"doctor_signs": "yes"}, 0: BEST_SYMPTOMS})
    result = doctor_signs(records, AS_OF)
    assert result.active
    assert result.evidence == {"nights": 1, "window_nights": 7}
    # A week on, the "yes" is out of the window; a "none" never raises it.
    assert not doctor_signs(records, AS_OF + timedelta(days=1)).active
    assert not doctor_signs(journal({0: {"doctor_signs": "none"}}), AS_OF).active


# --- An ordinary sleeper ---------------------------------------------------------------------


def ordinary_sleeper(weeks: int, seed: int) -> list[NightRecord]:
    """Return ``weeks`` of an ordinary sleeper with good habits and a cool bedroom.

    A few twitches on some nights, waking once or twice now and then, "somewhat" rested now
    and then, a rare cramp; the weekly question answered "none" on Sunday mornings.
    """
    rng = random.Random(seed)
    records = []
    for back in range(weeks * 7 - 1, -1, -1):
        night = ago(back)
        answers = {
            "twitches": "few" if rng.random() < 0.4 else "none",
            "leg_sensations": "none",
            "awakenings": "one_two" if rng.random() < 0.5 else "none",
            "pain": "cramps" if rng.random() < 0.05 else "none",
            "rested": "somewhat" if rng.random() < 0.4 else "well",
            "caffeine": "before_cutoff",
            "alcohol": "one" if rng.random() < 0.15 else "none",
            "evening": "calm",
        }
        if (night + timedelta(days=1)).weekday() == 6:
            answers["doctor_signs"] = "none"
        records.append(
            NightRecord(
                night=night,
                check_in=CheckIn(answers=answers),
                temperature_in_band_share=0.9,
            )
        )
    return records


@pytest.mark.parametrize("seed", range(5))
def test_an_ordinary_sleeper_gets_no_red_flag_in_twelve_weeks(seed: int) -> None:
    records = ordinary_sleeper(12, seed)
    for back in range(12 * 7):
        assert find_red_flags(records, ago(back), UTC).active == frozenset(), ago(back)
