"""The experiment's actions: started and stopped, kept with the journal, refused when wrong."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util.unit_system import US_CUSTOMARY_SYSTEM
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_hygiene.const import (
    CONF_CLIMATE,
    CONF_SCREENS,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_UNIT,
    DOMAIN,
)
from custom_components.sleep_hygiene.model.experiment_state import Experiments

from .conftest import BEDROOM_DATA, BEDROOM_OPTIONS
from .time_helpers import advance, set_up_at

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
TONIGHT = date(2026, 11, 20)


def _at(day: int, hour: int, minute: int = 0, tz: ZoneInfo = LONDON) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def _entry(hass: HomeAssistant, **options: Any) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data=dict(BEDROOM_DATA),
        options=BEDROOM_OPTIONS | options,
        entry_id="bedroom1",
    )
    entry.add_to_hass(hass)
    return entry


async def _start(hass: HomeAssistant, **fields: Any) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN,
        "start_experiment",
        {"config_entry_id": "bedroom1", **fields},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    experiment: dict[str, Any] = response["experiment"]
    return experiment


async def _stop(hass: HomeAssistant) -> dict[str, Any] | None:
    response = await hass.services.async_call(
        DOMAIN,
        "stop_experiment",
        {"config_entry_id": "bedroom1"},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    stopped: dict[str, Any] | None = response["experiment"]
    return stopped


def _stored(entry: MockConfigEntry) -> Experiments | None:
    return entry.runtime_data.log.read_state(Experiments)


async def test_started_in_the_morning_it_begins_tonight_and_survives_a_restart(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry = _entry(hass)
    await set_up_at(hass, freezer, entry, _at(20, 9))
    shown = await _start(hass, change="no_caffeine_after_cutoff")
    assert shown["first_night"] == "2026-11-20"
    assert shown["last_night"] == "2026-12-03"
    assert shown["status"] == "running"
    arms = shown["arms"]
    assert len(arms) == 14
    # Balanced pairs: one night with the change and one as usual in every two.
    assert all(sorted(arms[i : i + 2]) == ["change", "usual"] for i in range(0, 14, 2))

    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    stored = _stored(entry)
    assert stored is not None
    assert stored.current is not None
    assert list(stored.current.arms) == arms
    assert entry.runtime_data.experiments.current == stored.current


async def test_started_after_noon_it_begins_tomorrow(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry = _entry(hass)
    await set_up_at(hass, freezer, entry, _at(20, 12, 5))
    shown = await _start(hass, change="no_alcohol", nights=10)
    assert (shown["first_night"], shown["status"]) == ("2026-11-21", "planned")
    # A first night asked for that cannot be known from its morning is refused.
    await _stop(hass)
    with pytest.raises(ServiceValidationError) as err:
        await _start(hass, change="no_alcohol", first_night="2026-11-20")
    assert err.value.translation_key == "experiment_first_night_too_early"
    assert err.value.translation_placeholders == {"night": "2026-11-20", "earliest": "2026-11-21"}


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"change": "coffee"}, "experiment_change_invalid"),
        ({"change": "no_alcohol", "nights": 8}, "experiment_nights_invalid"),
        ({"change": "no_alcohol", "nights": 15}, "experiment_nights_odd"),
        ({"change": "no_alcohol", "nights": "two weeks"}, "experiment_nights_invalid"),
        ({"change": "no_alcohol", "first_night": "soon"}, "experiment_first_night_invalid"),
        ({"change": "no_alcohol", "first_night": "2026-11-19"}, "experiment_first_night_too_early"),
        ({"change": "no_alcohol", "first_night": "2026-12-20"}, "experiment_first_night_too_late"),
        ({"change": "bedroom_target"}, "experiment_target_missing"),
        ({"change": "bedroom_target", "target_temperature": 30}, "experiment_target_invalid"),
        ({"change": "bedroom_target", "target_temperature": 18.5}, "experiment_target_too_close"),
        ({"change": "earlier_detox"}, "experiment_minutes_missing"),
        ({"change": "earlier_detox", "minutes_earlier": 5}, "experiment_minutes_invalid"),
        ({"change": "no_alcohol", "minutes_earlier": 30}, "experiment_field_not_for_change"),
        ({"change": "no_alcohol", "dose": 2}, "experiment_unknown_field"),
    ],
)
async def test_bad_input_is_refused_and_nothing_is_stored(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, fields: dict[str, Any], key: str
) -> None:
    entry = _entry(hass)
    await set_up_at(hass, freezer, entry, _at(20, 9))
    with pytest.raises(ServiceValidationError) as err:
        await _start(hass, **fields)
    assert err.value.translation_key == key
    # The message is the translated one, every placeholder filled.
    assert "{" not in str(err.value)
    assert str(err.value) != key
    assert _stored(entry) is None
    assert entry.runtime_data.experiments.current is None


async def test_a_target_is_given_and_refused_in_the_bedrooms_unit(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    hass.config.units = US_CUSTOMARY_SYSTEM
    entry = _entry(hass, **{CONF_TARGET_TEMPERATURE: 68.0, CONF_TEMPERATURE_UNIT: "°F"})
    await set_up_at(hass, freezer, entry, _at(20, 9, tz=NEW_YORK))
    with pytest.raises(ServiceValidationError) as err:
        await _start(hass, change="bedroom_target", target_temperature=85)
    assert err.value.translation_placeholders is not None
    assert {k: err.value.translation_placeholders[k] for k in ("value", "min", "max", "unit")} == {
        "value": "85",
        "min": "55",
        "max": "80",
        "unit": "°F",
    }
    assert str(err.value) == "“85” is not a bedroom target: choose one from 55 to 80 °F"
    with pytest.raises(ServiceValidationError) as err:
        await _start(hass, change="bedroom_target", target_temperature=67)
    assert str(err.value) == (
        "67 °F is too close to the usual 68 °F: choose a target at least 1.8 °F away, "
        "one you would feel"
    )
    assert _stored(entry) is None

    shown = await _start(hass, change="bedroom_target", target_temperature=65)
    assert (shown["target"], shown["usual_target"], shown["unit"]) == (65.0, 68.0, "°F")
    assert shown["target_c"] == pytest.approx(18.33, abs=0.01)


async def test_one_experiment_at_a_time(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry = _entry(hass)
    await set_up_at(hass, freezer, entry, _at(20, 9))
    await _start(hass, change="no_alcohol")
    with pytest.raises(ServiceValidationError) as err:
        await _start(hass, change="no_late_exercise")
    assert err.value.translation_key == "experiment_already_running"
    stored = _stored(entry)
    assert stored is not None
    assert [run.experiment.change for run in stored.runs] == ["no_alcohol"]


@pytest.mark.parametrize(
    ("missing", "fields", "key", "message"),
    [
        (
            {CONF_CLIMATE: None},
            {"change": "bedroom_target", "target_temperature": 16},
            "experiment_no_climate",
            "Main bedroom has no thermostat: another night-time target cannot be tried there",
        ),
        (
            {CONF_SCREENS: []},
            {"change": "no_screens_after_detox"},
            "experiment_no_screens",
            "Main bedroom has no screens or phones for the house to watch: it cannot tell whether"
            " the screens stayed off, so that change cannot be tried there",
        ),
    ],
    ids=["target-without-thermostat", "no-screens-without-screens"],
)
async def test_a_change_needs_what_it_tries(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    missing: dict[str, Any],
    fields: dict[str, Any],
    key: str,
    message: str,
) -> None:
    """Another target needs a thermostat; no screens needs a screen or a phone to watch."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data=BEDROOM_DATA | missing,
        options=dict(BEDROOM_OPTIONS),
        entry_id="bedroom1",
    )
    entry.add_to_hass(hass)
    await set_up_at(hass, freezer, entry, _at(20, 9))
    with pytest.raises(ServiceValidationError) as err:
        await _start(hass, **fields)
    assert err.value.translation_key == key
    assert str(err.value) == message
    assert _stored(entry) is None


async def test_stopped_before_its_first_night_nothing_is_kept(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry = _entry(hass)
    await set_up_at(hass, freezer, entry, _at(20, 15))
    await _start(hass, change="no_alcohol")
    assert await _stop(hass) is None
    assert _stored(entry) is None
    with pytest.raises(ServiceValidationError) as err:
        await _stop(hass)
    assert err.value.translation_key == "experiment_not_running"


async def test_stopped_early_it_keeps_the_nights_begun_and_its_result(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry = _entry(hass)
    await set_up_at(hass, freezer, entry, _at(20, 9))
    await _start(hass, change="no_alcohol")
    # Two nights on, after the third day's caffeine cut-off: that night has begun and stays.
    await advance(hass, freezer, _at(22, 15))
    stopped = await _stop(hass)
    assert stopped is not None
    assert (stopped["stopped_at"], stopped["last_night"]) == ("2026-11-23", "2026-11-22")
    assert stopped["stopped_early"] is True
    assert stopped["status"] == "running"  # tonight is still in it until its lights-out
    assert stopped["result"]["nights_run"] == 2
    assert "as_assigned" not in stopped["result"]  # no peeking while a night is to come

    await advance(hass, freezer, _at(22, 22, 35))
    await hass.async_block_till_done()
    response = await hass.services.async_call(
        DOMAIN, "get_summary", {"config_entry_id": "bedroom1"}, blocking=True, return_response=True
    )
    assert response is not None
    (listed,) = response["experiments"]
    assert listed["status"] == "finished"
    assert listed["result"]["nights_run"] == 3
    assert listed["result"]["unanswered"] == 3
    assert listed["result"]["as_assigned"]["verdict"] == "too_few_nights"
    # Over: a new one can start.
    await _start(hass, change="no_late_exercise", first_night="2026-11-23")
