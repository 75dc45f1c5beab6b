"""Screens from detox to wake with real media player, switch and remote: kept off, or counted."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
import pytest

from .bedroom_fixtures import CONSOLE, RADIO, REMOTE, TV, advance, set_helper, start_bedroom

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 20)


def at(hour: int, minute: int, second: int = 0, day: int = 20) -> datetime:
    """Return a London time on the night of 20 November 2026."""
    return datetime(2026, 11, day, hour, minute, second, tzinfo=LONDON)


async def test_keep_off_switches_back_on_screens_off_after_grace(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A screen back on is switched off after two minutes, once; on again, the person wins."""
    entry, log = await start_bedroom(hass, freezer, at(21, 0), lights=[])
    await advance(hass, freezer, at(22, 0))
    assert sorted(call[2] for call in log.take()) == [[TV], [REMOTE], [CONSOLE]]

    # Switched on with its own remote: two minutes' grace, then off again.
    await advance(hass, freezer, at(22, 10))
    await set_helper(hass, "input_boolean.tv_power", True)
    await advance(hass, freezer, at(22, 11, 59))
    assert log.take() == []
    assert hass.states.get(TV).state == "on"
    await advance(hass, freezer, at(22, 12))
    assert log.take() == [("media_player", "turn_off", [TV], {})]
    assert hass.states.get(TV).state == "off"
    assert entry.runtime_data.log.get(NIGHT).screen_on_minutes == 2

    # On and off again within the grace: only counted.
    await advance(hass, freezer, at(22, 15))
    await set_helper(hass, "input_boolean.console_power", True)
    await advance(hass, freezer, at(22, 16))
    await set_helper(hass, "input_boolean.console_power", False)
    await advance(hass, freezer, at(22, 19))
    assert log.take() == []
    assert entry.runtime_data.log.get(NIGHT).screen_on_minutes == 3

    # The person switches the TV on again, in the app: it is theirs until wake.
    await advance(hass, freezer, at(22, 20))
    await log.person(hass, "media_player", "turn_on", TV)
    await advance(hass, freezer, at(22, 50))
    assert log.take() == []
    assert hass.states.get(TV).state == "on"
    await set_helper(hass, "input_boolean.tv_power", False)
    record = entry.runtime_data.log.get(NIGHT)
    assert record.overrides == [TV]
    assert record.screen_on_minutes == 33

    # After lights-out the screens are still kept off: the remote too.
    await advance(hass, freezer, at(23, 0))
    await log.person(hass, "remote", "turn_on", REMOTE)
    await advance(hass, freezer, at(23, 2))
    assert log.take() == [("remote", "turn_off", [REMOTE], {})]
    assert hass.states.get(REMOTE).state == "off"


async def test_gentle_only_counts_minutes(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Gentle switches screens off at detox time, then only counts minutes with any screen on."""
    entry, log = await start_bedroom(hass, freezer, at(21, 0), lights=[], screen_policy="gentle")
    await advance(hass, freezer, at(22, 0))
    assert len(log.take()) == 3

    await advance(hass, freezer, at(22, 10))
    await set_helper(hass, "input_boolean.tv_power", True)
    await advance(hass, freezer, at(22, 30))
    await set_helper(hass, "input_boolean.console_power", True)
    await advance(hass, freezer, at(22, 40))
    await set_helper(hass, "input_boolean.tv_power", False)
    await advance(hass, freezer, at(22, 50))
    await set_helper(hass, "input_boolean.console_power", False)
    # 22:10 to 22:50 with a screen on; the overlap counts once.
    record = entry.runtime_data.log.get(NIGHT)
    assert record.screen_on_minutes == 40
    assert record.overrides == []

    # Counting stops at wake.
    await advance(hass, freezer, at(6, 0, day=21))
    await set_helper(hass, "input_boolean.tv_power", True)
    await advance(hass, freezer, at(7, 0, day=21))
    assert entry.runtime_data.log.get(NIGHT).screen_on_minutes == 70
    assert log.take() == []


async def test_unavailable_screen_is_skipped_then_switched_off(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, caplog: pytest.LogCaptureFixture
) -> None:
    """A screen unreachable at detox time is switched off as soon as it is back, no grace."""
    _entry, log = await start_bedroom(hass, freezer, at(21, 0), lights=[])
    await set_helper(hass, "input_boolean.console_available", False)
    await advance(hass, freezer, at(22, 0))
    assert sorted(call[0] for call in log.take()) == ["media_player", "remote"]
    assert hass.states.get(CONSOLE).state == "unavailable"

    await advance(hass, freezer, at(22, 5))
    await set_helper(hass, "input_boolean.console_available", True)
    assert log.take() == [("switch", "turn_off", [CONSOLE], {})]
    assert hass.states.get(CONSOLE).state == "off"
    assert not [
        record
        for record in caplog.records
        if record.levelname in ("WARNING", "ERROR") and "sleep_hygiene" in record.name
    ]


async def test_screen_that_cannot_be_switched_off_is_counted(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A media player without "turn off" is not called (that would fail); its minutes count."""
    entry, log = await start_bedroom(hass, freezer, at(21, 0), lights=[], screens=[RADIO])
    await advance(hass, freezer, at(22, 30))
    assert log.take() == []
    assert hass.states.get(RADIO).state == "on"
    await set_helper(hass, "input_boolean.radio_power", False)
    assert entry.runtime_data.log.get(NIGHT).screen_on_minutes == 30


async def test_screen_back_off_owes_nothing(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Unreachable at detox time and back off: switched on later, it gets the grace as usual."""
    _entry, log = await start_bedroom(hass, freezer, at(21, 0), lights=[], screens=[CONSOLE])
    await set_helper(hass, "input_boolean.console_available", False)
    await set_helper(hass, "input_boolean.console_power", False)
    await advance(hass, freezer, at(22, 0))
    await set_helper(hass, "input_boolean.console_available", True)
    await advance(hass, freezer, at(22, 10))
    await set_helper(hass, "input_boolean.console_power", True)
    assert log.take() == []
    await advance(hass, freezer, at(22, 12))
    assert log.take() == [("switch", "turn_off", [CONSOLE], {})]
