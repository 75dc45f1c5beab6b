"""The check-in's rules: every bad field named, and a second check-in that keeps the first."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from custom_components.sleep_hygiene.model.check_in import (
    ERROR_EMPTY,
    ERROR_INVALID_ANSWER,
    ERROR_NIGHT_IN_FUTURE,
    ERROR_NIGHT_INVALID,
    ERROR_NIGHT_TOO_OLD,
    ERROR_NOTES_NOT_TEXT,
    ERROR_NOTES_NOT_UNICODE,
    ERROR_NOTES_TOO_LONG,
    ERROR_UNKNOWN_FIELD,
    InvalidCheckIn,
    answered,
    merge_check_in,
    parse_check_in,
)
from custom_components.sleep_hygiene.model.check_in_chain import (
    CHOICE_LATER,
    MAX_BUTTONS,
    ORDER,
    STEP_CAFFEINE,
    STEP_CAFFEINE_LATER,
    STEPS,
    action_id,
    chain_length,
    first_step,
    next_question,
    parse_action,
    position,
)
from custom_components.sleep_hygiene.model.night import ALL_QUESTIONS, QUESTIONS, CheckIn

LAST = date(2026, 3, 9)
MORNING = datetime(2026, 3, 10, 14, 35, tzinfo=UTC)


def _errors(data: dict[str, object]) -> list[tuple[str, str]]:
    with pytest.raises(InvalidCheckIn) as err:
        parse_check_in(data, LAST)
    return [(error.field, error.key) for error in err.value.errors]


def test_a_full_check_in_defaults_to_last_night() -> None:
    answers = {question: options[0] for question, options in QUESTIONS.items()}
    form = parse_check_in({**answers, "notes": "  slept with the window open  "}, LAST)
    assert form.night == LAST
    assert form.answers == answers
    assert form.notes == "slept with the window open"


@pytest.mark.parametrize(
    ("night", "expected"),
    [
        ("2026-03-08", date(2026, 3, 8)),
        (date(2026, 3, 9), date(2026, 3, 9)),
        (datetime(2026, 3, 1, 23, 0), date(2026, 3, 1)),
        (LAST - timedelta(days=60), LAST - timedelta(days=60)),
    ],
)
def test_night_accepts_a_date_or_iso_text(night: object, expected: date) -> None:
    assert parse_check_in({"night": night, "twitches": "few"}, LAST).night == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"twitches": "lots"}, [("twitches", ERROR_INVALID_ANSWER)]),
        ({"caffeine": 3}, [("caffeine", ERROR_INVALID_ANSWER)]),
        ({"night": "2026-03-10", "twitches": "few"}, [("night", ERROR_NIGHT_IN_FUTURE)]),
        ({"night": "2026-01-07", "twitches": "few"}, [("night", ERROR_NIGHT_TOO_OLD)]),
        ({"night": "yesterday", "twitches": "few"}, [("night", ERROR_NIGHT_INVALID)]),
        ({"night": 20260309, "twitches": "few"}, [("night", ERROR_NIGHT_INVALID)]),
        ({"notes": "x" * 501}, [("notes", ERROR_NOTES_TOO_LONG)]),
        ({"notes": ["a list"]}, [("notes", ERROR_NOTES_NOT_TEXT)]),
        ({"notes": "legs burned \ud83d"}, [("notes", ERROR_NOTES_NOT_UNICODE)]),
        ({"twitchs": "few"}, [("twitchs", ERROR_UNKNOWN_FIELD)]),
        ({}, [("answers", ERROR_EMPTY)]),
        ({"notes": "   "}, [("answers", ERROR_EMPTY)]),
        (
            {"night": "2027-01-01", "pain": "ouch", "notes": "x" * 600},
            [
                ("night", ERROR_NIGHT_IN_FUTURE),
                ("pain", ERROR_INVALID_ANSWER),
                ("notes", ERROR_NOTES_TOO_LONG),
            ],
        ),
    ],
)
def test_every_bad_field_is_named(data: dict[str, object], expected: list[tuple[str, str]]) -> None:
    assert _errors(data) == expected


def test_error_placeholders_say_what_was_wrong() -> None:
    with pytest.raises(InvalidCheckIn) as err:
        parse_check_in({"awakenings": "often", "night": "2025-12-01"}, LAST)
    night, answer = err.value.errors
    assert night.placeholders == {"night": "2025-12-01", "days": "60"}
    assert answer.placeholders == {
        "field": "awakenings",
        "value": "often",
        "options": "none, one_two, three_plus",
    }


def test_notes_of_exactly_500_characters_are_fine() -> None:
    assert parse_check_in({"notes": "x" * 500}, LAST).notes == "x" * 500


def test_first_check_in_starts_and_ends_now() -> None:
    merged = merge_check_in(None, {"twitches": "few"}, None, source="phone", at=MORNING)
    assert merged is not None
    check_in, edit = merged
    assert check_in == CheckIn({"twitches": "few"}, None, "phone", MORNING, MORNING)
    assert edit is None


def test_phone_answers_one_by_one_make_no_edit() -> None:
    first = CheckIn({"twitches": "few"}, None, "phone", MORNING, MORNING)
    later = MORNING + timedelta(seconds=4)
    merged = merge_check_in(first, {"pain": "none"}, None, source="phone", at=later)
    assert merged is not None
    check_in, edit = merged
    assert check_in.answers == {"twitches": "few", "pain": "none"}
    assert (check_in.started_at, check_in.logged_at) == (MORNING, later)
    assert edit is None


def test_a_changed_answer_keeps_the_earlier_one_in_the_edits() -> None:
    first = CheckIn({"twitches": "few", "rested": "well"}, "calm", "phone", MORNING, MORNING)
    later = MORNING + timedelta(hours=2)
    merged = merge_check_in(first, {"twitches": "many"}, None, source="phone", at=later)
    assert merged is not None
    check_in, edit = merged
    assert check_in.answers == {"twitches": "many", "rested": "well"}
    assert check_in.notes == "calm"
    assert edit == {
        "answers": {"twitches": "few", "rested": "well"},
        "notes": "calm",
        "source": "phone",
        "logged_at": MORNING.isoformat(),
        "started_at": MORNING.isoformat(),
        "replaced_at": later.isoformat(),
    }


def test_answers_given_another_way_keep_how_the_first_were_given() -> None:
    first = CheckIn({"twitches": "few"}, None, "phone", MORNING, MORNING)
    merged = merge_check_in(first, {"alcohol": "none"}, None, source="dashboard", at=MORNING)
    assert merged is not None
    check_in, edit = merged
    assert check_in.source == "dashboard"
    assert edit is not None
    assert edit["source"] == "phone"


def test_nothing_new_changes_nothing() -> None:
    first = CheckIn({"twitches": "few"}, "calm", "service", MORNING, MORNING)
    assert merge_check_in(first, {"twitches": "few"}, "calm", source="service", at=MORNING) is None


def test_answered_lists_questions_in_asking_order() -> None:
    assert answered(None) == []
    assert answered(CheckIn({"evening": "calm", "twitches": "few"})) == ["twitches", "evening"]


def test_every_notification_fits_androids_three_buttons() -> None:
    assert all(len(step.choices) <= MAX_BUTTONS for step in STEPS.values())
    # Every answer of every question, the weekly one too, can be given from the phone.
    reachable = {
        (step.question, choice)
        for step in STEPS.values()
        for choice in step.choices
        if step.records(choice)
    }
    assert reachable == {(q, option) for q, options in ALL_QUESTIONS.items() for option in options}


def test_caffeine_after_the_cut_off_asks_when() -> None:
    assert next_question(STEP_CAFFEINE, CHOICE_LATER, [], weekly=False) == STEP_CAFFEINE_LATER
    assert next_question(STEP_CAFFEINE_LATER, "evening", [], weekly=False) == "alcohol"
    assert next_question(STEP_CAFFEINE, "none", [], weekly=False) == "alcohol"
    assert position(STEP_CAFFEINE_LATER) == position(STEP_CAFFEINE) == 6
    assert not STEPS[STEP_CAFFEINE].records(CHOICE_LATER)


def test_a_stressed_evening_asks_about_hard_exercise_and_the_other_way_round() -> None:
    # The answer tapped first is kept (it answers the question); the follow-up may make it both.
    assert STEPS["evening"].records("stressed")
    assert next_question("evening", "stressed", [], weekly=False) == "evening_stressed"
    assert next_question("evening", "hard_exercise", [], weekly=False) == "evening_hard_exercise"
    assert next_question("evening", "calm", [], weekly=False) is None
    assert STEPS["evening_stressed"].choices == ("stressed", "stressed_hard_exercise")
    assert STEPS["evening_hard_exercise"].choices == ("hard_exercise", "stressed_hard_exercise")
    assert next_question("evening_stressed", "stressed_hard_exercise", [], weekly=False) is None
    assert position("evening_stressed") == position("evening") == 8


def test_the_weekly_question_comes_last_on_its_morning() -> None:
    assert next_question("evening", "calm", [], weekly=True) == "doctor_signs"
    assert next_question("evening_stressed", "stressed", [], weekly=True) == "doctor_signs"
    assert first_step(list(QUESTIONS), weekly=True) == "doctor_signs"
    assert first_step(list(QUESTIONS), weekly=False) is None
    assert position("doctor_signs") == 9
    assert chain_length(weekly=True) == 9
    assert chain_length(weekly=False) == 8


def test_questions_answered_elsewhere_are_not_asked() -> None:
    assert first_step([], weekly=False) == ORDER[0]
    assert first_step(["twitches", "leg_sensations"], weekly=False) == "awakenings"
    assert first_step(list(QUESTIONS), weekly=False) is None
    assert (
        next_question("twitches", "few", ["awakenings", "pain"], weekly=False) == "leg_sensations"
    )
    assert next_question("leg_sensations", "none", ["awakenings", "pain"], weekly=False) == "rested"
    assert next_question("evening", "calm", [], weekly=False) is None
    # A question swiped away is skipped, not asked again.
    assert next_question("pain", None, [], weekly=False) == "rested"


def test_action_ids_round_trip_and_reject_forgeries() -> None:
    tap = parse_action(action_id("bedroom1", "abc123", "pain", "cramps"), "bedroom1")
    assert tap is not None
    assert (tap.nonce, tap.step, tap.choice) == ("abc123", "pain", "cramps")
    assert parse_action(action_id("bedroom1", "abc123", "pain", "cramps"), "bedroom2") is None
    assert parse_action(action_id("bedroom1", "abc123", "pain", "many"), "bedroom1") is None
    assert parse_action(action_id("bedroom1", "abc123", "mood", "none"), "bedroom1") is None
    assert parse_action("SLEEP_HYGIENE:bedroom1:abc123:pain", "bedroom1") is None
    assert parse_action(None, "bedroom1") is None
