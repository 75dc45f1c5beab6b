"""Moving a test's clock: set a bedroom up at a moment, and step time on from there."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed


async def set_up_at(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, entry: MockConfigEntry, at: datetime
) -> None:
    """Set ``entry`` up at ``at``, with Home Assistant in ``at``'s time zone."""
    assert isinstance(at.tzinfo, ZoneInfo)
    await hass.config.async_set_time_zone(at.tzinfo.key)
    freezer.move_to(at)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


async def advance(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    to: datetime,
    step: timedelta | None = None,
) -> None:
    """Move the clock to ``to`` and fire the timers that are due; ``step`` at a time if given.

    Steps matter where a timer re-arms itself for the next moment after "now" (the routine
    clock, a ramp): one jump over several would fire only the first.
    """
    at, end = dt_util.utcnow(), dt_util.as_utc(to)
    while True:
        at = end if step is None else min(at + step, end)
        freezer.move_to(at)
        async_fire_time_changed(hass, at)
        await hass.async_block_till_done()
        if at >= end:
            return
