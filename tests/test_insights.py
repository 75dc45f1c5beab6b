"""Tests of the trigger insights: which factors go with a higher symptom burden."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
import json
from typing import Any

import pytest

from custom_components.sleep_hygiene.model.factor_comparison import (
    VERDICT_BETTER,
    VERDICT_NO_CLEAR_DIFFERENCE,
    VERDICT_TOO_FEW_NIGHTS,
    VERDICT_WORSE,
)
from custom_components.sleep_hygiene.model.insights import (
    ALCOHOL,
    CAFFEINE_AFTER_CUTOFF,
    FACTORS,
    INSIGHT_LOOKBACK_DAYS,
    IRREGULAR_LIGHTS_OUT,
    LATE_DETOX,
    LATE_EXERCISE,
    MIN_BURDEN_DIFFERENCE,
    SCREENS_AFTER_DETOX,
    STRESSED_EVENING,
    WARM_BEDROOM,
    WARM_MARGIN_C,
    check_in_nights,
    find_insights,
)
from custom_components.sleep_hygiene.model.night import CheckIn, NightRecord

TZ = timezone(timedelta(hours=1))
AS_OF = date(2025, 12, 1)
# With only the twitches question answered the burden is 0, 50 or 100.
BURDEN = {0: "none", 50: "few", 100: "many"}


def ago(nights: int) -> date:
    """Return the night ``nights`` before AS_OF."""
    return AS_OF - timedelta(days=nights)


def evening(night: date, hour: int, minute: int = 0) -> datetime:
    """Return a local time of the night: hours before noon are the next morning."""
    day = night if hour >= 12 else night + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def night_record(
    back: int, burden: int | None = 0, answers: dict[str, str] | None = None, **fields: Any
) -> NightRecord:
    """Return the night ``back`` nights ago with the given burden (via twitches) and answers."""
    given = dict(answers or {})
    if burden is not None:
        given["twitches"] = BURDEN[burden]
    return NightRecord(night=ago(back), check_in=CheckIn(answers=given), **fields)


def sorted_records(*records: NightRecord) -> list[NightRecord]:
    """Return records sorted by night, as the store keeps them."""
    return sorted(records, key=lambda record: record.night)


def sides(record: NightRecord) -> dict[str, str | None]:
    """Return, per factor, whether this one night counts 'with', 'without' or neither."""
    insights = find_insights([record], record.night, TZ)
    result: dict[str, str | None] = {}
    for factor in insights.factors:
        result[factor.key] = (
            "with" if factor.nights_with else "without" if factor.nights_without else None
        )
    return result


# --- A small journal worked out by hand ----------------------------------------------------------


def test_journal_with_a_known_answer() -> None:
    # Caffeine after cut-off: with 100, 50, 100, 100, 50, 0 = 66.67; without 0, 50, 0, 0, 0, 50,
    # 0, 0 = 12.5 -> +54.17. Alcohol: with 100, 0, 50, 100, 0, 50 = 50; without 25 -> +25.
    table = [
        (13, "evening", "one", 100),
        (12, "afternoon", "none", 50),
        (11, "evening", "none", 100),
        (10, "none", "one", 0),
        (9, "none", "one", 50),
        (8, "before_cutoff", "none", 0),
        (7, "none", "none", 0),
        (6, "afternoon", "one", 100),
        (5, "evening", "none", 50),
        (4, "none", "one", 0),
        (3, "afternoon", "none", 0),
        (2, "none", "one", 50),
        (1, "before_cutoff", "none", 0),
        (0, "none", "none", 0),
    ]
    records = [
        night_record(back, burden, {"caffeine": caffeine, "alcohol": alcohol})
        for back, caffeine, alcohol, burden in table
    ]
    insights = find_insights(records, AS_OF, TZ)
    caffeine = insights.factor(CAFFEINE_AFTER_CUTOFF)
    assert (caffeine.nights_with, caffeine.nights_without) == (6, 8)
    assert caffeine.burden_with == pytest.approx(400 / 6)
    assert caffeine.burden_without == pytest.approx(12.5)
    assert caffeine.difference == pytest.approx(400 / 6 - 12.5)
    alcohol = insights.factor(ALCOHOL)
    assert alcohol.difference == pytest.approx(25.0)
    assert insights.nights == 14
    # Over all 210 210 orderings of these burdens, one factor or the other splits them as
    # unevenly as caffeine does in 3.7 % (alcohol's +25: 57 %): caffeine alone is clear.
    assert caffeine.contrast.adjusted_p == pytest.approx(0.0373, abs=0.015)
    assert caffeine.verdict == VERDICT_WORSE
    assert alcohol.verdict == VERDICT_NO_CLEAR_DIFFERENCE
    assert caffeine.contrast.low is not None
    assert caffeine.contrast.high is not None
    assert 0 < caffeine.contrast.low < caffeine.difference < caffeine.contrast.high
    assert insights.likely_trigger == CAFFEINE_AFTER_CUTOFF
    assert insights.enough_data
    # Nothing else was answered or measured: no nights on either side.
    stressed = insights.factor(STRESSED_EVENING)
    assert (stressed.nights_with, stressed.nights_without) == (0, 0)
    assert stressed.burden_with is None
    assert stressed.verdict == VERDICT_TOO_FEW_NIGHTS
    assert (stressed.contrast.more_nights_with, stressed.contrast.more_nights_without) == (6, 6)


# --- Enough data, and when a factor clearly goes with worse nights -------------------------------


def alcohol_nights(
    with_nights: int, without_nights: int, burden_with: int = 100, burden_without: int = 0
) -> list[NightRecord]:
    """Return nights with a drink (burden 100) and nights without (burden 0)."""
    drinks = [night_record(n, burden_with, {"alcohol": "one"}) for n in range(with_nights)]
    dry = [
        night_record(with_nights + n, burden_without, {"alcohol": "none"})
        for n in range(without_nights)
    ]
    return sorted_records(*drinks, *dry)


@pytest.mark.parametrize(
    ("with_nights", "without_nights", "more", "verdict"),
    [
        (5, 10, (1, 0), VERDICT_TOO_FEW_NIGHTS),
        (10, 5, (0, 1), VERDICT_TOO_FEW_NIGHTS),
        # 6 against 6: the split and its mirror are 2 of 924, p = 0.002.
        (6, 6, (0, 0), VERDICT_WORSE),
        (6, 20, (0, 0), VERDICT_WORSE),
    ],
)
def test_a_factor_counts_only_with_six_nights_on_each_side_and_a_clear_difference(
    with_nights: int, without_nights: int, more: tuple[int, int], verdict: str
) -> None:
    insights = find_insights(alcohol_nights(with_nights, without_nights), AS_OF, TZ)
    alcohol = insights.factor(ALCOHOL)
    counts = verdict != VERDICT_TOO_FEW_NIGHTS
    assert alcohol.enough_data is counts
    assert insights.enough_data is counts
    assert (alcohol.nights_with, alcohol.nights_without) == (with_nights, without_nights)
    assert (alcohol.contrast.more_nights_with, alcohol.contrast.more_nights_without) == more
    # The means are shown either way; the difference only when it counts.
    assert (alcohol.burden_with, alcohol.burden_without) == (100.0, 0.0)
    assert alcohol.difference == (100.0 if counts else None)
    assert alcohol.verdict == verdict
    assert insights.likely_trigger == (ALCOHOL if verdict == VERDICT_WORSE else None)


def test_a_clear_difference_smaller_than_the_minimum_is_not_claimed() -> None:
    # Every drink night 50, every dry night 0 (twitches "few" or "none"): +50, clearly worse.
    clear = find_insights(alcohol_nights(6, 20, burden_with=50), AS_OF, TZ).factor(ALCOHOL)
    assert clear.verdict == VERDICT_WORSE
    assert clear.contrast.adjusted_p == 0.001  # no shuffle splits the nights so cleanly
    # Nights as alike as can be: drinks add 8.3 points (one awakening answer a step worse),
    # no night otherwise differs. Sure, but below the 10 points that matter.
    calm = {"leg_sensations": "none", "pain": "none", "rested": "well"}
    slight = [
        night_record(n, 0, calm | {"alcohol": "one", "awakenings": "one_two"}) for n in range(6)
    ] + [night_record(n, 0, calm | {"alcohol": "none", "awakenings": "none"}) for n in range(6, 26)]
    found = find_insights(sorted_records(*slight), AS_OF, TZ).factor(ALCOHOL)
    assert found.difference == pytest.approx(100 * 2.5 / 30)
    assert found.contrast.adjusted_p == 0.001
    assert found.difference < MIN_BURDEN_DIFFERENCE
    assert found.verdict == VERDICT_NO_CLEAR_DIFFERENCE


def test_better_nights_are_said_but_never_named_the_trigger() -> None:
    better_with_drinks = [night_record(n, 0, {"alcohol": "one"}) for n in range(6)]
    worse_without = [night_record(6 + n, 50, {"alcohol": "none"}) for n in range(20)]
    insights = find_insights(sorted_records(*better_with_drinks, *worse_without), AS_OF, TZ)
    alcohol = insights.factor(ALCOHOL)
    assert alcohol.difference == -50.0
    assert alcohol.verdict == VERDICT_BETTER
    assert alcohol.contrast.high is not None
    assert alcohol.contrast.high < 0
    assert insights.likely_trigger is None
    same = [night_record(n, 50, {"alcohol": "one" if n % 2 else "none"}) for n in range(26)]
    insights = find_insights(sorted_records(*same), AS_OF, TZ)
    assert insights.factor(ALCOHOL).verdict == VERDICT_NO_CLEAR_DIFFERENCE
    assert insights.likely_trigger is None
    assert insights.enough_data


def test_of_several_clear_factors_the_least_likely_by_chance_is_named() -> None:
    # 24 nights: caffeine, a drink and stress on the same 6 nights of burden 100, the rest 0.
    # All three are as clear (p = 0.001) and as large (+100): the tie goes to caffeine, first in
    # FACTORS.
    def nights(stressed_nights: int) -> list[NightRecord]:
        found = []
        for back in range(24):
            bad = back < 6
            answers = {
                "caffeine": "evening" if bad else "none",
                "alcohol": "one" if bad else "none",
                "evening": "stressed" if back < stressed_nights else "calm",
            }
            burden = 100 if back < max(6, stressed_nights) else 0
            found.append(night_record(back, burden, answers))
        return sorted_records(*found)

    insights = find_insights(nights(6), AS_OF, TZ)
    assert [insights.factor(key).verdict for key in FACTORS[:4]] == [
        VERDICT_WORSE,
        VERDICT_WORSE,
        VERDICT_TOO_FEW_NIGHTS,  # no hard exercise at all: every night is "without"
        VERDICT_WORSE,
    ]
    assert insights.likely_trigger == CAFFEINE_AFTER_CUTOFF
    # A seventh stressed night, also of burden 100: stress is +100 against caffeine's and the
    # drink's +94.4 (that night is on their "without" side), all at p = 0.001: stress is named.
    insights = find_insights(nights(7), AS_OF, TZ)
    assert insights.factor(STRESSED_EVENING).difference == 100.0
    assert insights.factor(CAFFEINE_AFTER_CUTOFF).difference == pytest.approx(100 - 100 / 18)
    assert insights.factor(CAFFEINE_AFTER_CUTOFF).contrast.adjusted_p == 0.001
    assert insights.likely_trigger == STRESSED_EVENING


# --- Which nights have each factor ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"caffeine": "none"}, {CAFFEINE_AFTER_CUTOFF: "without"}),
        ({"caffeine": "before_cutoff"}, {CAFFEINE_AFTER_CUTOFF: "without"}),
        ({"caffeine": "afternoon"}, {CAFFEINE_AFTER_CUTOFF: "with"}),
        ({"caffeine": "evening"}, {CAFFEINE_AFTER_CUTOFF: "with"}),
        ({"alcohol": "none"}, {ALCOHOL: "without"}),
        ({"alcohol": "one"}, {ALCOHOL: "with"}),
        ({"alcohol": "two_plus"}, {ALCOHOL: "with"}),
        ({"evening": "calm"}, {LATE_EXERCISE: "without", STRESSED_EVENING: "without"}),
        ({"evening": "stressed"}, {LATE_EXERCISE: "without", STRESSED_EVENING: "with"}),
        ({"evening": "hard_exercise"}, {LATE_EXERCISE: "with", STRESSED_EVENING: "without"}),
    ],
)
def test_answer_factors(answers: dict[str, str], expected: dict[str, str]) -> None:
    assert sides(night_record(0, 0, answers)) == dict.fromkeys(FACTORS) | expected


@pytest.mark.parametrize(
    ("mean_c", "target_c", "expected"),
    [
        (18.0 + WARM_MARGIN_C, 18.0, "without"),
        (19.2, 18.0, "with"),
        (25.0, None, None),
        (None, 18.0, None),
    ],
)
def test_warm_bedroom_is_above_target_plus_two_fahrenheit(
    mean_c: float | None, target_c: float | None, expected: str | None
) -> None:
    record = night_record(0, temperature_mean_c=mean_c, temperature_target_c=target_c)
    assert sides(record)[WARM_BEDROOM] == expected


def detox(late: float = 0, **fields: Any) -> NightRecord:
    """Return a night whose detox was planned at 22:00 and began ``late`` minutes after."""
    planned = evening(AS_OF, 22)
    started = planned + timedelta(minutes=late)
    return night_record(0, detox_planned=planned, detox_started=started, **fields)


@pytest.mark.parametrize(
    ("record", "screens", "late"),
    [
        (detox(screen_on_minutes=10.0), "without", "without"),
        (detox(screen_on_minutes=10.5), "with", "without"),
        (detox(30), "without", "without"),
        (detox(31), "without", "with"),
        (detox(90, skipped=True, screen_on_minutes=50.0), None, None),
        (night_record(0, screen_on_minutes=50.0), None, None),
        (night_record(0, detox_started=evening(AS_OF, 23)), "without", None),
        # Nothing to watch in the bedroom: nobody knows; a phone watched tells.
        (detox(has_screens=False), None, "without"),
        (detox(has_screens=False, phone_screen_minutes=15.0), "with", "without"),
    ],
)
def test_detox_factors(record: NightRecord, screens: str | None, late: str | None) -> None:
    found = sides(record)
    assert (found[SCREENS_AFTER_DETOX], found[LATE_DETOX]) == (screens, late)


def test_irregular_lights_out_is_more_than_45_minutes_off_the_median_across_midnight() -> None:
    # Lights-out 22:30 on five nights (the median), 21:45 (45 off), 23:16 (46 off) and 00:00.
    times = [(22, 30)] * 5 + [(21, 45), (23, 16), (0, 0)]
    records = [
        night_record(back, 0, lights_out_at=evening(ago(back), hour, minute))
        for back, (hour, minute) in enumerate(times)
    ]
    insights = find_insights(sorted_records(*records), AS_OF, TZ)
    irregular = insights.factor(IRREGULAR_LIGHTS_OUT)
    assert (irregular.nights_with, irregular.nights_without) == (2, 6)


# --- Which nights are looked at ------------------------------------------------------------------


def test_the_last_28_nights_with_a_check_in() -> None:
    # 50 nights; every third has an empty check-in, which does not take a place: nights 1-41
    # hold 41 - 13 = 28 nights with a check-in.
    records = [
        night_record(back, 0)
        if back % 3
        else NightRecord(night=ago(back), check_in=CheckIn(answers={}))
        for back in range(50)
    ]
    chosen = check_in_nights(sorted_records(*records), AS_OF)
    assert len(chosen) == 28
    assert chosen[-1].night == ago(1)
    assert chosen[0].night == ago(41)
    assert all(record.night <= AS_OF for record in chosen)
    assert chosen == sorted(chosen, key=lambda record: record.night)


def test_nights_after_as_of_and_older_than_the_lookback_are_ignored() -> None:
    inside = night_record(INSIGHT_LOOKBACK_DAYS - 1, 0)
    outside = night_record(INSIGHT_LOOKBACK_DAYS, 0)
    future = NightRecord(night=AS_OF + timedelta(days=1), check_in=CheckIn({"twitches": "few"}))
    chosen = check_in_nights([outside, inside, future], AS_OF)
    assert chosen == [inside]


def test_check_ins_without_symptom_answers_are_counted_but_not_compared() -> None:
    records = sorted_records(
        night_record(0, None, {"alcohol": "one"}),
        night_record(1, 100, {"alcohol": "one"}),
    )
    insights = find_insights(records, AS_OF, TZ)
    assert insights.nights == 2
    assert insights.factor(ALCOHOL).nights_with == 1


def test_empty_journal() -> None:
    insights = find_insights([], AS_OF, TZ)
    assert insights.nights == 0
    assert insights.likely_trigger is None
    assert [factor.key for factor in insights.factors] == list(FACTORS)


def test_as_dict_is_json_ready() -> None:
    data = find_insights(alcohol_nights(6, 6), AS_OF, TZ).as_dict()
    json.dumps(data)
    # Twelve nights, one factor: the 6 bad nights all on the drink side, or all on the dry side,
    # is 2 splits in 924 (p about 0.002); 5 of them on one side comes in 72 of 924 more (8 % in
    # all, a difference of 66.7), so the simultaneous 95 % interval is 100 +- 66.7.
    assert data["likely_trigger"] == ALCOHOL
    assert data["enough_data"] is True
    assert data["minimum_difference"] == MIN_BURDEN_DIFFERENCE
    assert data["interval_level"] == 0.95
    alcohol = data["factors"][ALCOHOL]
    assert alcohol.pop("adjusted_p") == pytest.approx(2 / 924, abs=0.004)
    assert alcohol == {
        "nights_with": 6,
        "nights_without": 6,
        "burden_with": 100.0,
        "burden_without": 0.0,
        "difference": 100.0,
        "difference_low": 33.3,
        "difference_high": 166.7,
        "verdict": VERDICT_WORSE,
        "more_nights_with": 0,
        "more_nights_without": 0,
    }
    assert data["factors"][LATE_EXERCISE] == {
        "nights_with": 0,
        "nights_without": 0,
        "burden_with": None,
        "burden_without": None,
        "difference": None,
        "difference_low": None,
        "difference_high": None,
        "adjusted_p": None,
        "verdict": VERDICT_TOO_FEW_NIGHTS,
        "more_nights_with": 6,
        "more_nights_without": 6,
    }
    assert set(data["factors"]) == set(FACTORS)
