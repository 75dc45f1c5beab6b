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

from .bedroom_fixtures import (
    BED_LAMP,
    CEILING,
    READING,
    TV,
    advance,
    restart,
    set_helper,
    start_bedroom,
)
from .notice_helpers import Notices

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
    notices = Notices(hass)
    if how == "service":
        await _service(hass, "skip_tonight")
    else:
        await _press(hass, SKIP)
    # The same notice from the action (the panel's way) as from the button.
    assert notices.of() == (
        "Sleep Hygiene: Main bedroom",
        "Skipped tonight: the house leaves the bedroom alone.",
    )
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
    # The lights the detox dimmed go back as they were; the screens stay as they are.
    restored = log.take()
    assert {call[0] for call in restored} == {"light"}
    lamp = hass.states.get(BED_LAMP)
    assert lamp.attributes["brightness"] == 200
    assert lamp.attributes["color_temp_kelvin"] == 3333  # 300 mireds, as before the detox
    assert hass.states.get(CEILING).attributes["brightness"] == 255
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


RESUME = "button.main_bedroom_resume_tonight"


@pytest.mark.parametrize("how", ["service", "button"])
async def test_resume_after_a_skip_before_the_detox_runs_it_as_planned(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, how: str
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    notices = Notices(hass)
    await _press(hass, SKIP)
    assert notices.of() == (
        "Sleep Hygiene: Main bedroom",
        "Skipped tonight: the house leaves the bedroom alone.",
    )
    if how == "service":
        await _service(hass, "resume_tonight")
    else:
        await _press(hass, RESUME)
    assert log.take() == []  # not yet: the detox's time has not come
    assert entry.runtime_data.log.get(NIGHT).skipped is False
    assert notices.of() == (
        "Sleep Hygiene: Main bedroom",
        "Tonight's wind-down is back on: it runs as planned until wake.",
    )
    await advance(hass, freezer, at(22, 0))
    assert {call[0] for call in log.take()} == {"light", "media_player", "switch", "remote"}
    assert entry.runtime_data.log.get(NIGHT).detox_started == at(22, 0).astimezone(UTC)


async def test_skip_then_resume_during_the_detox_puts_it_back_where_its_ramp_is(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    await advance(hass, freezer, at(22, 0))
    log.take()
    assert hass.states.get(BED_LAMP).attributes["brightness"] == 102  # 40 %
    await advance(hass, freezer, at(22, 10))
    log.take()
    await _press(hass, SKIP)
    log.take()
    assert hass.states.get(BED_LAMP).attributes["brightness"] == 200
    assert hass.states.get(READING).attributes["brightness"] == 180
    await advance(hass, freezer, at(22, 12))
    await _press(hass, RESUME)
    calls = log.take()
    # The screens are still off from the detox: only the lights need dimming again.
    assert {call[0] for call in calls} == {"light"}
    # The ramp's level at 22:12, as if the detox had never stopped; its first start counts.
    (dim,) = [call for call in calls if call[0] == "light"]
    assert dim[3]["brightness_pct"] == 26
    assert hass.states.get(ACTIVE).state == "on"
    record = entry.runtime_data.log.get(NIGHT)
    assert record.skipped is False
    assert record.detox_started == at(22, 0).astimezone(UTC)
    # A second skip puts them back again; a person's light stays theirs.
    await advance(hass, freezer, at(22, 14))
    await log.person(hass, "light", "turn_on", CEILING, brightness=150)
    await _press(hass, SKIP)
    assert hass.states.get(BED_LAMP).attributes["brightness"] == 200
    assert hass.states.get(CEILING).attributes["brightness"] == 150


async def test_resume_is_refused_when_not_skipped_or_after_lights_out(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    _entry, log = await start_bedroom(hass, freezer, at(21, 0))
    with pytest.raises(ServiceValidationError) as err:
        await _service(hass, "resume_tonight")
    assert err.value.translation_key == "resume_not_skipped"
    await _press(hass, SKIP)
    await advance(hass, freezer, at(22, 31))
    with pytest.raises(ServiceValidationError) as err:
        await _press(hass, RESUME)
    assert err.value.translation_key == "lights_out_passed"
    assert log.take() == []


async def test_try_dims_the_lights_for_a_few_minutes_then_puts_them_back(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(19, 0))
    await hass.services.async_call(
        DOMAIN, "try_detox", {"config_entry_id": "bedroom1", "minutes": 2}, blocking=True
    )
    await hass.async_block_till_done()
    (dim,) = log.take()
    assert dim[0:2] == ("light", "turn_on")
    assert dim[3]["brightness_pct"] == 40
    assert hass.states.get(BED_LAMP).attributes["brightness"] == 102
    assert hass.states.get(TV).state == "on"  # screens are left alone
    assert entry.runtime_data.detox.trial.running
    # A person's light during the try is theirs.
    await log.person(hass, "light", "turn_on", CEILING, brightness=30)
    await advance(hass, freezer, at(19, 2, 1))
    assert not entry.runtime_data.detox.trial.running
    assert hass.states.get(BED_LAMP).attributes["brightness"] == 200
    assert hass.states.get(BED_LAMP).attributes["color_temp_kelvin"] == 3333
    assert hass.states.get(READING).attributes["brightness"] == 180
    assert hass.states.get(CEILING).attributes["brightness"] == 30
    # Nothing of the night's record: a try is not a detox.
    record = entry.runtime_data.log.get(NIGHT)
    assert record is None or record.detox_started is None


async def test_try_is_refused_while_the_detox_runs_and_handed_over_when_it_starts(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    entry, log = await start_bedroom(hass, freezer, at(21, 58))
    await _service(hass, "try_detox")
    log.take()
    # The detox starts during the try: it keeps the lights dimmed, a skip puts them back.
    await advance(hass, freezer, at(22, 0))
    assert not entry.runtime_data.detox.trial.running
    log.take()
    with pytest.raises(ServiceValidationError) as err:
        await _service(hass, "try_detox")
    assert err.value.translation_key == "try_during_detox"
    await _press(hass, SKIP)
    assert hass.states.get(BED_LAMP).attributes["brightness"] == 200
    assert hass.states.get(CEILING).attributes["brightness"] == 255


async def test_try_needs_lights(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    _entry, log = await start_bedroom(hass, freezer, at(19, 0), lights=[])
    with pytest.raises(ServiceValidationError) as err:
        await _service(hass, "try_detox")
    assert err.value.translation_key == "try_no_lights"
    assert log.take() == []
