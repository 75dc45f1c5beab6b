"""A stored night is read only in the shape we write; a damaged one keeps its fields in shape."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from custom_components.sleep_hygiene.model.night import QUESTIONS, CheckIn, NightRecord
from custom_components.sleep_hygiene.model.night_salvage import salvage
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


@pytest.mark.parametrize(
    ("changes", "aside"),
    [
        ({"screen_on_minutes": "12"}, {"screen_on_minutes": "12"}),
        ({"temperature_mean_c": float("nan")}, {"temperature_mean_c": float("nan")}),
        ({"skipped": 0}, {"skipped": 0}),
        ({"has_screens": "yes"}, {"has_screens": "yes"}),
        ({"overrides": [1]}, {"overrides": [1]}),
        ({"lights_out_at": "late"}, {"lights_out_at": "late"}),
        ({"sleep_sources": {"window": 1}}, {"sleep_sources": {"window": 1}}),
        ({"edits": [{"source": "phone"}, 42]}, {"edits.1": 42}),
        ({"check_in": 42}, {"check_in": 42}),
    ],
)
def test_only_the_fields_not_in_shape_are_set_aside(
    changes: dict[str, Any], aside: dict[str, Any]
) -> None:
    """Everything else of the night reads as it was written."""
    stored = _stored(**changes)
    record, set_aside = salvage(stored)
    assert set_aside.keys() == aside.keys()
    assert repr(set_aside) == repr(aside)  # NaN is not equal to itself
    kept = {key: value for key, value in stored.items() if key not in aside}
    assert record == NightRecord.from_dict(kept | _only_good_edits(changes))


def _only_good_edits(changes: dict[str, Any]) -> dict[str, Any]:
    edits = changes.get("edits")
    return {} if edits is None else {"edits": [e for e in edits if isinstance(e, dict)]}


def test_a_bad_answer_keeps_the_others_the_note_and_the_check_in() -> None:
    stored = _stored()
    stored["check_in"] |= {"notes": "Late dinner.", "logged_at": "not a time"}
    stored["check_in"]["answers"] |= {"pain": "ouch", "twitches": ["many"]}
    record, aside = salvage(stored)
    assert aside == {
        "check_in.logged_at": "not a time",
        "check_in.answers.twitches": ["many"],
        "check_in.answers.pain": "ouch",
    }
    assert record.check_in is not None
    assert record.check_in.notes == "Late dinner."
    assert record.check_in.source == "phone"
    assert record.check_in.logged_at is None
    assert record.check_in.answers == {
        q: a for q, a in ANSWERS.items() if q not in ("pain", "twitches")
    }


def test_a_field_of_a_newer_version_is_kept_as_it_is() -> None:
    stored = _stored(snoring_minutes="loud", screen_on_minutes="lots")
    record, aside = salvage(stored)
    assert aside == {"screen_on_minutes": "lots"}
    assert record.night == NIGHT


@pytest.mark.parametrize("stored", [42, [1], {"night": "the ninth"}, {"skipped": True}])
def test_a_night_without_a_date_cannot_be_salvaged(stored: Any) -> None:
    with pytest.raises(SHAPE_ERRORS):
        salvage(stored)
