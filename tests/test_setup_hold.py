"""A bedroom added, or changed, in the middle of a night says so and waits for the next step.

A restart is another case: the bedroom was set up before, and catches up what it missed.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import async_capture_events

from custom_components.sleep_hygiene.const import CONF_DETOX_BRIGHTNESS, EVENT_DETOX_STARTED
from custom_components.sleep_hygiene.model.detox_plan import Phase

from .bedroom_fixtures import BED_LAMP, CEILING, LIGHTS, advance, restart, start_bedroom
from .notice_helpers import Notices

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 20)
TITLE = "Sleep Hygiene: Main bedroom"


def at(hour: int, minute: int, day: int = 20) -> datetime:
    """Return a London time on the night of 20 November 2026 (GMT, so also UTC)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=LONDON)


def waits_until(step: str, time: str) -> str:
    return (
        "Main bedroom was set up or changed during tonight's routine. So that nothing changes by"
        " surprise, its lights, screens and thermostat are left as they are until"
        f" “{step}” at {time}; from then on it follows the routine."
    )


async def test_added_during_the_detox_waits_for_the_next_step(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    notices = Notices(hass)
    started = async_capture_events(hass, EVENT_DETOX_STARTED)
    entry, log = await start_bedroom(hass, freezer, at(22, 5))
    assert log.take() == []
    assert started == []
    assert hass.states.get(BED_LAMP).attributes["brightness"] == 200
    assert notices.of() == (TITLE, waits_until("Stretches", "10:15 PM"))

    await advance(hass, freezer, at(22, 14))
    assert log.take() == []
    # The next step: the detox starts, a quarter of an hour late, and the notice is over.
    await advance(hass, freezer, at(22, 15))
    assert {call[0] for call in log.take()} >= {"light", "media_player"}
    assert [event.data["started"] for event in started] == ["2026-11-20T22:15:00+00:00"]
    assert notices.of() is None
    assert entry.runtime_data.hold.waiting is False


async def test_added_after_lights_out_leaves_the_night_alone(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    notices = Notices(hass)
    entry, log = await start_bedroom(hass, freezer, at(23, 0))
    assert notices.of() == (TITLE, waits_until("Wake", "6:30 AM"))
    await advance(hass, freezer, at(7, 0, day=21))
    assert log.take() == []
    assert all(hass.states.get(light).state == "on" for light in LIGHTS)
    # Nothing measured or done that night: it has no record, so no score.
    assert entry.runtime_data.log.get(NIGHT) is None
    assert notices.of() is None

    # The next evening runs as planned.
    await advance(hass, freezer, at(22, 0, day=21))
    assert entry.runtime_data.detox.tonight.phase is Phase.DETOX
    assert log.take()


async def test_settings_changed_at_night_wait_for_the_next_step(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    notices = Notices(hass)
    entry, log = await start_bedroom(hass, freezer, at(21, 0))
    await advance(hass, freezer, at(22, 6))
    log.take()
    assert notices.of() is None

    hass.config_entries.async_update_entry(
        entry, options=dict(entry.options) | {CONF_DETOX_BRIGHTNESS: 30}
    )
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert notices.of() == (TITLE, waits_until("Stretches", "10:15 PM"))
    # No ramp step at 22:10: the lights stay as the detox left them until the next step.
    await advance(hass, freezer, at(22, 14))
    assert log.take() == []
    await advance(hass, freezer, at(22, 16))
    assert [call[:3] for call in log.take()] == [("light", "turn_on", LIGHTS)]
    assert notices.of() is None


async def test_a_restart_catches_up_at_once(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Set up before the night, restarted during it: nothing to tell, the detox catches up."""
    notices = Notices(hass)
    entry, log = await start_bedroom(hass, freezer, at(21, 20))
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    freezer.move_to(at(22, 5))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert {call[0] for call in log.take()} >= {"light", "media_player"}
    assert entry.runtime_data.detox.tonight.phase is Phase.DETOX
    assert notices.count == 0


async def test_a_restart_while_waiting_goes_on_waiting(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    notices = Notices(hass)
    entry, log = await start_bedroom(hass, freezer, at(22, 5))
    await advance(hass, freezer, at(22, 8))
    await restart(hass, entry)
    assert log.take() == []
    assert entry.runtime_data.hold.waiting is True
    # The notice, lost with the restart, is shown again.
    assert notices.of() == (TITLE, waits_until("Stretches", "10:15 PM"))
    await advance(hass, freezer, at(22, 15))
    assert hass.states.get(CEILING).attributes["brightness"] == 102


async def test_a_bedroom_with_nothing_to_act_on_says_nothing(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    notices = Notices(hass)
    entry, _log = await start_bedroom(hass, freezer, at(22, 5), lights=[], screens=[])
    assert entry.runtime_data.hold.waiting is True
    assert notices.count == 0
