"""Tests of the personal experiment's record: the request, the arms, stopping, keeping to an arm."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
import json
import random
from typing import Any

import pytest

from custom_components.sleep_hygiene.model.experiment import (
    ARM_CHANGE,
    ARM_USUAL,
    CHANGE_BEDROOM_TARGET,
    CHANGE_EARLIER_DETOX,
    CHANGE_NO_ALCOHOL,
    CHANGE_NO_CAFFEINE,
    CHANGE_NO_LATE_EXERCISE,
    CHANGE_NO_SCREENS,
    ERROR_ALREADY_RUNNING,
    ERROR_CHANGE_INVALID,
    ERROR_FIELD_NOT_FOR_CHANGE,
    ERROR_FIRST_NIGHT_INVALID,
    ERROR_FIRST_NIGHT_TOO_EARLY,
    ERROR_FIRST_NIGHT_TOO_LATE,
    ERROR_MINUTES_INVALID,
    ERROR_MINUTES_MISSING,
    ERROR_NIGHTS_INVALID,
    ERROR_NIGHTS_ODD,
    ERROR_NOT_RUNNING,
    ERROR_TARGET_INVALID,
    ERROR_TARGET_MISSING,
    ERROR_TARGET_TOO_CLOSE,
    ERROR_UNKNOWN_FIELD,
    Experiment,
    InvalidExperiment,
    draw_arms,
    earliest_first_night,
    kept_to_arm,
    stop_experiment,
)
from custom_components.sleep_hygiene.model.experiment_request import parse_experiment
from custom_components.sleep_hygiene.model.night import CheckIn, NightRecord

TONIGHT = date(2026, 3, 2)
USUAL_TARGET_C = 20.0
USUAL_DETOX_MINUTES = 30


def parse(data: dict[str, Any], current: Experiment | None = None) -> Experiment:
    """Return the experiment a request makes tonight, arms drawn from a seeded generator."""
    return parse_experiment(
        data,
        earliest=TONIGHT,
        usual_target_c=USUAL_TARGET_C,
        usual_detox_minutes=USUAL_DETOX_MINUTES,
        current=current,
        rng=random.Random(1),
    )


def errors_of(data: dict[str, Any], current: Experiment | None = None) -> list[tuple[str, str]]:
    """Return the (field, error key) pairs a request is refused with."""
    with pytest.raises(InvalidExperiment) as refused:
        parse(data, current)
    return [(error.field, error.key) for error in refused.value.errors]


def test_a_two_week_experiment_by_default() -> None:
    experiment = parse({"change": CHANGE_NO_CAFFEINE})
    assert experiment.first_night == TONIGHT
    assert experiment.nights == 14
    assert experiment.last_night == TONIGHT + timedelta(days=13)
    # One night of each arm in every two nights.
    for first in range(0, 14, 2):
        assert sorted(experiment.arms[first : first + 2]) == [ARM_CHANGE, ARM_USUAL]
    assert experiment.arm(TONIGHT) == experiment.arms[0]
    assert experiment.arm(TONIGHT - timedelta(days=1)) is None
    assert experiment.arm(TONIGHT + timedelta(days=14)) is None
    assert (experiment.target_c, experiment.usual_target_c) == (None, None)
    assert experiment.target_on(TONIGHT) is None
    assert experiment.detox_minutes_on(TONIGHT) is None


def test_the_order_in_each_pair_is_drawn_at_random() -> None:
    arms = draw_arms(28, random.Random(7))
    firsts = arms[::2]
    # Both orders come up, and the draw is the generator's: the same seed, the same arms.
    assert ARM_CHANGE in firsts
    assert ARM_USUAL in firsts
    assert draw_arms(28, random.Random(7)) == arms
    assert draw_arms(28, random.Random(8)) != arms


def test_the_record_survives_json_and_a_restart() -> None:
    experiment = parse(
        {"change": CHANGE_BEDROOM_TARGET, "nights": 10, "target_temperature": 18.0},
    )
    stopped = stop_experiment(experiment, TONIGHT + timedelta(days=6))
    detox = parse({"change": CHANGE_EARLIER_DETOX, "minutes_earlier": 20})
    for kept in (experiment, stopped, detox):
        stored = json.loads(json.dumps(kept.as_dict()))
        assert Experiment.from_dict(stored) == kept
    assert stopped.as_dict()["stopped_at"] == "2026-03-08"


@pytest.mark.parametrize(
    ("change", "data"),
    [
        ("nope", {}),
        (CHANGE_NO_ALCOHOL, {"arms": ["change", "change"]}),
        (CHANGE_NO_ALCOHOL, {"arms": ["change", "usual"] * 3}),  # 6 nights: too short
        (CHANGE_NO_ALCOHOL, {"arms": ["change", "usual"] * 4 + ["usual", "usual"]}),
        (CHANGE_NO_ALCOHOL, {"target_c": "cold"}),
        (CHANGE_NO_ALCOHOL, {"minutes_earlier": 12.5}),
        (CHANGE_NO_ALCOHOL, {"first_night": "soon"}),
    ],
)
def test_a_stored_record_out_of_shape_is_refused(change: str, data: dict[str, Any]) -> None:
    stored = parse({"change": CHANGE_NO_ALCOHOL}).as_dict() | {"change": change} | data
    with pytest.raises((TypeError, ValueError)):
        Experiment.from_dict(stored)


def test_the_bedroom_arms_carry_their_settings() -> None:
    target = parse({"change": CHANGE_BEDROOM_TARGET, "target_temperature": 18.0})
    detox = parse({"change": CHANGE_EARLIER_DETOX, "minutes_earlier": 45})
    for offset, arm in enumerate(target.arms):
        night = TONIGHT + timedelta(days=offset)
        assert target.target_on(night) == (18.0 if arm == ARM_CHANGE else USUAL_TARGET_C)
        assert target.detox_minutes_on(night) is None
    for offset, arm in enumerate(detox.arms):
        night = TONIGHT + timedelta(days=offset)
        assert detox.detox_minutes_on(night) == (75 if arm == ARM_CHANGE else 30)
        assert detox.target_on(night) is None
    assert target.target_on(TONIGHT + timedelta(days=14)) is None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"change": "no_coffee"}, [("change", ERROR_CHANGE_INVALID)]),
        ({}, [("change", ERROR_CHANGE_INVALID)]),
        ({"change": CHANGE_NO_ALCOHOL, "colour": "red"}, [("colour", ERROR_UNKNOWN_FIELD)]),
        ({"change": CHANGE_NO_ALCOHOL, "nights": 8}, [("nights", ERROR_NIGHTS_INVALID)]),
        ({"change": CHANGE_NO_ALCOHOL, "nights": 30}, [("nights", ERROR_NIGHTS_INVALID)]),
        ({"change": CHANGE_NO_ALCOHOL, "nights": 14.5}, [("nights", ERROR_NIGHTS_INVALID)]),
        ({"change": CHANGE_NO_ALCOHOL, "nights": True}, [("nights", ERROR_NIGHTS_INVALID)]),
        ({"change": CHANGE_NO_ALCOHOL, "nights": 15}, [("nights", ERROR_NIGHTS_ODD)]),
        (
            {"change": CHANGE_NO_ALCOHOL, "first_night": "next week"},
            [("first_night", ERROR_FIRST_NIGHT_INVALID)],
        ),
        (
            {"change": CHANGE_NO_ALCOHOL, "first_night": "2026-03-01"},
            [("first_night", ERROR_FIRST_NIGHT_TOO_EARLY)],
        ),
        (
            {"change": CHANGE_NO_ALCOHOL, "first_night": "2026-03-17"},
            [("first_night", ERROR_FIRST_NIGHT_TOO_LATE)],
        ),
        ({"change": CHANGE_BEDROOM_TARGET}, [("target_temperature", ERROR_TARGET_MISSING)]),
        (
            {"change": CHANGE_BEDROOM_TARGET, "target_temperature": 30.0},
            [("target_temperature", ERROR_TARGET_INVALID)],
        ),
        (
            {"change": CHANGE_BEDROOM_TARGET, "target_temperature": "cool"},
            [("target_temperature", ERROR_TARGET_INVALID)],
        ),
        (
            {"change": CHANGE_BEDROOM_TARGET, "target_temperature": 19.5},
            [("target_temperature", ERROR_TARGET_TOO_CLOSE)],
        ),
        ({"change": CHANGE_EARLIER_DETOX}, [("minutes_earlier", ERROR_MINUTES_MISSING)]),
        (
            {"change": CHANGE_EARLIER_DETOX, "minutes_earlier": 10},
            [("minutes_earlier", ERROR_MINUTES_INVALID)],
        ),
        (
            # The detox's lead stays within 180 minutes: 30 + 151 is too far.
            {"change": CHANGE_EARLIER_DETOX, "minutes_earlier": 151},
            [("minutes_earlier", ERROR_MINUTES_INVALID)],
        ),
        (
            {"change": CHANGE_NO_SCREENS, "minutes_earlier": 30, "target_temperature": 18},
            [
                ("target_temperature", ERROR_FIELD_NOT_FOR_CHANGE),
                ("minutes_earlier", ERROR_FIELD_NOT_FOR_CHANGE),
            ],
        ),
        (
            {"change": "nope", "nights": 9, "first_night": "x"},
            [
                ("change", ERROR_CHANGE_INVALID),
                ("nights", ERROR_NIGHTS_INVALID),
                ("first_night", ERROR_FIRST_NIGHT_INVALID),
            ],
        ),
    ],
)
def test_bad_requests_name_every_bad_field(
    data: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    assert errors_of(data) == expected


def test_good_values_in_other_shapes() -> None:
    experiment = parse(
        {
            "change": CHANGE_EARLIER_DETOX,
            "nights": 28.0,
            "first_night": date(2026, 3, 16),
            "minutes_earlier": 150,
        }
    )
    assert (experiment.nights, experiment.first_night) == (28, date(2026, 3, 16))
    assert experiment.minutes_earlier == 150
    as_datetime = parse(
        {"change": CHANGE_NO_ALCOHOL, "first_night": datetime(2026, 3, 3, 9, tzinfo=UTC)}
    )
    assert as_datetime.first_night == date(2026, 3, 3)


def test_one_experiment_at_a_time() -> None:
    running = parse({"change": CHANGE_NO_ALCOHOL})
    assert errors_of({"change": CHANGE_NO_CAFFEINE}, running) == [("change", ERROR_ALREADY_RUNNING)]
    # Stopped, or over, it makes room for the next.
    stopped = stop_experiment(running, TONIGHT)
    assert parse({"change": CHANGE_NO_CAFFEINE}, stopped).change == CHANGE_NO_CAFFEINE
    earlier = Experiment(CHANGE_NO_ALCOHOL, TONIGHT - timedelta(days=14), running.arms)
    assert parse({"change": CHANGE_NO_CAFFEINE}, earlier).first_night == TONIGHT


def test_the_first_night_is_known_from_the_morning_before() -> None:
    morning = datetime(2026, 3, 2, 11, 59, tzinfo=UTC)
    assert earliest_first_night(morning, TONIGHT) == TONIGHT
    assert earliest_first_night(morning.replace(hour=12), TONIGHT) == TONIGHT + timedelta(days=1)


def test_stopping_early_keeps_the_nights_before() -> None:
    experiment = parse({"change": CHANGE_NO_ALCOHOL})
    stopped = stop_experiment(experiment, TONIGHT + timedelta(days=5))
    assert stopped.last_night == TONIGHT + timedelta(days=4)
    assert stopped.running(TONIGHT + timedelta(days=4))
    assert not stopped.running(TONIGHT + timedelta(days=5))
    assert stopped.finished(TONIGHT + timedelta(days=4))
    assert not experiment.finished(TONIGHT + timedelta(days=4))
    # Stopped before it began: no nights at all.
    unbegun = stop_experiment(experiment, TONIGHT - timedelta(days=1))
    assert unbegun.end == TONIGHT
    assert not unbegun.running(TONIGHT)
    for gone in (None, stopped, unbegun):
        with pytest.raises(InvalidExperiment) as refused:
            stop_experiment(gone, TONIGHT + timedelta(days=6))
        assert refused.value.errors[0].key == ERROR_NOT_RUNNING


def night_of_arm(experiment: Experiment, arm: str) -> date:
    """Return the experiment's first night of ``arm``."""
    offset = experiment.arms.index(arm)
    return experiment.first_night + timedelta(days=offset)


@pytest.mark.parametrize(
    ("change", "answers", "kept"),
    [
        (CHANGE_NO_CAFFEINE, {"caffeine": "before_cutoff"}, True),
        (CHANGE_NO_CAFFEINE, {"caffeine": "none"}, True),
        (CHANGE_NO_CAFFEINE, {"caffeine": "afternoon"}, False),
        (CHANGE_NO_CAFFEINE, {"twitches": "few"}, None),
        (CHANGE_NO_ALCOHOL, {"alcohol": "none"}, True),
        (CHANGE_NO_ALCOHOL, {"alcohol": "one"}, False),
        (CHANGE_NO_LATE_EXERCISE, {"evening": "stressed"}, True),
        (CHANGE_NO_LATE_EXERCISE, {"evening": "hard_exercise"}, False),
        (CHANGE_NO_LATE_EXERCISE, {"evening": "stressed_hard_exercise"}, False),
    ],
)
def test_a_habit_night_keeps_to_its_arm_by_the_check_in(
    change: str, answers: dict[str, str], kept: bool | None
) -> None:
    experiment = parse({"change": change})
    night = night_of_arm(experiment, ARM_CHANGE)
    record = NightRecord(night=night, check_in=CheckIn(answers=answers))
    assert kept_to_arm(experiment, record) is kept
    # A night as usual asks nothing of the person.
    usual = NightRecord(night=night_of_arm(experiment, ARM_USUAL), check_in=CheckIn(answers))
    assert kept_to_arm(experiment, usual) is True
    # Nor is a night outside the experiment kept or not.
    outside = NightRecord(night=TONIGHT - timedelta(days=1), check_in=CheckIn(answers))
    assert kept_to_arm(experiment, outside) is None


def evening(night: date, hour: int, minute: int = 0) -> datetime:
    """Return a time of the evening of ``night``."""
    return datetime(night.year, night.month, night.day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("fields", "kept"),
    [
        ({"screen_on_minutes": 10.0}, True),
        ({"screen_on_minutes": 4.0, "phone_screen_minutes": 8.0}, False),
        ({"skipped": True}, None),
    ],
)
def test_no_screens_keeps_by_the_screens_counted(fields: dict[str, Any], kept: bool | None) -> None:
    experiment = parse({"change": CHANGE_NO_SCREENS})
    night = night_of_arm(experiment, ARM_CHANGE)
    record = NightRecord(night=night, detox_started=evening(night, 22), **fields)
    assert kept_to_arm(experiment, record) is kept


@pytest.mark.parametrize(
    ("arm", "fields", "kept"),
    [
        (ARM_CHANGE, {"temperature_target_c": 18.0, "temperature_mean_c": 18.4}, True),
        (ARM_CHANGE, {"temperature_target_c": 18.0}, True),
        # The bedroom never got there: its mean stayed nearer the usual target.
        (ARM_CHANGE, {"temperature_target_c": 18.0, "temperature_mean_c": 19.6}, False),
        (ARM_CHANGE, {"temperature_target_c": 18.0, "climate_override": True}, False),
        (ARM_CHANGE, {"temperature_target_c": 20.0}, False),
        (ARM_CHANGE, {}, None),
        (ARM_USUAL, {"temperature_target_c": 20.0, "temperature_mean_c": 20.2}, True),
        (ARM_USUAL, {"temperature_target_c": 18.0}, False),
    ],
)
def test_bedroom_target_keeps_by_what_the_house_held(
    arm: str, fields: dict[str, Any], kept: bool | None
) -> None:
    experiment = parse({"change": CHANGE_BEDROOM_TARGET, "target_temperature": 18.0})
    record = NightRecord(night=night_of_arm(experiment, arm), **fields)
    assert kept_to_arm(experiment, record) is kept


def test_a_bedroom_change_without_its_settings_says_nothing() -> None:
    """A record read from an older or hand-edited store may lack them: no night is judged."""
    for change in (CHANGE_BEDROOM_TARGET, CHANGE_EARLIER_DETOX):
        experiment = Experiment(change, TONIGHT, (ARM_CHANGE, ARM_USUAL) * 5)
        record = NightRecord(night=TONIGHT, temperature_target_c=18.0, skipped=True)
        assert kept_to_arm(experiment, record) is None


@pytest.mark.parametrize(
    ("arm", "started", "skipped", "kept"),
    [
        (ARM_CHANGE, (21, 15), False, True),  # 75 minutes before 22:30: 45 earlier
        (ARM_CHANGE, (21, 35), False, True),  # 55: nearer 75 than 30
        (ARM_CHANGE, (22, 0), False, False),  # the usual 30
        (ARM_USUAL, (22, 0), False, True),
        (ARM_USUAL, (21, 15), False, False),
        (ARM_USUAL, (22, 0), True, False),
        (ARM_USUAL, None, False, None),
    ],
)
def test_earlier_detox_keeps_by_when_the_detox_began(
    arm: str, started: tuple[int, int] | None, skipped: bool, kept: bool | None
) -> None:
    experiment = parse({"change": CHANGE_EARLIER_DETOX, "minutes_earlier": 45})
    night = night_of_arm(experiment, arm)
    record = NightRecord(
        night=night,
        lights_out_planned=evening(night, 22, 30),
        detox_started=None if started is None else evening(night, *started),
        skipped=skipped,
    )
    assert kept_to_arm(experiment, record) is kept
