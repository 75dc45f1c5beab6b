"""A stored night is read only when it is in the shape we write: a damaged one is refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from custom_components.sleep_hygiene.model.night import QUESTIONS, CheckIn, NightRecord
from custom_components.sleep_hygiene.model.stored_state import SHAPE_ERRORS

NIGHT = date(2026, 3, 9)
ANSWERS = {question: options[-1] for question, options in QUESTIONS.items()}


def _stored(**changes: Any) -> dict[str, Any]:
    logged_at = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
    record = NightRecord(
        night=NIGHT,
        screen_on_minutes=12,
        temperature_mean_c=18.5,
        has_lights=True,
        check_in=CheckIn(dict(ANSWERS), None, "phone", logged_at, logged_at),
    )
    return record.as_dict() | changes


def test_a_night_in_shape_reads_back_as_written() -> None:
    stored = _stored(edits=[{"answers": {"pain": "ouch"}, "source": "phone"}])
    record = NightRecord.from_dict(stored)
    assert record.as_dict() == stored
    assert record.check_in is not None
    assert record.check_in.answers == ANSWERS


def test_an_answer_to_a_question_this_version_does_not_know_is_kept() -> None:
    stored = _stored()
    stored["check_in"]["answers"] |= {"sleep_talking": "yes"}
    record = NightRecord.from_dict(stored)
    assert record.check_in is not None
    assert record.check_in.answers == ANSWERS | {"sleep_talking": "yes"}


@pytest.mark.parametrize(
    "changes",
    [
        {"screen_on_minutes": True},
        {"screen_on_minutes": "12"},
        {"screen_on_minutes": None},
        {"temperature_mean_c": float("nan")},
        {"temperature_mean_c": float("inf")},
        {"temperature_mean_c": [18]},
        {"skipped": 0},
        {"climate_override": "false"},
        {"has_lights": 1},
        {"has_screens": "yes"},
        {"edits": [42]},
        {"check_in": {"answers": {"pain": "ouch"}}},
        {"check_in": {"answers": {"pain": ["none"]}}},
        {"check_in": {"answers": ["none"]}},
        {"check_in": {"notes": 42}},
    ],
)
def test_a_night_not_in_shape_is_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(SHAPE_ERRORS):
        NightRecord.from_dict(_stored(**changes))
