"""The shapes of the controllers' restart state: every key we write is checked on load."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from custom_components.sleep_hygiene.model.night import CheckIn, NightRecord
from custom_components.sleep_hygiene.model.stored_state import STATE_KINDS, split_state


def test_every_kind_reads_back_what_it_writes() -> None:
    assert set(STATE_KINDS) == set(GOOD) - {"from_a_newer_version"}
    for key, kind in STATE_KINDS.items():
        state = kind.from_dict(GOOD[key])
        assert kind.from_dict(state.as_dict()) == state


GOOD: dict[str, Any] = {
    "detox": {"enabled": False, "tonight": {"night": "2026-03-09", "phase": "detox"}},
    "climate": {
        "night": "2026-03-09",
        "entity_id": "climate.bedroom",
        "phase": "holding",
        "snapshot": {"hvac_mode": "heat", "setpoints": {"temperature": 21.0}, "unit": "°C"},
        "expected": None,
    },
    "phone_check_in": {
        "nonce": "abc",
        "night": "2026-03-09",
        "step": None,
        "earlier": {"xyz": "2026-03-08"},
    },
    "voice_check_in": {
        "night": "2026-03-09",
        "satellite": "assist_satellite.bedside_speaker",
        "step": "caffeine_later",
    },
    "reminders": {"night": "2026-03-09", "steps": ["warm_bath"]},
    "red_flags": {"poorly_rested": {"since": "2026-03-09", "notify": False, "issue": "a"}},
    "check_in_draft": {"night": "2026-03-09", "answers": {"twitches": "few"}},
    "temperature": {
        "night": "2026-03-09",
        "wake": "2026-03-10T06:30:00+00:00",
        "tally": {
            "target_c": 18.0,
            "band_c": 1.0,
            "seconds": 60.0,
            "degree_seconds": 1080.0,
            "in_band_seconds": 60.0,
            "last_at": None,
            "last_c": 18,
        },
    },
    "setup": {
        "fingerprint": "0123abcd",
        "step": "stretches",
        "waits_until": "2026-03-09T22:15:00+00:00",
    },
    "phone_dnd": {
        "night": "2026-03-09",
        "changed": {"device1": ["sensor.pixel_do_not_disturb_sensor", "off"]},
    },
    "experiments": {
        "runs": [
            {
                "experiment": {
                    "change": "no_alcohol",
                    "first_night": "2026-02-01",
                    "arms": ["change", "usual"] * 5,
                    "stopped_at": "2026-02-09",
                },
                "result": {"as_of": "2026-02-08", "as_assigned": {"verdict": "too_few_nights"}},
            },
            {
                "experiment": {
                    "change": "bedroom_target",
                    "first_night": "2026-03-01",
                    "arms": ["usual", "change"] * 7,
                    "target_c": 17.0,
                    "usual_target_c": 19.0,
                },
                "result": None,
            },
        ]
    },
    "from_a_newer_version": [1, 2, 3],
}


def test_state_in_shape_is_all_kept() -> None:
    assert split_state(GOOD) == (GOOD, {})


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("detox", {"enabled": "yes"}),
        ("detox", {"tonight": 42}),
        ("climate", {"night": "2026-03-09", "entity_id": "climate.x"}),
        ("phone_check_in", {"nonce": 7, "night": "2026-03-09"}),
        ("phone_check_in", {"nonce": "a", "night": "2026-03-09", "earlier": {"b": "soon"}}),
        ("voice_check_in", {"night": "2026-03-09", "step": "pain"}),
        ("voice_check_in", {"night": "2026-03-09", "satellite": "a", "step": 3}),
        ("reminders", {"night": "2026-03-09", "steps": [1]}),
        ("reminders", {"night": "2026-03-09", "steps": "warm_bath"}),
        ("red_flags", {"poorly_rested": {"since": "2026-03-09", "notify": 1}}),
        ("red_flags", {"poorly_rested": ["since"]}),
        ("check_in_draft", {"night": "2026-03-09", "answers": {"twitches": None}}),
        ("check_in_draft", {1: "x"}),
        ("temperature", {"night": "2026-03-09", "wake": "2026-03-10T06:30:00", "tally": {}}),
        ("setup", {"fingerprint": 7}),
        ("setup", {"fingerprint": "a", "waits_until": "soon"}),
        ("phone_dnd", {"night": "2026-03-09", "changed": {"device1": ["sensor.x"]}}),
        ("phone_dnd", {"night": "2026-03-09", "changed": {"device1": "off"}}),
        ("experiments", {"runs": {}}),
        ("experiments", {"runs": [{"experiment": "no_alcohol"}]}),
        ("experiments", {"runs": [GOOD["experiments"]["runs"][0] | {"result": []}]}),
        ("experiments", {"runs": [GOOD["experiments"]["runs"][0] | {"result": {"as_of": 1}}]}),
        (
            "experiments",
            {"runs": [GOOD["experiments"]["runs"][1] | {"result": {"as_of": "2026-03-02"}}]},
        ),
        # Two experiments at once: the second begins before the first is over.
        ("experiments", {"runs": [GOOD["experiments"]["runs"][1]] * 2}),
    ],
)
def test_a_part_not_in_shape_is_set_aside_alone(key: str, value: Any) -> None:
    kept, bad = split_state(GOOD | {key: value})
    assert bad == {key: value}
    assert kept == {k: v for k, v in GOOD.items() if k != key}


def test_state_that_is_not_an_object_is_set_aside_whole() -> None:
    assert split_state([1]) == ({}, {"state": [1]})


@pytest.mark.parametrize(
    "change",
    [
        {"skipped": "no"},
        {"overrides": [3]},
        {"edits": ["an edit"]},
        {"temperature_mean_c": True},
        {"has_lights": "yes"},
        {"check_in": {"answers": {}, "notes": 5}},
        {"check_in": {"answers": {"rested": "great"}}},
    ],
)
def test_a_night_not_in_shape_does_not_load(change: dict[str, Any]) -> None:
    good = NightRecord(night=date(2026, 3, 9), check_in=CheckIn(answers={"rested": "well"}))
    assert NightRecord.from_dict(good.as_dict()) == good
    with pytest.raises((TypeError, ValueError)):
        NightRecord.from_dict(good.as_dict() | change)
