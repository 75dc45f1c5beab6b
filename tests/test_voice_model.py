"""The voice check-in's turns and the bedroom a spoken request means: the pure model."""

from __future__ import annotations

import pytest

from custom_components.sleep_hygiene.model.bedroom_choice import (
    Bedroom,
    Problem,
    pick_bedroom,
    same_name,
)
from custom_components.sleep_hygiene.model.voice_check_in import (
    STOP,
    Ending,
    Outcome,
    Turn,
    after_reply,
    heard,
    still_to_ask,
)


def test_an_answer_is_recorded_and_the_next_question_follows() -> None:
    assert after_reply(Turn("twitches"), "few", [], weekly=False) == Outcome(
        {"twitches": "few"}, Turn("leg_sensations")
    )


def test_a_choice_that_asks_more_records_nothing_yet() -> None:
    assert after_reply(Turn("caffeine"), "later", [], weekly=False) == Outcome(
        {}, Turn("caffeine_later")
    )
    # The follow-up says "both": the evening is stressed with hard exercise.
    assert after_reply(
        Turn("evening_stressed"), "stressed_hard_exercise", ["evening"], weekly=False
    ) == Outcome({"evening": "stressed_hard_exercise"}, None)


def test_nothing_understood_is_asked_once_more_then_passed() -> None:
    again = after_reply(Turn("twitches"), None, [], weekly=False)
    assert again == Outcome(next=Turn("twitches", asked=2))
    assert after_reply(again.next, None, [], weekly=False) == Outcome(
        next=Turn("leg_sensations", unanswered=1)
    )


def test_two_questions_passed_in_a_row_end_it_and_an_answer_starts_the_count_again() -> None:
    assert after_reply(Turn("pain", 2, unanswered=1), None, [], weekly=False) == Outcome(
        ending=Ending.NO_REPLY
    )
    assert after_reply(Turn("pain", 2, unanswered=1), "none", [], weekly=False).next == Turn(
        "rested"
    )


def test_stop_ends_it_at_once() -> None:
    assert after_reply(Turn("alcohol"), STOP, [], weekly=False) == Outcome(ending=Ending.STOPPED)


def test_the_last_question_passed_ends_it_without_a_reason() -> None:
    assert after_reply(Turn("evening", 2), None, [], weekly=False) == Outcome()
    assert after_reply(Turn("evening"), "calm", [], weekly=True).next == Turn("doctor_signs")


def test_only_an_answer_of_the_question_asked_is_heard() -> None:
    assert heard("twitches", "few") == "few"
    assert heard("twitches", STOP) == STOP
    assert heard("twitches", "severe") is None
    assert heard("twitches", None) is None


def test_a_question_answered_meanwhile_is_not_asked_but_a_follow_up_is() -> None:
    assert still_to_ask("awakenings", ["awakenings", "pain"], weekly=False) == "rested"
    assert still_to_ask("evening_stressed", ["evening"], weekly=False) == "evening_stressed"
    assert still_to_ask("evening", ["evening"], weekly=False) is None
    assert still_to_ask(None, [], weekly=False) is None


MAIN = Bedroom("a", "Main bedroom", "assist_satellite.bedside")
GUEST = Bedroom("b", "Guest room", "assist_satellite.guest")


@pytest.mark.parametrize(
    ("named", "satellite", "picked"),
    [
        ("guest room", None, GUEST),
        ("Main  Bedroom", "assist_satellite.guest", MAIN),
        (None, "assist_satellite.guest", GUEST),
        ("  ", "assist_satellite.bedside", MAIN),
    ],
)
def test_a_bedroom_is_named_or_heard_on_its_satellite(
    named: str | None, satellite: str | None, picked: Bedroom
) -> None:
    assert pick_bedroom([MAIN, GUEST], named=named, satellite=satellite).bedroom == picked


@pytest.mark.parametrize(
    ("bedrooms", "named", "satellite", "problem"),
    [
        ([], None, None, Problem.NONE),
        ([MAIN, GUEST], None, None, Problem.WHICH),
        ([MAIN, GUEST], None, "assist_satellite.kitchen", Problem.WHICH),
        ([MAIN, GUEST], "attic", None, Problem.UNKNOWN),
        ([MAIN], "attic", None, Problem.UNKNOWN),
    ],
)
def test_when_no_bedroom_is_picked_it_says_why(
    bedrooms: list[Bedroom], named: str | None, satellite: str | None, problem: Problem
) -> None:
    assert pick_bedroom(bedrooms, named=named, satellite=satellite).problem is problem


def test_one_bedroom_needs_no_name() -> None:
    assert pick_bedroom([GUEST], named=None, satellite=None).bedroom == GUEST


@pytest.mark.parametrize(
    ("spoken", "name", "same"),
    [
        ("sypialni", "Sypialnia", True),  # Polish locative
        ("pokoju gościnnym", "Pokój gościnny", False),  # ó becomes o: too far
        ("gästezimmer", "Gästezimmer", True),
        ("bed", "Bedroom", False),
        ("guest rooms", "Guest room", True),
        ("guest", "Guest room", False),
    ],
)
def test_a_name_is_the_same_with_another_ending(spoken: str, name: str, same: bool) -> None:
    assert same_name(spoken, name) is same
