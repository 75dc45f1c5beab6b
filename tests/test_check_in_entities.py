"""The check-in on a dashboard: selects as the form, a submit button, and the check-in sensors."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
)

from custom_components.sleep_hygiene.const import DOMAIN, EVENT_CHECK_IN_LOGGED
from custom_components.sleep_hygiene.coordinator import REFRESH_COOLDOWN
from custom_components.sleep_hygiene.model.night import QUESTIONS

LONDON = ZoneInfo("Europe/London")
MORNING = datetime(2026, 3, 10, 7, 0, tzinfo=LONDON)
LAST_NIGHT = date(2026, 3, 9)
TWITCHES = "select.main_bedroom_leg_twitches"
CAFFEINE = "select.main_bedroom_last_caffeine"
SUBMIT = "button.main_bedroom_submit_check_in"
STATUS = "sensor.main_bedroom_last_night_s_check_in"
LAST_CHECK_IN = "sensor.main_bedroom_last_check_in"
STREAK = "sensor.main_bedroom_check_in_streak"


@pytest.fixture
async def bedroom(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> MockConfigEntry:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(MORNING)
    assert await hass.config_entries.async_setup(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    return bedroom_entry


async def _select(hass: HomeAssistant, entity_id: str, option: str) -> None:
    await hass.services.async_call(
        "select", "select_option", {"entity_id": entity_id, "option": option}, blocking=True
    )


async def _submit(hass: HomeAssistant) -> None:
    await hass.services.async_call("button", "press", {"entity_id": SUBMIT}, blocking=True)
    await hass.async_block_till_done()


async def _log(hass: HomeAssistant, **fields: Any) -> None:
    await hass.services.async_call(
        DOMAIN, "log_check_in", {"config_entry_id": "bedroom1", **fields}, blocking=True
    )


async def _settle(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Let the score coordinator's debounce run."""
    freezer.tick(timedelta(seconds=REFRESH_COOLDOWN + 1))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()


async def test_the_form_is_a_draft_until_submitted(
    hass: HomeAssistant, bedroom: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    events = async_capture_events(hass, EVENT_CHECK_IN_LOGGED)
    state = hass.states.get(TWITCHES)
    assert state.state == "unknown"
    assert state.attributes["options"] == ["none", "few", "many"]
    assert hass.states.get(CAFFEINE).attributes["options"] == list(QUESTIONS["caffeine"])
    assert hass.states.get(STATUS).state == "unanswered"

    await _select(hass, TWITCHES, "many")
    await _select(hass, CAFFEINE, "evening")
    assert hass.states.get(TWITCHES).state == "many"
    # Not stored yet.
    assert bedroom.runtime_data.log.get(LAST_NIGHT) is None
    assert hass.states.get(STATUS).state == "unanswered"

    await _submit(hass)

    record = bedroom.runtime_data.log.get(LAST_NIGHT)
    assert record.check_in.answers == {"twitches": "many", "caffeine": "evening"}
    assert record.check_in.source == "dashboard"
    assert hass_storage["sleep_hygiene.bedroom1"]["data"]["nights"]["2026-03-09"]["check_in"]
    assert hass.states.get(TWITCHES).state == "many"
    status = hass.states.get(STATUS)
    assert status.state == "partial"
    assert status.attributes["night"] == "2026-03-09"
    assert status.attributes["answered"] == ["twitches", "caffeine"]
    assert "many" not in str(status.attributes)
    assert hass.states.get(LAST_CHECK_IN).state == "2026-03-10T07:00:00+00:00"
    assert [event.data["source"] for event in events] == ["dashboard"]

    # Submitting again with nothing new chosen is refused, clearly.
    with pytest.raises(ServiceValidationError) as err:
        await _submit(hass)
    assert err.value.translation_key == "check_in_nothing_to_submit"


async def test_changing_an_answer_on_the_dashboard_keeps_the_first(
    hass: HomeAssistant, bedroom: MockConfigEntry
) -> None:
    await _log(hass, **{question: options[0] for question, options in QUESTIONS.items()})
    assert hass.states.get(STATUS).state == "complete"
    assert hass.states.get(TWITCHES).state == "none"

    await _select(hass, TWITCHES, "few")
    await _submit(hass)

    record = bedroom.runtime_data.log.get(LAST_NIGHT)
    assert record.check_in.answers["twitches"] == "few"
    assert record.edits[0]["answers"]["twitches"] == "none"
    assert record.edits[0]["source"] == "service"


async def test_a_draft_survives_a_restart_but_not_the_next_night(
    hass: HomeAssistant, bedroom: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    await _select(hass, TWITCHES, "few")
    assert await hass.config_entries.async_reload(bedroom.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get(TWITCHES).state == "few"

    # At tonight's lights-out the form is about tonight: last night's draft is stale.
    tonight = datetime(2026, 3, 10, 22, 30, 1, tzinfo=LONDON)
    freezer.move_to(tonight)
    async_fire_time_changed(hass, tonight)
    await hass.async_block_till_done()
    assert hass.states.get(TWITCHES).state == "unknown"
    assert hass.states.get(STATUS).attributes["night"] == "2026-03-10"
    with pytest.raises(ServiceValidationError):
        await _submit(hass)


async def test_streak_counts_nights_in_a_row_and_waits_for_this_morning(
    hass: HomeAssistant, bedroom: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    for night in ("2026-03-05", "2026-03-07", "2026-03-08"):
        await _log(hass, night=night, rested="well")
    await _settle(hass, freezer)
    # Last night is not answered yet this morning: the streak is still two.
    assert hass.states.get(STREAK).state == "2"
    # A count without a unit ("1 nights"): the name says what it counts.
    assert "unit_of_measurement" not in hass.states.get(STREAK).attributes
    assert hass.states.get(STREAK).name == "Main bedroom Check-in streak (nights)"
    assert hass.states.get(STREAK).attributes["checked_in"] is False

    await _log(hass, rested="somewhat")
    await _settle(hass, freezer)
    assert hass.states.get(STREAK).state == "3"

    # The missed night, answered late, joins the two runs.
    await _log(hass, night="2026-03-06", rested="well")
    await _settle(hass, freezer)
    assert hass.states.get(STREAK).state == "5"
