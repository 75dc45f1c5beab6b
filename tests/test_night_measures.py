"""Whole nights measured by real entities: a bed sensor, a phone's sleep segment, a wearable."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_hygiene.const import (
    CONF_BED_SENSOR,
    CONF_PHONE_SLEEP,
    CONF_PHONES,
    CONF_SLEEP_DURATION_SENSOR,
    CONF_SLEEP_SCORE_SENSOR,
    DOMAIN,
)
from custom_components.sleep_hygiene.diagnostics import async_get_config_entry_diagnostics
from custom_components.sleep_hygiene.model.measured_record import measures_of
from custom_components.sleep_hygiene.model.score import score_night

from .journal_fixtures import settle
from .phone_app import INTERACTIVE, SLEEP_CONFIDENCE, SLEEP_SEGMENT, AppPhone, async_app_phone
from .time_helpers import advance, set_up_at

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 20)
BED = "binary_sensor.bed_occupancy"
WORN = "sensor.wearable_sleep"


def at(hour: int, minute: int = 0) -> datetime:
    """Return a London time of the night of 20 November 2026 (hours before noon: next day)."""
    return datetime(2026, 11, 20 if hour >= 12 else 21, hour, minute, tzinfo=LONDON)


@pytest.fixture
async def evening(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Move to the evening first: a token made after it stays valid."""
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(at(20))


@pytest.fixture
async def sources(hass: HomeAssistant, evening: None) -> None:
    """A bed sensor (template occupancy) and a wearable's duration (template, unknown at first)."""
    assert await async_setup_component(
        hass,
        "input_boolean",
        {"input_boolean": {"in_bed": {"name": "In bed"}}},
    )
    assert await async_setup_component(
        hass,
        "input_number",
        {
            "input_number": {
                "worn": {"name": "Worn", "min": -100, "max": 2000, "step": 1},
                "score": {"name": "Score", "min": 0, "max": 100, "step": 1},
            }
        },
    )
    worn = "{% set v = states('input_number.worn') | float(0) %}{{ v if v != 0 else none }}"
    score = "{% set v = states('input_number.score') | float(0) %}{{ v if v > 0 else none }}"
    assert await async_setup_component(
        hass,
        "template",
        {
            "template": [
                {
                    "binary_sensor": [
                        {
                            "name": "Bed occupancy",
                            "state": "{{ is_state('input_boolean.in_bed', 'on') }}",
                            "device_class": "occupancy",
                        }
                    ],
                    "sensor": [
                        {
                            "name": "Wearable sleep",
                            "state": worn,
                            "unit_of_measurement": "min",
                            "device_class": "duration",
                        },
                        {"name": "Wearable score", "state": score},
                    ],
                }
            ]
        },
    )
    await hass.async_block_till_done()


async def in_bed(hass: HomeAssistant, on: bool) -> None:
    """Get into (or out of) bed."""
    service = "turn_on" if on else "turn_off"
    await hass.services.async_call("input_boolean", service, {"entity_id": "input_boolean.in_bed"})
    await hass.async_block_till_done()


def ms(moment: datetime) -> int:
    """Return a time as the Android app sends it: milliseconds since the epoch."""
    return int(moment.timestamp() * 1000)


async def _bedroom(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, entry: MockConfigEntry, phone: AppPhone
) -> None:
    hass.config_entries.async_update_entry(
        entry,
        data=entry.data | {CONF_PHONES: [phone.device_id]},
        options=entry.options
        | {
            CONF_BED_SENSOR: BED,
            CONF_PHONE_SLEEP: True,
            CONF_SLEEP_DURATION_SENSOR: WORN,
            CONF_SLEEP_SCORE_SENSOR: "sensor.wearable_score",
        },
    )
    await set_up_at(hass, freezer, entry, at(21))


async def test_a_whole_measured_night(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sources: None,
    hass_client: ClientSessionGenerator,
    hass_client_no_auth: ClientSessionGenerator,
    aioclient_mock: AiohttpClientMocker,
    bedroom_entry: MockConfigEntry,
) -> None:
    """In bed 22:40, phone 22:45-23:00, up 03:00-03:12, out 06:50; segment and wearable late."""
    phone = await async_app_phone(hass, (hass_client, hass_client_no_auth), aioclient_mock, "Pixel")
    await phone.register(INTERACTIVE, False)
    await phone.register(SLEEP_SEGMENT, 0, {"start": 0, "end": 1, "status": "successful"})
    await _bedroom(hass, freezer, bedroom_entry, phone)
    log = bedroom_entry.runtime_data.log

    await advance(hass, freezer, at(22, 5))
    assert log.get(NIGHT).detox_started is not None
    await advance(hass, freezer, at(22, 40))
    await in_bed(hass, True)
    await advance(hass, freezer, at(22, 45))
    await phone.update(INTERACTIVE, True)
    await advance(hass, freezer, at(23))
    await phone.update(INTERACTIVE, False)
    await advance(hass, freezer, at(3))
    await in_bed(hass, False)
    await advance(hass, freezer, at(3, 12))
    await in_bed(hass, True)
    await advance(hass, freezer, at(6, 50))
    await in_bed(hass, False)
    await advance(hass, freezer, at(6, 51))  # older releases update a template a moment later

    # Bed alone so far: into bed, out of bed, once out of bed in the night (not an awakening:
    # a bed sensor does not see waking in bed); no sleep yet, so no latency.
    measures = measures_of(log.get(NIGHT))
    assert measures is not None
    assert measures.into_bed == at(22, 40)
    assert measures.out_of_bed == at(6, 50)
    assert measures.time_in_bed_minutes == 490
    assert measures.times_out_of_bed == 1
    assert measures.awakenings is None
    assert measures.latency_minutes is None

    # 07:30: the phone's sleep segment (23:05 to 06:35) arrives; 09:00: the wearable's 432 min.
    await advance(hass, freezer, at(7, 30))
    segment = {"start": ms(at(23, 5)), "end": ms(at(6, 35)), "status": "successful"}
    await phone.update(SLEEP_SEGMENT, 27_000_000, segment)
    await advance(hass, freezer, at(9))
    await hass.services.async_call(
        "input_number", "set_value", {"entity_id": "input_number.worn", "value": 432}
    )
    await advance(hass, freezer, at(11))
    await settle(hass, freezer)

    record = log.get(NIGHT)
    measures = measures_of(record)
    assert measures is not None
    assert measures.asleep_at == at(23, 5)
    assert measures.latency_minutes == 25
    assert measures.waso_minutes == 12
    # The segment's 450 minutes less the 12 out of bed; the wearable's 432 is kept beside.
    assert measures.total_sleep_minutes == 438
    assert record.sleep_sources["wearable_minutes"] == 432
    assert measures.efficiency_percent == pytest.approx(100 * 438 / 490)
    assert measures.sources["latency_minutes"] == "bed+sleep_segment"
    assert record.phone_screen_minutes == 15

    score = score_night(log.records(), NIGHT, LONDON)
    assert score is not None
    assert score.component("screens_off").points == 7.5  # 10 x (1 - 15/60)
    for key in ("sleep_latency", "sleep_awakenings", "wake_after_sleep_onset", "sleep_efficiency"):
        assert score.component(key).points == 5.0

    latency = hass.states.get("sensor.main_bedroom_time_to_fall_asleep")
    assert latency.state == "25.0"
    assert latency.attributes["source"] == "bed+sleep_segment"
    assert latency.attributes["state_class"] == "measurement"
    assert float(hass.states.get("sensor.main_bedroom_sleep_efficiency").state) == round(
        100 * 438 / 490, 1
    )
    assert hass.states.get("sensor.main_bedroom_awakenings_in_the_night").state == "1.0"

    # The summary shows the measured night beside the (absent) check-in; diagnostics leave it out.
    summary = await hass.services.async_call(
        DOMAIN,
        "get_summary",
        {"config_entry_id": bedroom_entry.entry_id, "nights": 1},
        blocking=True,
        return_response=True,
    )
    (night,) = summary["nights"]
    assert night["check_in"] is None
    assert night["measured"]["latency_minutes"] == 25
    assert night["measured"]["sources"]["awakenings"] == "bed+sleep_segment"
    assert night["phone_screen_minutes"] == 15
    diagnostics = await async_get_config_entry_diagnostics(hass, bedroom_entry)
    assert diagnostics["night_log"]["latest"]["sleep_sources"] == "**REDACTED**"


async def test_bad_reports_change_no_night(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sources: None,
    hass_client: ClientSessionGenerator,
    hass_client_no_auth: ClientSessionGenerator,
    aioclient_mock: AiohttpClientMocker,
    bedroom_entry: MockConfigEntry,
) -> None:
    """A bed 'on' for 30 hours, a segment ending before it starts: refused, noted, not used."""
    phone = await async_app_phone(hass, (hass_client, hass_client_no_auth), aioclient_mock, "Pixel")
    await phone.register(SLEEP_SEGMENT, 0, {"start": 0, "end": 1, "status": "successful"})
    freezer.move_to(at(20) - timedelta(hours=26))
    await in_bed(hass, True)  # stuck "on" from the evening before
    freezer.move_to(at(20))
    await _bedroom(hass, freezer, bedroom_entry, phone)
    await advance(hass, freezer, at(23))
    await in_bed(hass, False)
    await advance(hass, freezer, at(7))
    backwards = {"start": ms(at(6, 35)), "end": ms(at(23, 5)), "status": "successful"}
    await phone.update(SLEEP_SEGMENT, 1, backwards)
    await advance(hass, freezer, at(9))

    record = bedroom_entry.runtime_data.log.get(NIGHT)
    measures = measures_of(record)
    assert measures is not None
    assert measures.into_bed is None
    assert measures.asleep_at is None
    assert set(measures.flags) == {"bed_stuck", "segment_refused"}


async def set_number(hass: HomeAssistant, name: str, value: float) -> None:
    """Set one of the helpers the template sensors read."""
    await hass.services.async_call(
        "input_number", "set_value", {"entity_id": f"input_number.{name}", "value": value}
    )
    await hass.async_block_till_done()


async def test_sleep_confidence_through_a_restart(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sources: None,
    hass_client: ClientSessionGenerator,
    hass_client_no_auth: ClientSessionGenerator,
    aioclient_mock: AiohttpClientMocker,
    bedroom_entry: MockConfigEntry,
) -> None:
    """Asleep 23:00 (confidence), awake 02:00-02:30, reloaded at 01:00; a bad duration refused."""
    phone = await async_app_phone(hass, (hass_client, hass_client_no_auth), aioclient_mock, "Pixel")
    await phone.register(SLEEP_CONFIDENCE, 20)
    await _bedroom(hass, freezer, bedroom_entry, phone)

    await advance(hass, freezer, at(22, 5))
    await advance(hass, freezer, at(22, 40))
    await in_bed(hass, True)
    await advance(hass, freezer, at(23))
    await phone.update(SLEEP_CONFIDENCE, 90)
    await advance(hass, freezer, at(1))
    assert await hass.config_entries.async_reload(bedroom_entry.entry_id)
    await hass.async_block_till_done()
    await advance(hass, freezer, at(2))
    await phone.update(SLEEP_CONFIDENCE, 30)
    await advance(hass, freezer, at(2, 30))
    await phone.update(SLEEP_CONFIDENCE, 85)
    await advance(hass, freezer, at(6, 30))
    await phone.update(SLEEP_CONFIDENCE, 10)
    await advance(hass, freezer, at(6, 50))
    await in_bed(hass, False)
    await advance(hass, freezer, at(9))
    await set_number(hass, "score", 81)
    await set_number(hass, "worn", -30)
    await advance(hass, freezer, at(11))

    # A new night log since the reload: the stored night read back.
    measures = measures_of(bedroom_entry.runtime_data.log.get(NIGHT))
    assert measures is not None
    assert measures.latency_minutes == 20
    assert measures.awakenings == 1
    assert measures.waso_minutes == 30
    assert measures.total_sleep_minutes == 420  # 23:00 to 06:30, less the 30 awake
    assert measures.efficiency_percent == pytest.approx(100 * 420 / 490)
    assert measures.sources["waso_minutes"] == "bed+sleep_confidence"
    assert measures.wearable_score == 81
    assert measures.flags == ("wearable_refused",)
