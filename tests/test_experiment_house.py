"""The house runs the experiment's nights: the thermostat and the detox follow each night's arm,
and the arm is said where the person looks (thanks, dashboard, calendar, reminders)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.sleep_hygiene.const import CONF_PHONES, CONF_REMINDERS, DOMAIN
from custom_components.sleep_hygiene.house.experiment.texts import async_arm_line
from custom_components.sleep_hygiene.model.experiment import Experiment, kept_to_arm

from . import bedroom_fixtures
from .bedroom_fixtures import BED_LAMP, start_bedroom
from .climate_fixtures import (
    THERMOSTAT,
    generic_thermostat,
    set_bedroom_temperature,
    setup_climate,
)
from .conftest import BEDROOM_DATA, BEDROOM_OPTIONS, PHONE_PUSH_URL
from .notice_helpers import Notices
from .time_helpers import advance, set_up_at

LONDON = ZoneInfo("Europe/London")
FIRST = date(2026, 11, 20)
# The bedroom is set up, and the experiment started, on the morning of its first night.
MORNING = datetime(2026, 11, 20, 9, tzinfo=LONDON)
ANSWERS = {
    "twitches": "few",
    "leg_sensations": "none",
    "awakenings": "one_two",
    "pain": "none",
    "rested": "somewhat",
    "caffeine": "before_cutoff",
    "alcohol": "none",
    "evening": "calm",
}


def _at(night: date, hour: int, minute: int = 0) -> datetime:
    """Return a London time of ``night``: hours before noon are the next morning."""
    day = night if hour >= 12 else night + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)


def _entry(hass: HomeAssistant, data: dict[str, Any], **options: Any) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Main bedroom",
        data=data,
        options=BEDROOM_OPTIONS | options,
        entry_id="bedroom1",
    )
    entry.add_to_hass(hass)
    return entry


async def _start(hass: HomeAssistant, **fields: Any) -> Experiment:
    await hass.services.async_call(
        DOMAIN, "start_experiment", {"config_entry_id": "bedroom1", **fields}, blocking=True
    )
    entry = hass.config_entries.async_get_entry("bedroom1")
    assert entry is not None
    experiment: Experiment | None = entry.runtime_data.experiments.current
    assert experiment is not None
    return experiment


async def test_the_thermostat_follows_each_nights_arm(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A 16 °C target tried against the usual 18 °C with a real generic_thermostat."""
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(MORNING - timedelta(hours=1))
    await setup_climate(hass, thermostat=generic_thermostat())
    entry = _entry(hass, dict(BEDROOM_DATA))
    await set_up_at(hass, freezer, entry, MORNING)
    experiment = await _start(hass, change="bedroom_target", target_temperature=16, nights=10)
    wanted = {"change": 16, "usual": 18}

    for offset in range(4):
        night = FIRST + timedelta(days=offset)
        arm = experiment.arms[offset]
        await advance(hass, freezer, _at(night, 21, 25))
        assert hass.states.get(THERMOSTAT).attributes["temperature"] == 21  # the day's own
        await advance(hass, freezer, _at(night, 21, 30))
        assert hass.states.get(THERMOSTAT).attributes["temperature"] == wanted[arm]
        # The bedroom cools or warms to the night's target.
        await set_bedroom_temperature(hass, wanted[arm])
        await advance(hass, freezer, _at(night, 6, 30))
        assert hass.states.get(THERMOSTAT).attributes["temperature"] == 21
        await set_bedroom_temperature(hass, 19.5)
        record = entry.runtime_data.log.get(night)
        assert record is not None
        assert record.temperature_target_c == wanted[arm]
        assert kept_to_arm(experiment, record) is True

    await hass.async_block_till_done()
    (run,) = entry.runtime_data.experiments.runs
    assert run.result is not None
    assert run.result["arms"] == {
        "change": {"kept": 2, "not_kept": 0, "unknown": 0},
        "usual": {"kept": 2, "not_kept": 0, "unknown": 0},
    }
    # Past the experiment's nights the bedroom's own target holds again (a later night).
    assert entry.runtime_data.bedroom.arms.target_on(FIRST + timedelta(days=10)) is None


async def test_a_restart_keeps_the_nights_target(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(MORNING - timedelta(hours=1))
    await setup_climate(hass, thermostat=generic_thermostat())
    entry = _entry(hass, dict(BEDROOM_DATA))
    await set_up_at(hass, freezer, entry, MORNING)
    experiment = await _start(hass, change="bedroom_target", target_temperature=16, nights=10)
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    await advance(hass, freezer, _at(FIRST, 21, 30))
    wanted = 16 if experiment.arms[0] == "change" else 18
    assert hass.states.get(THERMOSTAT).attributes["temperature"] == wanted


async def test_an_earlier_detox_dims_the_lights_earlier_on_its_nights(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Real template lights: 21:30 on nights with the change, 22:00 as usual."""
    entry, _calls = await start_bedroom(hass, freezer, MORNING)
    experiment = await _start(hass, change="earlier_detox", minutes_earlier=30, nights=10)
    events = await _calendar(hass, _at(FIRST, 12), _at(FIRST + timedelta(days=1), 23))
    detox_events = [event for event in events if event["summary"] == "Digital detox"]

    for offset in range(2):
        night = FIRST + timedelta(days=offset)
        earlier = experiment.arms[offset] == "change"
        begins = _at(night, 21, 30) if earlier else _at(night, 22)
        assert detox_events[offset]["start"] == begins.isoformat()
        assert hass.states.get("sensor.main_bedroom_next_digital_detox").state == (
            dt_util.as_utc(begins).isoformat()
        )
        await bedroom_fixtures.advance(hass, freezer, begins - timedelta(minutes=1))
        assert hass.states.get(BED_LAMP).attributes.get("brightness") == 200  # not dimmed yet
        await bedroom_fixtures.advance(hass, freezer, begins)
        assert hass.states.get(BED_LAMP).attributes.get("brightness") == 102
        await bedroom_fixtures.advance(hass, freezer, _at(night, 9))
        record = entry.runtime_data.log.get(night)
        assert record is not None
        assert record.detox_started == dt_util.as_utc(begins)
        assert kept_to_arm(experiment, record) is True
        # The lamp back on for the next evening, as a person does.
        await hass.services.async_call(
            "light", "turn_on", {"entity_id": BED_LAMP, "brightness": 200}, blocking=True
        )


async def _calendar(hass: HomeAssistant, start: datetime, end: datetime) -> list[dict[str, Any]]:
    calendar = "calendar.main_bedroom_evening_routine"
    response = await hass.services.async_call(
        "calendar",
        "get_events",
        {"entity_id": calendar, "start_date_time": start, "end_date_time": end},
        blocking=True,
        return_response=True,
    )
    events: list[dict[str, Any]] = response[calendar]["events"]
    return events


def _line(arm: str, number: int) -> str:
    what = "no caffeine after 2:00 PM" if arm == "change" else "as usual"
    return f"Today: {what} (night {number} of 14 of your experiment)."


def _pushed(aioclient_mock: AiohttpClientMocker) -> list[dict[str, Any]]:
    return [call[2] for call in aioclient_mock.mock_calls if str(call[1]) == PHONE_PUSH_URL]


async def test_the_days_arm_comes_with_the_thanks_the_reminder_and_the_calendar(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    registered_phone: str,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    entry = _entry(
        hass,
        BEDROOM_DATA | {CONF_PHONES: [registered_phone]},
        **{CONF_REMINDERS: ["caffeine_cutoff"]},
    )
    await set_up_at(hass, freezer, entry, MORNING)
    experiment = await _start(hass, change="no_caffeine_after_cutoff")

    # The reminder at the cut-off says tonight's part.
    await advance(hass, freezer, _at(FIRST, 14))
    (reminder,) = [push for push in _pushed(aioclient_mock) if push["title"] == "Caffeine cut-off"]
    assert reminder["message"].endswith("\n" + _line(experiment.arms[0], 1))

    # The calendar's events of the night say it too; a night outside it does not.
    events = await _calendar(hass, _at(FIRST, 13), _at(FIRST, 23))
    assert events
    assert all(event["description"].endswith(_line(experiment.arms[0], 1)) for event in events)
    before = await _calendar(
        hass, _at(FIRST - timedelta(days=1), 13), _at(FIRST - timedelta(days=1), 23)
    )
    assert before
    assert not any("experiment" in event["description"] for event in before)

    # Next morning: the thanks for last night's answers says today's part.
    await advance(hass, freezer, _at(FIRST, 7, 30))
    await hass.services.async_call(
        DOMAIN, "log_check_in", {"config_entry_id": "bedroom1", **ANSWERS}, blocking=True
    )
    await hass.services.async_call(
        DOMAIN, "send_check_in", {"config_entry_id": "bedroom1"}, blocking=True
    )
    thanks = _pushed(aioclient_mock)[-1]["message"]
    assert thanks.startswith("Thanks")
    assert thanks.endswith("\n" + _line(experiment.arms[1], 2))


async def test_the_dashboards_thanks_says_the_days_arm(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    notices = Notices(hass)
    entry = _entry(hass, dict(BEDROOM_DATA))
    await set_up_at(hass, freezer, entry, MORNING)
    experiment = await _start(hass, change="no_caffeine_after_cutoff")
    await advance(hass, freezer, _at(FIRST, 7, 30))
    await hass.services.async_call(
        "select",
        "select_option",
        {"entity_id": "select.main_bedroom_leg_twitches", "option": "few"},
        blocking=True,
    )
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.main_bedroom_submit_check_in"}, blocking=True
    )
    await hass.async_block_till_done()
    shown = notices.of()
    assert shown is not None
    assert shown[1].endswith("\n" + _line(experiment.arms[1], 2))


@pytest.mark.parametrize(
    ("language", "change", "arm", "line"),
    [
        ("en", "no_alcohol", "change", "Today: no alcohol (night {n} of 10 of your experiment)."),
        (
            "de",
            "bedroom_target",
            "change",
            "Heute: das Schlafzimmer auf 16,5 °C (Nacht {n} von 10 deines Experiments).",
        ),
        (
            "en",
            "earlier_detox",
            "usual",
            "Today: the detox at its usual time, 10:00 PM (night {n} of 10 of your experiment).",
        ),
        (
            "fr",
            "no_screens_after_detox",
            "change",
            "Aujourd'hui : pas d'écrans après la déconnexion de 22:00 (nuit {n} sur 10 de votre "
            "expérience).",
        ),
    ],
)
async def test_the_line_in_each_language(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    language: str,
    change: str,
    arm: str,
    line: str,
) -> None:
    hass.config.language = language
    entry = _entry(hass, dict(BEDROOM_DATA))
    await set_up_at(hass, freezer, entry, MORNING)
    fields = {
        "bedroom_target": {"target_temperature": 16.5},
        "earlier_detox": {"minutes_earlier": 30},
    }
    experiment = await _start(hass, change=change, nights=10, **fields.get(change, {}))
    night = FIRST if experiment.arms[0] == arm else FIRST + timedelta(days=1)
    expected = line.replace("{n}", str((night - FIRST).days + 1))
    assert await async_arm_line(entry.runtime_data.bedroom, night) == expected
