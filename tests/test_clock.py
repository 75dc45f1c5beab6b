"""The routine clock fires each boundary once, in order, even when its timer runs late."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant

from custom_components.sleep_hygiene.house.routine.clock import RoutineClock
from custom_components.sleep_hygiene.model.schedule import NightTimes, Routine

from .time_helpers import advance

LONDON = ZoneInfo("Europe/London")


async def test_late_timer_fires_every_passed_boundary_in_order(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(datetime(2026, 11, 20, 12, 0, tzinfo=LONDON))
    clock = RoutineClock(hass, Routine())
    fired: list[tuple[str, str]] = []

    def listener(boundary: str, times: NightTimes) -> None:
        fired.append((boundary, times.night.isoformat()))

    remove = clock.async_add_listener(listener)
    stop = clock.async_start()

    # The machine was suspended from noon until 22:40: one late wake-up.
    await advance(hass, freezer, datetime(2026, 11, 20, 22, 40, tzinfo=LONDON))
    assert [name for name, _ in fired] == [
        "caffeine_cutoff",
        "exercise_cutoff",
        "warm_bath",
        "climate_start",
        "digital_detox",
        "stretches",
        "lights_out",
    ]
    assert {night for _, night in fired} == {"2026-11-20"}

    # Nothing fires twice, and wake comes at its time.
    fired.clear()
    await advance(hass, freezer, datetime(2026, 11, 21, 6, 30, tzinfo=LONDON))
    assert fired == [("wake", "2026-11-20")]

    # Stopped, the clock fires nothing; started again, a removed listener hears nothing.
    stop()
    await advance(hass, freezer, datetime(2026, 11, 21, 23, 0, tzinfo=LONDON))
    assert fired == [("wake", "2026-11-20")]
    remove()
    stop = clock.async_start()
    await advance(hass, freezer, datetime(2026, 11, 22, 23, 0, tzinfo=LONDON))
    assert fired == [("wake", "2026-11-20")]
    stop()


async def test_the_night_moves_on_at_wake_and_follows_the_time_zone(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """The clock works the current night out once; it must still move on exactly at wake."""
    await hass.config.async_set_time_zone("Europe/London")
    freezer.move_to(datetime(2026, 11, 21, 6, 29, 59, tzinfo=LONDON))
    clock = RoutineClock(hass, Routine())
    assert clock.times().night.isoformat() == "2026-11-20"
    assert clock.last_night().isoformat() == "2026-11-20"
    assert clock.times(1).night.isoformat() == "2026-11-21"

    freezer.move_to(datetime(2026, 11, 21, 6, 30, tzinfo=LONDON))
    assert clock.times().night.isoformat() == "2026-11-21"
    # Before tonight's lights-out, the check-in is still for the night before.
    assert clock.last_night().isoformat() == "2026-11-20"
    freezer.move_to(datetime(2026, 11, 21, 22, 30, tzinfo=LONDON))
    assert clock.last_night().isoformat() == "2026-11-21"

    # Back in time (a clock set right), the earlier night again.
    freezer.move_to(datetime(2026, 11, 20, 12, 0, tzinfo=LONDON))
    assert clock.times().night.isoformat() == "2026-11-20"

    # Another time zone: the same instant is wake-time of another place, times in its zone.
    await hass.config.async_set_time_zone("America/New_York")
    freezer.move_to(datetime(2026, 11, 21, 6, 30, tzinfo=ZoneInfo("America/New_York")))
    assert clock.times().night.isoformat() == "2026-11-21"
    assert clock.times().wake == datetime(2026, 11, 22, 6, 30, tzinfo=ZoneInfo("America/New_York"))
