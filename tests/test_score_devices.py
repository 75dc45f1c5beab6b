"""A part of the score the bedroom has nothing for drops out: no devices, or lights only.

First the pure model, then whole nights in a real Home Assistant: the records the house fills and
the score made of them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
import pytest

from custom_components.sleep_hygiene.model.night import NightRecord
from custom_components.sleep_hygiene.model.score import score_night, score_record

from .bedroom_fixtures import LIGHTS, start_bedroom
from .time_helpers import advance

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 20)
BEDROOM_PARTS = ("detox_on_time", "screens_off", "lights", "temperature", "regularity")


def at(hour: int, minute: int = 0, night: date = NIGHT) -> datetime:
    """Return a London time of a night (GMT in November): hours before noon are the morning."""
    day = night if hour >= 12 else night + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)


def ran(**devices: bool | None) -> NightRecord:
    """Return a night whose detox started on time, with no screen on and no light taken over."""
    return NightRecord(
        night=NIGHT,
        detox_planned=at(22),
        detox_started=at(22),
        lights_out_planned=at(22, 30),
        has_lights=devices.get("lights"),
        has_screens=devices.get("screens"),
    )


def parts(record: NightRecord, sd_minutes: float | None = None) -> dict[str, float | None]:
    scored = score_record(record, sd_minutes)
    return {key: scored.component(key).points for key in BEDROOM_PARTS}


def test_a_bedroom_without_devices_has_no_bedroom_score() -> None:
    record = ran(lights=False, screens=False)
    assert parts(record) == dict.fromkeys(BEDROOM_PARTS)
    assert score_record(record, None).bedroom is None


def test_skipping_a_bedroom_without_devices_costs_nothing() -> None:
    record = ran(lights=False, screens=False)
    record.skipped, record.detox_started = True, None
    assert score_record(record, None).bedroom is None


def test_lights_only_scores_the_detox_and_the_lights() -> None:
    assert parts(ran(lights=True, screens=False)) == {
        "detox_on_time": 10.0,
        "screens_off": None,
        "lights": 5.0,
        "temperature": None,
        "regularity": None,
    }


def test_screens_only_scores_no_lights_but_an_illuminance_sensor_does() -> None:
    record = ran(lights=False, screens=True)
    assert parts(record)["lights"] is None
    assert parts(record)["screens_off"] == 10.0
    record.lux_wind_down_max, record.lux_asleep_max = 5.0, 0.5
    assert parts(record)["lights"] == 5.0


def test_a_phone_whose_screen_is_followed_counts_as_a_screen() -> None:
    record = ran(lights=False, screens=False)
    record.phone_screen_minutes = 30.0
    assert parts(record)["screens_off"] == 5.0
    assert parts(record)["detox_on_time"] is None


@pytest.mark.parametrize("devices", [None, True])
def test_a_night_stored_before_devices_were_noted_scores_as_it_did(devices: bool | None) -> None:
    assert parts(ran(lights=devices, screens=devices)) == {
        "detox_on_time": 10.0,
        "screens_off": 10.0,
        "lights": 5.0,
        "temperature": None,
        "regularity": None,
    }


async def _three_nights(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Run the nights of 20, 21 and 22 November: the detox, lights-out, then wake."""
    for night in (NIGHT, NIGHT + timedelta(days=1), NIGHT + timedelta(days=2)):
        for hour, minute in ((22, 0), (22, 31), (6, 31)):
            await advance(hass, freezer, at(hour, minute, night))


async def test_a_bedroom_without_devices_through_home_assistant(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, _log = await start_bedroom(hass, freezer, at(21), lights=[], screens=[])
    await _three_nights(hass, freezer)
    records = entry.runtime_data.log.records()
    assert [(r.has_lights, r.has_screens, r.lights_out_at) for r in records] == [
        (False, False, None)
    ] * 3
    scored = score_night(records, NIGHT + timedelta(days=2), LONDON)
    assert scored is not None
    assert scored.bedroom is None
    assert scored.score is None


async def test_a_bedroom_with_lights_only_through_home_assistant(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, _log = await start_bedroom(hass, freezer, at(21), lights=LIGHTS, screens=[])
    await _three_nights(hass, freezer)
    records = entry.runtime_data.log.records()
    # The lights went off at each lights-out: three measured lights-outs make a regularity.
    assert [record.lights_out_at for record in records] == [
        at(22, 31, record.night) for record in records
    ]
    scored = score_night(records, NIGHT + timedelta(days=2), LONDON)
    assert scored is not None
    assert {key: scored.component(key).points for key in BEDROOM_PARTS} == {
        "detox_on_time": 10.0,
        "screens_off": None,
        "lights": 5.0,
        "temperature": None,
        "regularity": 5.0,
    }
    assert scored.bedroom == 100.0
