"""Score sensors on a simulated month: values, attributes, updates, backfill and statistics."""

from __future__ import annotations

from datetime import timedelta

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.recorder import Recorder
from homeassistant.components.recorder.models import StatisticMeanType
from homeassistant.components.recorder.statistics import get_metadata
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
    do_adhoc_statistics,
)

from .journal_fixtures import (
    LAST_NIGHT,
    checked_in,
    local,
    measured,
    settle,
    start_bedroom,
    write_month,
)
from .time_helpers import advance

SCORE = "sensor.main_bedroom_sleep_hygiene_score"
AVERAGE = "sensor.main_bedroom_sleep_hygiene_score_7_day_average"
BURDEN = "sensor.main_bedroom_symptom_burden"
BEDROOM = "sensor.main_bedroom_bedroom_wind_down_score"
HABITS = "sensor.main_bedroom_habits_score"
SYMPTOMS = "sensor.main_bedroom_symptoms_rest_score"
TRIGGER = "sensor.main_bedroom_likely_trigger"
MEASUREMENTS = (SCORE, AVERAGE, BURDEN, BEDROOM, HABITS, SYMPTOMS)
# The morning after LAST_NIGHT, after wake.
MORNING = local(LAST_NIGHT, 10)


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(recorder_db_url: str, enable_custom_integrations: None) -> None:
    """Load custom_components/ too, after the recorder's database (it must come before hass)."""


def state(hass: HomeAssistant, entity_id: str) -> str:
    """Return an entity's state string."""
    found = hass.states.get(entity_id)
    assert found is not None, entity_id
    return found.state


async def test_month_of_nights_on_the_sensors_at_startup(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    """A month in the journal shows on every sensor as soon as the bedroom starts."""
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    # A restart: the journal is written out, read back, and the sensors are right at once.
    assert await hass.config_entries.async_reload(bedroom_entry.entry_id)
    await hass.async_block_till_done()

    # Last night, worked out by hand: the house did everything (40 of 40), coffee in the
    # afternoon (habits 25 of 30) and many twitches (symptoms 20 of 30): 85 of 100.
    assert state(hass, SCORE) == "85.0"
    assert state(hass, BEDROOM) == "100.0"
    assert state(hass, HABITS) == "83.3"
    assert state(hass, SYMPTOMS) == "66.7"
    assert state(hass, BURDEN) == "33.3"
    # Coffee nights are 3 of the last 7 (85 each), the other 4 score 100: 655 / 7.
    assert state(hass, AVERAGE) == "93.6"

    score = hass.states.get(SCORE)
    assert score is not None
    assert score.attributes["state_class"] == "measurement"
    assert score.attributes["night"] == "2026-02-28"
    components = score.attributes["components"]
    assert components["caffeine"] == {
        "key": "caffeine",
        "group": "habits",
        "points": 5.0,
        "max_points": 10.0,
        "source": "drake2013",
    }
    assert components["twitches"]["points"] == 0.0
    assert components["regularity"]["points"] == 5.0
    assert len(components) == 14
    # 10 coffee nights of 85 and 18 of 100 over four weeks.
    assert hass.states.get(AVERAGE).attributes["average_28"] == 94.6
    assert hass.states.get(BURDEN).attributes["average_7"] == round(100 / 7, 1)
    for entity_id in MEASUREMENTS:
        assert hass.states.get(entity_id).attributes["state_class"] == "measurement"

    trigger = hass.states.get(TRIGGER)
    assert trigger.state == "caffeine_after_cutoff"
    assert "none" in trigger.attributes["options"]
    assert trigger.attributes["nights"] == 28
    caffeine = trigger.attributes["factors"]["caffeine_after_cutoff"]
    # Every coffee night is worse than every other: no shuffle of 28 nights splits them so.
    assert caffeine | {"difference_low": None, "difference_high": None} == {
        "nights_with": 10,
        "nights_without": 18,
        "burden_with": 33.3,
        "burden_without": 0.0,
        "difference": 33.3,
        "difference_low": None,
        "difference_high": None,
        "adjusted_p": 0.001,
        "verdict": "worse",
        "more_nights_with": 0,
        "more_nights_without": 0,
    }
    assert 10 <= caffeine["difference_low"] < 33.3 < caffeine["difference_high"]
    assert trigger.attributes["enough_data"] is True
    # No alcohol at all: nothing to compare, and it is not named.
    assert trigger.attributes["factors"]["alcohol"]["nights_with"] == 0
    assert "state_class" not in trigger.attributes


async def test_empty_journal_is_unknown_not_zero(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    for entity_id in (*MEASUREMENTS, TRIGGER):
        assert state(hass, entity_id) == STATE_UNKNOWN


async def test_likely_trigger_needs_six_nights_each_side_and_a_clear_difference(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    # Five nights, two with coffee: too few to compare.
    write_month(bedroom_entry, nights=5)
    await settle(hass, freezer)
    assert state(hass, SCORE) == "85.0"
    assert state(hass, TRIGGER) == STATE_UNKNOWN
    caffeine = hass.states.get(TRIGGER).attributes["factors"]["caffeine_after_cutoff"]
    assert caffeine["nights_with"] == 2
    assert (caffeine["verdict"], caffeine["more_nights_with"]) == ("too_few_nights", 4)
    assert hass.states.get(TRIGGER).attributes["enough_data"] is False

    # Six coffee nights and six without, and no difference in symptoms: nothing stands out.
    write_month(
        bedroom_entry,
        nights=12,
        answers=lambda back: {"caffeine": "afternoon"} if back % 2 else {},
    )
    await settle(hass, freezer)
    assert state(hass, TRIGGER) == "none"
    # Two coffee nights with many twitches: coffee nights are worse on average (+11.1), but two
    # bad nights in twelve land on one side nearly half the time by chance: nothing is clear.
    for back in (1, 3):
        bedroom_entry.runtime_data.log.update(
            LAST_NIGHT - timedelta(days=back), checked_in(caffeine="afternoon", twitches="many")
        )
    await settle(hass, freezer)
    assert state(hass, TRIGGER) == "none"
    caffeine = hass.states.get(TRIGGER).attributes["factors"]["caffeine_after_cutoff"]
    assert caffeine["difference"] == 11.1
    assert caffeine["verdict"] == "no_clear_difference"
    # A fortnight of it, seven coffee nights with many twitches against seven without: clear.
    write_month(
        bedroom_entry,
        nights=14,
        answers=lambda back: {"caffeine": "afternoon", "twitches": "many"} if back % 2 else {},
    )
    await settle(hass, freezer)
    assert state(hass, TRIGGER) == "caffeine_after_cutoff"


async def test_a_burst_of_changes_makes_one_update(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)
    changes = async_capture_events(hass, "state_changed")
    log = bedroom_entry.runtime_data.log

    # Last night's check-in is answered again, in three quick writes.
    log.update(LAST_NIGHT, checked_in(caffeine="afternoon", twitches="few"))
    log.update(LAST_NIGHT, checked_in(caffeine="afternoon", twitches="none"))
    log.update(LAST_NIGHT, checked_in(twitches="none"))
    await hass.async_block_till_done()
    assert state(hass, SCORE) == "85.0"  # still waiting for more changes

    await settle(hass, freezer)
    assert state(hass, SCORE) == "100.0"
    score_changes = [e for e in changes if e.data["entity_id"] == SCORE]
    assert len(score_changes) == 1


async def test_older_night_edited_is_counted(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    """An answer for a night days ago changes the averages, not only last night's score."""
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)
    bedroom_entry.runtime_data.log.update(LAST_NIGHT - timedelta(days=3), checked_in())
    await settle(hass, freezer)
    # Two coffee nights of 85 and five of 100 in the last 7.
    assert state(hass, AVERAGE) == str(round((2 * 85 + 5 * 100) / 7, 1))
    assert state(hass, SCORE) == "85.0"


async def test_night_ends_at_wake_and_an_early_check_in_shows_at_once(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    # 05:00: the night of the 28th is not over (wake is 06:30) and not answered yet.
    await start_bedroom(hass, freezer, bedroom_entry, local(LAST_NIGHT, 5))
    write_month(bedroom_entry, last=LAST_NIGHT - timedelta(days=1), nights=27)
    bedroom_entry.runtime_data.log.update(LAST_NIGHT, measured)
    await settle(hass, freezer)
    assert hass.states.get(SCORE).attributes["night"] == "2026-02-27"
    assert state(hass, SCORE) == "85.0"  # a coffee night

    # At wake the night ends: the sensors move on to it, with what the house measured.
    await advance(hass, freezer, local(LAST_NIGHT, 6, 30) + timedelta(seconds=1))
    await settle(hass, freezer)
    assert hass.states.get(SCORE).attributes["night"] == "2026-02-28"
    assert state(hass, BEDROOM) == "100.0"
    assert state(hass, SYMPTOMS) == STATE_UNKNOWN
    assert state(hass, BURDEN) == STATE_UNKNOWN

    # The next night, answered at 05:00 before wake, shows as soon as it is logged.
    await advance(hass, freezer, local(LAST_NIGHT + timedelta(days=1), 5))
    bedroom_entry.runtime_data.log.update(
        LAST_NIGHT + timedelta(days=1), checked_in(rested="poorly")
    )
    await settle(hass, freezer)
    assert hass.states.get(SCORE).attributes["night"] == "2026-03-01"
    assert state(hass, SCORE) == "95.0"


async def test_unload_stops_listening(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, bedroom_entry: MockConfigEntry
) -> None:
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    log = bedroom_entry.runtime_data.log
    log.update(LAST_NIGHT, checked_in())  # a recompute is pending
    assert await hass.config_entries.async_unload(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    assert bedroom_entry.state is ConfigEntryState.NOT_LOADED
    assert state(hass, SCORE) == STATE_UNAVAILABLE
    log.update(LAST_NIGHT, checked_in(twitches="many"))
    await settle(hass, freezer)
    assert state(hass, SCORE) == STATE_UNAVAILABLE


async def test_long_term_statistics_metadata(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    bedroom_entry: MockConfigEntry,
) -> None:
    """The numeric sensors get long-term statistics (mean, no unit); the trigger does not."""
    await start_bedroom(hass, freezer, bedroom_entry, MORNING)
    write_month(bedroom_entry)
    await settle(hass, freezer)
    await async_wait_recording_done(hass)
    do_adhoc_statistics(hass, start=dt_util.as_utc(MORNING))
    await async_wait_recording_done(hass)

    metadata = await recorder_mock.async_add_executor_job(get_metadata, hass)
    for entity_id in MEASUREMENTS:
        _id, meta = metadata[entity_id]
        assert meta["source"] == "recorder"
        assert meta["has_sum"] is False
        assert meta["mean_type"] is StatisticMeanType.ARITHMETIC
        assert meta["unit_of_measurement"] is None
    assert TRIGGER not in metadata
