"""The log_check_in service: stored at once, returned with its score, every bad field refused."""

from __future__ import annotations

from datetime import datetime
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events

from custom_components.sleep_hygiene.const import DOMAIN, EVENT_CHECK_IN_LOGGED
from custom_components.sleep_hygiene.model import check_in

LONDON = ZoneInfo("Europe/London")
# London is on GMT in early March: local time is UTC.
MORNING = datetime(2026, 3, 10, 7, 0, tzinfo=LONDON)
STORE_KEY = "sleep_hygiene.bedroom1"
ANSWERS = {
    "twitches": "few",
    "leg_sensations": "none",
    "awakenings": "one_two",
    "pain": "none",
    "rested": "somewhat",
    "caffeine": "afternoon",
    "alcohol": "none",
    "evening": "calm",
}


@pytest.fixture
async def bedroom(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> MockConfigEntry:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(MORNING)
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    return bedroom_entry


async def _log(hass: HomeAssistant, **fields: Any) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN,
        "log_check_in",
        {"config_entry_id": "bedroom1", **fields},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    return dict(response)


async def test_check_in_is_written_at_once_and_returned_with_its_score(
    hass: HomeAssistant, bedroom: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    events = async_capture_events(hass, EVENT_CHECK_IN_LOGGED)
    response = await _log(hass, **ANSWERS, notes="Late dinner")

    assert response["night"] == "2026-03-09"
    check_in_stored = response["record"]["check_in"]
    assert check_in_stored["answers"] == ANSWERS
    assert check_in_stored["notes"] == "Late dinner"
    assert check_in_stored["source"] == "service"
    assert response["score"]["habits"] == pytest.approx(100 * 25 / 30, abs=0.1)
    assert response["score"]["score"] is not None
    # Flushed, not waiting for the debounce.
    written = hass_storage[STORE_KEY]["data"]["nights"]["2026-03-09"]
    assert written["check_in"]["answers"] == ANSWERS
    # Automations learn which night and how, not the answers (health data).
    assert [event.data for event in events] == [
        {
            "config_entry_id": "bedroom1",
            "night": "2026-03-09",
            "source": "service",
            "complete": True,
        }
    ]
    state = hass.states.get("event.main_bedroom_night_events")
    assert state.attributes["event_type"] == "check_in_logged"


async def test_without_a_response_it_returns_nothing(
    hass: HomeAssistant, bedroom: MockConfigEntry
) -> None:
    result = await hass.services.async_call(
        DOMAIN,
        "log_check_in",
        {"config_entry_id": "bedroom1", "night": "2026-03-08", "rested": "well"},
        blocking=True,
    )
    assert result is None
    record = bedroom.runtime_data.log.get(datetime(2026, 3, 8).date())
    assert record.check_in.answers == {"rested": "well"}


async def test_a_second_check_in_updates_the_night_and_keeps_the_first(
    hass: HomeAssistant, bedroom: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    await _log(hass, twitches="few", rested="well")
    freezer.tick(3600)
    response = await _log(hass, twitches="many", alcohol="one")

    record = response["record"]
    assert record["check_in"]["answers"] == {"twitches": "many", "rested": "well", "alcohol": "one"}
    assert record["check_in"]["started_at"] == "2026-03-10T07:00:00+00:00"
    assert record["check_in"]["logged_at"] == "2026-03-10T08:00:00+00:00"
    assert [edit["answers"] for edit in record["edits"]] == [{"twitches": "few", "rested": "well"}]
    assert len(bedroom.runtime_data.log.records()) == 1


@pytest.mark.parametrize(
    ("fields", "key", "placeholders"),
    [
        (
            {"twitches": "lots"},
            "check_in_invalid_answer",
            {"field": "twitches", "value": "lots", "options": "none, few, many"},
        ),
        (
            {"night": "2026-03-10", "twitches": "few"},
            "check_in_night_in_future",
            {"night": "2026-03-10", "last_night": "2026-03-09"},
        ),
        (
            {"night": "2026-01-07", "twitches": "few"},
            "check_in_night_too_old",
            {"night": "2026-01-07", "days": "60"},
        ),
        ({"night": "last tuesday"}, "check_in_night_invalid", {"value": "last tuesday"}),
        ({"notes": "z" * 501}, "check_in_notes_too_long", {"length": "501", "max": "500"}),
        ({"notes": 42}, "check_in_notes_not_text", {}),
        ({"notes": "legs burned \ud83d"}, "check_in_notes_not_unicode", {}),
        ({"mood": "fine"}, "check_in_unknown_field", {"field": "mood"}),
        ({}, "check_in_empty", {}),
    ],
)
async def test_every_bad_field_is_a_translated_error_and_nothing_is_stored(
    hass: HomeAssistant,
    bedroom: MockConfigEntry,
    hass_storage: dict[str, Any],
    fields: dict[str, Any],
    key: str,
    placeholders: dict[str, str],
) -> None:
    events = async_capture_events(hass, EVENT_CHECK_IN_LOGGED)
    # Good answers beside the bad field are not stored either.
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "log_check_in",
            {"config_entry_id": "bedroom1", "rested": "well", **fields}
            if fields
            else {"config_entry_id": "bedroom1"},
            blocking=True,
        )
    assert err.value.translation_domain == DOMAIN
    assert err.value.translation_key == key
    assert err.value.translation_placeholders == placeholders
    assert bedroom.runtime_data.log.records() == []
    assert STORE_KEY not in hass_storage
    assert events == []


async def test_a_note_that_cannot_be_stored_stops_no_later_save(
    hass: HomeAssistant,
    bedroom: MockConfigEntry,
    hass_storage: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Half an emoji from a template is refused; the journal keeps saving, nothing is logged."""
    with pytest.raises(ServiceValidationError):
        await _log(hass, twitches="few", notes="my legs \ud83d")
    await _log(hass, twitches="many", notes="Windy night")
    await hass.async_block_till_done()
    stored = hass_storage[STORE_KEY]["data"]["nights"]
    assert [night["check_in"]["notes"] for night in stored.values()] == ["Windy night"]
    assert "my legs" not in caplog.text


async def test_unknown_bedroom_is_a_translated_error(
    hass: HomeAssistant, bedroom: MockConfigEntry
) -> None:
    with pytest.raises(ServiceValidationError) as err:
        await _log(hass, twitches="few", config_entry_id="nope")
    assert err.value.translation_key == "entry_not_found"


async def test_send_check_in_without_phones_says_so(
    hass: HomeAssistant, bedroom: MockConfigEntry
) -> None:
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "send_check_in", {"config_entry_id": "bedroom1"}, blocking=True
        )
    assert err.value.translation_key == "check_in_no_phone"
    assert err.value.translation_placeholders == {"name": "Main bedroom"}


def test_every_check_in_error_has_an_english_message() -> None:
    strings = json.loads(
        (Path(check_in.__file__).parents[1] / "translations" / "en.json").read_text(
            encoding="utf-8"
        )
    )
    keys = {value for name, value in vars(check_in).items() if name.startswith("ERROR_")}
    for key in keys | {"check_in_no_phone", "check_in_nothing_to_submit"}:
        assert strings["exceptions"][key]["message"]


async def test_the_same_check_in_twice_changes_nothing(
    hass: HomeAssistant, bedroom: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    first = await _log(hass, twitches="few", notes="Windy night")
    freezer.tick(600)
    again = await _log(hass, twitches="few", notes="Windy night")
    assert again["record"] == first["record"]
    assert again["record"]["edits"] == []
