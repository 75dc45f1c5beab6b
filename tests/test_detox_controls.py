"""The detox's controls: skip tonight, start now (buttons and services), the automation switch."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import async_capture_events

from custom_components.sleep_hygiene.const import DOMAIN, EVENT_DETOX_STARTED, EVENT_LIGHTS_OUT

from .bedroom_fixtures import BED_LAMP, TV, advance, restart, set_helper, start_bedroom

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 20)
SWITCH = "switch.main_bedroom_digital_detox_automation"
START = "button.main_bedroom_start_digital_detox_now"
SKIP = "button.main_bedroom_skip_tonight"
ACTIVE = "binary_sensor.main_bedroom_digital_detox_active"


def at(hour: int, minute: int, second: int = 0, day: int = 20) -> datetime:
    """Return a London time on the night of 20 November 2026 (GMT, so also UTC)."""
    return datetime(2026, 11, day, hour, minute, second, tzinfo=LONDON)


async def _service(hass: HomeAssistant, service: str) -> None:
    await hass.services.async_call(DOMAIN, service, {"config_entry_id": "bedroom1"}, blocking=True)
    await hass.async_block_till_done()


async def _press(hass: HomeAssistant, button: str) -> None:
    await hass.services.async_call("button", "press", {"entity_id": button}, blocking=True)
    await hass.async_block_till_done()


@pytest.mark.parametrize("how", ["service", "button"])
async def test_skip_tonight_leaves_the_bedroom_alone(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, how: str
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    events = async_capture_events(hass, EVENT_DETOX_STARTED)
    if how == "service":
        await _service(hass, "skip_tonight")
    else:
        await _press(hass, SKIP)
    await advance(hass, freezer, at(23, 0))
    assert log.take() == []
    assert events == []
    assert hass.states.get(BED_LAMP).state == "on"
    record = entry.runtime_data.log.get(NIGHT)
    assert record.skipped is True
    assert record.detox_planned == at(22, 0).astimezone(UTC)
    assert record.detox_started is None

    # Tomorrow runs again.
    await advance(hass, freezer, at(22, 0, day=21))
    assert {call[0] for call in log.take()} == {"light", "media_player", "switch", "remote"}


async def test_skip_during_the_detox_stops_it(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(21, 0), screen_policy="gentle")
    await advance(hass, freezer, at(22, 5))
    log.take()
    await set_helper(hass, "input_boolean.tv_power", True)
    await advance(hass, freezer, at(22, 7))
    await _press(hass, SKIP)
    assert hass.states.get(ACTIVE).state == "off"
    await advance(hass, freezer, at(22, 45))
    assert log.take() == []
    assert hass.states.get(BED_LAMP).state == "on"
    record = entry.runtime_data.log.get(NIGHT)
    assert record.skipped is True
    assert record.screen_on_minutes == 2  # counted up to the skip, no further
    # Skipping twice changes nothing.
    await advance(hass, freezer, at(21, 0, day=21))
    await _press(hass, SKIP)
    await _press(hass, SKIP)
    assert entry.runtime_data.log.get(date(2026, 11, 21)).skipped is True


@pytest.mark.parametrize("how", ["service", "button"])
async def test_start_now_runs_the_detox_early(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, how: str
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    events = async_capture_events(hass, EVENT_DETOX_STARTED)
    lights_out = async_capture_events(hass, EVENT_LIGHTS_OUT)
    await advance(hass, freezer, at(21, 30))
    if how == "service":
        await _service(hass, "start_detox")
    else:
        await _press(hass, START)
    calls = log.take()
    assert {call[0] for call in calls} == {"light", "media_player", "switch", "remote"}
    assert hass.states.get(ACTIVE).state == "on"
    assert events[0].data["manual"] is True
    assert events[0].data["started"] == "2026-11-20T21:30:00+00:00"

    # Pressing again, or the planned detox time, replays nothing; the ramp runs to lights-out.
    await _press(hass, START)
    await advance(hass, freezer, at(22, 0))
    assert len(events) == 1
    await advance(hass, freezer, at(22, 29))
    levels = [call[3]["brightness_pct"] for call in log.take()]
    assert levels == [37, 34, 30, 27, 24, 21, 18, 15, 11, 8, 5]
    await advance(hass, freezer, at(22, 30))
    assert log.take()[0][1] == "turn_off"
    assert len(lights_out) == 1
    record = entry.runtime_data.log.get(NIGHT)
    assert record.detox_started == at(21, 30).astimezone(UTC)
    assert record.detox_planned == at(22, 0).astimezone(UTC)


async def test_start_now_after_a_skip_runs_tonight_after_all(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    await _press(hass, SKIP)
    await advance(hass, freezer, at(22, 10))
    assert log.take() == []
    await _press(hass, START)
    assert len(log.take()) == 4
    record = entry.runtime_data.log.get(NIGHT)
    assert record.skipped is False
    assert record.detox_started == at(22, 10).astimezone(UTC)


async def test_controls_refuse_after_lights_out(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(22, 45))
    log.take()
    before = entry.runtime_data.log.get(NIGHT)
    for service in ("start_detox", "skip_tonight"):
        with pytest.raises(ServiceValidationError) as err:
            await _service(hass, service)
        assert err.value.translation_key == "lights_out_passed"
    with pytest.raises(ServiceValidationError):
        await _press(hass, START)
    assert entry.runtime_data.log.get(NIGHT) == before
    assert log.take() == []


async def test_switch_off_stops_the_automation(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    assert hass.states.get(SWITCH).state == "on"
    await log.person(hass, "switch", "turn_off", SWITCH)
    await advance(hass, freezer, at(22, 5))
    assert log.take() == []
    assert hass.states.get(ACTIVE).state == "off"
    with pytest.raises(ServiceValidationError) as err:
        await _service(hass, "start_detox")
    assert err.value.translation_key == "detox_disabled"

    # It stays off across a restart.
    await restart(hass, entry)
    assert hass.states.get(SWITCH).state == "off"
    await advance(hass, freezer, at(22, 10))
    assert log.take() == []

    # Switched on inside the window, tonight's detox catches up at once.
    await log.person(hass, "switch", "turn_on", SWITCH)
    assert {call[0] for call in log.take()} == {"light", "media_player", "switch", "remote"}
    assert entry.runtime_data.log.get(NIGHT).detox_started == at(22, 10).astimezone(UTC)
    assert hass.states.get(ACTIVE).state == "on"


async def test_switch_off_during_the_detox_leaves_things_as_they_are(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    _entry, log = await start_bedroom(hass, freezer, at(21, 0))
    await advance(hass, freezer, at(22, 2))
    log.take()
    await log.person(hass, "switch", "turn_off", SWITCH)
    await set_helper(hass, "input_boolean.tv_power", True)
    await advance(hass, freezer, at(22, 40))
    assert log.take() == []
    assert hass.states.get(TV).state == "on"
    assert hass.states.get(BED_LAMP).attributes["brightness"] == 102
