"""Tests of the per-night score, its components, sub-scores, burden, averages and streaks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
import json
from typing import Any

from hypothesis import given, strategies as st
import pytest

from custom_components.sleep_hygiene.model.figures import lights_out_sd, mean, minutes_after_noon
from custom_components.sleep_hygiene.model.night import QUESTIONS, CheckIn, NightRecord
from custom_components.sleep_hygiene.model.night_points import (
    detox_points,
    lights_points,
    regularity_points,
    screens_points,
    temperature_points,
)
from custom_components.sleep_hygiene.model.record_lookup import nights_between, record_for
from custom_components.sleep_hygiene.model.score import (
    NightScore,
    night_components,
    score_night,
    score_record,
    score_window,
    symptom_burden,
)
from custom_components.sleep_hygiene.model.score_weights import CITATIONS, GROUPS
from custom_components.sleep_hygiene.model.streak import StreakMark, check_in_streak


def rolling_average(records: Sequence[NightRecord], as_of: date, days: int) -> float | None:
    """The mean score of the scored nights among the ``days`` ending at ``as_of`` (the oracle)."""
    return mean(night.score for night in score_window(records, as_of, days, TZ))


TZ = timezone(timedelta(hours=1))
START = date(2025, 11, 1)
GOOD_ANSWERS = {
    "twitches": "none",
    "leg_sensations": "none",
    "awakenings": "none",
    "pain": "none",
    "rested": "well",
    "caffeine": "none",
    "alcohol": "none",
    "evening": "calm",
}


def at(night: date, hour: int, minute: int = 0) -> datetime:
    """Return a local time of the night: hours before noon are the next morning."""
    day = night if hour >= 12 else night + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def night_record(
    night: date = START, answers: dict[str, str] | None = None, **fields: Any
) -> NightRecord:
    """Return a record with the given answers (no check-in when None) and fields."""
    check_in = None if answers is None else CheckIn(answers=dict(answers))
    return NightRecord(night=night, check_in=check_in, **fields)


def detox_night(late_minutes: float = 0, **fields: Any) -> NightRecord:
    """Return a night whose detox was planned at 22:00 and started ``late_minutes`` later."""
    planned = at(START, 22)
    return night_record(
        detox_planned=planned,
        detox_started=planned + timedelta(minutes=late_minutes),
        **fields,
    )


def points(record: NightRecord, key: str, sd: float | None = None) -> float | None:
    """Return one component's points for a record."""
    return score_record(record, sd).component(key).points


# --- Detox on time -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("late", "expected"),
    [(-10, 10.0), (0, 10.0), (15, 7.5), (30, 5.0), (59.4, 0.1), (60, 0.0), (61, 0.0)],
)
def test_detox_on_time_falls_linearly_to_zero_an_hour_late(late: float, expected: float) -> None:
    assert detox_points(detox_night(late)) == pytest.approx(expected)


def test_detox_skipped_scores_zero() -> None:
    assert detox_points(detox_night(0, skipped=True)) == 0.0
    assert detox_points(night_record(detox_planned=at(START, 22), skipped=True)) == 0.0


def test_detox_without_plan_or_start_is_missing() -> None:
    assert detox_points(night_record()) is None
    assert detox_points(night_record(detox_started=at(START, 22))) is None
    assert detox_points(night_record(detox_planned=at(START, 22))) is None


# --- Screens off ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "expected"), [(0, 10.0), (6, 9.0), (30, 5.0), (60, 0.0), (90, 0.0)]
)
def test_screens_off_is_ten_times_one_minus_on_minutes_over_sixty(
    minutes: float, expected: float
) -> None:
    assert screens_points(detox_night(screen_on_minutes=minutes)) == pytest.approx(expected)


def test_screens_off_is_zero_when_skipped_and_missing_without_detox() -> None:
    assert screens_points(detox_night(skipped=True)) == 0.0
    assert screens_points(night_record(skipped=True)) == 0.0
    assert screens_points(night_record(detox_planned=at(START, 22))) is None


# --- Lights --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wind_down", "asleep", "expected"),
    [
        (10.0, 1.0, 5.0),
        (0.0, 0.0, 5.0),
        (10.1, 1.0, 2.5),
        (10.0, 1.1, 2.5),
        (10.1, 1.1, 0.0),
        (10.0, None, 5.0),
        (10.1, None, 0.0),
        (None, 1.0, 5.0),
        (None, 1.1, 0.0),
    ],
)
def test_lights_with_illuminance_gives_each_measured_limit_an_equal_share(
    wind_down: float | None, asleep: float | None, expected: float
) -> None:
    record = night_record(lux_wind_down_max=wind_down, lux_asleep_max=asleep)
    assert lights_points(record) == expected


def test_lights_with_illuminance_ignore_the_detox() -> None:
    skipped = night_record(skipped=True, lux_wind_down_max=3.0, lux_asleep_max=0.2)
    assert lights_points(skipped) == 5.0


def test_lights_without_illuminance_follow_the_detox_and_light_overrides() -> None:
    assert lights_points(detox_night()) == 5.0
    assert lights_points(detox_night(overrides=["switch.tv_plug"])) == 5.0
    assert lights_points(detox_night(overrides=["light.bed_lamp"])) == 0.0
    assert lights_points(detox_night(skipped=True)) == 0.0
    assert lights_points(night_record()) is None
    assert lights_points(night_record(detox_planned=at(START, 22))) is None


# --- Temperature ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("share", "expected"), [(None, None), (0.0, 0.0), (0.25, 2.5), (1.0, 10.0), (1.2, 10.0)]
)
def test_temperature_is_ten_times_the_in_band_share(
    share: float | None, expected: float | None
) -> None:
    assert temperature_points(night_record(temperature_in_band_share=share)) == expected


# --- Regularity ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sd", "expected"),
    [(None, None), (0.0, 5.0), (30.0, 5.0), (36.0, 4.0), (45.0, 2.5), (60.0, 0.0), (90.0, 0.0)],
)
def test_regularity_points_full_at_30_minutes_zero_at_60(
    sd: float | None, expected: float | None
) -> None:
    assert regularity_points(sd) == expected


def alternating_lights_out(spread: int, nights: int = 4) -> list[NightRecord]:
    """Return nights whose lights-out alternates ``spread`` minutes either side of 22:30."""
    records = []
    for offset in range(nights):
        night = START + timedelta(days=offset)
        shift = timedelta(minutes=spread if offset % 2 else -spread)
        records.append(night_record(night, lights_out_at=at(night, 22, 30) + shift))
    return records


@pytest.mark.parametrize(("spread", "expected"), [(30, 5.0), (45, 2.5), (60, 0.0)])
def test_regularity_from_lights_out_sd_of_the_window(spread: int, expected: float) -> None:
    # Alternating +-spread around one mean gives a population SD of exactly the spread.
    records = alternating_lights_out(spread)
    last = records[-1].night
    assert lights_out_sd(records, last, TZ) == pytest.approx(spread)
    assert points(records[-1], "regularity", lights_out_sd(records, last, TZ)) == pytest.approx(
        expected
    )
    scored = score_night(records, last, TZ)
    assert scored is not None
    assert scored.component("regularity").points == pytest.approx(expected)


def test_regularity_needs_three_nights() -> None:
    records = alternating_lights_out(10, nights=3)
    assert lights_out_sd(records[:2], records[1].night, TZ) is None
    assert lights_out_sd(records, records[2].night, TZ) is not None
    no_times = [night_record(START + timedelta(days=d)) for d in range(5)]
    assert lights_out_sd(no_times, no_times[-1].night, TZ) is None


def test_regularity_is_measured_across_midnight() -> None:
    # 23:30, 00:00 and 00:30 are 690, 720 and 750 minutes after noon: SD sqrt(600) ~ 24.5 min.
    records = [
        night_record(START, lights_out_at=at(START, 23, 30)),
        night_record(START + timedelta(days=1), lights_out_at=at(START + timedelta(days=1), 0)),
        night_record(START + timedelta(days=2), lights_out_at=at(START + timedelta(days=2), 0, 30)),
    ]
    assert lights_out_sd(records, records[-1].night, TZ) == pytest.approx(600**0.5)


def test_regularity_looks_at_14_calendar_nights_only() -> None:
    # A wild lights-out 14 nights back is outside the window; 13 back is inside.
    steady = [
        night_record(START + timedelta(days=d), lights_out_at=at(START + timedelta(days=d), 22, 30))
        for d in range(1, 15)
    ]
    wild = night_record(START, lights_out_at=at(START, 19))
    last = steady[-1].night
    assert lights_out_sd([wild, *steady], last, TZ) == 0.0
    wider = lights_out_sd([wild, *steady], last - timedelta(days=1), TZ)
    assert wider is not None
    assert wider > 0


def test_minutes_after_noon() -> None:
    assert minutes_after_noon(datetime(2025, 1, 1, 12, 0, tzinfo=TZ), TZ) == 0
    assert minutes_after_noon(datetime(2025, 1, 1, 22, 30, tzinfo=TZ), TZ) == 630
    assert minutes_after_noon(datetime(2025, 1, 2, 0, 10, tzinfo=TZ), TZ) == 730
    assert minutes_after_noon(datetime(2025, 1, 2, 11, 59, 30, tzinfo=TZ), TZ) == 1439.5


# --- Check-in components -------------------------------------------------------------------------

ANSWER_POINTS = [
    ("caffeine", "caffeine", "none", 10.0),
    ("caffeine", "caffeine", "before_cutoff", 10.0),
    ("caffeine", "caffeine", "afternoon", 5.0),
    ("caffeine", "caffeine", "evening", 0.0),
    ("alcohol", "alcohol", "none", 7.0),
    ("alcohol", "alcohol", "one", 3.0),
    ("alcohol", "alcohol", "two_plus", 0.0),
    ("exercise_timing", "evening", "calm", 6.0),
    ("exercise_timing", "evening", "stressed", 6.0),
    ("exercise_timing", "evening", "hard_exercise", 0.0),
    ("exercise_timing", "evening", "stressed_hard_exercise", 0.0),
    ("calm_evening", "evening", "calm", 7.0),
    ("calm_evening", "evening", "stressed", 0.0),
    ("calm_evening", "evening", "hard_exercise", 7.0),
    ("calm_evening", "evening", "stressed_hard_exercise", 0.0),
    ("twitches", "twitches", "none", 10.0),
    ("twitches", "twitches", "few", 5.0),
    ("twitches", "twitches", "many", 0.0),
    ("leg_sensations", "leg_sensations", "none", 6.0),
    ("leg_sensations", "leg_sensations", "some", 3.0),
    ("leg_sensations", "leg_sensations", "severe", 0.0),
    ("awakenings", "awakenings", "none", 5.0),
    ("awakenings", "awakenings", "one_two", 2.5),
    ("awakenings", "awakenings", "three_plus", 0.0),
    ("rested", "rested", "well", 5.0),
    ("rested", "rested", "somewhat", 2.5),
    ("rested", "rested", "poorly", 0.0),
    ("pain", "pain", "none", 4.0),
    ("pain", "pain", "cramps", 2.0),
    ("pain", "pain", "pain_numbness_swelling", 0.0),
]


@pytest.mark.parametrize(("key", "question", "given", "expected"), ANSWER_POINTS)
def test_answer_points(key: str, question: str, given: str, expected: float) -> None:
    assert points(night_record(answers={question: given}), key) == expected


def test_every_answer_of_every_question_is_scored() -> None:
    scored = {(question, given) for _, question, given, _ in ANSWER_POINTS}
    assert scored == {(q, a) for q, answers in QUESTIONS.items() for a in answers}


def test_unanswered_or_unknown_answers_are_missing() -> None:
    record = night_record(answers={"caffeine": "espresso_at_midnight"})
    scored = score_record(record, None)
    assert all(component.points is None for component in scored.components)
    assert scored.score is None


def test_weights_add_up_to_the_brief() -> None:
    components = night_components(night_record(), None)
    totals = dict.fromkeys(GROUPS, 0.0)
    for component in components:
        totals[component.group] += component.max_points
        assert component.source in CITATIONS
    assert totals == {"bedroom": 40.0, "habits": 30.0, "symptoms": 30.0}
    assert len({component.key for component in components}) == 14


# --- Rescaling, sub-scores and burden ------------------------------------------------------------


def test_no_data_gives_no_score() -> None:
    scored = score_record(night_record(), None)
    assert scored.score is None
    assert (scored.bedroom, scored.habits, scored.symptoms, scored.burden) == (None,) * 4


def test_missing_components_drop_out_and_the_rest_are_rescaled() -> None:
    only_caffeine = score_record(night_record(answers={"caffeine": "afternoon"}), None)
    # 5 of the 10 points that have data.
    assert only_caffeine.score == 50.0
    assert only_caffeine.habits == 50.0
    assert only_caffeine.bedroom is None
    assert only_caffeine.symptoms is None
    # Detox on time 10/10 and caffeine 5/10: 15 of 20 points.
    both = score_record(detox_night(30, answers={"caffeine": "afternoon"}), None)
    # Detox 30 late 5/10, screens 10/10, lights 5/5, caffeine 5/10: 25 of 35.
    assert both.score == pytest.approx(100 * 25 / 35)
    assert both.bedroom == pytest.approx(100 * 20 / 25)


def test_full_marks() -> None:
    record = detox_night(answers=GOOD_ANSWERS, temperature_in_band_share=1.0)
    scored = score_record(record, 10.0)
    assert scored.score == 100.0
    assert (scored.bedroom, scored.habits, scored.symptoms, scored.burden) == (100, 100, 100, 0)


def test_symptom_burden_is_lost_symptom_points_over_those_answered() -> None:
    # Twitches many 0/10, rested well 5/5: burden = 100 x (1 - 5/15).
    record = night_record(answers={"twitches": "many", "rested": "well", "caffeine": "none"})
    assert symptom_burden(record) == pytest.approx(100 * (1 - 5 / 15))
    assert symptom_burden(night_record(answers={"caffeine": "none"})) is None
    worst = {"twitches": "many", "leg_sensations": "severe", "awakenings": "three_plus"}
    assert symptom_burden(night_record(answers=worst | {"pain": "pain_numbness_swelling"})) == 100


def test_as_dict_is_json_ready_and_lists_every_component() -> None:
    scored = score_record(detox_night(answers={"twitches": "few"}), None)
    data = scored.as_dict()
    json.dumps(data)
    assert data["night"] == "2025-11-01"
    assert data["components"]["twitches"] == {
        "key": "twitches",
        "group": "symptoms",
        "points": 5.0,
        "max_points": 10.0,
        "source": "articles",
    }
    assert data["components"]["temperature"]["points"] is None
    assert data["components"]["lights"]["source"] == "brown2022"
    assert data["components"]["regularity"]["source"] == "sleep_as_android"


# --- A two-week journal worked out by hand -------------------------------------------------------


def journal_night(number: int, pattern: str) -> NightRecord:
    """Return night ``number`` (1-14) of the journal in pattern A (good), B (bad) or C (last)."""
    night = START + timedelta(days=number - 1)
    planned = at(night, 22)
    common: dict[str, Any] = {"detox_planned": planned, "lights_out_at": at(night, 22, 30)}
    if pattern == "A":
        return night_record(
            night,
            GOOD_ANSWERS,
            detox_started=planned,
            temperature_in_band_share=1.0,
            **common,
        )
    if pattern == "B":
        bad = {
            "caffeine": "evening",
            "alcohol": "one",
            "evening": "stressed",
            "twitches": "many",
            "leg_sensations": "some",
            "awakenings": "one_two",
            "rested": "poorly",
            "pain": "cramps",
        }
        return night_record(
            night,
            bad,
            detox_started=planned + timedelta(minutes=30),
            screen_on_minutes=30.0,
            temperature_in_band_share=0.5,
            **common,
        )
    last = {
        "caffeine": "afternoon",
        "evening": "hard_exercise",
        "twitches": "few",
        "leg_sensations": "none",
        "rested": "somewhat",
        "pain": "none",
    }
    return night_record(
        night,
        last,
        detox_started=planned + timedelta(minutes=15),
        screen_on_minutes=12.0,
        lux_wind_down_max=8.0,
        lux_asleep_max=2.0,
        **common,
    )


PATTERNS = "AABABABABAABAC"
JOURNAL = [journal_night(number, p) for number, p in enumerate(PATTERNS, start=1)]


def test_two_week_journal_last_night_breakdown() -> None:
    # Night 14 (pattern C):
    #   detox 15 min late   10 x (60 - 15) / 60 = 7.5 / 10
    #   screens 12 min      10 x (1 - 12/60)    = 8   / 10
    #   lights 8 lux ok, 2 lux asleep too bright = 2.5 / 5
    #   temperature         no data             = missing
    #   regularity          every lights-out 22:30, SD 0 = 5 / 5
    #   bedroom             23 / 30 = 76.67
    #   caffeine afternoon 5/10, alcohol missing, hard exercise 0/6, calm evening 7/7
    #   habits              12 / 23 = 52.17
    #   twitches few 5/10, legs none 6/6, awakenings missing, rested somewhat 2.5/5, pain none 4/4
    #   symptoms            17.5 / 25 = 70, burden 100 x (1 - 17.5/25) = 30
    #   score               (23 + 12 + 17.5) / (30 + 23 + 25) = 52.5 / 78 = 67.31
    last = score_night(JOURNAL, JOURNAL[-1].night, TZ)
    assert last is not None
    assert {c.key: c.points for c in last.components} == {
        "detox_on_time": 7.5,
        "screens_off": 8.0,
        "lights": 2.5,
        "temperature": None,
        "regularity": 5.0,
        "caffeine": 5.0,
        "alcohol": None,
        "exercise_timing": 0.0,
        "calm_evening": 7.0,
        "twitches": 5.0,
        "leg_sensations": 6.0,
        "awakenings": None,
        "rested": 2.5,
        "pain": 4.0,
    }
    assert last.bedroom == pytest.approx(100 * 23 / 30)
    assert last.habits == pytest.approx(100 * 12 / 23)
    assert last.symptoms == pytest.approx(70.0)
    assert last.burden == pytest.approx(30.0)
    assert last.score == pytest.approx(100 * 52.5 / 78)


def test_two_week_journal_other_nights_and_averages() -> None:
    # Pattern A: everything best = 100 (nights 1 and 2 have no regularity yet: 95/95 = 100).
    # Pattern B: bedroom detox 30 late 5 + screens 30 min 5 + lights 5 + half in band 5
    #            + regularity 5 = 25; habits caffeine evening 0 + one drink 3 + stressed
    #            (exercise 6, calm 0) = 9; symptoms many 0 + some 3 + one_two 2.5 + poorly 0
    #            + cramps 2 = 7.5; score 25 + 9 + 7.5 = 41.5; burden 100 x (1 - 7.5/30) = 75.
    scores = {s.night: s for s in score_window(JOURNAL, JOURNAL[-1].night, 28, TZ)}
    assert len(scores) == 14
    for number, pattern in enumerate(PATTERNS[:-1], start=1):
        night = scores[START + timedelta(days=number - 1)]
        assert night.score == pytest.approx(100.0 if pattern == "A" else 41.5)
        assert night.burden == pytest.approx(0.0 if pattern == "A" else 75.0)
    assert scores[START].component("regularity").points is None
    # 7 days (nights 8-14: A B A A B A C) = (4 x 100 + 2 x 41.5 + 875/13) / 7 = 7154/91 = 78.62.
    assert rolling_average(JOURNAL, JOURNAL[-1].night, 7) == pytest.approx(7154 / 91)
    # 28 days = the 14 nights (8 A, 5 B, 1 C) = (800 + 207.5 + 875/13) / 14 = 13972.5/182 = 76.77.
    assert rolling_average(JOURNAL, JOURNAL[-1].night, 28) == pytest.approx(13972.5 / 182)
    assert check_in_streak(JOURNAL, JOURNAL[-1].night) == 14


def test_score_night_without_a_record_is_none() -> None:
    assert score_night(JOURNAL, START - timedelta(days=1), TZ) is None
    assert score_night([], START, TZ) is None


def test_rolling_average_skips_nights_without_a_score() -> None:
    records = [journal_night(1, "B"), night_record(START + timedelta(days=1))]
    # Pattern B with no regularity yet (one lights-out): (20 + 9 + 7.5) / 95; the empty night
    # has no score and does not count as a zero.
    assert rolling_average(records, START + timedelta(days=1), 7) == pytest.approx(100 * 36.5 / 95)
    assert rolling_average([], START, 7) is None


# --- Windows and streaks -------------------------------------------------------------------------


def test_nights_between_and_record_for_use_dates_not_positions() -> None:
    records = [night_record(START + timedelta(days=d)) for d in (0, 2, 3, 7)]
    window = nights_between(records, START + timedelta(days=1), START + timedelta(days=3))
    assert [r.night.day for r in window] == [3, 4]
    assert record_for(records, START + timedelta(days=2)) is records[1]
    assert record_for(records, START + timedelta(days=1)) is None
    assert record_for(records, START + timedelta(days=30)) is None


def test_check_in_streak_stops_at_a_gap_or_a_night_without_answers() -> None:
    nights = [START + timedelta(days=d) for d in range(6)]
    records = [
        night_record(nights[0], {"twitches": "none"}),
        night_record(nights[1], {"rested": "well"}),
        night_record(nights[2]),  # the house recorded the night; nobody answered
        night_record(nights[3], {"pain": "none"}),
        night_record(nights[4], {"caffeine": "none"}),
    ]
    assert check_in_streak(records, nights[1]) == 2
    assert check_in_streak(records, nights[2]) == 0
    assert check_in_streak(records, nights[4]) == 2
    assert check_in_streak(records, nights[5]) == 0
    assert check_in_streak([], nights[5]) == 0
    gap = [records[0], records[4]]
    assert check_in_streak(gap, nights[4]) == 1


def test_check_in_streak_counts_on_from_a_known_mark() -> None:
    records = [night_record(START + timedelta(days=d), {"twitches": "none"}) for d in range(100)]
    last = records[-1].night
    full = check_in_streak(records, last)
    assert full == 100
    mark = StreakMark(last - timedelta(days=2), check_in_streak(records, last - timedelta(days=2)))
    assert check_in_streak(records, last, mark) == full
    # The mark is trusted, not re-walked: that is what makes it cheap.
    assert check_in_streak(records, last, StreakMark(mark.night, 5)) == 7


# --- Property tests ------------------------------------------------------------------------------

MINUTES = st.floats(min_value=-600, max_value=2000, allow_nan=False)


@st.composite
def records(draw: st.DrawFn, night: date = START) -> NightRecord:
    """Draw any valid record: any subset of answers, any measured values in valid ranges."""
    answers = draw(
        st.fixed_dictionaries(
            {}, optional={q: st.sampled_from(answers) for q, answers in QUESTIONS.items()}
        )
    )
    planned = at(night, 22)
    started = draw(st.none() | MINUTES.map(lambda m: planned + timedelta(minutes=m)))
    lux = st.none() | st.floats(min_value=0, max_value=100_000, allow_nan=False)
    return NightRecord(
        night=night,
        detox_planned=draw(st.none() | st.just(planned)),
        detox_started=started,
        skipped=draw(st.booleans()),
        screen_on_minutes=draw(st.floats(min_value=0, max_value=24 * 60)),
        overrides=draw(st.lists(st.sampled_from(["light.lamp", "switch.tv", "climate.room"]))),
        lights_out_at=draw(st.none() | MINUTES.map(lambda m: planned + timedelta(minutes=m))),
        lux_wind_down_max=draw(lux),
        lux_asleep_max=draw(lux),
        temperature_target_c=draw(st.none() | st.floats(min_value=13, max_value=27)),
        temperature_mean_c=draw(st.none() | st.floats(min_value=-10, max_value=45)),
        temperature_in_band_share=draw(st.none() | st.floats(min_value=0, max_value=1)),
        check_in=draw(st.none() | st.just(CheckIn(answers=answers))),
    )


def assert_in_range(scored: NightScore) -> None:
    """Assert the score, sub-scores and burden are None or within 0-100."""
    for value in (scored.score, scored.bedroom, scored.habits, scored.symptoms, scored.burden):
        assert value is None or 0.0 <= value <= 100.0
    assert (scored.score is None) == all(c.points is None for c in scored.components)
    for component in scored.components:
        assert component.points is None or 0.0 <= component.points <= component.max_points


@given(records(), st.none() | st.floats(min_value=0, max_value=1000))
def test_any_record_scores_within_0_100(record: NightRecord, sd: float | None) -> None:
    scored = score_record(record, sd)
    assert_in_range(scored)
    if scored.burden is not None:
        assert scored.symptoms == pytest.approx(100 - scored.burden)
    json.dumps(scored.as_dict())


@st.composite
def histories(draw: st.DrawFn) -> list[NightRecord]:
    """Draw records for a random subset of 30 nights, sorted by night."""
    offsets = draw(st.sets(st.integers(min_value=0, max_value=29), max_size=30))
    return [draw(records(START + timedelta(days=offset))) for offset in sorted(offsets)]


@given(histories())
def test_any_history_scores_within_0_100(history: list[NightRecord]) -> None:
    last = START + timedelta(days=29)
    for scored in score_window(history, last, 28, TZ):
        assert_in_range(scored)
    for days in (7, 28):
        average = rolling_average(history, last, days)
        assert average is None or 0.0 <= average <= 100.0
    assert 0 <= check_in_streak(history, last) <= len(history)
