"""The get_summary action on a simulated month: the page a person could show a doctor."""

from __future__ import annotations

from datetime import date, datetime
import json
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import DOMAIN
from custom_components.sleep_hygiene.model.night import NightRecord

from .journal_fixtures import (
    COFFEE_NIGHT,
    LAST_NIGHT,
    checked_in,
    local,
    measured,
    settle,
    start_bedroom,
    write_month,
)

MORNING = local(LAST_NIGHT, 10)


async def get_summary(hass: HomeAssistant, **data: Any) -> dict[str, Any]:
    """Call the action as a script or the developer tools would, and return its response."""
    response = await hass.services.async_call(
        DOMAIN,
        "get_summary",
        {"config_entry_id": "bedroom1"} | data,
        blocking=True,
        return_response=True,
    )
    assert response is not None
    return dict(response)


async def test_two_weeks_by_default(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    bedroom_entry.runtime_data.log.update(
        LAST_NIGHT, checked_in(caffeine="afternoon", twitches="many")
    )
    bedroom_entry.runtime_data.log.get(LAST_NIGHT).check_in.notes = "Long drive yesterday."

    summary = await get_summary(hass)
    json.dumps(summary)  # a response must be plain JSON
    assert summary["bedroom"] == "Main bedroom"
    assert (summary["first_night"], summary["last_night"]) == ("2026-02-15", "2026-02-28")
    nights = summary["nights"]
    assert [night["night"] for night in nights][:2] == ["2026-02-15", "2026-02-16"]
    assert len(nights) == 14

    last = nights[-1]
    assert last["check_in"] == {
        "answers": {
            "twitches": "many",
            "leg_sensations": "none",
            "awakenings": "none",
            "pain": "none",
            "rested": "well",
            "caffeine": "afternoon",
            "alcohol": "none",
            "evening": "calm",
            "doctor_signs": None,
        },
        "notes": "Long drive yesterday.",
        "source": "service",
    }
    assert last["score"] == {
        "score": 85.0,
        "bedroom": 100.0,
        "habits": 83.3,
        "symptoms": 66.7,
        # (40 of 40 bedroom points + 25 of 30 habit points) / 70: what was done, apart.
        "habits_and_bedroom": 92.9,
        "symptom_burden": 33.3,
    }
    assert last["lights_out"] == "2026-02-28T22:30:00+00:00"
    assert last["bedroom_temperature_c"] == 18.0
    assert last["detox_skipped"] is False

    # Coffee and many twitches on 5 of the 14 nights (the 28th, 25th, 22nd, 19th and 16th).
    assert summary["answer_counts"]["twitches"] == {"none": 9, "few": 0, "many": 5}
    assert summary["answer_counts"]["caffeine"]["afternoon"] == 5
    averages = summary["averages"]
    assert averages["score"] == round((5 * 85 + 9 * 100) / 14, 1)
    assert averages["symptom_burden"] == round(5 * 100 / 3 / 14, 1)
    assert averages["score_7_nights"] == 93.6
    assert averages["score_28_nights"] == 94.6
    assert summary["check_in_streak"] == 28
    assert summary["red_flags"]["active"] == ["frequent_twitches"]
    assert summary["red_flags"]["rules"]["frequent_twitches"]["nights"] == 3
    # Everything of the summary covers the 14 nights, and each average says how many it rests on.
    assert summary["nights_asked"] == 14
    assert summary["insights"]["nights"] == 14
    # Five coffee nights in these two weeks are too few to tell (the sensor's four weeks can).
    caffeine = summary["insights"]["factors"]["caffeine_after_cutoff"]
    assert (caffeine["nights_with"], caffeine["verdict"]) == (5, "too_few_nights")
    assert caffeine["more_nights_with"] == 1
    assert summary["insights"]["likely_trigger"] is None
    assert summary["average_nights"] == {
        "score": 14,
        "bedroom": 14,
        "habits": 14,
        "symptoms": 14,
        "symptom_burden": 14,
    }


async def test_the_insights_are_the_spans_not_the_sensors(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    """Coffee went with worse nights in early February only: a week's summary shows no trigger."""
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry, answers=lambda back: COFFEE_NIGHT if back >= 14 and back % 2 else {})
    await settle(hass, freezer)
    sensor = hass.states.get("sensor.main_bedroom_likely_trigger")
    assert sensor is not None
    assert sensor.state == "caffeine_after_cutoff"
    week = await get_summary(hass, nights=7)
    assert week["insights"]["nights"] == 7
    assert week["insights"]["likely_trigger"] is None
    assert week["insights"]["factors"]["caffeine_after_cutoff"]["nights_with"] == 0
    month = await get_summary(hass, nights=28)
    assert month["insights"]["likely_trigger"] == "caffeine_after_cutoff"


async def test_nights_before_the_bedroom_existed_are_not_listed(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    """Set up on the 20th, first night measured on the 25th: the summary begins on the 20th."""
    bedroom_entry.created_at = local(date(2026, 2, 20), 15)
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry, nights=4)
    log = bedroom_entry.runtime_data.log
    # The last night ran but nobody answered: a score without symptoms.
    log.update(LAST_NIGHT, lambda record: setattr(record, "check_in", None))
    summary = await get_summary(hass, nights=14)
    assert (summary["first_night"], summary["last_night"]) == ("2026-02-20", "2026-02-28")
    assert [night["recorded"] for night in summary["nights"]] == [False] * 5 + [True] * 4
    assert summary["average_nights"]["score"] == 4
    assert summary["average_nights"]["symptom_burden"] == 3
    assert summary["nights_asked"] == 14


async def test_nights_without_a_record_are_listed_as_such(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    log = bedroom_entry.runtime_data.log
    log.update(date(2026, 1, 29), measured)  # the first night: the house ran, nobody answered
    log.update(date(2026, 1, 31), measured)
    # An answer this version does not know (say, written by a newer one) is left out.
    log.get(LAST_NIGHT).check_in.answers["dreams"] = "vivid"
    # Nothing before the first night, whatever the span asked.
    summary = await get_summary(hass, nights=40)
    assert summary["first_night"] == "2026-01-29"
    first, second, third = summary["nights"][1:4]
    assert first == {
        "night": "2026-01-30",
        "recorded": False,
        "check_in": None,
        "score": None,
        "lights_out": None,
        "detox_skipped": False,
        "bedroom_temperature_c": None,
        "phone_screen_minutes": None,
        "measured": None,
    }
    assert second["recorded"] is True
    assert second["check_in"] is None
    assert second["score"]["score"] == 100.0
    assert second["score"]["symptom_burden"] is None
    assert "dreams" not in summary["answer_counts"]
    assert "dreams" not in summary["nights"][-1]["check_in"]["answers"]
    assert third["night"] == "2026-02-01"
    assert third["recorded"] is True
    assert len(summary["nights"]) == 31


async def test_an_answer_just_given_is_in_the_summary(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    """The summary does not wait for the sensors' debounce."""
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry, nights=3)
    bedroom_entry.runtime_data.log.update(LAST_NIGHT, checked_in(rested="poorly"))
    summary = await get_summary(hass, nights=1)
    assert summary["nights"][0]["check_in"]["answers"]["rested"] == "poorly"
    assert summary["nights"][0]["score"]["score"] == 95.0
    # The sensors were brought up to date with it.
    assert hass.states.get("sensor.main_bedroom_sleep_hygiene_score").state == "95.0"


async def test_empty_journal(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    """Set up this morning: no night of the bedroom has ended yet, so none is listed."""
    bedroom_entry.created_at = MORNING
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    summary = await get_summary(hass, nights=3)
    assert summary["nights"] == []
    assert (summary["first_night"], summary["last_night"]) == ("2026-02-28", "2026-02-28")
    assert summary["averages"]["score"] is None
    assert set(summary["average_nights"].values()) == {0}
    assert summary["red_flags"]["active"] == []
    assert summary["insights"]["likely_trigger"] is None


@pytest.mark.parametrize("nights", [0, 366])
async def test_nights_out_of_range_is_a_translated_error(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
    nights: int,
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    with pytest.raises(ServiceValidationError) as err:
        await get_summary(hass, nights=nights)
    assert err.value.translation_key == "nights_out_of_range"
    assert err.value.translation_placeholders == {"nights": str(nights), "max": "365"}


async def test_unknown_bedroom_is_a_translated_error(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    with pytest.raises(ServiceValidationError) as err:
        await get_summary(hass, config_entry_id="nope")
    assert err.value.translation_key == "entry_not_found"


async def test_a_broken_record_is_a_translated_error_until_fixed(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry, nights=3)
    log = bedroom_entry.runtime_data.log

    def broken(record: NightRecord) -> None:
        # A start time without a time zone, as a hand-edited file might have.
        record.detox_started = datetime(2026, 2, 28, 22, 0)

    log.update(LAST_NIGHT, broken)
    with pytest.raises(HomeAssistantError) as err:
        await get_summary(hass)
    assert err.value.translation_key == "summary_unavailable"
    assert err.value.translation_placeholders == {"name": "Main bedroom"}

    log.update(LAST_NIGHT, checked_in())
    await settle(hass, freezer)
    assert (await get_summary(hass, nights=1))["nights"][0]["score"]["score"] == 100.0
